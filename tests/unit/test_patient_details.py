"""The report's first line: a date of birth and a hospital number the patient can trust."""

from __future__ import annotations

from datetime import date

import pytest

from poems_tracker.domain import patient_details as pd

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("", None), ("  ", None), ("1961-04-02", date(1961, 4, 2)), (" 2026-11-25 ", TODAY)],
)
def test_a_date_of_birth_today_or_before_is_kept(typed, expected):
    assert pd.parse_birth_date(typed, TODAY) == expected


@pytest.mark.parametrize(
    ("typed", "sentence"),
    [
        ("2026-11-26", pd.BIRTH_FUTURE),  # tomorrow
        ("02/04/1961", pd.BIRTH_FORMAT),
        ("1961-02-30", pd.BIRTH_FORMAT),
        ("1890-01-01", pd.BIRTH_TOO_OLD),
    ],
)
def test_a_bad_date_of_birth_is_refused_with_one_sentence(typed, sentence):
    with pytest.raises(ValueError, match=r"date of birth") as caught:
        pd.parse_birth_date(typed, TODAY)
    assert str(caught.value) == sentence


def test_a_hospital_number_of_forty_characters_at_most():
    assert pd.check_hospital_number("  RX-1  ") == "RX-1"
    assert pd.check_hospital_number("9" * 40) == "9" * 40
    with pytest.raises(ValueError, match="hospital number") as caught:
        pd.check_hospital_number("9" * 41)
    assert str(caught.value).format(limit=40).startswith("The hospital number is longer than 40")
