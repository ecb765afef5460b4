"""The lab report reader (interfaces.md, "Lab reports"): every sample document gives exactly
its expected results, each "never guess" rule keeps a wrong value out, bad files are one
sentence, and our own FHIR export reads back exactly."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from poems_tracker.exchange.lab_reports import Reading, read_reports

DATA = Path(__file__).resolve().parents[1] / "data" / "lab-reports"
TODAY = date(2026, 1, 1)
EXPECTED = sorted(p.name for p in DATA.glob("*.expected.json"))


def _read(text: str, tmp_path: Path, name: str = "report.txt", **kwargs) -> Reading:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_reports([path], today=TODAY, **kwargs)


def _results(reading: Reading) -> list[tuple]:
    return [
        (c.test.key, c.value if c.value is not None else c.text, c.unit, c.low, c.high)
        for c in reading.dated
    ]


def _reasons(reading: Reading) -> list[str]:
    return [u.reason() for u in reading.unread_with_dates()]


@pytest.mark.parametrize("expected_file", EXPECTED)
def test_each_sample_gives_exactly_its_expected_results(
    expected_file: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = json.loads((DATA / expected_file).read_text(encoding="utf-8"))
    monkeypatch.chdir(DATA)  # sources are named as given: relative to the samples
    given = date.fromisoformat(expected["date"]) if "date" in expected else None
    reading = read_reports([expected["document"]], given=given, today=TODAY)
    assert not reading.refused
    assert [c.line_out() for c in reading.dated] == expected["recognised"]
    assert [u.text() for u in reading.unread_with_dates()] == expected["not_read"]


def test_there_are_at_least_eight_samples_with_their_results() -> None:
    documents = {json.loads((DATA / f).read_text())["document"] for f in EXPECTED}
    assert len(documents) >= 8
    assert all((DATA / d).exists() for d in documents)


def test_the_two_column_pdf_is_made_by_the_script_beside_it(qapp, tmp_path: Path) -> None:
    """The committed PDF is what the script writes (same text layer), so it can be remade."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("sheet", DATA / "make_two_column_pdf.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    fresh = tmp_path / "two-column.pdf"
    module.write_sheet(fresh)
    from poems_tracker.exchange.lab_reports.pdf_text import pdf_lines

    assert pdf_lines(fresh) == pdf_lines(DATA / "two-column.pdf")


# -- numbers by the document's language ---------------------------------------------------------


def test_an_english_thousands_separator_is_read(tmp_path: Path) -> None:
    reading = _read("Collected: 2025-03-04\nSerum VEGF 1,230 pg/mL 9 - 86 H\n", tmp_path)
    assert _results(reading) == [("vegf_serum", 1230.0, "pg/mL", 9.0, 86.0)]


def test_a_comma_in_an_english_report_that_could_be_decimal_is_not_read(tmp_path: Path) -> None:
    """Without the rule `24,1` would be stored as 241 (or 24.1 by luck)."""
    reading = _read("Collected: 2025-03-04\nFree kappa 24,1 mg/L 3.3 - 19.4\n", tmp_path)
    assert _results(reading) == []
    assert _reasons(reading) == ["the number 24,1 could be read in two ways"]


def test_a_french_decimal_comma_is_a_decimal(tmp_path: Path) -> None:
    text = "Date de prélèvement : 04/03/2025\nKappa libres 1,230 mg/L (3,3 - 19,4)\n"
    reading = _read(text, tmp_path)
    assert _results(reading) == [("flc_kappa", 1.23, "mg/L", 3.3, 19.4)]
    assert reading.dated[0].day == date(2025, 3, 4)  # French dates are day first


def test_a_french_point_before_three_digits_is_not_read(tmp_path: Path) -> None:
    text = "Date de prélèvement : 04/03/2025\nPlaquettes 1.230 G/L (150 - 400)\n"
    assert _results(_read(text, tmp_path)) == []


