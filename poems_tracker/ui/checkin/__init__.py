"""The daily check-in (the Today page), the History of past days, the patient's own symptoms."""
