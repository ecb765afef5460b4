"""The labs page driven as a patient would: keyboard only, bad input, replacing a result."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from poems_tracker import settings
from poems_tracker.domain.models import LabResult
from poems_tracker.store import labs as repo
from poems_tracker.store.database import Database
from poems_tracker.ui.labs.lab_panel_dialog import LabPanelDialog
from poems_tracker.ui.labs.labs_page import LabsPage
from poems_tracker.ui.shell import clock
from poems_tracker.ui.shell.data_events import DataEvents
from poems_tracker.ui.widgets import dialogs

TODAY = date(2026, 11, 25)


@pytest.fixture
def page(qtbot, db: Database, monkeypatch: pytest.MonkeyPatch) -> LabsPage:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    widget = LabsPage(db, DataEvents())
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _open_panel(qtbot, page: LabsPage) -> LabPanelDialog:
    dialog = page.enter_results()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.rows[0].value)
    return dialog


def _type_and_tab(qtbot, text: str) -> None:
    widget = QApplication.focusWidget()
    if text:
        qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def _save_with_keyboard(qtbot, dialog: LabPanelDialog) -> None:
    qtbot.keyClick(
        QApplication.focusWidget() or dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
    )


def _row(dialog: LabPanelDialog, label: str):
    return next(r for r in dialog.rows if r.test.label == label)


def _summary_row(page: LabsPage, label: str) -> list[str]:
    row = [s.test for s in page.summaries].index(label)
    return [page.table.item(row, c).text() for c in range(page.table.columnCount())]


def test_a_whole_panel_typed_with_the_keyboard_alone(qtbot, page: LabsPage, db) -> None:
    settings.put("prefs/sex_for_ranges", "male")  # testosterone's range depends on it
    dialog = _open_panel(qtbot, page)
    assert [r.test.label for r in dialog.rows][:3] == [
        "VEGF (serum)",
        "M-protein (SPEP)",
        "Immunofixation (serum)",
    ]
    typed = [
        "2840",
        "0.40",
        "IgA lambda detected",
        "13.1",
        "48.5",
        "0.27",
        "520",
        "",
        "6.10",
        "11",
        "7.2",
    ]
    for text in typed[:-1]:  # Tab goes from value to value, skipping units and ranges
        _type_and_tab(qtbot, text)
    last = QApplication.focusWidget()
    assert last is _row(dialog, "Testosterone (total)").value
    qtbot.keyClicks(last, typed[-1])
    qtbot.keyClick(last, Qt.Key.Key_Return)  # Enter moves on; it does not save by surprise
    assert repo.list_results(db) == []
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.saved):
        _save_with_keyboard(qtbot, dialog)
    stored = {r.test: r for r in repo.list_results(db)}
    assert len(stored) == 10  # haemoglobin left empty: skipped, not stored
    assert stored["VEGF (serum)"].value == 2840
    assert stored["VEGF (serum)"].day == TODAY
    assert stored["VEGF (serum)"].loinc == "75628-8"
    assert stored["Immunofixation (serum)"].text == "IgA lambda detected"
    assert stored["TSH"].reference_high == 4.0
    assert stored["Kappa/lambda FLC ratio"].unit == ""
    # The page shows at a glance what is out of range, in words.
    assert page.summaries[0].test == "VEGF (serum)"
    assert "High" in _summary_row(page, "VEGF (serum)")[4]
    assert "High" in _summary_row(page, "TSH")[4]
    assert _summary_row(page, "Free kappa light chains")[4] == "In range"
    assert "Low" in _summary_row(page, "Testosterone (total)")[4]
    assert _summary_row(page, "Testosterone (total)")[5] == "10–35"


def test_sex_dependent_range_is_left_empty_without_the_preference(qtbot, page, db) -> None:
    dialog = _open_panel(qtbot, page)
    testosterone = _row(dialog, "Testosterone (total)")
    assert (testosterone.low.text(), testosterone.high.text()) == ("", "")
    assert (_row(dialog, "TSH").low.text(), _row(dialog, "TSH").high.text()) == ("0.4", "4")


def test_change_since_first_and_previous(qtbot, page: LabsPage, db) -> None:
    for day, value in (("2026-01-10", 2840), ("2026-04-10", 1818), ("2026-07-10", 757)):
        repo.save_result(
            db,
            LabResult(
                date.fromisoformat(day),
                "VEGF (serum)",
                value,
                "pg/mL",
                reference_low=9,
                reference_high=86,
            ),
        )
    page.refresh()
    cells = _summary_row(page, "VEGF (serum)")
    assert cells[1] == "757"
    assert cells[6] == "−1061 (−58%)"
    assert cells[7] == "−2083 (−73%)"
    assert cells[8].startswith("Main marker of POEMS activity")
    assert page.history_table.rowCount() == 3


@pytest.mark.parametrize(
    ("value", "low", "high", "sentence"),
    [
        ("abc", None, None, "Type a number, e.g. 12.5 or <0.1."),
        ("-5", None, None, "A lab value cannot be negative."),
        ("1,500", None, None, "Use a point for decimals"),  # 1.5 or 1500: never guessed
        ("50", "90", "10", "The reference low is above the high; check the two limits."),
    ],
)
def test_bad_input_shows_one_sentence_and_stores_nothing(
    qtbot, page: LabsPage, db, value, low, high, sentence
) -> None:
    dialog = _open_panel(qtbot, page)
    row = _row(dialog, "VEGF (serum)")
    if low is not None:
        row.low.setText(low)
        row.high.setText(high)
    _type_and_tab(qtbot, value)
    _type_and_tab(qtbot, "0.3")  # a good M-protein value: still nothing may be stored
    _save_with_keyboard(qtbot, dialog)
    assert row.error.isVisible()
    assert sentence in row.error.text()
    assert dialog.isVisible()
    assert repo.list_results(db) == []


def test_enter_moves_to_the_next_value(qtbot, page: LabsPage, db) -> None:
    dialog = _open_panel(qtbot, page)
    assert dialog.about_line.text().startswith("VEGF (serum): Main marker of POEMS activity")
    qtbot.keyClicks(dialog.rows[0].value, "2840")
    qtbot.keyClick(dialog.rows[0].value, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.rows[1].value
    assert dialog.about_line.text().startswith("M-protein (SPEP): ")
    assert repo.list_results(db) == []


def test_tab_can_also_visit_units_and_ranges(qtbot, page: LabsPage) -> None:
    dialog = _open_panel(qtbot, page)
    dialog.full_tab.setChecked(True)
    vegf = dialog.rows[0]
    vegf.value.setFocus()
    visited = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited == [vegf.unit, vegf.low, vegf.high, dialog.rows[1].value]


def test_empty_panel_is_not_saved(qtbot, page: LabsPage, db) -> None:
    dialog = _open_panel(qtbot, page)
    assert dialog.save() is False
    assert "Type at least one value" in dialog.general_error.text()
    assert repo.list_results(db) == []


def test_duplicate_on_the_same_date_offers_to_replace(
    qtbot, page: LabsPage, db, monkeypatch
) -> None:
    repo.save_result(db, LabResult(TODAY, "VEGF (serum)", 2840.0, "pg/mL"))
    asked: list[str] = []

    def answer(result: bool):
        def fake(parent, title, text, yes_text=""):
            asked.append(text)
            return result

        return fake

    monkeypatch.setattr(dialogs, "confirm", answer(False))
    dialog = _open_panel(qtbot, page)
    _type_and_tab(qtbot, "2900")
    assert dialog.save() is False
    assert "VEGF (serum)" in asked[0]
    assert "Nothing was saved" in dialog.general_error.text()
    assert [r.value for r in repo.list_results(db)] == [2840]
    monkeypatch.setattr(dialogs, "confirm", answer(True))
    with qtbot.waitSignal(dialog.saved):
        assert dialog.save() is True
    assert [r.value for r in repo.list_results(db)] == [2900]


def test_rows_are_prefilled_from_the_last_result(qtbot, page: LabsPage, db) -> None:
    repo.save_result(
        db,
        LabResult(date(2026, 6, 1), "TSH", 5.0, "µIU/mL", reference_low=0.27, reference_high=4.2),
    )
    dialog = _open_panel(qtbot, page)
    tsh = _row(dialog, "TSH")
    assert tsh.unit.currentText() == "µIU/mL"
    assert (tsh.low.text(), tsh.high.text()) == ("0.27", "4.2")
    assert [r.test.label for r in dialog.rows] == ["TSH"]  # this patient's usual panel


def test_changing_unit_converts_the_range_only_when_exact(qtbot, page: LabsPage, db) -> None:
    dialog = _open_panel(qtbot, page)
    dialog.add_combo.setCurrentText("Haemoglobin")
    dialog.add_from_combo()
    dialog.add_combo.setCurrentText("Free T4")
    dialog.add_from_combo()
    hb = _row(dialog, "Haemoglobin")
    hb.low.setText("130")
    hb.high.setText("170")
    hb.unit.setCurrentText("g/dL")
    assert (hb.low.text(), hb.high.text()) == ("13", "17")
    t4 = _row(dialog, "Free T4")
    t4.unit.setCurrentText("ng/dL")  # mass ↔ molar: no exact factor, copy from the report
    assert (t4.low.text(), t4.high.text()) == ("", "")


def test_own_test_added_by_typing_its_name(qtbot, page: LabsPage, db) -> None:
    dialog = _open_panel(qtbot, page)
    dialog.add_combo.setFocus()
    qtbot.keyClicks(dialog.add_combo, "Urine protein")
    qtbot.keyClick(dialog.add_combo, Qt.Key.Key_Return)
    row = dialog.rows[-1]
    assert row.test.label == "Urine protein"
    assert QApplication.focusWidget() is row.value
    qtbot.keyClicks(row.value, "0.3")
    row.unit.setCurrentText("g/24h")
    assert dialog.save() is True
    assert [t.label for t in repo.list_user_tests(db)] == ["Urine protein"]
    assert repo.list_results(db)[0].unit == "g/24h"
    assert "Urine protein" in [s.test for s in page.summaries]


def test_edit_and_delete_a_result(qtbot, page: LabsPage, db, monkeypatch) -> None:
    repo.save_result(db, LabResult(date(2026, 1, 10), "VEGF (serum)", 2840.0, "pg/mL"))
    repo.save_result(
        db,
        LabResult(
            date(2026, 4, 10),
            "VEGF (serum)",
            1818.0,
            "pg/mL",
            loinc="75628-8",
            note="After cycle 3",
        ),
    )
    page.refresh()
    assert page.chosen_result().value == 1818
    dialog = page.edit_selected()
    qtbot.waitExposed(dialog)
    assert dialog.rows[0].value.text() == "1818"
    assert dialog.note.text() == "After cycle 3"
    dialog.rows[0].value.setText("1819")
    assert dialog.save() is True
    assert [r.value for r in repo.list_results(db)] == [2840, 1819]
    assert repo.list_results(db)[1].note == "After cycle 3"  # editing never drops the note
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    page.delete_selected()
    assert [r.value for r in repo.list_results(db)] == [2840]
    assert page.history_table.rowCount() == 1


def test_controls_are_named_and_large(qtbot, page: LabsPage) -> None:
    dialog = _open_panel(qtbot, page)
    for row in dialog.rows:
        assert row.value.accessibleName().endswith(": value")
        assert row.value.minimumHeight() >= 44
        assert row.name.buddy() is row.value
    for button in (
        page.enter_button,
        page.edit_button,
        page.delete_button,
        dialog.save_button,
        dialog.add_button,
    ):
        assert button.minimumHeight() >= 44
        assert button.accessibleName()


def test_keyboard_shortcuts_open_the_panel_and_delete_from_the_list(
    qtbot, page, db, monkeypatch
) -> None:
    repo.save_result(db, LabResult(date(2026, 1, 10), "TSH", 6.1, "mIU/L"))
    page.refresh()
    page.activateWindow()
    page.history_table.setFocus()
    qtbot.waitUntil(page.history_table.hasFocus)
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs, "confirm", lambda parent, title, text, yes_text="": asked.append(text) or True
    )
    qtbot.keyClick(page.history_table, Qt.Key.Key_Delete)
    assert "TSH" in asked[0]
    assert repo.list_results(db) == []
    assert page.empty_label.isVisible()
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.panel is not None
    assert page.panel.isVisible()


def test_egfr_equation_printed_on_the_report_picks_the_code(qtbot, page: LabsPage, db) -> None:
    dialog = _open_panel(qtbot, page)
    dialog.add_combo.setCurrentText("eGFR")
    dialog.add_from_combo()
    egfr = _row(dialog, "eGFR")
    assert egfr.method.currentData() == "98979-8"  # CKD-EPI 2021 unless the report says else
    egfr.method.setCurrentIndex(egfr.method.findData("62238-1"))
    egfr.value.setText("75")
    assert dialog.save() is True
    assert repo.list_results(db)[0].loinc == "62238-1"
    again = _open_panel(qtbot, page)
    assert _row(again, "eGFR").method.currentText() == "eGFR by CKD-EPI 2009"
