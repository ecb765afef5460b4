"""Reading the markers (domain.md): for each series, how it moved and the plain facts.

A series is one marker in one unit (serum and plasma VEGF apart; a unit change starts a new
series, never mixed). For each: the latest value, the change since the previous one, the
baseline (the last value on or before the start of the current treatment — a treatment
event or a course of a POEMS-directed medicine — else the first value), the lowest value
since that start (nadir) and the change since it, within the lab's range, the value nearest
6 months after the start (within 6 weeks), and "due" when not measured for longer than the
patient's interval. The facts are sentences (English, `N_` context "markers"), never a
response category and never advice. Pure: TODAY is passed in.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from poems_tracker.domain.lab_catalog import BUILTIN_TESTS, find_test, normalise_unit
from poems_tracker.domain.labs import Change, change, flag
from poems_tracker.domain.markers import MARKER_KEYS, TREATMENT_KINDS, calculated_ratios
from poems_tracker.domain.models import (
    EventKind,
    LabQualifier,
    LabResult,
    Medication,
    TreatmentEvent,
)
from poems_tracker.domain.text import N_

#: The series in the order the doctor reads them; immunofixation is a text result.
SERIES_KEYS: tuple[str, ...] = (*MARKER_KEYS[:3], "immunofixation_serum", *MARKER_KEYS[3:])
#: Medicines aimed at the POEMS clone (domain.md); a course of one starts a treatment.
POEMS_MEDICINES: tuple[str, ...] = (
    "lenalidomide",
    "melphalan",
    "bortezomib",
    "thalidomide",
    "daratumumab",
    "pomalidomide",
)
DEFAULT_INTERVAL_MONTHS = 3
SIX_MONTHS = 6
#: How far from the 6-month mark a value may be and still count as "the 6-month value".
SIX_MONTH_WINDOW = timedelta(weeks=6)
#: An M-protein under this many g/dL is too small to follow as a change.
M_PROTEIN_SMALL = 0.5
_NEGATIVE = ("negative", "no monoclonal", "not detected", "none detected")

ONE_RESULT = N_("markers", "One result so far.")
NO_TREATMENT = N_("markers", "No treatment recorded: change since the first value.")
NOTHING_BEFORE = N_(
    "markers", "No value before the treatment started: change since the first value."
)
NOTHING_SINCE = N_("markers", "No value since the treatment started.")
BACK_IN_RANGE = N_("markers", "Back within the lab's range.")
IN_RANGE = N_("markers", "Within the lab's range.")
HALF_OR_LESS = N_("markers", "Half or less of the value before treatment.")
RISE = N_(
    "markers",
    "Up by half or more from its lowest since treatment and above the lab's range — "
    "a repeat test confirms a rise.",
)
TOO_SMALL = N_("markers", "Too small to measure a change.")
NEGATIVE_SINCE = N_("markers", "Immunofixation negative since {date}.")
BELOW_LIMIT = N_("markers", "Below the limit of measurement.")
TEXT_ONLY = N_("markers", "A text result: no change is worked out.")
DUE = N_("markers", "Due: not measured for more than {months} months.")
ONLY_DOCTORS = N_("markers", "Only your doctors can say what this means for you.")


@dataclass(frozen=True, slots=True)
class Fact:
    """One sentence (an `N_` template, context "markers"); DAY fills {date}, MONTHS {months}."""

    text: str
    day: date | None = None
    months: int | None = None


@dataclass(frozen=True, slots=True)
class TreatmentStart:
    """Where a treatment began: an event (transplant, chemotherapy…) or a medicine course."""

    day: date
    kind: str  # an EventKind value, or "medicine"
    name: str  # the event's description or the medicine's name, as typed


@dataclass(frozen=True, slots=True)
class MarkerSeries:
    key: str  # the catalogue key
    label: str  # the catalogue's English label (translate with context "labs")
    unit: str
    results: tuple[LabResult, ...]
    start: TreatmentStart | None = None
    baseline: LabResult | None = None
    baseline_is_first: bool = False  # no treatment, or none of its values before the start
    previous: LabResult | None = None
    since_previous: Change | None = None
    since_baseline: Change | None = None
    nadir: LabResult | None = None
    since_nadir: Change | None = None
    within_range: bool | None = None  # None: no range, or not certain
    six_months: LabResult | None = None
    due: bool = False
    calculated: frozenset[date] = frozenset()
    facts: tuple[Fact, ...] = field(default_factory=tuple)

    @property
    def latest(self) -> LabResult:
        return self.results[-1]


def add_months(day: date, months: int) -> date:
    """The same day MONTHS calendar months later (negative: earlier), clamped to month end."""
    year, month = divmod(day.month - 1 + months, 12)
    year += day.year
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def is_poems_medicine(name: str) -> bool:
    lowered = name.casefold()
    return any(word in lowered for word in POEMS_MEDICINES)


def treatment_starts(
    events: Iterable[TreatmentEvent], medications: Iterable[Medication], today: date
) -> list[TreatmentStart]:
    """Every treatment start on or before TODAY, oldest first; a course that continues an
    earlier course of the same medicine without a gap is not a new start."""
    starts = [
        TreatmentStart(e.start_date, str(e.kind), e.description)
        for e in events
        if EventKind(e.kind) in TREATMENT_KINDS and e.start_date <= today
    ]
    courses = sorted(
        (m for m in medications if is_poems_medicine(m.name) and m.start_date <= today),
        key=lambda m: m.start_date,
    )
    last_end: dict[str, date | None] = {}
    for med in courses:
        name = med.name.casefold()
        if name in last_end:
            end = last_end[name]
            if end is None or med.start_date <= end + timedelta(days=1):
                last_end[name] = (
                    None if end is None or med.end_date is None else max(end, med.end_date)
                )
                continue
        last_end[name] = med.end_date
        starts.append(TreatmentStart(med.start_date, "medicine", med.name))
    return sorted(starts, key=lambda s: s.day)


def _series_key(result: LabResult) -> str | None:
    test = find_test(result.test)
    return test.key if test is not None and test.key in SERIES_KEYS else None


def _exact(result: LabResult) -> bool:
    return result.value is not None and LabQualifier(result.qualifier) is LabQualifier.EXACT


_PER_G_DL = {"g/dL": 1.0, "g/L": 0.1, "mg/dL": 0.001}


def _grams_per_decilitre(result: LabResult) -> float | None:
    factor = _PER_G_DL.get(normalise_unit(result.unit))
    return None if factor is None or result.value is None else result.value * factor


def _within(result: LabResult) -> bool | None:
    """Within the lab's range (limits included); None with no range or when not certain."""
    low, high = result.reference_low, result.reference_high
    if result.value is None or (low is None and high is None):
        return None
    if flag(result.value, result.qualifier, low, high) is not None:
        return False
    qualifier = LabQualifier(result.qualifier)
    if qualifier is LabQualifier.EXACT:
        return True
    if qualifier is LabQualifier.BELOW and low is None:
        return high is None or result.value <= high
    if qualifier is LabQualifier.ABOVE and high is None:
        return low is None or result.value >= low
    return None


