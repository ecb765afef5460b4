"""Flags, changes and typed values behave as a patient reading a lab sheet expects."""

from __future__ import annotations

import re
from datetime import date

import pytest

from poems_tracker.domain.lab_catalog import BUILTIN_TESTS, convert, find_test
from poems_tracker.domain.labs import (
    HIGH,
    LOW,
    canonical,
    change,
    check_result,
    flag,
    format_change,
    format_value,
    parse_limit,
    parse_value,
    summarise,
)
from poems_tracker.domain.models import LabQualifier, LabResult

TODAY = date(2026, 11, 25)
EXACT_PAIRS = [
    (t, a, b)
    for t in BUILTIN_TESTS
    for a in t.accepted_units()
    for b in t.accepted_units()
    if t.is_exact(a) and t.is_exact(b)
]


@pytest.mark.parametrize(
    ("value", "expected"), [(8.99, LOW), (9, None), (50, None), (86, None), (86.01, HIGH)]
)
def test_limits_themselves_are_in_range(value: float, expected: str | None) -> None:
    assert flag(value, "", 9, 86) == expected


def test_one_sided_ranges_and_no_range() -> None:
    assert flag(96.2, "", None, 96.2) is None
    assert flag(96.3, "", None, 96.2) == HIGH
    assert flag(0, "", None, 96.2) is None
    assert flag(89, "", 90, None) == LOW
    assert flag(5000, "", None, None) is None
    assert flag(None, "", 1, 2) is None


def test_below_and_above_detection_limits_flag_only_when_certain() -> None:
    assert flag(0.01, LabQualifier.BELOW, 0.4, 4.0) == LOW  # TSH <0.01: surely low
    assert flag(0.4, "<", 0.4, 4.0) == LOW  # below the low limit itself
    assert flag(0.1, "<", None, 26.3) is None  # <0.1 with no low limit: fine
    assert flag(5.0, "<", 0.4, 4.0) is None  # could be anything below 5
    assert flag(5000, ">", 9, 86) == HIGH
    assert flag(86, ">", 9, 86) == HIGH
    assert flag(50, ">", 9, 86) is None


@pytest.mark.parametrize(
    ("test", "a", "b"), EXACT_PAIRS, ids=[f"{t.key}:{a}->{b}" for t, a, b in EXACT_PAIRS]
)
def test_exact_conversions_round_trip(test, a: str, b: str) -> None:
    for value in (0.0, 0.07, 1.0, 12.5, 2840.0):
        there = convert(test, value, a, b)
        assert convert(test, there, b, a) == pytest.approx(value, rel=1e-12)


@pytest.mark.parametrize("value", [0.0, 1e-6, 0.03, 0.1, 0.33, 1 / 3, 2.675, 99.99, 123456.7])
def test_gram_per_decilitre_to_litre_round_trip(value: float) -> None:
    m_protein = find_test("M-protein (SPEP)")
    back = convert(m_protein, convert(m_protein, value, "g/dL", "g/L"), "g/L", "g/dL")
    assert back == pytest.approx(value, rel=1e-9, abs=1e-12)


def test_known_factors() -> None:
    assert convert(find_test("M-protein (SPEP)"), 0.4, "g/dL", "g/L") == 4.0
    assert convert(find_test("Haemoglobin"), 13.5, "g/dL", "g/L") == 135
    assert convert(find_test("IgG"), 1000, "mg/dL", "g/L") == 10
    assert convert(find_test("Free lambda light chains"), 4.85, "mg/dL", "mg/L") == 48.5
    assert convert(find_test("TSH"), 6.1, "µIU/mL", "mIU/L") == 6.1


@pytest.mark.parametrize(
    ("typed", "value", "qualifier"),
    [
        ("12.5", 12.5, ""),
        (" 2840 ", 2840, ""),
        ("<0.1", 0.1, "<"),
        ("> 5000", 5000, ">"),
        ("0", 0, ""),
        (".5", 0.5, ""),
    ],
)
def test_typed_numbers(typed: str, value: float, qualifier: str) -> None:
    parsed = parse_value(typed)
    assert parsed.value == value
    assert parsed.qualifier == qualifier


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("high", "Type a number"),
        ("", "Type a number"),
        ("1,5", "point for decimals"),
        ("-3", "cannot be negative"),
        ("<", "Type a number"),
        ("nan", "Type a number"),
    ],
)
def test_bad_values_give_one_plain_sentence(typed: str, words: str) -> None:
    with pytest.raises(ValueError, match=words) as caught:
        parse_value(typed)
    message = str(caught.value)
    assert message.endswith(".")
    assert not re.search(r"[.!?] [A-Z]", message), "one sentence only"


@pytest.mark.parametrize(
    ("typed", "value"), [("24,1", 24.1), ("<0,5", 0.5), ("2840", 2840.0), ("0.4", 0.4)]
)
def test_a_decimal_comma_typed_by_hand_is_read_where_it_cannot_be_anything_else(
    typed: str, value: float
) -> None:
    assert parse_value(typed, by_hand=True).value == value


