"""Reading the markers (domain.md): every fact and every boundary, table by table."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from poems_tracker.domain import marker_facts as mf
from poems_tracker.domain.marker_facts import Fact, marker_series, treatment_starts
from poems_tracker.domain.models import (
    EventKind,
    LabQualifier,
    LabResult,
    Medication,
    TreatmentEvent,
)

SERUM = "VEGF (serum)"
START = date(2025, 1, 1)
CHEMO = [TreatmentEvent(START, EventKind.CHEMOTHERAPY, "Len/Dex")]
TODAY = date(2025, 12, 1)


def vegf(day, value, unit="pg/mL", qualifier=LabQualifier.EXACT, test=SERUM):
    return LabResult(day, test, value, unit, qualifier, reference_low=9, reference_high=86)


def serum(results, events=CHEMO, meds=(), today=TODAY, **kw):
    series = [
        s for s in marker_series(results, events, meds, today, **kw) if s.key == "vegf_serum"
    ]
    assert len(series) == 1
    return series[0]


def texts(series):
    return [f.text for f in series.facts]


# (before, after): HALF_OR_LESS exactly at 50 %, not just above it
@pytest.mark.parametrize(
    ("before", "after", "half"),
    [(1000, 500, True), (1000, 500.1, False), (1000, 100, True), (1000, 999, False)],
)
def test_half_or_less_of_the_value_before_treatment(before, after, half):
    s = serum([vegf(START, before), vegf(date(2025, 3, 1), after)])
    assert s.baseline.value == before
    assert (mf.HALF_OR_LESS in texts(s)) is half


# range 9–86, limits included: exactly 86 is within the range
@pytest.mark.parametrize(
    ("latest", "within", "fact"),
    [
        (86, True, mf.BACK_IN_RANGE),
        (86.1, False, None),
        (9, True, mf.BACK_IN_RANGE),
        (8.9, False, None),
    ],
)
def test_back_within_the_range_at_its_very_limit(latest, within, fact):
    s = serum([vegf(START, 900), vegf(date(2025, 3, 1), latest)])
    assert s.within_range is within
    assert (mf.BACK_IN_RANGE in texts(s)) is (fact is not None)


def test_always_in_range_is_not_back_in_range():
    s = serum([vegf(START, 50), vegf(date(2025, 3, 1), 40)])
    assert mf.IN_RANGE in texts(s) and mf.BACK_IN_RANGE not in texts(s)


# nadir 100 after treatment; rise fact at +50 % exactly and only above the range
@pytest.mark.parametrize(
    ("nadir", "latest", "rise"),
    [
        (100, 150, True),  # exactly +50 %, above 86
        (100, 149.9, False),  # just under +50 %
        (50, 80, False),  # +60 % but within the range
        (60, 90, True),  # +50 % and above the range
    ],
)
def test_rise_from_the_lowest_since_treatment(nadir, latest, rise):
    s = serum([vegf(START, 1000), vegf(date(2025, 4, 1), nadir), vegf(date(2025, 7, 1), latest)])
    assert s.nadir.value == nadir
    assert (mf.RISE in texts(s)) is rise
    assert s.since_previous.absolute == pytest.approx(latest - nadir)


def test_nadir_equal_to_the_baseline():
    """The lowest since treatment may equal the value before it: still a rise from there."""
    s = serum([vegf(START, 100), vegf(date(2025, 3, 1), 100), vegf(date(2025, 6, 1), 150)])
    assert s.nadir.value == s.baseline.value == 100
    assert s.nadir.day == date(2025, 3, 1)
    assert mf.RISE in texts(s)
    assert mf.HALF_OR_LESS not in texts(s)


def test_a_rise_since_the_previous_value_is_kept_beside_a_fall_since_the_first():
    s = serum([vegf(START, 2100), vegf(date(2025, 6, 1), 67), vegf(date(2025, 9, 1), 113)])
    assert s.since_previous.absolute == 46 and round(s.since_previous.percent) == 69
    assert s.since_baseline.absolute == -1987


SIX = date(2025, 7, 1)  # six months after START


@pytest.mark.parametrize(
    ("day", "counts"),
    [
        (SIX - timedelta(weeks=6), True),
        (SIX - timedelta(weeks=6, days=1), False),
        (SIX + timedelta(weeks=6), True),
        (SIX + timedelta(weeks=6, days=1), False),
        (SIX, True),
    ],
)
def test_the_six_month_value_within_six_weeks_of_the_mark(day, counts):
    s = serum([vegf(START, 1000), vegf(day, 300)])
    assert (s.six_months is not None) is counts


def test_no_six_month_value_before_six_months_have_passed():
    s = serum([vegf(START, 1000), vegf(date(2025, 6, 1), 300)], today=date(2025, 6, 30))
    assert s.six_months is None


def test_the_six_month_value_is_the_nearest_to_the_mark():
    s = serum([vegf(START, 1000), vegf(date(2025, 6, 1), 400), vegf(date(2025, 7, 10), 300)])
    assert s.six_months.day == date(2025, 7, 10)


@pytest.mark.parametrize(
    ("value", "unit", "small"),
    [(0.4, "g/dL", True), (0.5, "g/dL", False), (4.9, "g/L", True), (5, "g/L", False)],
)
def test_m_protein_too_small_to_measure_a_change(value, unit, small):
    results = [LabResult(date(2025, 3, 1), "M-protein (SPEP)", value, unit)]
    s = next(s for s in marker_series(results, CHEMO, [], TODAY) if s.key == "m_protein")
    assert (mf.TOO_SMALL in texts(s)) is small


def test_immunofixation_negative_since_the_first_of_the_unbroken_run():
    results = [
        LabResult(date(2025, 1, 1), "Immunofixation (serum)", text="IgA lambda"),
        LabResult(date(2025, 4, 1), "Immunofixation (serum)", text="Negative"),
        LabResult(date(2025, 5, 1), "Immunofixation (serum)", text="IgA lambda"),
        LabResult(date(2025, 8, 1), "Immunofixation (serum)", text="negative"),
        LabResult(date(2025, 11, 1), "Immunofixation (serum)", text="No monoclonal protein"),
    ]
    s = next(s for s in marker_series(results, CHEMO, [], TODAY) if s.key.startswith("immuno"))
    assert Fact(mf.NEGATIVE_SINCE, day=date(2025, 8, 1)) in s.facts
    assert s.since_previous is None


@pytest.mark.parametrize(
    ("last", "due"),
    [
        (date(2025, 9, 1), False),  # exactly 3 months before 1 Dec
        (date(2025, 8, 31), True),
        (date(2025, 11, 30), False),
    ],
)
def test_due_after_the_interval(last, due):
    s = serum([vegf(last, 50)])
    assert s.due is due
    assert (Fact(mf.DUE, months=3) in s.facts) is due


def test_the_interval_is_the_patients():
    s = serum([vegf(date(2025, 8, 1), 50)], interval_months=6)
    assert not s.due


def test_one_result_so_far():
    s = serum([vegf(date(2025, 3, 1), 50)])
    assert texts(s)[0] == mf.ONE_RESULT
    assert s.since_previous is None and s.since_baseline is None and s.nadir is None


def test_no_treatment_changes_from_the_first_value():
    s = serum([vegf(date(2025, 3, 1), 500), vegf(date(2025, 6, 1), 200)], events=[])
    assert s.start is None and s.baseline_is_first and s.baseline.value == 500
    assert mf.NO_TREATMENT in texts(s)
    assert mf.HALF_OR_LESS not in texts(s)  # no treatment: no "value before treatment"


def test_treatment_before_the_first_result():
    events = [TreatmentEvent(date(2024, 6, 1), EventKind.TRANSPLANT, "ASCT")]
    s = serum([vegf(date(2025, 3, 1), 500), vegf(date(2025, 6, 1), 200)], events=events)
    assert s.baseline_is_first
    assert mf.NOTHING_BEFORE in texts(s) and mf.HALF_OR_LESS not in texts(s)


def test_below_the_limit_of_measurement_is_no_number_change():
    s = serum([vegf(START, 1000), vegf(date(2025, 3, 1), 0.1, qualifier=LabQualifier.BELOW)])
    assert s.since_previous is None
    assert mf.BELOW_LIMIT in texts(s)
    assert mf.HALF_OR_LESS in texts(s)  # whatever it is, it is under 0.1


def test_a_unit_change_splits_the_series():
    results = [vegf(START, 1000), vegf(date(2025, 3, 1), 500, unit="ng/L")]
    series = [s for s in marker_series(results, CHEMO, [], TODAY) if s.key == "vegf_serum"]
    assert [s.unit for s in series] == ["ng/L", "pg/mL"]
    assert all(len(s.results) == 1 for s in series)


def test_serum_and_plasma_vegf_stay_apart():
    results = [vegf(START, 1000), vegf(date(2025, 3, 1), 50, test="VEGF (plasma)")]
    keys = [s.key for s in marker_series(results, CHEMO, [], TODAY)]
    assert keys == ["vegf_serum", "vegf_plasma"]


def test_a_poems_medicine_course_is_a_treatment_start_and_continuing_courses_are_one():
    meds = [
        Medication(
            "Lenalidomide", 25, "mg", "cycle 1-21 of 28", date(2025, 2, 1), date(2025, 5, 31)
        ),
        Medication("Lenalidomide", 15, "mg", "cycle 1-21 of 28", date(2025, 6, 1)),
        Medication("Aspirin", 100, "mg", "daily", date(2025, 2, 1)),
        Medication("Melphalan", 10, "mg", "daily", date(2026, 1, 1)),  # after today
    ]
    starts = treatment_starts([], meds, TODAY)
    assert [(s.day, s.name) for s in starts] == [(date(2025, 2, 1), "Lenalidomide")]
    s = serum([vegf(date(2025, 1, 20), 1000), vegf(date(2025, 3, 1), 400)], events=[], meds=meds)
    assert s.baseline.day == date(2025, 1, 20)
    assert mf.HALF_OR_LESS in texts(s)


def test_the_patient_can_pick_an_earlier_start_as_baseline():
    events = [*CHEMO, TreatmentEvent(date(2025, 6, 1), EventKind.TRANSPLANT, "ASCT")]
    results = [
        vegf(date(2024, 12, 1), 2000),
        vegf(date(2025, 5, 1), 900),
        vegf(date(2025, 9, 1), 300),
    ]
    assert serum(results, events=events).baseline.value == 900
    assert serum(results, events=events, baseline_day=START).baseline.value == 2000


def test_never_a_response_category():
    words = " ".join(
        v for k, v in vars(mf).items() if k.isupper() and isinstance(v, str)
    ).casefold()
    for verdict in ("response", "remission", "relapse", "progress", "you should"):
        assert verdict not in words
