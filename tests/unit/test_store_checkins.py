"""Check-ins and custom symptoms survive a round trip through the database unchanged."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from poems_tracker.domain.models import CheckIn, SymptomKind
from poems_tracker.domain.symptoms import BUILTIN_KEYS, is_valid_custom_key, key_from_label
from poems_tracker.domain.validation import check_checkin
from poems_tracker.store import checkins as repo
from poems_tracker.store.database import Database

TODAY = date(2026, 11, 25)


def test_checkin_round_trip_with_custom_symptoms(db: Database) -> None:
    burning = repo.add_custom_symptom(db, "Burning feet")
    fall = repo.add_custom_symptom(db, "A fall", SymptomKind.YESNO)
    entry = CheckIn(
        TODAY,
        {"pain": 7, "numbness": 0, burning.key: 4, fall.key: 1},
        78.4,
        "Bad night; feet 'burning'.\nSecond line",
    )
    repo.save_checkin(db, entry)
    assert repo.get_checkin(db, TODAY) == entry
    assert repo.list_checkins(db) == [entry]


def test_saving_again_replaces_the_whole_day(db: Database) -> None:
    key = repo.add_custom_symptom(db, "Cramps").key
    repo.save_checkin(db, CheckIn(TODAY, {"pain": 7, key: 3}, 80.0, "x"))
    repo.save_checkin(db, CheckIn(TODAY, {"fatigue": 2}))
    assert repo.get_checkin(db, TODAY) == CheckIn(TODAY, {"fatigue": 2})


def test_list_is_ordered_and_bounded(db: Database) -> None:
    for n in range(5):
        repo.save_checkin(db, CheckIn(TODAY - timedelta(days=n), {"pain": n}))
    days = [c.day for c in repo.list_checkins(db, TODAY - timedelta(days=3), TODAY - timedelta(1))]
    assert days == [TODAY - timedelta(days=3), TODAY - timedelta(days=2), TODAY - timedelta(1)]
    newest = repo.list_checkins(db, newest_first=True)
    assert newest[0].day == TODAY and len(newest) == 5


def test_delete_removes_day_and_its_custom_values(db: Database) -> None:
    key = repo.add_custom_symptom(db, "Cramps").key
    repo.save_checkin(db, CheckIn(TODAY, {key: 3}))
    repo.delete_checkin(db, TODAY)
    assert repo.get_checkin(db, TODAY) is None
    assert db.conn.execute("SELECT COUNT(*) FROM checkin_values").fetchone() == (0,)


def test_rename_and_hide_keep_the_key_and_the_values(db: Database) -> None:
    symptom = repo.add_custom_symptom(db, "Night sweats", SymptomKind.YESNO)
    repo.save_checkin(db, CheckIn(TODAY, {symptom.key: 1}))
    repo.rename_custom_symptom(db, symptom.key, "Sweating at night")
    repo.set_symptom_hidden(db, symptom.key, True)
    stored = {s.key: s for s in repo.list_symptoms(db)}[symptom.key]
    assert stored.label == "Sweating at night" and stored.hidden
    assert symptom.key not in {s.key for s in repo.list_symptoms(db, include_hidden=False)}
    assert repo.get_checkin(db, TODAY).values[symptom.key] == 1


def test_custom_keys_follow_the_contract() -> None:
    assert key_from_label("Burning feet") == "burning_feet"
    assert key_from_label("Pain") == "pain_2"  # never a built-in key
    assert key_from_label("2nd toe") == "symptom_2nd_toe"
    assert key_from_label("Burning feet", {"burning_feet"}) == "burning_feet_2"
    assert is_valid_custom_key("burning_feet")
    assert not is_valid_custom_key("Pain") and not is_valid_custom_key("weight_kg")


@pytest.mark.parametrize(
    ("values", "weight", "day", "field"),
    [
        ({"pain": 11}, None, TODAY, "pain"),
        ({"pain": -1}, None, TODAY, "pain"),
        ({}, -3.0, TODAY, "weight_kg"),
        ({}, 900.0, TODAY, "weight_kg"),
        ({}, None, TODAY + timedelta(days=1), "date"),
        ({"nonsense": 2}, None, TODAY, "nonsense"),
    ],
)
def test_bad_input_is_named_by_field(
    db: Database, values: dict, weight: float | None, day: date, field: str
) -> None:
    symptoms = {s.key: s for s in repo.list_symptoms(db)}
    problems = check_checkin(CheckIn(day, values, weight), symptoms, TODAY)
    assert [p.field for p in problems] == [field]
    assert problems[0].text().endswith(".")


def test_database_refuses_an_out_of_range_score_even_past_validation(db: Database) -> None:
    import sqlite3

    with pytest.raises(sqlite3.IntegrityError):
        repo.save_checkin(db, CheckIn(TODAY, {"pain": 12}))
    assert repo.get_checkin(db, TODAY) is None
    assert set(BUILTIN_KEYS) == {"pain", "numbness", "tingling", "weakness", "fatigue", "swelling"}