def _negative(result: LabResult) -> bool:
    text = result.text.casefold()
    return any(word in text for word in _NEGATIVE)


def six_month_value(results: Sequence[LabResult], start: date, today: date) -> LabResult | None:
    """The value nearest START + 6 months, within 6 weeks either side, once 6 months passed."""
    mark = add_months(start, SIX_MONTHS)
    if today < mark:
        return None
    near = [r for r in results if abs(r.day - mark) <= SIX_MONTH_WINDOW and r.day <= today]
    return min(near, key=lambda r: (abs(r.day - mark), r.day), default=None)


def is_due(latest: date, today: date, months: int = DEFAULT_INTERVAL_MONTHS) -> bool:
    """Not measured for longer than MONTHS: the last value is older than TODAY − MONTHS."""
    return latest < add_months(today, -months)


def build_series(
    key: str,
    label: str,
    results: Sequence[LabResult],
    start: TreatmentStart | None,
    today: date,
    interval_months: int = DEFAULT_INTERVAL_MONTHS,
    calculated: frozenset[date] = frozenset(),
) -> MarkerSeries:
    """One series (RESULTS of one marker in one unit, any order) with its facts."""
    ordered = tuple(sorted(results, key=lambda r: r.day))
    latest = ordered[-1]
    previous = ordered[-2] if len(ordered) > 1 else None
    before = [r for r in ordered if start is not None and r.day <= start.day]
    if before:
        baseline, baseline_is_first = before[-1], False
    else:
        baseline, baseline_is_first = ordered[0], True
    after = [r for r in ordered if r.day > baseline.day]
    numeric_after = [r for r in after if _exact(r)]
    nadir = min(numeric_after, key=lambda r: (r.value, r.day), default=None)
    series = MarkerSeries(
        key,
        label,
        latest.unit,
        ordered,
        start,
        baseline,
        baseline_is_first,
        previous,
        change(latest, previous) if previous is not None else None,
        change(latest, baseline) if baseline is not latest else None,
        nadir,
        change(latest, nadir) if nadir is not None and nadir is not latest else None,
        _within(latest),
        six_month_value(ordered, start.day, today) if start is not None else None,
        is_due(latest.day, today, interval_months),
        calculated,
    )
    return _with_facts(series, interval_months)


def _with_facts(s: MarkerSeries, interval_months: int) -> MarkerSeries:
    facts: list[Fact] = []
    if len(s.results) == 1:
        facts.append(Fact(ONE_RESULT))
    if s.key == "immunofixation_serum" or s.latest.value is None:
        facts += _text_facts(s)
    else:
        facts += _number_facts(s)
    if s.due:
        facts.append(Fact(DUE, months=interval_months))
    return replace(s, facts=tuple(facts))


def _text_facts(s: MarkerSeries) -> list[Fact]:
    """Immunofixation: since when it has been negative (the unbroken run up to the latest)."""
    streak: list[LabResult] = []
    for r in reversed(s.results):
        if r.value is not None or not _negative(r):
            break
        streak.append(r)
    if streak:
        return [Fact(NEGATIVE_SINCE, day=streak[-1].day)]
    return [] if s.key == "immunofixation_serum" else [Fact(TEXT_ONLY)]