def test_g_per_litre_means_giga_only_in_french(tmp_path: Path) -> None:
    """`G/L` is 10⁹/L in a French report; in English it is grams, which platelets never are."""
    fr = _read("Date de prélèvement : 04/03/2025\nPlaquettes 250 G/L\n", tmp_path, "fr.txt")
    assert _results(fr)[0][:3] == ("platelets", 250.0, "10^9/L")
    en = _read("Collected: 2025-03-04\nPlatelets 250 G/L\n", tmp_path, "en.txt")
    assert _results(en) == []
    assert _reasons(en) == ["unit G/L is not one of 10^9/L, 10^3/µL"]


# -- the rules that decide nothing uncertain ----------------------------------------------------


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("VEGF 640 pg/mL", "serum or plasma is not said"),
        (
            "Adjusted calcium 2.41 mmol/L 2.20 - 2.60",
            "Adjusted calcium is not a test of the program's list",
        ),
        ("Calcium corrected 2.41 mmol/L", "Calcium corrected is not a test of the program's list"),
        ("Free testosterone 210 pmol/L", "Free testosterone is not a test of the program's list"),
        ("Glucose 5.1 mmol/L", "Glucose is not a test of the program's list"),
        ("Platelets 45.2 x10^4/uL 15.8 - 34.8", "unit x10^4/uL is not one of 10^9/L, 10^3/µL"),
        ("TSH 2.4 mg/dL", "unit mg/dL is not one of mIU/L, µIU/mL, mU/L"),
        ("Platelets 412 398 x10^9/L", "a second number (398) on the line"),
        ("Platelets -5 x10^9/L", "a negative value"),
        ("Platelets 412", "no unit"),
        (
            "Platelets 45 x10^9/L 150 - 410 H",
            "the lab's flag does not fit the value and the range",
        ),
        ("Haemoglobin 128 g/L 130 - 170 H", "the lab's flag does not fit the value and the range"),
        ("Platelets 412 x10^9/L 410 - 150", "the range 410.0–150.0 is upside down"),
        ("VEGF serum fell from 1230 to 640 pg/mL", "the value does not follow the test's name"),
        ("HbA1c 5.6 mmol/L", "unit mmol/L is not one of mmol/mol, %"),
        ("Platelets 412 x10^9/L pg/mL", "two units on one line (pg/mL, x10^9/L)"),
    ],
)
def test_an_uncertain_line_is_listed_and_never_stored(
    line: str, reason: str, tmp_path: Path
) -> None:
    reading = _read(f"Collected: 2025-03-04\n{line}\n", tmp_path)
    assert _results(reading) == []
    assert _reasons(reading) == [reason]


def test_a_comment_quoting_a_value_is_not_a_result(tmp_path: Path) -> None:
    text = "Collected: 2025-03-04\nComment: VEGF was 2,840 pg/mL in January.\n"
    reading = _read(text, tmp_path)
    assert reading.candidates == [] and reading.unread == []


def test_an_ambiguous_date_is_never_guessed(tmp_path: Path) -> None:
    text = "Collected: 03/04/2025\nPlatelets 412 x10^9/L 150 - 410 H\n"
    reading = _read(text, tmp_path)
    assert reading.dated == []
    assert _reasons(reading) == ["the date 03/04/2025 could be 3 April or 4 March; give --date"]
    given = _read(text, tmp_path, given=date(2025, 4, 3))
    assert [c.day for c in given.dated] == [date(2025, 4, 3)]


def test_a_date_whose_order_is_fixed_by_a_day_above_12_is_read(tmp_path: Path) -> None:
    reading = _read("Collected: 03/14/2025\nPlatelets 412 x10^9/L\n", tmp_path)
    assert [c.day for c in reading.dated] == [date(2025, 3, 14)]


def test_a_report_without_a_sample_date_is_not_read_without_date(tmp_path: Path) -> None:
    reading = _read("Reported: 2025-03-04\nPlatelets 412 x10^9/L\n", tmp_path)
    assert reading.dated == []
    assert _reasons(reading) == ["the report does not say when the sample was taken; give --date"]


def test_two_sample_dates_are_not_chosen_between(tmp_path: Path) -> None:
    text = "Collected: 2025-03-04\nPlatelets 412 x10^9/L\nCollected: 2025-03-05\n"
    reading = _read(text, tmp_path)
    assert reading.dated == []
    assert "two sample dates" in _reasons(reading)[0]


