"""What reading lab reports gives: results it is sure of, and lines it would not read.

Reasons are `N_("lab_reports", …)` templates with named fields, so the command line prints
them in English and the window translates them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache

from poems_tracker.domain.lab_catalog import TEXT, LabTest, builtin_by_key, loinc_for
from poems_tracker.domain.labs import check_result
from poems_tracker.domain.models import LabQualifier, LabResult
from poems_tracker.domain.numbers import shortest
from poems_tracker.domain.text import N_
from poems_tracker.errors import PoemsError


class ReportRefused(PoemsError):
    """A whole file that cannot be read (no text layer, locked, too large, not FHIR…)."""


@dataclass(frozen=True, slots=True)
class Unread:
    """A line (or FHIR resource) that looked like a result but was not read, and why."""

    source: str
    template: str
    fields: tuple[tuple[str, object], ...] = ()
    line: str = ""
    #: The translation context of TEMPLATE: "lab_reports", or "errors" for domain checks.
    context: str = "lab_reports"

    def reason(self) -> str:
        return self.template.format(**dict(self.fields))

    def text(self) -> str:
        """`FILE:LINE: not read: REASON`, as the command line prints it."""
        return f"{self.source}: not read: {self.reason()}"


@dataclass(slots=True)
class Candidate:
    """One result the reader is sure of, except perhaps its date (`day` None).

    Not frozen: a frozen dataclass costs twice as much to build, and a FHIR file may hold
    thousands; nothing changes a candidate after it is read (`settle` makes copies)."""

    source: str
    line: str
    test: LabTest
    value: float | None
    qualifier: LabQualifier
    text: str
    unit: str
    low: float | None
    high: float | None
    day: date | None = None
    loinc: str = ""
    note: str = ""
    #: Why the document gives no certain date (a template and its fields), when day is None.
    date_issue: tuple[str, tuple[tuple[str, object], ...]] = ("", ())

    def result(self, day: date | None = None) -> LabResult:
        """The result to store: the catalogue's name, and its LOINC code for the unit.

        The unit is already the catalogue's spelling (both readers map it), so this is what
        `domain.labs.canonical` would give, without its cost per result.
        """
        when = day or self.day
        assert when is not None
        return LabResult(
            when,
            self.test.label,
            self.value,
            self.unit,
            self.qualifier,
            self.text,
            self.low,
            self.high,
            self.loinc or _loinc(self.test.key, self.unit),
            self.note,
        )

    def value_text(self) -> str:
        if self.value is None:
            return self.text
        return str(self.qualifier) + shortest(self.value)

    def line_out(self) -> str:
        """`SOURCE<TAB>DATE<TAB>TEST<TAB>VALUE<TAB>UNIT<TAB>LOW<TAB>HIGH` (interfaces.md)."""
        result = self.result()
        limits = ["" if v is None else shortest(v) for v in (self.low, self.high)]
        cells = [self.source, result.day.isoformat(), result.test, self.value_text(), result.unit]
        return "\t".join([*cells, *limits])


@dataclass(slots=True)
class Reading:
    """Everything read from the files of one import."""

    candidates: list[Candidate] = field(default_factory=list)
    unread: list[Unread] = field(default_factory=list)
    refused: list[tuple[str, str, tuple[tuple[str, object], ...]]] = field(default_factory=list)
    #: Files that are not lab reports, left alone (in a folder).
    left_alone: list[str] = field(default_factory=list)

    @property
    def dated(self) -> list[Candidate]:
        return [c for c in self.candidates if c.day is not None]

    @property
    def undated(self) -> list[Candidate]:
        return [c for c in self.candidates if c.day is None]

    def unread_with_dates(self) -> list[Unread]:
        """The unread lines, with each undated result as one (the command line's view)."""
        extra = [Unread(c.source, c.date_issue[0], c.date_issue[1], c.line) for c in self.undated]
        return sorted([*self.unread, *extra], key=lambda u: _order(u.source))

    def refusals(self) -> list[str]:
        return [
            f"{shown}: {template.format(**dict(fields))}"
            for shown, template, fields in self.refused
        ]


@cache
def _loinc(key: str, unit: str) -> str:
    test = builtin_by_key(key)
    return loinc_for(test, unit) if test is not None else ""


def _doubtful(c: Candidate, today: date) -> bool:
    """Could `check_result` object? Cheap, and a superset of what it checks for reader
    results (whose test and unit the readers already matched), so most skip the full check."""
    value, low, high = c.value, c.low, c.high
    return (
        c.day is None
        or c.day > today
        or (value is not None and (value < 0 or c.test.kind == TEXT))
        or (value is None and (c.test.kind != TEXT or not c.text.strip() or bool(c.unit)))
        or (low is not None and low < 0)
        or (high is not None and high < 0)
        or (low is not None and high is not None and low > high)
        or bool(c.loinc)
    )


def _order(source: str) -> tuple[str, int, str]:
    name, _, rest = source.rpartition(":")
    return (name, int(rest), "") if rest.isdigit() else (source, 0, rest)


def settle(reading: Reading, given: date | None, today: date) -> Reading:
    """Give --date to every result, check each one, and never keep two that disagree.

    A result with a problem (a date after today, a negative value…) becomes an unread line;
    two results of one test on one date with different values are both unread: which one
    is right cannot be said.
    """
    kept: list[Candidate] = []
    by_key: dict[tuple[date, str], list[Candidate]] = {}
    clashes: list[list[Candidate]] = []
    for candidate in reading.candidates:
        if given is not None:
            candidate = replace(candidate, day=given)
        day = candidate.day
        if day is not None:
            if _doubtful(candidate, today):
                problems = check_result(candidate.result(), candidate.test, today)
                if problems:
                    first = problems[0]
                    reading.unread.append(
                        Unread(
                            candidate.source,
                            first.message,
                            tuple(first.fields),
                            candidate.line,
                            "errors",
                        )
                    )
                    continue
            key = (day, candidate.test.key)
            group = by_key.get(key)
            if group is None:
                by_key[key] = [candidate]
            else:
                group.append(candidate)
                if len(group) == 2:
                    clashes.append(group)
        kept.append(candidate)
    dropped: set[int] = set()
    for group in clashes:
        if len({_same(c) for c in group}) > 1:
            for c in group:
                dropped.add(id(c))
                reading.unread.append(
                    Unread(
                        c.source,
                        N_("lab_reports", "another line gives a different {test} for {date}"),
                        (("test", c.test.label), ("date", c.day.isoformat() if c.day else "")),
                        c.line,
                    )
                )
        else:
            dropped.update(id(c) for c in group[1:])  # the same result twice: keep one
    reading.candidates = [c for c in kept if id(c) not in dropped] if dropped else kept
    return reading


def _same(c: Candidate) -> tuple:
    return (c.value, str(c.qualifier), c.text, c.unit, c.low, c.high)