def _number_facts(s: MarkerSeries) -> list[Fact]:
    facts: list[Fact] = []
    latest, baseline = s.latest, s.baseline
    if s.start is None:
        if len(s.results) > 1:
            facts.append(Fact(NO_TREATMENT))
    elif s.baseline_is_first and len(s.results) > 1:
        facts.append(Fact(NOTHING_BEFORE))
    elif latest.day <= s.start.day and not s.baseline_is_first:
        facts.append(Fact(NOTHING_SINCE))
    if LabQualifier(latest.qualifier) is LabQualifier.BELOW:
        facts.append(Fact(BELOW_LIMIT))
    if s.within_range:
        was_out = baseline is not None and any(
            flag(r.value, r.qualifier, r.reference_low, r.reference_high)
            for r in s.results[:-1]
            if r.day >= baseline.day
        )
        facts.append(Fact(BACK_IN_RANGE if was_out else IN_RANGE))
    treated = s.start is not None and not s.baseline_is_first and latest.day > s.start.day
    if treated and _half_or_less(latest, baseline):
        facts.append(Fact(HALF_OR_LESS))
    if treated and _risen(s):
        facts.append(Fact(RISE))
    if s.key == "m_protein":
        grams = _grams_per_decilitre(latest)
        if grams is not None and grams < M_PROTEIN_SMALL:
            facts.append(Fact(TOO_SMALL))
    return facts


def _half_or_less(latest: LabResult, baseline: LabResult | None) -> bool:
    """Exactly half counts; `<v` counts when v itself is half or less."""
    return (
        baseline is not None
        and _exact(baseline)
        and bool(baseline.value)
        and latest.value is not None
        and LabQualifier(latest.qualifier) is not LabQualifier.ABOVE
        and _same_unit(latest, baseline)
        and latest.value <= baseline.value / 2
    )


def _risen(s: MarkerSeries) -> bool:
    """Up by half or more (exactly half counts) from the nadir, and above the lab's range."""
    latest, nadir = s.latest, s.nadir
    return (
        nadir is not None
        and nadir is not latest
        and _exact(latest)
        and _same_unit(latest, nadir)
        and latest.value >= nadir.value * 1.5
        and latest.reference_high is not None
        and latest.value > latest.reference_high
    )


def _same_unit(a: LabResult, b: LabResult) -> bool:
    return normalise_unit(a.unit) == normalise_unit(b.unit)


def marker_series(
    results: Iterable[LabResult],
    events: Iterable[TreatmentEvent],
    medications: Iterable[Medication],
    today: date,
    interval_months: int = DEFAULT_INTERVAL_MONTHS,
    baseline_day: date | None = None,
) -> list[MarkerSeries]:
    """Every marker series with a result on or before TODAY, in SERIES_KEYS order, then by
    unit. BASELINE_DAY picks another treatment start (the patient's choice); by default the
    latest start counts."""
    by_key: dict[str, list[LabResult]] = {key: [] for key in SERIES_KEYS}
    for result in results:
        key = _series_key(result)
        if key is not None and result.day <= today:
            if result.value is None and not result.text.strip():
                continue
            by_key[key].append(result)
    stored_ratio_days = {r.day for r in by_key["flc_ratio"]}
    numeric = [r for r in by_key["flc_kappa"] if r.value is not None]
    lambdas = [r for r in by_key["flc_lambda"] if r.value is not None]
    extra = calculated_ratios(numeric, lambdas, stored_ratio_days)
    by_key["flc_ratio"] += extra
    starts = treatment_starts(events, medications, today)
    start = current_start(starts, baseline_day)
    out = []
    for key in SERIES_KEYS:
        units: dict[str, list[LabResult]] = {}
        for result in by_key[key]:
            units.setdefault(normalise_unit(result.unit), []).append(result)
        label = find_test_label(key)
        for _unit, group in sorted(
            units.items(), key=lambda kv: -max(r.day for r in kv[1]).toordinal()
        ):
            calc = frozenset(r.day for r in extra) if key == "flc_ratio" else frozenset()
            out.append(build_series(key, label, group, start, today, interval_months, calc))
    return out


def current_start(
    starts: Sequence[TreatmentStart], baseline_day: date | None = None
) -> TreatmentStart | None:
    """The start the baseline counts from: the one on BASELINE_DAY if there is one, else the
    latest (of starts on one day, the last listed, as with the latest)."""
    if baseline_day is not None:
        chosen = [s for s in starts if s.day == baseline_day]
        if chosen:
            return chosen[-1]
    return starts[-1] if starts else None


def find_test_label(key: str) -> str:
    return next(t.label for t in BUILTIN_TESTS if t.key == key)


def due_series(series: Iterable[MarkerSeries]) -> list[MarkerSeries]:
    """The series not measured for longer than the interval (newest unit of each marker)."""
    seen: set[str] = set()
    due = []
    for s in series:
        if s.key in seen:
            continue
        seen.add(s.key)
        if s.due:
            due.append(s)
    return due
