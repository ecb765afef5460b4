"""My markers: the latest value, its flag in words, and the right starting points."""

from __future__ import annotations

from datetime import date

import pytest

from poems_tracker.domain.markers import MARKER_KEYS, latest_treatment, markers_rows
from poems_tracker.domain.models import EventKind, LabQualifier, LabResult, TreatmentEvent

SERUM, PLASMA = "VEGF (serum)", "VEGF (plasma)"


def vegf(day, value, test=SERUM, unit="pg/mL"):
    return LabResult(day, test, value, unit, reference_low=9, reference_high=86)


def by_key(rows):
    return {row.key: row for row in rows}


EVENTS = [
    TreatmentEvent(date(2025, 1, 10), EventKind.DIAGNOSIS),
    TreatmentEvent(date(2025, 1, 4), EventKind.HOSPITAL, "tests", date(2025, 1, 8)),
    TreatmentEvent(date(2025, 2, 1), EventKind.CHEMOTHERAPY, "Len/Dex"),
    TreatmentEvent(date(2025, 9, 15), EventKind.TRANSPLANT, "ASCT"),
    TreatmentEvent(date(2025, 10, 2), EventKind.HOSPITAL, "infection"),
]
SERUM_RESULTS = [
    vegf(date(2025, 1, 6), 2800),
    vegf(date(2025, 4, 1), 1500),
    vegf(date(2025, 9, 14), 900),
    vegf(date(2025, 9, 15), 880),
    vegf(date(2026, 1, 5), 300),
]


def test_baseline_is_the_last_value_before_the_latest_treatment_started():
    row = by_key(markers_rows(SERUM_RESULTS, EVENTS))["vegf_serum"]
    assert row.treatment.kind is EventKind.TRANSPLANT
    # blood taken on the day the transplant started is the baseline, not the day before
    assert row.baseline.day == date(2025, 9, 15)
    assert row.since_treatment.absolute == -580
    assert row.since_treatment.percent == pytest.approx(-580 / 880 * 100)
    assert row.first.value == 2800
    assert row.since_first.absolute == -2500
    assert row.latest.value == 300
    assert row.flag == "high"
    assert row.flag_words() == "High"


def test_event_order_in_the_list_does_not_matter():
    rows_a = markers_rows(SERUM_RESULTS, EVENTS)
    rows_b = markers_rows(list(reversed(SERUM_RESULTS)), list(reversed(EVENTS)))
    assert rows_a == rows_b


def test_a_hospital_stay_or_diagnosis_is_not_a_treatment():
    assert latest_treatment(EVENTS).kind is EventKind.TRANSPLANT
    only = [EVENTS[0], EVENTS[1]]
    assert latest_treatment(only) is None
    assert by_key(markers_rows(SERUM_RESULTS, only))["vegf_serum"].since_treatment is None


def test_a_planned_treatment_after_today_is_not_the_latest():
    planned = [*EVENTS, TreatmentEvent(date(2026, 5, 1), EventKind.RADIATION)]
    assert latest_treatment(planned, today=date(2026, 2, 1)).kind is EventKind.TRANSPLANT


@pytest.mark.parametrize("last", [3, 4])
def test_no_value_after_the_treatment_started_gives_no_change(last):
    results = SERUM_RESULTS[:last]  # last value the day before, or the day of, the transplant
    row = by_key(markers_rows(results, EVENTS))["vegf_serum"]
    assert row.baseline == results[-1]
    assert row.since_treatment is None


def test_serum_and_plasma_vegf_are_never_mixed():
    results = [*SERUM_RESULTS, vegf(date(2025, 6, 1), 200, PLASMA)]
    rows = by_key(markers_rows(results, EVENTS))
    assert rows["vegf_plasma"].latest.value == 200
    assert rows["vegf_plasma"].first is None
    assert rows["vegf_serum"].latest.value == 300


def test_every_marker_has_a_row_even_without_results():
    rows = markers_rows([], [])
    assert [r.key for r in rows] == list(MARKER_KEYS)
    assert all(r.latest is None and r.flag_words() == "" for r in rows)


def test_ratio_is_worked_out_from_kappa_and_lambda_of_the_same_day():
    day = date(2025, 3, 1)
    results = [
        LabResult(
            day, "Free kappa light chains", 15, "mg/L", reference_low=3.3, reference_high=19.4
        ),
        LabResult(day, "Free lambda light chains", 6, "mg/dL"),
    ]  # 60 mg/L
    row = by_key(markers_rows(results, []))["flc_ratio"]
    assert row.calculated
    assert row.latest.value == 0.25
    assert row.flag_words() == "Low"


def test_a_ratio_from_the_lab_wins_over_the_calculated_one():
    day = date(2025, 3, 1)
    results = [
        LabResult(day, "Free kappa light chains", 15, "mg/L"),
        LabResult(day, "Free lambda light chains", 10, "mg/L"),
        LabResult(day, "Kappa/lambda FLC ratio", 1.4, "", reference_low=0.26, reference_high=1.65),
    ]
    row = by_key(markers_rows(results, []))["flc_ratio"]
    assert not row.calculated
    assert row.latest.value == 1.4
    assert row.flag_words() == "In range"


def test_m_protein_without_range_says_so_and_below_limit_is_not_a_change():
    results = [
        LabResult(date(2025, 1, 6), "M-protein (SPEP)", 0.4, "g/dL"),
        LabResult(date(2025, 6, 6), "M-protein (SPEP)", 0.1, "g/dL", LabQualifier.BELOW),
    ]
    row = by_key(markers_rows(results, EVENTS))["m_protein"]
    assert row.flag_words() == "No range"
    assert row.since_first is None  # "<0.1" cannot honestly be subtracted
    assert row.since_treatment is None


def test_only_a_worked_out_ratio_is_marked_calculated():
    day = date(2025, 3, 1)
    results = [
        LabResult(day, "Free kappa light chains", 15, "mg/L"),
        LabResult(day, "Free lambda light chains", 10, "mg/L"),
        LabResult(day, "Platelets", 300, "10^9/L"),
    ]
    rows = by_key(markers_rows(results, []))
    assert [k for k, r in rows.items() if r.calculated] == ["flc_ratio"]
