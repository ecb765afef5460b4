"""The lab report review in the window: a table of what was read, ticked rows saved, the
unread lines beneath; opened from the File menu, by a drop or by Ctrl+V on the Labs page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit

from poems_tracker.exchange.lab_reports import read_reports
from poems_tracker.store.labs import list_results
from poems_tracker.ui.labs.lab_report_dialog import SAVE, VALUE, LabReportDialog
from poems_tracker.ui.shell import clock

DATA = Path(__file__).resolve().parents[1] / "data" / "lab-reports"
TODAY = date(2026, 1, 1)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def _dialog(qtbot, db, name: str, given: date | None = None) -> LabReportDialog:
    reading = read_reports([DATA / name], given=given, today=TODAY)
    dialog = LabReportDialog(db, reading, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _stored(db) -> list[tuple]:
    return [
        (r.day, r.test, r.value, r.unit, r.reference_low, r.reference_high)
        for r in list_results(db)
    ]


def test_untick_edit_and_save_stores_exactly_the_ticked_rows(qtbot, db) -> None:
    dialog = _dialog(qtbot, db, "uk-portal.txt")
    table = dialog.table
    assert table.rowCount() == 8
    table.setFocus()
    table.setCurrentCell(1, SAVE)  # M-protein: leave it out
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert table.item(1, SAVE).checkState() == Qt.CheckState.Unchecked
    table.setCurrentCell(0, VALUE)  # VEGF: the patient corrects the value
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.viewport().findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "1240")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop
    qtbot.waitUntil(lambda: table.item(0, VALUE).text() == "1240")
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved.args == [{"new": 7, "updated": 0, "unchanged": 0}]
    day = date(2025, 3, 14)
    assert _stored(db) == [
        (day, "Free kappa light chains", 18.2, "mg/L", 3.3, 19.4),
        (day, "Free lambda light chains", 64.0, "mg/L", 5.7, 26.3),
        (day, "Haemoglobin", 128.0, "g/L", 130.0, 170.0),
        (day, "Kappa/lambda FLC ratio", 0.28, "", 0.26, 1.65),
        (day, "Platelets", 452.0, "10^9/L", 150.0, 410.0),
        (day, "TSH", 5.8, "mU/L", 0.27, 4.2),
        (day, "VEGF (serum)", 1240.0, "pg/mL", 9.0, 86.0),
    ]
    assert "Adjusted calcium" in dialog.unread_view.toPlainText()


def test_a_report_without_a_certain_date_asks_for_one(qtbot, db) -> None:
    dialog = _dialog(qtbot, db, "ambiguous-date.txt")
    assert dialog.date_edit.isVisible()
    assert "03/04/2025" in dialog.date_note.text()
    assert dialog.table.item(0, 1).text() == ""  # no guess, not even today
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == (
        "⚠ Choose the date the sample was taken (above the table) first."
    )
    assert _stored(db) == []
    dialog.date_edit.setFocus()
    dialog.date_edit.setDate(dialog.date_edit.date().fromString("2025-04-03", "yyyy-MM-dd"))
    assert dialog.table.item(0, 1).text() == "2025-04-03"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert {row[0] for row in _stored(db)} == {date(2025, 4, 3)}
    assert len(_stored(db)) == 3


def test_a_wrong_cell_is_one_sentence_and_nothing_is_stored(qtbot, db) -> None:
    dialog = _dialog(qtbot, db, "us-portal.txt")
    dialog.table.item(2, VALUE).setText("5,42")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible()
    assert dialog.error.text().startswith("⚠ Free lambda light chains: Use a point for decimals")
    assert _stored(db) == []
    assert dialog.isVisible()


def test_a_dated_report_hides_the_date_field(qtbot, db) -> None:
    dialog = _dialog(qtbot, db, "compte-rendu-fr.txt")
    assert not dialog.date_edit.isVisible()
    assert dialog.table.item(6, VALUE).text() == "IgA lambda présente"


def test_ctrl_v_of_copied_report_text_on_the_labs_page_opens_the_review(
    qtbot, open_page, monkeypatch
) -> None:
    from poems_tracker.ui.labs.labs_page import LabsPage

    page = open_page(LabsPage)
    QGuiApplication.clipboard().setText((DATA / "uk-portal.txt").read_text(encoding="utf-8"))
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table)
    qtbot.keyClick(page.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.report_dialog is not None)  # read off the GUI thread
    dialog = page.report_dialog
    assert isinstance(dialog, LabReportDialog)  # a child of the page, closed with it
    assert dialog.table.rowCount() == 8
    assert dialog.candidates[0].source == "pasted:7"


def test_a_pdf_dropped_on_the_labs_page_opens_the_review(qtbot, open_page, db, events) -> None:
    from poems_tracker.ui.labs.labs_page import LabsPage

    page = open_page(LabsPage)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(DATA / "two-column.pdf"))])
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # The platform delivers a drop to the page's filter; a test cannot start a real drag.
    enter = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    assert page.acceptDrops()
    assert page.report_drop_filter.eventFilter(page, enter) and enter.isAccepted()
    assert page.report_drop_filter.eventFilter(page, drop)
    qtbot.waitUntil(lambda: page.report_dialog is not None)
    dialog = page.report_dialog
    assert isinstance(dialog, LabReportDialog)  # a child of the page, closed with it
    assert dialog.table.rowCount() == 13
    with qtbot.waitSignal(events.changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(list_results(db)) == 13
    assert page.table.rowCount() == 13  # the page shows them at once


def test_the_file_menu_offers_import_lab_report(qtbot, db, monkeypatch) -> None:
    from poems_tracker.ui.shell.main_window import MainWindow
    from poems_tracker.ui.widgets import dialogs

    window = MainWindow(db)
    qtbot.addWidget(window)
    action = window.lab_report_action
    assert action in window.file_menu.actions()
    asked = []

    def fake_open(parent, title, start, filters):
        asked.append(filters)
        return str(DATA / "fhir-bundle.json")

    monkeypatch.setattr(dialogs, "open_path", fake_open)
    action.trigger()
    assert asked and "*.pdf" in asked[0]
    qtbot.waitUntil(lambda: window.findChild(LabReportDialog) is not None)
    dialog = window.findChild(LabReportDialog)
    assert dialog is not None and dialog.table.rowCount() == 6


def test_a_refused_file_is_one_warning_and_no_review(qtbot, db, events, monkeypatch, tmp_path):
    from poems_tracker.ui.labs.lab_report_import import open_lab_report
    from poems_tracker.ui.widgets import dialogs

    said = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: said.append(text))
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    open_lab_report(parent, db, events, paths=[str(bad)])
    qtbot.waitUntil(lambda: bool(said))
    assert said == ["scan.pdf: This PDF cannot be read; it may be damaged."]
    assert parent.report_dialog is None
    assert QApplication.overrideCursor() is None  # the wait cursor is gone again


def test_a_report_with_nothing_recognised_says_so_and_lists_the_unread_lines(
    qtbot, db, events, monkeypatch
) -> None:
    from PySide6.QtWidgets import QWidget

    from poems_tracker.ui.labs.lab_report_import import open_lab_report
    from poems_tracker.ui.widgets import dialogs

    said = []
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, text: said.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)
    open_lab_report(parent, db, events, paths=[str(DATA / "clinic-letter.txt")])
    qtbot.waitUntil(lambda: bool(said))
    assert said[0].startswith("No lab result was recognised, so nothing was saved.")
    assert "Paraprotein is stable at 4 g/L.: the value does not follow the test's name" in said[0]
    assert parent.report_dialog is None
    assert list_results(db) == []
