"""My markers: the few results that follow POEMS activity, each with where it started.

Latest VEGF (serum and plasma are different tests and never mixed), M-protein, free kappa
and lambda light chains and their ratio, and platelets (domain.md, "Labs and hormones"):
value, date, out-of-range flag in words, the change since the first value ever recorded,
and the change since the last value before the most recent treatment started.

"Treatment" here means a transplant, radiotherapy, chemotherapy or a procedure event that
has started; a diagnosis, a hospital stay or "other" is not one (a stay for tests is not a
treatment). With several treatments the one that started last counts; the baseline is the
last value dated on or before its start day (blood taken on day 1 of a treatment is drawn
before the first dose). When there is no value after that day, the change is not given
(it would only compare two values from before the treatment).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from poems_tracker.domain.lab_catalog import BUILTIN_TESTS, LabTest, convert, find_test
from poems_tracker.domain.labs import Change, change, flag
from poems_tracker.domain.models import EventKind, LabQualifier, LabResult, TreatmentEvent
from poems_tracker.domain.text import N_

#: The markers in the order of the panel, by catalogue key.
MARKER_KEYS: tuple[str, ...] = (
    "vegf_serum",
    "vegf_plasma",
    "m_protein",
    "flc_kappa",
    "flc_lambda",
    "flc_ratio",
    "platelets",
)
TREATMENT_KINDS = frozenset(
    {EventKind.TRANSPLANT, EventKind.RADIATION, EventKind.CHEMOTHERAPY, EventKind.PROCEDURE}
)

_TESTS: dict[str, LabTest] = {t.key: t for t in BUILTIN_TESTS if t.key in MARKER_KEYS}

#: The treatment kinds in words (same texts and context as the charts' event labels).
TREATMENT_WORDS: dict[EventKind, str] = {
    EventKind.TRANSPLANT: N_("events", "Stem cell transplant"),
    EventKind.RADIATION: N_("events", "Radiotherapy"),
    EventKind.CHEMOTHERAPY: N_("events", "Chemotherapy"),
    EventKind.PROCEDURE: N_("events", "Procedure"),
}

FLAG_WORDS: dict[str | None, str] = {
    "high": N_("markers", "High"),
    "low": N_("markers", "Low"),
    None: N_("markers", "In range"),
}
NO_RANGE = N_("markers", "No range")


@dataclass(frozen=True, slots=True)
class MarkerRow:
    """One marker: its latest result and how it moved. `latest` None: nothing recorded yet."""

    key: str
    label: str  # the catalogue's English label, N_("labs", ...) — translate with context "labs"
    latest: LabResult | None = None
    flag: str | None = None  # "high", "low" or None
    has_range: bool = False
    first: LabResult | None = None
    since_first: Change | None = None
    treatment: TreatmentEvent | None = None
    baseline: LabResult | None = None  # last value on or before `treatment`'s start day
    since_treatment: Change | None = None
    calculated: bool = False  # a ratio worked out from kappa and lambda of the same day

    def flag_words(self) -> str:
        """ "High", "Low", "In range" or "No range" (English; translate with context "markers")."""
        if self.latest is None:
            return ""
        if self.flag is None and not self.has_range:
            return NO_RANGE
        return FLAG_WORDS[self.flag]


def latest_treatment(
    events: Iterable[TreatmentEvent], today: date | None = None
) -> TreatmentEvent | None:
    """The treatment that started last (on or before TODAY when given)."""
    started = [
        e
        for e in events
        if EventKind(e.kind) in TREATMENT_KINDS and (today is None or e.start_date <= today)
    ]
    return max(started, key=lambda e: e.start_date, default=None)


def _key_of(result: LabResult) -> str | None:
    test = find_test(result.test)
    return test.key if test is not None and test.key in MARKER_KEYS else None


def _usable(result: LabResult) -> bool:
    return result.value is not None


def calculated_ratios(
    kappa: list[LabResult], lambda_: list[LabResult], stored_days: set[date]
) -> list[LabResult]:
    """Kappa/lambda ratios for days with both exact values and no ratio from the lab."""
    ratio_test, kappa_test = _TESTS["flc_ratio"], _TESTS["flc_kappa"]
    lambdas = {r.day: r for r in lambda_}
    ratios = []
    for k in kappa:
        lam = lambdas.get(k.day)
        if lam is None or k.day in stored_days or k.value is None or lam.value is None:
            continue
        if (
            LabQualifier(k.qualifier) is not LabQualifier.EXACT
            or LabQualifier(lam.qualifier) is not LabQualifier.EXACT
            or lam.value == 0
        ):
            continue
        try:
            lam_value = convert(kappa_test, lam.value, lam.unit, k.unit)
        except ValueError:
            continue
        ratios.append(
            LabResult(
                k.day,
                ratio_test.label,
                round(k.value / lam_value, 2),
                "",
                reference_low=ratio_test.low,
                reference_high=ratio_test.high,
            )
        )
    return ratios


def _row(
    key: str,
    label: str,
    results: list[LabResult],
    treatment: TreatmentEvent | None,
    calculated_days: set[date],
) -> MarkerRow:
    if not results:
        return MarkerRow(key, label, treatment=treatment)
    ordered = sorted(results, key=lambda r: r.day)
    latest, first = ordered[-1], ordered[0]
    since_first = change(latest, first) if first is not latest else None
    baseline = since_treatment = None
    if treatment is not None:
        before = [r for r in ordered if r.day <= treatment.start_date]
        baseline = before[-1] if before else None
        if baseline is not None and latest.day > treatment.start_date:
            since_treatment = change(latest, baseline)
    has_range = latest.reference_low is not None or latest.reference_high is not None
    return MarkerRow(
        key,
        label,
        latest,
        flag(latest.value, latest.qualifier, latest.reference_low, latest.reference_high),
        has_range,
        first if first is not latest else None,
        since_first,
        treatment,
        baseline,
        since_treatment,
        latest.day in calculated_days,
    )


def markers_rows(
    results: Iterable[LabResult], events: Iterable[TreatmentEvent], today: date | None = None
) -> list[MarkerRow]:
    """One row per marker in MARKER_KEYS order (rows without results have `latest` None)."""
    by_key: dict[str, list[LabResult]] = {key: [] for key in MARKER_KEYS}
    for result in results:
        key = _key_of(result)
        if key is not None and _usable(result):
            by_key[key].append(result)
    stored_ratio_days = {r.day for r in by_key["flc_ratio"]}
    extra = calculated_ratios(by_key["flc_kappa"], by_key["flc_lambda"], stored_ratio_days)
    by_key["flc_ratio"] += extra
    treatment = latest_treatment(events, today)
    rows = []
    for key in MARKER_KEYS:
        calculated = {r.day for r in extra} if key == "flc_ratio" else set()
        rows.append(_row(key, _TESTS[key].label, by_key[key], treatment, calculated))
    return rows