def test_a_sample_date_after_today_is_not_read(tmp_path: Path) -> None:
    reading = _read("Collected: 2026-02-01\nPlatelets 412 x10^9/L\n", tmp_path)
    assert reading.dated == []
    assert _reasons(reading) == ["The date is in the future; pick today or an earlier day."]


def test_two_different_values_of_one_test_and_date_are_both_left_out(tmp_path: Path) -> None:
    text = "Collected: 2025-03-04\nPlatelets 412 x10^9/L\nPLT 421 x10^9/L\nTSH 2.1 mIU/L\n"
    reading = _read(text, tmp_path)
    assert _results(reading) == [("tsh", 2.1, "mIU/L", 0.4, 4.0)]
    assert _reasons(reading) == ["another line gives a different Platelets for 2025-03-04"] * 2


def test_the_same_result_twice_is_kept_once(tmp_path: Path) -> None:
    text = "Collected: 2025-03-04\nPlatelets 412 x10^9/L\nPLT 412 x10^9/L\n"
    assert len(_read(text, tmp_path).dated) == 1


def test_hba1c_is_told_apart_by_its_unit(tmp_path: Path) -> None:
    text = "Collected: 2025-03-04\nHbA1c 45 mmol/mol\nGlycated haemoglobin 6.3 %\n"
    keys = [r[0] for r in _results(_read(text, tmp_path))]
    assert keys == ["hba1c_ifcc", "hba1c_ngsp"]


def test_egfr_by_mdrd_keeps_its_own_code(tmp_path: Path) -> None:
    reading = _read("Collected: 2025-03-04\neGFR (MDRD) 71 mL/min/1.73m2\n", tmp_path)
    assert reading.dated[0].result().loinc == "33914-3"


def test_a_missing_range_takes_the_usual_one_in_the_unit_read(tmp_path: Path) -> None:
    """As in the window's panel: the catalogue range, converted only by exact factors."""
    text = "Collected: 2025-03-04\nFree kappa 1.2 mg/dL\nTestosterone 300 ng/dL\n"
    reading = _read(text, tmp_path, sex="male")
    assert _results(reading) == [
        ("flc_kappa", 1.2, "mg/dL", 0.33, 1.94),
        ("testosterone", 300.0, "ng/dL", None, None),  # nmol/L ↔ ng/dL is not exact
    ]


def test_a_two_column_line_gives_two_results(tmp_path: Path) -> None:
    text = "Sample date: 2025-06-10\nIgG 9.8 g/L 7.0-16.0   IgA 5.1 g/L 0.8-4.0 H\n"
    assert [r[:2] for r in _results(_read(text, tmp_path))] == [("igg", 9.8), ("iga", 5.1)]


def test_immunofixation_is_read_as_text(tmp_path: Path) -> None:
    text = "Collected: 2025-03-04\nImmunofixation: IgG lambda detected\n"
    assert _results(_read(text, tmp_path)) == [
        ("immunofixation_serum", "IgG lambda detected", "", None, None)
    ]


# -- whole files that are refused ---------------------------------------------------------------


def _refusal(path: Path) -> str:
    reading = read_reports([path], today=TODAY)
    assert reading.candidates == []
    (line,) = reading.refusals()
    return line


def _qt_pdf(path: Path, draw) -> None:
    from PySide6.QtGui import QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    draw(painter)
    painter.end()


def test_a_scanned_pdf_without_text_is_refused(qapp, tmp_path: Path) -> None:
    from PySide6.QtCore import QRect

    path = tmp_path / "scan.pdf"
    _qt_pdf(path, lambda p: p.fillRect(QRect(100, 100, 2000, 1000), 0))
    assert "has no text, only images" in _refusal(path)


def test_a_pdf_locked_with_a_password_is_refused(tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(DATA / "two-column.pdf"))
    writer.encrypt("secret", algorithm="RC4-128")
    path = tmp_path / "locked.pdf"
    writer.write(path)
    assert _refusal(path).endswith("locked with a password; save it without one and try again.")


