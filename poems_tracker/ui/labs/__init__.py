"""Lab and hormone results: the panel entry dialog, the results table, the patient's markers."""