@pytest.mark.parametrize("typed", ["1,500", "12,500", "1.5,0", "1,2,3"])
def test_a_comma_that_could_separate_thousands_is_refused_even_by_hand(typed: str) -> None:
    with pytest.raises(ValueError, match="point for decimals"):
        parse_value(typed, by_hand=True)


def test_text_results_are_kept_as_typed() -> None:
    parsed = parse_value(" IgA lambda detected ", "text")
    assert (parsed.value, parsed.text) == (None, "IgA lambda detected")
    with pytest.raises(ValueError, match="as written"):
        parse_value("  ", "text")


def test_limits() -> None:
    assert parse_limit("") is None
    assert parse_limit("0.4") == 0.4
    with pytest.raises(ValueError, match="number"):
        parse_limit("abc")
    with pytest.raises(ValueError, match="negative"):
        parse_limit("-1")


def _r(
    day: str, value: float | None, unit: str = "pg/mL", test: str = "VEGF (serum)", **kw
) -> LabResult:
    return LabResult(date.fromisoformat(day), test, value, unit, **kw)


def test_change_from_previous_and_first() -> None:
    summary = summarise([_r("2024-06-01", 757), _r("2024-01-01", 2840), _r("2024-03-01", 1818)])
    assert summary.latest.value == 757
    assert summary.count == 3
    assert summary.since_previous.absolute == -1061
    assert summary.since_first.absolute == -2083
    assert summary.since_first.percent == pytest.approx(-73.345, abs=0.01)
    assert format_change(summary.since_first) == "−2083 (−73%)"
    assert format_change(change(_r("2024-02-01", 12.5), _r("2024-01-01", 10))) == "+2.5 (+25%)"


def test_change_across_exact_units_but_not_across_inexact_ones() -> None:
    now = _r("2024-06-01", 4.0, "g/L", "M-protein (SPEP)")
    before = _r("2024-01-01", 0.5, "g/dL", "M-protein (SPEP)")
    assert change(now, before).absolute == -1.0
    t4_now = _r("2024-06-01", 1.1, "ng/dL", "Free T4")
    t4_before = _r("2024-01-01", 14, "pmol/L", "Free T4")
    assert change(t4_now, t4_before) is None


def test_no_change_for_text_or_detection_limits_or_single_result() -> None:
    assert (
        change(_r("2024-06-01", 0.1, qualifier=LabQualifier.BELOW), _r("2024-01-01", 0.4)) is None
    )
    assert change(_r("2024-06-01", None, "", text="Negative"), _r("2024-01-01", None, "")) is None
    only = summarise([_r("2024-01-01", 2840, reference_low=9, reference_high=86)])
    assert only.since_previous is None
    assert only.since_first is None
    assert only.flag == HIGH
    assert change(_r("2024-06-01", 5), _r("2024-01-01", 0)).percent is None


def test_format_value() -> None:
    assert format_value(_r("2024-01-01", 0.1, qualifier=LabQualifier.BELOW)) == "<0.1"
    assert format_value(_r("2024-01-01", 2840.0)) == "2840"
    assert format_value(_r("2024-01-01", None, "", text="Negative")) == "Negative"


def test_check_result_names_the_accepted_units() -> None:
    vegf = find_test("VEGF (serum)")
    problems = check_result(_r("2024-01-01", 2840, "mg/L"), vegf, TODAY)
    assert [p.field for p in problems] == ["unit"]
    assert problems[0].text() == (
        'VEGF (serum) is not measured in "mg/L"; use one of: pg/mL, ng/L.'
    )


def test_check_result_refuses_bad_input() -> None:
    vegf = find_test("VEGF (serum)")
    assert check_result(_r("2024-01-01", 2840), vegf, TODAY) == []
    fields = [
        p.field
        for p in check_result(
            _r("2027-01-01", -1, reference_low=90, reference_high=10, loinc="75628-7"), vegf, TODAY
        )
    ]
    assert fields == ["date", "value", "range", "loinc"]
    immuno = find_test("Immunofixation (serum)")
    assert (
        check_result(_r("2024-01-01", None, "", text="IgA lambda detected"), immuno, TODAY) == []
    )
    assert [p.field for p in check_result(_r("2024-01-01", 3, ""), immuno, TODAY)] == ["value"]
    assert [
        p.field
        for p in check_result(_r("2024-01-01", None, "g/L", text="Negative"), immuno, TODAY)
    ] == ["unit"]


def test_canonical_uses_catalogue_name_unit_and_code() -> None:
    stored = canonical(_r("2024-01-01", 6.1, "uIU/mL", "tsh"))
    assert (stored.test, stored.unit, stored.loinc) == ("TSH", "µIU/mL", "3016-3")
    kept = canonical(_r("2024-01-01", 150, "10^9/L", "platelets", loinc="777-3"))
    assert kept.loinc == "777-3"
    own = canonical(_r("2024-01-01", 3, "mg/L", " My marker "))
    assert (own.test, own.loinc) == ("My marker", "")
