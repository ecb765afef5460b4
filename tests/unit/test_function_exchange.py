"""function.csv and the FHIR grades: a doctor's copy of the function checks is exact.

Export → import into an empty folder → export gives the same bytes; a row the answers
contradict is refused with FILE:LINE and nothing is stored; an empty `arms` is worked out
from the answers; the FHIR bundle carries each check as two survey Observations.
"""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle

from poems_tracker.domain.function_check import with_grades
from poems_tracker.domain.models import FunctionCheck, TaskAnswer
from poems_tracker.exchange.csv_export import export_csv
from poems_tracker.exchange.csv_import import import_csv
from poems_tracker.exchange.fhir import export_fhir, stable_id
from poems_tracker.store import bulk
from poems_tracker.store.database import Database
from poems_tracker.store.function_checks import get_check, list_checks, save_check

TODAY = date(2026, 11, 25)
HEAD = (
    "date,arm_symptoms,dress_upper,wash_hair,turn_key,knife_fork,buttons_zips,"
    "arm_movement,legs,arms,note\n"
)
U, A, P = TaskAnswer.UNAFFECTED, TaskAnswer.AFFECTED, TaskAnswer.PREVENTED


def _check(
    day: date,
    symptoms: bool,
    tasks: tuple[TaskAnswer, ...],
    legs: int,
    movement: bool | None = None,
    note: str = "",
) -> FunctionCheck:
    return with_grades(
        FunctionCheck(day, symptoms, *tasks, arm_movement=movement, legs=legs, note=note)
    )


#: One check for every arm grade 0–5, legs across 0–7, and notes a spreadsheet could break.
CHECKS = [
    _check(date(2026, 1, 5), False, (U, U, U, U, U), 0),
    _check(date(2026, 1, 12), True, (U, U, U, U, U), 1, note="tingling, only at night"),
    _check(date(2026, 1, 19), True, (A, U, A, U, U), 2, note='"buttons" hard\nsecond line'),
    _check(date(2026, 1, 26), True, (P, A, U, U, P), 3, note="=SUM(A1)"),
    _check(date(2026, 2, 2), True, (P, P, P, P, P), 5, movement=True),
    _check(date(2026, 2, 9), True, (P, P, P, P, P), 7, movement=False, note="ütf-8 ✓"),
]


@pytest.fixture
def stored(db: Database) -> Database:
    for check in CHECKS:
        save_check(db, check)
    return db


def test_grades_are_what_the_answers_give(stored: Database) -> None:
    assert [c.arms for c in list_checks(stored)] == [0, 1, 2, 3, 4, 5]


def test_function_csv_round_trips_byte_identical(stored: Database, tmp_path: Path) -> None:
    first = tmp_path / "first"
    export_csv(stored, first)
    rows = _rows(first / "function.csv")
    assert ",".join(rows[0]) + "\n" == HEAD
    assert rows[1] == ["2026-01-05", "no", *["unaffected"] * 5, "", "0", "0", ""]
    assert rows[3][-1] == '"buttons" hard\nsecond line'
    assert rows[5] == ["2026-02-02", "yes", *["prevented"] * 5, "yes", "5", "4", ""]
    assert rows[6][7:10] == ["no", "7", "5"]
    (tmp_path / "fresh").mkdir()
    fresh = Database.open(tmp_path / "fresh" / "tracker.db")
    try:
        result = import_csv(fresh, [first], today=TODAY)
        assert [p.text() for p in result.problems] == []
        assert result.committed
        assert result.counts["function.csv"].new == len(CHECKS)
        assert list_checks(fresh) == list_checks(stored)
        second = tmp_path / "second"
        export_csv(fresh, second)
        again = import_csv(fresh, [second], today=TODAY)
        assert again.counts["function.csv"].unchanged == len(CHECKS)
    finally:
        fresh.close()
    for name in sorted(p.name for p in first.iterdir()):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def _refused(db: Database, rows: str, folder: Path) -> list[str]:
    """Import function.csv with HEAD + ROWS; assert nothing changed; return the problems."""
    folder.mkdir(exist_ok=True)
    (folder / "function.csv").write_text(HEAD + rows, "utf-8")
    before = bulk.snapshot(db)
    result = import_csv(db, [folder], today=TODAY)
    assert not result.committed
    assert bulk.snapshot(db) == before
    return [p.text().removeprefix(str(folder) + "/") for p in result.problems]


