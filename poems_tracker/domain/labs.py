"""Lab results without a screen: out-of-range flags, change over time, typed values, checks.

Ranges are inclusive (interfaces.md): a value equal to a limit is in range, and either
limit may be missing. A `<0.1` or `>5000` result (below or above what the lab can measure)
is flagged only when that is certain.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from poems_tracker.domain.lab_catalog import (
    NUMERIC,
    TEXT,
    LabTest,
    convert,
    find_test,
    loinc_for,
    normalise_unit,
)
from poems_tracker.domain.models import LabQualifier, LabResult
from poems_tracker.domain.numbers import parse_number, shortest, typed_decimal
from poems_tracker.domain.text import N_
from poems_tracker.domain.validation import Problem

LOW = "low"
HIGH = "high"


def flag(
    value: float | None, qualifier: LabQualifier | str, low: float | None, high: float | None
) -> str | None:
    """ "low", "high" or None (in range, no range, or not certain).

    `<v` means the true value is below v: certainly low when v ≤ low. `>v` means above v:
    certainly high when v ≥ high. An exact value is out of range only strictly beyond a
    limit, because the limits themselves are in range.
    """
    if value is None:
        return None
    qualifier = LabQualifier(qualifier)
    if qualifier is LabQualifier.BELOW:
        return LOW if low is not None and value <= low else None
    if qualifier is LabQualifier.ABOVE:
        return HIGH if high is not None and value >= high else None
    if low is not None and value < low:
        return LOW
    if high is not None and value > high:
        return HIGH
    return None


def result_flag(result: LabResult) -> str | None:
    return flag(result.value, result.qualifier, result.reference_low, result.reference_high)


@dataclass(frozen=True, slots=True)
class Change:
    """How far a value moved: in its unit, and in percent of the earlier value (None if 0)."""

    absolute: float
    percent: float | None


def change(current: LabResult, earlier: LabResult, test: LabTest | None = None) -> Change | None:
    """CURRENT minus EARLIER, in CURRENT's unit; None when it cannot be said honestly.

    That is: a text result, a `<`/`>` value, or units with no exact factor between them.
    """
    if current.value is None or earlier.value is None:
        return None
    if (
        LabQualifier(current.qualifier) is not LabQualifier.EXACT
        or LabQualifier(earlier.qualifier) is not LabQualifier.EXACT
    ):
        return None
    before = earlier.value
    if normalise_unit(current.unit) != normalise_unit(earlier.unit):
        test = test or find_test(current.test)
        if test is None:
            return None
        try:
            before = convert(test, earlier.value, earlier.unit, current.unit)
        except ValueError:
            return None
    absolute = float(f"{current.value - before:.12g}")
    percent = None if before == 0 else absolute / before * 100
    return Change(absolute, percent)


@dataclass(frozen=True, slots=True)
class TestSummary:
    """One line of the results table: the latest result and how it moved."""

    test: str
    latest: LabResult
    count: int
    flag: str | None
    since_previous: Change | None
    since_first: Change | None


def summarise(results: Sequence[LabResult]) -> TestSummary:
    """RESULTS of one test (any order, at least one) → the latest and its changes."""
    ordered = sorted(results, key=lambda r: r.day)
    latest = ordered[-1]
    previous = ordered[-2] if len(ordered) > 1 else None
    first = ordered[0] if len(ordered) > 1 else None
    return TestSummary(
        latest.test,
        latest,
        len(ordered),
        result_flag(latest),
        change(latest, previous) if previous else None,
        change(latest, first) if first else None,
    )


def format_change(value: Change | None) -> str:
    """`+12.5 (+4%)`, `−300 (−12%)`: a sign always, the percent rounded to whole numbers."""
    if value is None:
        return ""
    sign = "+" if value.absolute > 0 else ("−" if value.absolute < 0 else "±")
    text = sign + shortest(round(abs(value.absolute), 4))
    if value.percent is not None:
        pct = round(value.percent)
        pct_sign = "+" if pct > 0 else ("−" if pct < 0 else "±")
        text += f" ({pct_sign}{abs(pct)}%)"
    return text


def format_value(result: LabResult) -> str:
    """`2840`, `<0.1` or the text of a text result, as the files write it."""
    if result.value is None:
        return result.text
    return str(result.qualifier) + shortest(result.value)


@dataclass(frozen=True, slots=True)
class ParsedValue:
    value: float | None
    qualifier: LabQualifier
    text: str


def parse_value(typed: str, kind: str = NUMERIC, *, by_hand: bool = False) -> ParsedValue:
    """`12.5`, `<0.1`, `> 5000`, or free text for a text test.

    Raises ValueError with one plain sentence (an `N_` template, context "errors"). Files
    use a point only; a value typed BY_HAND may use a decimal comma where it can mean
    nothing else (`24,1`), never where it is a guess (`1,500` could be 1.5 or 1500).
    """
    cleaned = typed.strip()
    if kind == TEXT:
        if not cleaned:
            raise ValueError(N_("errors", "Type the result as written on the report."))
        return ParsedValue(None, LabQualifier.EXACT, cleaned)
    qualifier = LabQualifier.EXACT
    if cleaned[:1] in ("<", ">"):
        qualifier = LabQualifier(cleaned[0])
        cleaned = cleaned[1:].strip()
    if "," in cleaned:
        try:
            if not by_hand:
                raise ValueError(cleaned)
            cleaned = typed_decimal(cleaned)
        except ValueError:
            raise ValueError(
                N_("errors", "Use a point for decimals, e.g. 12.5, and no thousands separator.")
            ) from None
    try:
        number = parse_number(cleaned)
    except ValueError:
        raise ValueError(N_("errors", "Type a number, e.g. 12.5 or <0.1.")) from None
    if number < 0:
        raise ValueError(N_("errors", "A lab value cannot be negative."))
    return ParsedValue(number, qualifier, "")


def parse_limit(typed: str) -> float | None:
    """A reference limit: empty for none, else a number ≥ 0 (ValueError with a sentence)."""
    cleaned = typed.strip()
    if not cleaned:
        return None
    try:
        number = parse_number(cleaned.replace("<", "").replace(">", ""))
    except ValueError:
        raise ValueError(
            N_("errors", "A reference limit is a number, e.g. 0.4, or empty.")
        ) from None
    if number < 0:
        raise ValueError(N_("errors", "A reference limit cannot be negative."))
    return number


def check_result(result: LabResult, test: LabTest | None, today: date) -> list[Problem]:
    """Every problem with RESULT (field names: date, value, unit, range, loinc)."""
    problems: list[Problem] = []
    if result.day > today:
        problems.append(
            Problem(
                "date", N_("errors", "The date is in the future; pick today or an earlier day.")
            )
        )
    if not result.test.strip():
        problems.append(Problem("test", N_("errors", "Give the test a name.")))
    if result.value is None and not result.text.strip():
        problems.append(Problem("value", N_("errors", "Type a value or leave the row out.")))
    if result.value is not None and result.value < 0:
        problems.append(Problem("value", N_("errors", "A lab value cannot be negative.")))
    if test is not None and test.kind == TEXT and result.value is not None:
        problems.append(
            Problem("value", N_("errors", "This test has a text result, not a number."))
        )
    if test is not None and test.kind == NUMERIC and test.builtin and result.value is None:
        problems.append(Problem("value", N_("errors", "Type a number, e.g. 12.5 or <0.1.")))
    if test is not None and test.builtin and test.kind == TEXT and result.unit.strip():
        problems.append(
            Problem("unit", N_("errors", "A text result has no unit; leave the unit empty."))
        )
    if test is not None and test.kind == NUMERIC and not test.accepts(result.unit):
        problems.append(
            Problem(
                "unit",
                N_("errors", '{test} is not measured in "{unit}"; use one of: {units}.'),
                (
                    ("test", test.label),
                    ("unit", result.unit),
                    ("units", ", ".join(u or "(none)" for u in test.accepted_units())),
                ),
            )
        )
    low, high = result.reference_low, result.reference_high
    if (low is not None and low < 0) or (high is not None and high < 0):
        problems.append(Problem("range", N_("errors", "A reference limit cannot be negative.")))
    elif low is not None and high is not None and low > high:
        problems.append(
            Problem(
                "range", N_("errors", "The reference low is above the high; check the two limits.")
            )
        )
    if result.loinc and not is_loinc(result.loinc):
        problems.append(Problem("loinc", N_("errors", "A LOINC code looks like 12345-6.")))
    return problems


def is_loinc(code: str) -> bool:
    """Well formed `NNNNN-N` (1–7 digits) with the right mod-10 check digit (LOINC guide)."""
    body, _, check = code.partition("-")
    if not (body.isdigit() and check.isdigit() and len(check) == 1 and 1 <= len(body) <= 7):
        return False
    total = 0
    for position, char in enumerate(reversed(body)):
        digit = int(char)
        if position % 2 == 0:
            digit *= 2
            digit = digit // 10 + digit % 10
        total += digit
    return (10 - total % 10) % 10 == int(check)


def canonical(result: LabResult) -> LabResult:
    """RESULT with the built-in test's own label, the catalogue's unit spelling, and the
    catalogue's LOINC code when none was given (interfaces.md, labs.csv)."""
    test = find_test(result.test)
    unit = normalise_unit(result.unit)
    if test is None:
        return replace(result, test=result.test.strip(), unit=unit)
    loinc = result.loinc or loinc_for(test, unit)
    return replace(result, test=test.label, unit=unit, loinc=loinc)