def test_a_300_page_pdf_is_refused_before_reading_its_pages(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(300):
        writer.add_blank_page(200, 200)
    path = tmp_path / "book.pdf"
    writer.write(path)
    assert _refusal(path) == (
        f"{path}: This PDF has 300 pages; lab reports of more than 50 pages are not read."
    )


def test_a_60_mb_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(60 * 1024 * 1024)
    assert _refusal(path) == (f"{path}: The file is 60 MB; files larger than 50 MB are not read.")


def test_a_text_longer_than_any_lab_report_is_refused_before_its_lines_are_read(
    tmp_path: Path,
) -> None:
    """Reading costs about 0.3 ms a line; 700,000 lines would keep the patient waiting."""
    path = tmp_path / "log.txt"
    path.write_text("Collected: 2025-03-04\n" + "Platelets 412 x10^9/L\n" * 6000)
    assert _refusal(path) == (
        f"{path}: This text is longer than a lab report can be (more than 5000 lines or "
        "2 MB), so it is not read."
    )
    one_line = tmp_path / "one-line.txt"
    one_line.write_text("Platelets 412 x10^9/L " * 100_000)
    assert "longer than a lab report" in _refusal(one_line)


def test_json_that_is_not_fhir_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "data.json"
    path.write_text('{"platelets": 412}', encoding="utf-8")
    assert _refusal(path).endswith("This JSON file is not FHIR (it has no resourceType).")
    path.write_text("{not json", encoding="utf-8")
    assert _refusal(path).endswith("This file is not JSON, so it cannot be FHIR.")


def test_a_fhir_resource_of_another_kind_is_one_unread_line(tmp_path: Path) -> None:
    path = tmp_path / "patient.json"
    path.write_text('{"resourceType": "Patient", "id": "p1"}', encoding="utf-8")
    reading = read_reports([path], today=TODAY)
    assert [u.text() for u in reading.unread] == [
        f"{path}:p1: not read: a Patient resource holds no lab result"
    ]


def test_a_file_that_is_not_a_report_kind_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.png"
    path.write_bytes(b"\x89PNG")
    assert _refusal(path).endswith("Lab reports are read from .pdf, .txt or .json files.")


# -- FHIR: our own export reads back exactly ----------------------------------------------------


def test_our_fhir_export_reads_back_every_lab_result_exactly(db, tmp_path: Path) -> None:
    from poems_tracker.demo import fill
    from poems_tracker.domain.models import LabQualifier, LabResult
    from poems_tracker.exchange.fhir import export_fhir
    from poems_tracker.exchange.lab_reports import store_results
    from poems_tracker.store.database import Database
    from poems_tracker.store.labs import list_results, save_result

    fill(db, years=2, seed=3, today=TODAY)
    day = date(2024, 1, 2)
    for extra in (
        LabResult(day, "M-protein (SPEP)", 0.1, "g/dL", LabQualifier.BELOW),
        LabResult(day, "TSH", 2.5, "mU/L", reference_low=0.4, reference_high=4.0),
        LabResult(day, "VEGF (plasma)", 88, "ng/L", reference_high=96.2, note="EDTA, on ice"),
        LabResult(day, "Immunofixation (serum)", None, "", text="IgA lambda detected"),
        LabResult(day, "Platelets", 402, "10^3/µL", loinc="777-3"),
        LabResult(day, "Free T4", 1.1, "ng/dL", reference_low=0.9, reference_high=1.7),
    ):
        save_result(db, extra, replace=True)
    before = list_results(db)
    assert len(before) > 20
    out = tmp_path / "export.json"
    export_fhir(db, out, today=TODAY)
    reading = read_reports([out], today=TODAY)
    assert reading.refused == [] and reading.unread == []
    (tmp_path / "empty").mkdir()
    empty = Database.open(tmp_path / "empty" / "tracker.db")
    try:
        counts = store_results(empty, [c.result() for c in reading.dated])
        after = list_results(empty)
    finally:
        empty.close()
    assert counts == {"new": len(before), "updated": 0, "unchanged": 0}

    def key(r):
        return (r.day, r.test, r.value, str(r.qualifier), r.text, r.unit)

    assert [(*key(r), r.reference_low, r.reference_high, r.loinc, r.note) for r in after] == [
        (*key(r), r.reference_low, r.reference_high, r.loinc, r.note) for r in before
    ]
