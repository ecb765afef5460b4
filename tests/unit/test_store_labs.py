"""Lab results are stored whole, one per test and date, and never overwritten by accident."""

from __future__ import annotations

from datetime import date

import pytest

from poems_tracker.domain.models import LabQualifier, LabResult
from poems_tracker.errors import ValidationError
from poems_tracker.store import labs as repo
from poems_tracker.store.database import Database


def _r(
    day: str, test: str = "VEGF (serum)", value: float | None = 2840.0, unit: str = "pg/mL", **kw
) -> LabResult:
    return LabResult(date.fromisoformat(day), test, value, unit, **kw)


def test_saved_results_come_back_by_date_with_catalogue_code(db: Database) -> None:
    repo.save_result(db, _r("2024-03-01", value=1818, reference_low=9, reference_high=86))
    repo.save_result(db, _r("2024-01-01", "tsh", 6.1, "uIU/mL"))
    repo.save_result(db, _r("2024-01-01", value=2840))
    got = repo.list_results(db)
    assert [(r.day.isoformat(), r.test) for r in got] == [
        ("2024-01-01", "TSH"),
        ("2024-01-01", "VEGF (serum)"),
        ("2024-03-01", "VEGF (serum)"),
    ]
    assert got[0].unit == "µIU/mL"
    assert got[0].loinc == "3016-3"
    assert got[2].reference_low == 9
    assert got[2].reference_high == 86
    assert [r.value for r in repo.list_results(db, test="vegf (SERUM)")] == [2840, 1818]
    assert repo.list_results(db, start=date(2024, 2, 1)) == [got[2]]
    assert repo.list_results(db, end=date(2024, 1, 1)) == got[:2]


def test_text_and_below_limit_values_survive(db: Database) -> None:
    repo.save_result(
        db, _r("2024-01-01", "Immunofixation (serum)", None, "", text="IgA lambda detected")
    )
    repo.save_result(
        db, _r("2024-01-01", "M-protein (SPEP)", 0.1, "g/dL", qualifier=LabQualifier.BELOW)
    )
    text, below = repo.list_results(db)
    assert text.text == "IgA lambda detected"
    assert text.value is None
    assert below.qualifier is LabQualifier.BELOW
    assert below.value == 0.1


def test_a_second_result_on_the_same_date_is_refused_unless_replacing(db: Database) -> None:
    first = repo.save_result(db, _r("2024-01-01", value=2840))
    with pytest.raises(repo.DuplicateResultError) as caught:
        repo.save_result(db, _r("2024-01-01", "VEGF (SERUM)", value=2900))
    assert caught.value.existing.id == first.id
    assert caught.value.message == "A VEGF (serum) result for 2024-01-01 is already stored."
    assert [r.value for r in repo.list_results(db)] == [2840]
    replaced = repo.save_result(db, _r("2024-01-01", value=2900), replace=True)
    assert replaced.id == first.id
    assert [r.value for r in repo.list_results(db)] == [2900]


def test_editing_keeps_the_row_and_moving_onto_another_date_needs_replace(db: Database) -> None:
    a = repo.save_result(db, _r("2024-01-01", value=2840))
    b = repo.save_result(db, _r("2024-02-01", value=2000))
    repo.save_result(db, _r("2024-01-01", value=2841, id=a.id))
    assert repo.get_result(db, a.id).value == 2841
    moved = _r("2024-02-01", value=2841, id=a.id)
    with pytest.raises(repo.DuplicateResultError):
        repo.save_result(db, moved)
    repo.save_result(db, moved, replace=True)
    assert [(r.id, r.value) for r in repo.list_results(db)] == [(a.id, 2841)]
    assert repo.get_result(db, b.id) is None


def test_a_panel_is_stored_whole_or_not_at_all(db: Database) -> None:
    repo.save_result(db, _r("2024-01-01", "TSH", 6.1, "mIU/L"))
    panel = [_r("2024-01-01", value=2840), _r("2024-01-01", "TSH", 5.0, "mIU/L")]
    with pytest.raises(repo.DuplicateResultError):
        repo.save_panel(db, panel)
    assert [r.test for r in repo.list_results(db)] == ["TSH"]
    assert repo.duplicates(db, panel)[0].test == "TSH"
    repo.save_panel(db, panel, replace=True)
    assert [(r.test, r.value) for r in repo.list_results(db)] == [
        ("TSH", 5.0),
        ("VEGF (serum)", 2840),
    ]


def test_a_rule_broken_in_the_middle_of_a_panel_stores_nothing(db: Database) -> None:
    panel = [
        _r("2024-01-01", value=2840),
        _r("2024-01-01", "TSH", 5.0, "mIU/L", reference_low=4, reference_high=0.4),
    ]
    with pytest.raises(ValidationError):
        repo.save_panel(db, panel)
    assert repo.list_results(db) == []


def test_delete_and_latest(db: Database) -> None:
    old = repo.save_result(db, _r("2024-01-01", value=2840))
    new = repo.save_result(db, _r("2024-04-01", value=900))
    repo.save_result(db, _r("2024-02-01", "TSH", 6.1, "mIU/L"))
    latest = repo.latest_by_test(db)
    assert latest["VEGF (serum)"].id == new.id
    assert latest["TSH"].value == 6.1
    repo.delete_result(db, new.id)
    assert repo.latest_by_test(db)["VEGF (serum)"].id == old.id
    assert repo.count_results(db) == 2


def test_own_tests(db: Database) -> None:
    assert repo.list_user_tests(db) == []
    repo.save_user_test(db, "Urine protein", unit="g/24h", reference_high=0.15)
    repo.save_user_test(db, "Bone marrow note", kind="text")
    tests = repo.list_user_tests(db)
    assert [t.label for t in tests] == ["Bone marrow note", "Urine protein"]
    urine = tests[1]
    assert urine.default_unit == "g/24h"
    assert urine.high == 0.15
    assert urine.accepts("anything")
    assert not urine.builtin
    repo.save_user_test(db, "urine protein", unit="g/d")
    assert repo.get_user_test(db, "URINE PROTEIN").default_unit == "g/d"
    assert len(repo.list_user_tests(db)) == 2


def test_demo_history_shows_vegf_falling_after_treatment(db: Database) -> None:
    import random

    from poems_tracker.demo import labs as demo
    from poems_tracker.demo.story import Story

    story = Story.for_span(2, date(2026, 11, 25))
    count = demo.generate(db, story, random.Random(7))
    results = repo.list_results(db)
    assert count == len(results)
    assert all(story.diagnosis <= r.day <= story.today for r in results)
    vegf = repo.list_results(db, test="VEGF (serum)")
    assert len(vegf) >= 7  # every three months over two years
    assert 2000 <= vegf[0].value <= 3000
    assert vegf[-1].value < vegf[0].value / 5
    assert vegf[0].reference_high == 86
    plasma = repo.list_results(db, test="VEGF (plasma)")
    assert 0 < len(plasma) < len(vegf)
    immuno = [r.text for r in repo.list_results(db, test="Immunofixation (serum)")]
    assert immuno[0] == "IgA lambda detected"
    assert immuno[-1] == "No monoclonal protein detected"
    testosterone = repo.list_results(db, test="Testosterone (total)")[0]
    assert testosterone.value < testosterone.reference_low
