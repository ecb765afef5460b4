"""What the patient may put on the report's first line: date of birth and hospital number.

Each rule refuses with one plain sentence (an `N_` template, context "errors") and changes
nothing; the Preferences dialog shows it beside the field.
"""

from __future__ import annotations

from datetime import date

from poems_tracker.domain.text import N_

MAX_HOSPITAL_NUMBER = 40
BIRTH_FUTURE = N_("errors", "The date of birth is in the future; check the year.")
BIRTH_FORMAT = N_("errors", "Write the date of birth as year-month-day, for example 1961-04-02.")
BIRTH_TOO_OLD = N_("errors", "The date of birth is more than 130 years ago; check the year.")
NUMBER_TOO_LONG = N_(
    "errors", "The hospital number is longer than {limit} characters; check it on a letter."
)


def parse_birth_date(text: str, today: date) -> date | None:
    """TEXT as an ISO date of birth (empty: not set). Raises ValueError with one sentence."""
    text = text.strip()
    if not text:
        return None
    try:
        born = date.fromisoformat(text)
    except ValueError:
        raise ValueError(BIRTH_FORMAT) from None
    if born > today:
        raise ValueError(BIRTH_FUTURE)
    if today.year - born.year > 130:
        raise ValueError(BIRTH_TOO_OLD)
    return born


def check_hospital_number(text: str) -> str:
    """TEXT without surrounding spaces; raises ValueError (a template with {limit})."""
    text = text.strip()
    if len(text) > MAX_HOSPITAL_NUMBER:
        raise ValueError(NUMBER_TOO_LONG)
    return text
