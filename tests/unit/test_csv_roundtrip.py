"""Export → import into an empty data folder → export again gives identical bytes; importing
the same export twice changes nothing; the sample folder imports cleanly."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from poems_tracker.exchange.csv_export import export_csv
from poems_tracker.exchange.csv_format import FILES
from poems_tracker.exchange.csv_import import import_csv
from poems_tracker.store import bulk
from poems_tracker.store.checkins import get_checkin
from poems_tracker.store.database import Database
from tests.exchange_data import make_dataset

#: A copy of the project's one-year sample folder (docs: samples/one-year).
SAMPLE = Path(__file__).parents[1] / "data" / "one-year"
TODAY = date(2026, 11, 25)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _round_trip(db: Database, tmp_path: Path) -> tuple[dict[str, bytes], dict[str, bytes]]:
    first = tmp_path / "first"
    export_csv(db, first)
    (tmp_path / "fresh").mkdir()
    fresh = Database.open(tmp_path / "fresh" / "tracker.db")
    try:
        result = import_csv(fresh, [first], today=TODAY)
        assert [p.text() for p in result.problems] == []
        assert result.committed
        second = tmp_path / "second"
        export_csv(fresh, second)
    finally:
        fresh.close()
    return _files(first), _files(second)


def test_sample_folder_imports_without_a_problem_and_round_trips(
    db: Database, tmp_path: Path
) -> None:
    result = import_csv(db, [SAMPLE], today=TODAY)
    assert [p.text() for p in result.problems] == []
    assert result.committed
    counts = {name: c.new for name, c in result.counts.items()}
    assert counts == {
        "custom_symptoms.csv": 3,
        "symptoms.csv": 308,
        "medications.csv": 5,
        "doses.csv": 488,
        "labs.csv": 42,
        "appointments.csv": 6,
        "questions.csv": 5,
        "events.csv": 3,
    }
    first, second = _round_trip(db, tmp_path)
    assert first == second


def test_sample_formula_cells_are_stored_and_exported_as_the_contract_says(
    db: Database, tmp_path: Path
) -> None:
    import_csv(db, [SAMPLE], today=TODAY)
    # `'tis fine` is kept exactly; `'=…` loses its apostrophe; a bare `=…` stays text.
    assert get_checkin(db, date(2024, 1, 5)).note == "'tis fine"
    assert get_checkin(db, date(2023, 6, 10)).note == "=not a formula, typed with an apostrophe"
    assert (
        get_checkin(db, date(2023, 4, 27)).note == '=HYPERLINK("http://example.invalid","click")'
    )
    export_csv(db, tmp_path / "out")
    symptoms = (tmp_path / "out" / "symptoms.csv").read_bytes().decode("utf-8-sig")
    assert ",''tis fine\r\n" in symptoms
    assert ',"\'=not a formula, typed with an apostrophe"\r\n' in symptoms
    assert ',"\'=HYPERLINK(""http://example.invalid"",""click"")"\r\n' in symptoms
    medications = (tmp_path / "out" / "medications.csv").read_bytes().decode("utf-8-sig")
    assert "neuropathic pain,'@SUM(A1:A2)\r\n" in medications
    labs = (tmp_path / "out" / "labs.csv").read_bytes().decode("utf-8-sig")
    # shortest numbers; the catalogue's LOINC filled in for an empty cell
    assert "2023-03-09,M-protein (SPEP),0.4,g/dL,,,33358-3,\r\n" in labs
    assert "2023-03-09,TSH,6.1,mIU/L,0.4,4,3016-3,\r\n" in labs


def test_generated_multi_year_dataset_round_trips_byte_identical(
    db: Database, tmp_path: Path
) -> None:
    make_dataset(db, years=3, today=TODAY)
    first, second = _round_trip(db, tmp_path)
    assert set(first) == set(FILES)
    assert first == second
    assert len(first["doses.csv"].splitlines()) > 3000


def test_importing_the_same_export_twice_changes_nothing(db: Database, tmp_path: Path) -> None:
    make_dataset(db, years=1, today=TODAY)
    export_csv(db, tmp_path / "out")
    before = bulk.snapshot(db)
    result = import_csv(db, [tmp_path / "out"], today=TODAY)
    assert result.committed
    assert all(c.new == 0 and c.updated == 0 for c in result.counts.values())
    assert bulk.snapshot(db) == before


def test_an_updating_row_is_the_truth_for_its_columns(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "custom_symptoms.csv").write_text(
        "key,label,kind,hidden\nburning_feet,Burning feet,score,no\nfall,A fall,yesno,no\n"
    )
    (folder / "symptoms.csv").write_text(
        "date,pain,numbness,tingling,weakness,fatigue,swelling,fall,burning_feet,weight_kg,note\n"
        "2024-01-02,5,4,3,2,1,0,yes,7,80.5,first\n"
    )
    assert import_csv(db, [folder], today=TODAY).committed
    # a second file without burning_feet and with an empty pain cell
    (folder / "custom_symptoms.csv").unlink()
    (folder / "symptoms.csv").write_text(
        "date,pain,numbness,tingling,weakness,fatigue,swelling,fall,weight_kg,note\n"
        "2024-01-02,,4,3,2,1,0,no,80.5,second\n"
    )
    result = import_csv(db, [folder], today=TODAY)
    assert (result.counts["symptoms.csv"].new, result.counts["symptoms.csv"].updated) == (0, 1)
    entry = get_checkin(db, date(2024, 1, 2))
    assert entry.values == {
        "numbness": 4,
        "tingling": 3,
        "weakness": 2,
        "fatigue": 1,
        "swelling": 0,
        "fall": 0,
        "burning_feet": 7,
    }
    assert entry.note == "second"


def test_empty_database_exports_every_file_as_its_header_alone(
    db: Database, tmp_path: Path
) -> None:
    written = export_csv(db, tmp_path / "out")
    assert [p.name for p in written] == list(FILES)
    for path in written:
        header = ",".join(FILES[path.name])
        assert path.read_bytes() == ("\ufeff" + header + "\r\n").encode("utf-8")


def test_dose_belongs_to_the_course_of_its_name_active_on_its_date(
    db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "medications.csv").write_text(
        "name,dose,unit,schedule,start_date,end_date,reason,note\n"
        "tramadol,50,mg,as needed,2024-01-01,2024-01-31,,\n"
        "Tramadol,50,mg,as needed,2024-03-01,2024-03-31,,\n"
    )
    (folder / "doses.csv").write_text(
        "date,time,medication,dose,unit,status,note\n"
        "2024-01-05,21:30,Tramadol,50,mg,taken,\n"  # first course
        "2024-02-10,21:30,TRAMADOL,50,mg,taken,\n"  # between: the latest that started before
        "2024-03-05,21:30,Tramadol,50,mg,taken,\n"  # second course
        "2023-12-01,21:30,Tramadol,50,mg,taken,\n"
    )  # before both: the first
    result = import_csv(db, [folder], today=TODAY)
    assert [p.text() for p in result.problems] == []
    rows = db.conn.execute(
        "SELECT d.date, m.start_date, m.name FROM doses d JOIN medications m "
        "ON m.id = d.medication_id ORDER BY d.date"
    ).fetchall()
    assert rows == [
        ("2023-12-01", "2024-01-01", "Tramadol"),
        ("2024-01-05", "2024-01-01", "Tramadol"),
        ("2024-02-10", "2024-01-01", "Tramadol"),
        ("2024-03-05", "2024-03-01", "Tramadol"),
    ]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.text(
            st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30
        ),
        min_size=1,
        max_size=5,
    )
)
def test_any_text_survives_export_and_import(
    tmp_path_factory: pytest.TempPathFactory, texts: list[str]
) -> None:
    """Quotes, commas, line breaks, formula characters, apostrophes: stored text comes back
    exactly, and the second export is byte-identical to the first."""
    folder = tmp_path_factory.mktemp("texts")
    source = Database.in_memory()
    with source.transaction() as conn:
        for n, text in enumerate(texts):
            bulk.upsert_event(conn, f"2024-01-{n + 1:02d}", None, "other", text)
    export_csv(source, folder / "first")
    target = Database.in_memory()
    result = import_csv(target, [folder / "first"], today=TODAY)
    assert [p.text() for p in result.problems] == []
    assert [r[3] for r in bulk.event_rows(target)] == texts
    export_csv(target, folder / "second")
    assert _files(folder / "first") == _files(folder / "second")
