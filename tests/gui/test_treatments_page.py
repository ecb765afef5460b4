"""Treatments page: the timeline of diagnosis, chemotherapy, hospital stays… added, changed
and deleted by a patient; bad dates are one sentence and store nothing."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from poems_tracker.domain.models import EventKind, TreatmentEvent
from poems_tracker.store import medications as store
from poems_tracker.ui.medicines.treatments_page import TreatmentsPage
from poems_tracker.ui.shell import clock
from poems_tracker.ui.shell.data_events import EVENTS
from poems_tracker.ui.widgets import dialogs

TODAY = date(2024, 3, 10)


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)


@pytest.fixture
def page(open_page):
    return open_page(TreatmentsPage, (900, 700))


def _rows(page) -> list[list[str]]:
    return [[page.table.item(r, c).text() for c in range(4)] for r in range(page.table.rowCount())]


def _fill(page, kind: EventKind, start: QDate, end: QDate | None, text: str, qtbot) -> None:
    page.kind_box.setCurrentIndex(page.kind_box.findData(str(kind)))
    page.start_edit.setDate(start)
    page.has_end.setChecked(end is not None)
    if end is not None:
        page.end_edit.setDate(end)
    page.description_edit.clear()
    qtbot.keyClicks(page.description_edit, text)


def test_add_events_and_see_them_as_a_timeline(qtbot, page, db, events) -> None:
    _fill(
        page,
        EventKind.CHEMOTHERAPY,
        QDate(2023, 5, 5),
        QDate(2024, 1, 11),
        "Lenalidomide + dexamethasone",
        qtbot,
    )
    with qtbot.waitSignal(events.changed) as signal:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert signal.args[0].touches(EVENTS)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.description_edit.toPlainText() == ""
    _fill(page, EventKind.DIAGNOSIS, QDate(2023, 4, 20), None, "POEMS syndrome confirmed", qtbot)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert _rows(page) == [
        ["20 Apr 2023", "", "Diagnosis", "POEMS syndrome confirmed"],
        ["5 May 2023", "11 Jan 2024", "Chemotherapy", "Lenalidomide + dexamethasone"],
    ]
    assert [(e.kind, e.end_date) for e in store.list_events(db)] == [
        (EventKind.DIAGNOSIS, None),
        (EventKind.CHEMOTHERAPY, date(2024, 1, 11)),
    ]


def test_every_kind_can_be_chosen(page) -> None:
    kinds = [page.kind_box.itemText(i) for i in range(page.kind_box.count())]
    assert kinds == [
        "Diagnosis",
        "Stem cell transplant",
        "Radiotherapy",
        "Chemotherapy",
        "Hospital stay",
        "Procedure",
        "Other",
    ]


def test_edit_an_event(qtbot, page, db) -> None:
    stay = store.save_event(db, TreatmentEvent(date(2024, 1, 30), EventKind.HOSPITAL, "Ward 3"))
    page.refresh()
    page.table.selectRow(0)
    assert page.description_edit.toPlainText() == "Ward 3"
    assert page.delete_button.isEnabled()
    page.has_end.setChecked(True)
    page.end_edit.setDate(QDate(2024, 2, 3))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    [stored] = store.list_events(db)
    assert stored.id == stay.id
    assert stored.end_date == date(2024, 2, 3)
    assert _rows(page)[0][1] == "3 Feb 2024"


def test_delete_asks_first(qtbot, page, db, monkeypatch) -> None:
    store.save_event(db, TreatmentEvent(date(2024, 1, 30), EventKind.PROCEDURE, "Bone marrow"))
    page.refresh()
    answers = [False, True]
    asked = []
    monkeypatch.setattr(
        dialogs,
        "confirm",
        lambda parent, title, text, yes="": (asked.append(text), answers.pop(0))[1],
    )
    page.table.selectRow(0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert len(store.list_events(db)) == 1
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert store.list_events(db) == []
    assert page.table.rowCount() == 0
    assert "Procedure" in asked[0]


def test_end_before_start_is_one_sentence_and_stores_nothing(qtbot, page, db) -> None:
    _fill(page, EventKind.RADIATION, QDate(2024, 2, 19), QDate(2024, 1, 30), "Spine", qtbot)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.error.isVisible()
    assert "end date comes before the start date" in page.error.text()
    assert store.list_events(db) == []
    assert page.description_edit.toPlainText() == "Spine"  # nothing typed is lost


def test_same_kind_on_the_same_day_is_refused(qtbot, page, db) -> None:
    store.save_event(db, TreatmentEvent(date(2024, 1, 30), EventKind.HOSPITAL, "Ward 3"))
    page.refresh()
    _fill(page, EventKind.HOSPITAL, QDate(2024, 1, 30), None, "Again", qtbot)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "already an event of this kind" in page.error.text()
    assert [e.description for e in store.list_events(db)] == ["Ward 3"]


def test_form_is_keyboard_friendly(page) -> None:
    for widget in (
        page.kind_box,
        page.start_edit,
        page.end_edit,
        page.description_edit,
        page.save_button,
        page.new_button,
        page.delete_button,
        page.table,
    ):
        assert widget.accessibleName()
    for widget in (page.kind_box, page.start_edit, page.save_button):
        assert widget.minimumHeight() >= 44
    assert page.description_edit.tabChangesFocus()


@pytest.mark.parametrize(
    ("answer", "leaves", "stored"),
    [
        (dialogs.Answer.SAVE, True, 1),
        (dialogs.Answer.DISCARD, True, 0),
        (dialogs.Answer.CANCEL, False, 0),
    ],
)
def test_leaving_with_an_unsaved_event_asks(
    qtbot, page, db, monkeypatch, answer, leaves, stored
) -> None:
    assert page.may_leave()  # nothing typed: nothing to ask
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, text: answer)
    qtbot.keyClicks(page.description_edit, "Port fitted")
    assert page.may_leave() is leaves
    assert len(store.list_events(db)) == stored
