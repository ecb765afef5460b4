"""The doctor-visit report: real text in the PDF, two pages for three months, A4 and Letter,
and the File menu's print preview, PDF, CSV export and import driven like a patient would."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from poems_tracker.exchange.csv_import import import_csv
from poems_tracker.report.document import build_report
from poems_tracker.report.pdf import write_pdf
from poems_tracker.store.database import Database
from poems_tracker.ui.data.exchange_actions import ExchangeActions
from poems_tracker.ui.data.exchange_dialogs import ReportPeriodDialog
from poems_tracker.ui.shell import clock
from poems_tracker.ui.shell.main_window import MainWindow
from poems_tracker.ui.widgets import dialogs
from tests.exchange_data import make_dataset

#: A copy of the project's one-year sample folder (docs: samples/one-year).
SAMPLE = Path(__file__).parents[1] / "data" / "one-year"
START, END = date(2023, 12, 5), date(2024, 3, 4)


def _text(path: Path) -> tuple[str, PdfReader]:
    """The PDF's text with runs of white space as one space (Qt places words one by one)."""
    reader = PdfReader(path)
    text = " ".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", text), reader


def test_pdf_holds_real_text_for_the_doctor(qapp, db: Database, tmp_path: Path) -> None:
    assert import_csv(db, [SAMPLE], today=END).committed
    document = build_report(db, START, END, "Jane Doe", "A4", today=END)
    pages = write_pdf(document, tmp_path / "visit.pdf")
    text, reader = _text(tmp_path / "visit.pdf")
    assert pages == len(reader.pages) <= 2
    for expected in (
        "Jane Doe",
        "5 Dec 2023 – 4 Mar 2024",  # the period, as the window writes dates
        "Aspirin",
        "Lenalidomide",
        "Pregabalin",  # medicines
        "VEGF (serum)",
        "757",
        "426",
        "High",
        "4.82",  # lab values, marks
        "Nerve pain",
        "Can I drive with numb feet?",
        "Patient-recorded data; not medical advice",
        f"Page 1 of {pages}",
    ):
        assert expected in text, expected
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points


def test_letter_paper_and_a_decade(qapp, db: Database, tmp_path: Path) -> None:
    make_dataset(db, years=10, today=date(2026, 11, 25))
    document = build_report(
        db, date(2016, 11, 26), date(2026, 11, 25), "", "Letter", today=date(2026, 11, 25)
    )
    write_pdf(document, tmp_path / "decade.pdf")
    text, reader = _text(tmp_path / "decade.pdf")
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert len(reader.pages) <= 4
    assert "Patient-recorded data; not medical advice" in text
    assert "more" in text  # long series are shortened, not printed in full


def test_an_empty_period_still_makes_a_clear_report(qapp, db: Database, tmp_path: Path) -> None:
    write_pdf(build_report(db, START, END, "", "A4"), tmp_path / "empty.pdf")
    text, _reader = _text(tmp_path / "empty.pdf")
    assert "No check-ins in this period." in text
    assert "No lab results in this period." in text


@pytest.fixture
def window(qtbot, db: Database, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(clock, "today", lambda: END)
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.show()
    return win


def _action(window: MainWindow, start: str):
    for action in window.file_menu.actions():
        if action.text().replace("&", "").startswith(start):
            return action
    raise AssertionError(start)


def test_print_preview_opens(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import_csv(window.db, [SAMPLE], today=END)
    actions: ExchangeActions = window.exchange_actions
    monkeypatch.setattr(actions, "ask_period", lambda: (START, END, "A4"))
    painted: list[int] = []
    from poems_tracker.report import pdf

    real = pdf.paint_document
    monkeypatch.setattr(
        pdf, "paint_document", lambda doc, device: painted.append(real(doc, device)) or painted[-1]
    )
    with qtbot.waitSignal(actions.finished, timeout=20000):
        _action(window, "Print preview").trigger()
    dialog = actions.preview_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(lambda: bool(painted))
    assert painted[0] == 2
    assert dialog.grab().save(str(tmp_path / "report_preview.png"))
    dialog.close()


def test_save_pdf_from_the_menu(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_dataset(window.db, years=1, today=END)
    actions: ExchangeActions = window.exchange_actions
    monkeypatch.setattr(actions, "ask_period", lambda: (START, END, "A4"))
    target = tmp_path / "from-menu"  # the .pdf is added
    monkeypatch.setattr(dialogs, "save_path", lambda *args: str(target))
    told: list[str] = []
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, text: told.append(text))
    with qtbot.waitSignal(actions.finished, timeout=20000):
        _action(window, "Save report as PDF").trigger()
    assert told and "was saved as" in told[0]
    text, _reader = _text(tmp_path / "from-menu.pdf")
    assert "Aspirin" in text


def test_import_previews_then_stores(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    actions: ExchangeActions = window.exchange_actions
    monkeypatch.setattr(dialogs, "choose", lambda *args: 0)
    monkeypatch.setattr(dialogs, "open_dir", lambda *args: str(SAMPLE))
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs, "confirm", lambda parent, title, text, yes="": asked.append(text) or True
    )
    told: list[str] = []
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, text: told.append(text))
    changed: list[object] = []
    window.events.changed.connect(changed.append)
    with qtbot.waitSignal(actions.finished, timeout=20000):
        _action(window, "Import CSV").trigger()
    assert "symptoms.csv: 308 new, 0 updated" in asked[0]
    assert window.db.conn.execute("SELECT COUNT(*) FROM checkins").fetchone()[0] == 0
    qtbot.waitUntil(lambda: bool(told), timeout=20000)
    assert window.db.conn.execute("SELECT COUNT(*) FROM checkins").fetchone()[0] == 308
    assert changed


def test_refused_import_lists_every_problem(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "labs.csv"
    bad.write_text(
        "date,test,value,unit,reference_low,reference_high,loinc,note\n"
        "2024-01-01,TSH,abc,mIU/L,,,,\n2024-01-02,TSH,1,furlongs,,,,\n"
    )
    actions: ExchangeActions = window.exchange_actions
    monkeypatch.setattr(dialogs, "confirm", lambda *args: pytest.fail("asked despite problems"))
    with qtbot.waitSignal(actions.finished, timeout=20000):
        actions.start_import([str(bad)])
    dialog = actions.problems_dialog
    assert dialog is not None
    lines = dialog.text.toPlainText().splitlines()
    assert lines[0].startswith(f"{bad}:2: ")
    assert lines[1].startswith(f'{bad}:3: TSH is not measured in "furlongs"')
    dialog.close()


def test_export_csv_from_the_menu(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    actions: ExchangeActions = window.exchange_actions
    monkeypatch.setattr(dialogs, "open_dir", lambda *args: str(tmp_path / "out"))
    monkeypatch.setattr(dialogs, "inform", lambda *args: None)
    with qtbot.waitSignal(actions.finished, timeout=20000):
        _action(window, "Export CSV").trigger()
    assert (tmp_path / "out" / "symptoms.csv").exists()


def test_period_dialog_defaults_to_three_months_and_refuses_backwards(
    qtbot, tmp_path: Path
) -> None:
    dialog = ReportPeriodDialog(END, "A4")
    qtbot.addWidget(dialog)
    assert dialog.period() == (START, END, "A4")
    dialog.start.setDate(dialog.end.date().addDays(1))  # clamped to today, so move end back
    dialog.end.setDate(dialog.start.date().addDays(-5))
    assert "after the last day" in dialog.error.text()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.show()
    assert dialog.grab().save(str(tmp_path / "report_period_dialog.png"))