GOOD = "2026-03-02,yes,affected,unaffected,unaffected,unaffected,unaffected,,1,2,fine\n"


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        (
            "2026-03-09,yes,sometimes,unaffected,unaffected,unaffected,unaffected,,1,2,\n",
            '"sometimes" in dress_upper is not one of: unaffected, affected, prevented.',
        ),
        (
            "2026-03-09,yes,affected,unaffected,unaffected,unaffected,unaffected,,8,2,\n",
            'legs must be a whole number from 0 to 7; it is "8".',
        ),
        (
            "2026-03-09,yes,prevented,prevented,prevented,prevented,affected,yes,2,3,\n",
            "The question about purposeful arm movement is only answered when all five tasks are "
            "prevented.",
        ),
        (
            "2026-03-09,yes,affected,prevented,unaffected,unaffected,unaffected,,2,2,\n",
            "The arm grade 2 does not match the answers, which give 3.",
        ),
        (
            "2026-03-09,no,unaffected,affected,unaffected,unaffected,unaffected,,0,0,\n",
            "You said there are no symptoms in your arms, yet a task is affected; change one of "
            "the two.",
        ),
        (
            "2026-03-09,yes,prevented,prevented,prevented,prevented,prevented,,6,4,\n",
            "All five tasks are prevented: please say whether any purposeful arm movement "
            "is left.",
        ),
        (
            "2026-03-09,maybe,unaffected,unaffected,unaffected,unaffected,unaffected,,0,0,\n",
            '"maybe" in arm_symptoms is not one of: yes, no.',
        ),
        # digits that str.isdigit() accepts but the file format does not (once a traceback)
        (
            "2026-03-09,yes,affected,unaffected,unaffected,unaffected,unaffected,,³,2,\n",
            'legs must be a whole number from 0 to 7; it is "³".',
        ),
        (
            "2026-03-09,yes,affected,unaffected,unaffected,unaffected,unaffected,,1,٢,\n",
            'arms must be a whole number from 0 to 5; it is "٢".',
        ),
    ],
)
def test_a_row_the_answers_contradict_is_refused_with_its_line(
    stored: Database, tmp_path: Path, row: str, problem: str
) -> None:
    """A good first row is not stored either: the import is all or nothing."""
    assert _refused(stored, GOOD + row, tmp_path) == [f"function.csv:3: {problem}"]
    assert get_check(stored, date(2026, 3, 2)) is None


def test_every_bad_row_is_named(stored: Database, tmp_path: Path) -> None:
    rows = (
        "2026-03-09,yes,affected,unaffected,unaffected,unaffected,unaffected,,8,2,\n"
        + GOOD
        + "2026-03-16,yes,affected,unaffected,unaffected,unaffected,unaffected,,1,5,\n"
    )
    assert _refused(stored, rows, tmp_path) == [
        'function.csv:2: legs must be a whole number from 0 to 7; it is "8".',
        "function.csv:4: The arm grade 5 does not match the answers, which give 2.",
    ]


def test_an_empty_arms_grade_is_worked_out(stored: Database, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "function.csv").write_text(
        HEAD + "2026-03-02,yes,prevented,affected,unaffected,unaffected,unaffected,,3,,\n"
        "2026-03-09,yes,prevented,prevented,prevented,prevented,prevented,no,6,,\n",
        "utf-8",
    )
    result = import_csv(stored, [folder], today=TODAY)
    assert [p.text() for p in result.problems] == []
    assert result.committed
    assert get_check(stored, date(2026, 3, 2)).arms == 3
    assert get_check(stored, date(2026, 3, 9)).arms == 5
    out = tmp_path / "out"
    export_csv(stored, out)
    assert [
        "2026-03-02",
        "yes",
        "prevented",
        "affected",
        *["unaffected"] * 3,
        "",
        "3",
        "3",
        "",
    ] in _rows(out / "function.csv")


def test_importing_a_row_changes_the_stored_check_of_that_date(
    stored: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "function.csv").write_text(
        HEAD + "2026-01-12,yes,affected,unaffected,unaffected,unaffected,unaffected,,2,2,\n",
        "utf-8",
    )
    result = import_csv(stored, [folder], today=TODAY)
    assert result.committed and result.counts["function.csv"].updated == 1
    assert get_check(stored, date(2026, 1, 12)) == replace(
        CHECKS[1], dress_upper=A, legs=2, arms=2, note=""
    )
    assert len(list_checks(stored)) == len(CHECKS)


def test_fhir_bundle_has_both_grades_of_each_check(stored: Database, tmp_path: Path) -> None:
    path = tmp_path / "poems.json"
    export_fhir(stored, path, today=TODAY)
    text = path.read_text("utf-8")
    Bundle.model_validate_json(text)  # raises if any resource is not valid R4(B)
    observations = {
        e["resource"]["id"]: e["resource"]
        for e in json.loads(text)["entry"]
        if e["resource"]["resourceType"] == "Observation"
    }
    for check in CHECKS:
        day = check.day.isoformat()
        for part, text_code, grade in (
            ("arms", "Arm grade (inspired by the ONLS)", check.arms),
            ("legs", "Leg grade (inspired by the ONLS)", check.legs),
        ):
            obs = observations[stable_id("function", day, part)]
            assert obs["code"] == {"text": text_code}  # no LOINC code is claimed
            assert obs["valueInteger"] == grade
            assert obs["effectiveDateTime"] == day
            assert obs["status"] == "final"
            assert obs["category"][0]["coding"][0]["code"] == "survey"
    grades = [o for o in observations.values() if "ONLS" in o["code"]["text"]]
    assert len(grades) == 2 * len(CHECKS)
    again = tmp_path / "again.json"
    export_fhir(stored, again, today=TODAY)
    assert again.read_bytes() == path.read_bytes()  # the same data gives the same ids
