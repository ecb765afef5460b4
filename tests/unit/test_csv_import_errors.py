"""Bad input is refused with FILE:LINE for every problem and the stored data stays exactly as
it was (compared table by table before and after)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from poems_tracker.exchange.csv_format import MAX_FILE_BYTES
from poems_tracker.exchange.csv_import import ImportCancelled, import_csv
from poems_tracker.store import bulk
from poems_tracker.store.database import Database
from tests.exchange_data import make_dataset

TODAY = date(2024, 6, 1)
SYMPTOMS_HEAD = "date,pain,numbness,tingling,weakness,fatigue,swelling,weight_kg,note\n"
DOSES_HEAD = "date,time,medication,dose,unit,status,note\n"
MEDS_HEAD = "name,dose,unit,schedule,start_date,end_date,reason,note\n"


@pytest.fixture
def stored(db: Database) -> Database:
    """A database that already holds a year of every kind of record."""
    make_dataset(db, years=1, today=TODAY)
    return db


def _refused(db: Database, files: dict[str, bytes | str], folder: Path) -> list[str]:
    """Import FILES from FOLDER; assert nothing changed; return the problem lines."""
    folder.mkdir(exist_ok=True)
    for name, content in files.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        (folder / name).write_bytes(data)
    before = bulk.snapshot(db)
    result = import_csv(db, [folder], today=TODAY)
    assert not result.committed
    assert bulk.snapshot(db) == before
    return [p.text().removeprefix(str(folder) + "/") for p in result.problems]


def test_wrong_header(stored: Database, tmp_path: Path) -> None:
    problems = _refused(
        stored,
        {
            "labs.csv": "date,value,test,unit,reference_low,reference_high,"
            "loinc,note\n2024-01-01,1,TSH,mIU/L,,,,\n"
        },
        tmp_path,
    )
    assert problems == [
        "labs.csv:1: The header must be exactly: date,test,value,unit,"
        "reference_low,reference_high,loinc,note."
    ]


def test_unknown_column(stored: Database, tmp_path: Path) -> None:
    problems = _refused(
        stored,
        {
            "events.csv": "start_date,end_date,kind,description,colour\n",
            "symptoms.csv": SYMPTOMS_HEAD.replace("swelling,", "swelling,dizziness,"),
        },
        tmp_path,
    )
    assert problems == [
        'symptoms.csv:1: The column "dizziness" is no symptom: add it to custom_symptoms.csv '
        "or remove it.",
        'events.csv:1: Unknown column "colour"; the columns of events.csv are: '
        "start_date,end_date,kind,description.",
    ]


def test_bad_date_score_11_and_text_in_a_number_each_name_their_line(
    stored: Database, tmp_path: Path
) -> None:
    problems = _refused(
        stored,
        {
            "symptoms.csv": SYMPTOMS_HEAD
            + '2024-01-01,1,1,1,1,1,1,70,"a note\nover two lines"\n'
            + "2024-02-30,1,1,1,1,1,1,70,\n"
            + "2024-01-03,11,1,1,1,1,1,heavy,\n"
        },
        tmp_path,
    )
    assert problems == [
        'symptoms.csv:4: "2024-02-30" in date is not a real date; write it as YYYY-MM-DD.',
        'symptoms.csv:5: pain must be a whole number from 0 to 10; it is "11".',
        'symptoms.csv:5: "heavy" in weight_kg is not a number (use a point for decimals, '
        "e.g. 12.5).",
    ]


def test_dose_for_an_unknown_medicine(stored: Database, tmp_path: Path) -> None:
    problems = _refused(
        stored,
        {
            "doses.csv": DOSES_HEAD
            + "2024-01-01,08:00,Aspirin,100,mg,taken,\n"
            + "2024-01-01,09:00,Unknownol,5,mg,taken,\n"
        },
        tmp_path,
    )
    assert problems == [
        'doses.csv:3: There is no medicine called "Unknownol" in '
        "medications.csv or among the stored ones."
    ]


def test_a_dose_may_name_a_medicine_of_the_same_import(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "medications.csv").write_text(MEDS_HEAD + "Newdrug,5,mg,daily,2024-01-01,,,\n")
    (folder / "doses.csv").write_text(DOSES_HEAD + "2024-01-01,08:00,newdrug,5,mg,taken,\n")
    result = import_csv(db, [folder], today=TODAY)
    assert result.committed
    assert result.counts["doses.csv"].new == 1


def test_not_utf8_names_the_line_with_bad_bytes(stored: Database, tmp_path: Path) -> None:
    content = (
        SYMPTOMS_HEAD + "2024-01-01,1,1,1,1,1,1,70,ok\n"
    ).encode() + "2024-01-02,1,1,1,1,1,1,70,caf\xe9\n".encode("latin-1")
    problems = _refused(stored, {"symptoms.csv": content}, tmp_path)
    assert problems == [
        "symptoms.csv:3: The file is not UTF-8 text (unreadable bytes on this "
        'line); save it as "CSV UTF-8" and try again.'
    ]


def test_empty_file(stored: Database, tmp_path: Path) -> None:
    problems = _refused(stored, {"labs.csv": b""}, tmp_path)
    assert problems == ["labs.csv:1: The file is empty; it needs at least its header line."]


def test_duplicate_keys_in_one_import(stored: Database, tmp_path: Path) -> None:
    problems = _refused(
        stored,
        {
            "medications.csv": MEDS_HEAD
            + "Aspirin,100,mg,daily,2020-01-01,2020-02-01,,\n"
            + "ASPIRIN,75,mg,daily,2020-01-01,2020-02-01,,\n"
        },
        tmp_path,
    )
    assert problems == [
        "medications.csv:3: This row has the same aspirin + 2020-01-01 as "
        "line 2; each may appear once."
    ]


def test_every_problem_of_every_file_is_reported(stored: Database, tmp_path: Path) -> None:
    problems = _refused(
        stored,
        {
            "medications.csv": MEDS_HEAD + "Pills,0,mg,thrice daily,2024-02-01,2024-01-01,,\n",
            "doses.csv": DOSES_HEAD + "2099-01-01,25:00,Aspirin,100,mg,eaten,\n",
            "labs.csv": "date,test,value,unit,reference_low,reference_high,loinc,note\n"
            "2024-01-01,TSH,-1,mIU/L,4,0.4,,\n"
            "2024-01-01,VEGF (serum),100,furlongs,,,,\n"
            "2024-01-02,Platelets,300,10^9/L,,,12345-9,\n",
            "appointments.csv": "date,time,end_time,provider,specialty,location,purpose,"
            "status,note\n"
            "2024-07-01,10:30,10:00,Dr. X,,,,maybe,\n",
            "questions.csv": "added,question,appointment_date,appointment_time,"
            "appointment_provider,"
            "answered,answer\n2024-01-01,Why?,2024-07-02,10:30,Dr. Nobody,perhaps,\n",
            "function.csv": "date,arm_symptoms,dress_upper,wash_hair,turn_key,knife_fork,"
            "buttons_zips,arm_movement,legs,arms,note\n"
            "2024-01-01,no,affected,unaffected,unaffected,unaffected,unaffected,,8,1,\n",
        },
        tmp_path,
    )
    assert problems == [
        "medications.csv:2: dose must be above 0; it is 0.",
        'medications.csv:2: "thrice daily" is not a schedule this program knows; use for '
        'example "daily", "weekly on Mon" or "cycle 1-21 of 28".',
        "medications.csv:2: The end_date 2024-01-01 is before the start_date 2024-02-01.",
        "doses.csv:2: The date 2099-01-01 is after today; only days that have happened can have "
        "records here.",
        'doses.csv:2: "25:00" in time is not a time from 00:00 to 23:59 (HH:MM).',
        'doses.csv:2: "eaten" in status is not one of: taken, missed, skipped.',
        'labs.csv:2: "-1" in value: A lab value cannot be negative.',
        "labs.csv:2: The reference low is above the high; check the two limits.",
        'labs.csv:3: VEGF (serum) is not measured in "furlongs"; use one of: pg/mL, ng/L.',
        "labs.csv:4: A LOINC code looks like 12345-6.",
        "appointments.csv:2: The end_time 10:00 is before the time 10:30.",
        'appointments.csv:2: "maybe" in status is not one of: planned, done, cancelled.',
        'questions.csv:2: No appointment on 2024-07-02 at 10:30 with "Dr. Nobody" is in '
        "appointments.csv or stored.",
        'questions.csv:2: "perhaps" in answered is not one of: yes, no.',
        'function.csv:2: legs must be a whole number from 0 to 7; it is "8".',
        "function.csv:2: You said there are no symptoms in your arms, yet a task is affected; "
        "change one of the two.",
    ]


def test_function_check_arms_must_match_the_answers(stored: Database, tmp_path: Path) -> None:
    problems = _refused(
        stored,
        {
            "function.csv": "date,arm_symptoms,dress_upper,wash_hair,turn_key,knife_fork,"
            "buttons_zips,arm_movement,legs,arms,note\n"
            "2024-01-01,yes,affected,unaffected,unaffected,unaffected,unaffected,,1,3,\n"
            "2024-01-08,no,affected,unaffected,unaffected,unaffected,unaffected,,1,,\n"
        },
        tmp_path,
    )
    assert problems == [
        "function.csv:2: The arm grade 3 does not match the answers, which give 2.",
        "function.csv:3: You said there are no symptoms in your arms, yet a task is affected; "
        "change one of the two.",
    ]


def test_an_empty_arms_cell_is_derived(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "function.csv").write_text(
        "date,arm_symptoms,dress_upper,wash_hair,turn_key,knife_fork,buttons_zips,arm_movement,"
        "legs,arms,note\n2024-01-01,yes,prevented,prevented,prevented,prevented,prevented,yes,"
        "2,,\n"
    )
    assert import_csv(db, [folder], today=TODAY).committed
    assert db.conn.execute("SELECT arms, arm_movement FROM function_checks").fetchone() == (4, 1)


def test_overlapping_courses_of_one_medicine_are_refused(stored: Database, tmp_path: Path) -> None:
    problems = _refused(
        stored,
        {
            "medications.csv": MEDS_HEAD
            + "Gabapentin,300,mg,daily,2024-01-01,2024-03-01,,\n"
            + "Gabapentin,600,mg,daily,2024-02-01,,,\n"
        },
        tmp_path,
    )
    assert problems == [
        "medications.csv:3: This course of Gabapentin overlaps the one that "
        "starts on 2024-01-01; courses of one medicine never overlap."
    ]


def test_a_huge_file_is_refused_up_front(stored: Database, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    with (folder / "doses.csv").open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)
    problems = _refused(stored, {}, folder)
    assert problems == [
        f"doses.csv:1: The file is 200 MB; files larger than "
        f"{MAX_FILE_BYTES // (1024 * 1024)} MB are not imported."
    ]


def test_unknown_files_in_a_folder_are_named_and_left_alone(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "events.csv").write_text(
        "start_date,end_date,kind,description\n2024-01-01,,diagnosis,POEMS\n"
    )
    (folder / "notes.txt").write_text("hello")
    result = import_csv(db, [folder], today=TODAY)
    assert result.committed
    assert result.unknown_files == [str(folder / "notes.txt")]
    assert (folder / "notes.txt").read_text() == "hello"


def test_a_named_file_that_is_not_ours_is_a_problem(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("a,b\n")
    result = import_csv(db, [path], today=TODAY)
    assert not result.committed
    assert result.problems[0].text().startswith(f"{path}:1: This is not one of the files")


def test_dry_run_counts_but_stores_nothing(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "events.csv").write_text(
        "start_date,end_date,kind,description\n2024-01-01,,diagnosis,POEMS\n2024-02-01,,other,x\n"
    )
    result = import_csv(db, [folder], dry_run=True, today=TODAY)
    assert result.ok
    assert not result.committed
    assert result.counts["events.csv"].new == 2
    assert db.conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 0


def test_cancel_rolls_everything_back(stored: Database, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    from poems_tracker.exchange.csv_export import export_csv

    export_csv(stored, folder)
    stored.conn.execute("DELETE FROM doses")
    before = bulk.snapshot(stored)
    with pytest.raises(ImportCancelled):
        import_csv(stored, [folder], cancelled=lambda: True, today=TODAY)
    assert bulk.snapshot(stored) == before
