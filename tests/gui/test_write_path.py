"""Every write of every page fails aloud: a full disk is one sentence, no change announced.

Each case builds the page a patient would use, with the records the action needs, makes
the store function behind the action fail as a full disk does, presses the action, and
checks that the patient can read the sentence (a status line, a note beside the field or
a message box) and that no `DataEvents.changed` fired, so no page shows a record that
was never stored.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from poems_tracker.domain import yesno_groups
from poems_tracker.domain.models import (
    Appointment,
    CheckIn,
    EventKind,
    LabResult,
    Medication,
    Question,
    SymptomKind,
    TreatmentEvent,
)
from poems_tracker.store import appointments as appointments_store
from poems_tracker.store import checkins as checkins_store
from poems_tracker.store import function_checks as function_store
from poems_tracker.store import labs as labs_store
from poems_tracker.store import medications as medications_store
from poems_tracker.store.backup import storage_error
from poems_tracker.ui.shell import clock
from poems_tracker.ui.shell.data_events import DataEvents
from poems_tracker.ui.widgets import dialogs

TODAY = date(2026, 3, 10)  # a Tuesday
DISK_FULL = "The disk is full or cannot be written"


@dataclass
class Case:
    """A page action: what to store first, where the write happens, how to press it."""

    name: str
    target: tuple[Any, str]  # (module, function) the action writes through
    act: Callable[..., Any]  # (qtbot, db, events, fail) -> the widget shown; fail() breaks it


def _show(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    if hasattr(widget, "shown"):
        widget.shown()
    return widget


# -- the actions ------------------------------------------------------------------------------
def checkin_save(qtbot, db, events, fail):
    from poems_tracker.ui.checkin.checkin_page import CheckInPage

    page = _show(qtbot, CheckInPage(db, events))
    qtbot.mouseClick(page.selectors["pain"].group.button(6), Qt.MouseButton.LeftButton)
    fail()
    assert page.save() is False
    return page


def history_delete(qtbot, db, events, fail):
    from poems_tracker.ui.checkin.history_page import HistoryPage

    checkins_store.save_checkin(db, CheckIn(TODAY, {"pain": 3}))
    page = _show(qtbot, HistoryPage(db, events))
    page.refresh()
    page.table.selectRow(0)
    fail()
    page.delete_selected()
    return page


def _symptoms_dialog(qtbot, db, events):
    from poems_tracker.ui.checkin.symptoms_dialog import SymptomsDialog

    checkins_store.add_custom_symptom(db, "Cold feet", SymptomKind.SCORE)
    dialog = _show(qtbot, SymptomsDialog(db, events))
    dialog.list.setCurrentRow(0)
    return dialog


def symptom_add(qtbot, db, events, fail):
    dialog = _symptoms_dialog(qtbot, db, events)
    dialog.name.setText("Hoarse voice")
    fail()
    dialog.add()
    return dialog


def symptom_rename(qtbot, db, events, fail):
    dialog = _symptoms_dialog(qtbot, db, events)
    fail()
    dialog.rename()
    return dialog


def symptom_hide(qtbot, db, events, fail):
    dialog = _symptoms_dialog(qtbot, db, events)
    fail()
    dialog.toggle_hidden()
    return dialog


def symptom_group(qtbot, db, events, fail):
    from poems_tracker.ui.checkin.symptom_groups_dialog import SymptomGroupsDialog

    dialog = _show(qtbot, SymptomGroupsDialog(db, events))
    fail()
    dialog.toggle(yesno_groups.GROUPS[0], True)
    return dialog


def _medications_page(qtbot, db, events):
    from poems_tracker.ui.medicines.medications_page import MedicationsPage

    med = medications_store.save_medication(
        db, Medication("Aspirin", 100, "mg", "daily", TODAY - timedelta(days=30))
    )
    page = _show(qtbot, MedicationsPage(db, events))
    assert page.select(med.id)
    return page


def medicine_change(qtbot, db, events, fail):
    page = _medications_page(qtbot, db, events)
    dialog = page.edit_selected()
    dialog.dose_edit.setText("75")
    fail()
    assert dialog.save() is None
    return page


def medicine_stop(qtbot, db, events, fail):
    page = _medications_page(qtbot, db, events)
    fail()
    page.stop_selected()
    return page


def medicine_delete(qtbot, db, events, fail):
    page = _medications_page(qtbot, db, events)
    fail()
    page.delete_selected()
    return page


def _doses_panel(qtbot, db, events):
    from poems_tracker.ui.medicines.todays_doses import TodaysDosesPanel

    medications_store.save_medication(
        db, Medication("Aspirin", 100, "mg", "daily", TODAY - timedelta(days=3))
    )
    medications_store.save_medication(
        db, Medication("Tramadol", 50, "mg", "as needed, max 2 per day", TODAY)
    )
    return _show(qtbot, TodaysDosesPanel(db, events))


def dose_mark(qtbot, db, events, fail):
    panel = _doses_panel(qtbot, db, events)
    fail()
    qtbot.mouseClick(panel.rows[0]["taken"], Qt.MouseButton.LeftButton)
    assert panel.rows[0]["state"].text() == "Not recorded yet"
    return panel


def dose_all_taken(qtbot, db, events, fail):
    panel = _doses_panel(qtbot, db, events)
    fail()
    panel.mark_rest_taken()
    assert panel.rows[0]["state"].text() == "Not recorded yet"
    return panel


def dose_as_needed(qtbot, db, events, fail):
    panel = _doses_panel(qtbot, db, events)
    fail()
    panel.record_as_needed()
    return panel


def _treatments_page(qtbot, db, events):
    from poems_tracker.ui.medicines.treatments_page import TreatmentsPage

    event = medications_store.save_event(
        db, TreatmentEvent(TODAY - timedelta(days=9), EventKind.HOSPITAL, "Ward 3")
    )
    page = _show(qtbot, TreatmentsPage(db, events))
    page.select(event.id)
    return page


def treatment_save(qtbot, db, events, fail):
    page = _treatments_page(qtbot, db, events)
    page.description_edit.setPlainText("Ward 4")
    fail()
    assert page.save() is None
    return page


def treatment_delete(qtbot, db, events, fail):
    page = _treatments_page(qtbot, db, events)
    fail()
    page.delete_selected()
    return page


def lab_panel_save(qtbot, db, events, fail):
    from poems_tracker.ui.labs.labs_page import LabsPage

    page = _show(qtbot, LabsPage(db, events))
    dialog = page.enter_results()
    dialog.rows[0].value.setText("1200")
    fail()
    assert dialog.save() is False
    return page


def lab_delete(qtbot, db, events, fail):
    from poems_tracker.ui.labs.labs_page import LabsPage

    labs_store.save_panel(db, [LabResult(TODAY, "VEGF", 900.0, "pg/mL")])
    page = _show(qtbot, LabsPage(db, events))
    page.table.selectRow(0)
    page.history_table.selectRow(0)
    assert page.chosen_result() is not None
    fail()
    page.delete_selected()
    return page


def _appointments_page(qtbot, db, events):
    from poems_tracker.ui.appointments.appointments_page import AppointmentsPage

    app = appointments_store.save_appointment(
        db, Appointment(TODAY + timedelta(days=7), time(10), "Dr. A", "haematology")
    )
    page = _show(qtbot, AppointmentsPage(db, events))
    page.select(app.id)
    return page


def visit_save(qtbot, db, events, fail):
    page = _appointments_page(qtbot, db, events)
    dialog = page.edit_selected()
    dialog.provider_edit.setText("Dr. B")
    fail()
    assert dialog.save() is None
    return page


def visit_status(qtbot, db, events, fail):
    from poems_tracker.domain.models import AppointmentStatus

    page = _appointments_page(qtbot, db, events)
    fail()
    page.set_selected_status(AppointmentStatus.CANCELLED)
    return page


def visit_delete(qtbot, db, events, fail):
    page = _appointments_page(qtbot, db, events)
    fail()
    page.delete_selected()
    return page


def _questions(qtbot, db, events):
    page = _appointments_page(qtbot, db, events)
    question = appointments_store.save_question(db, Question(TODAY, "Is VEGF down?"))
    page.refresh()
    page.tabs.setCurrentWidget(page.questions)
    page.questions.select(question.id)
    return page


def question_add(qtbot, db, events, fail):
    page = _appointments_page(qtbot, db, events)
    page.tabs.setCurrentWidget(page.questions)
    page.questions.new_edit.setText("May I drive?")
    fail()
    assert page.questions.add_question() is None
    return page


def question_tick(qtbot, db, events, fail):
    page = _questions(qtbot, db, events)
    fail()
    page.questions.tick_off()
    return page


def question_delete(qtbot, db, events, fail):
    page = _questions(qtbot, db, events)
    fail()
    page.questions.delete()
    return page


def _function_page(qtbot, db, events):
    from poems_tracker.ui.function_check.function_check_page import FunctionCheckPage

    return _show(qtbot, FunctionCheckPage(db, events))


def function_save(qtbot, db, events, fail):
    from poems_tracker.domain.models import TaskAnswer

    page = _function_page(qtbot, db, events)
    page.symptoms_row.set_value(False)
    for row in page.task_rows.values():
        row.set_value(TaskAnswer.UNAFFECTED)
    page.legs_row.set_value(1)
    fail()
    assert page.save() is False
    return page


def function_delete(qtbot, db, events, fail):
    from poems_tracker.domain.models import FunctionCheck

    function_store.save_check(db, FunctionCheck(TODAY, False, legs=1))
    page = _function_page(qtbot, db, events)
    page.open_check(TODAY)
    fail()
    page.delete()
    return page


CASES = [
    Case("check-in save", (checkins_store, "save_checkin"), checkin_save),
    Case("history delete", (checkins_store, "delete_checkin"), history_delete),
    Case("own symptom add", (checkins_store, "add_custom_symptom"), symptom_add),
    Case("own symptom rename", (checkins_store, "rename_custom_symptom"), symptom_rename),
    Case("own symptom hide", (checkins_store, "set_symptom_hidden"), symptom_hide),
    Case("symptom group on", (checkins_store, "add_custom_symptom"), symptom_group),
    Case("medicine change", ("medication_dialog", "save_medication"), medicine_change),
    Case("medicine stop", (medications_store, "stop_medication"), medicine_stop),
    Case("medicine delete", (medications_store, "delete_medication"), medicine_delete),
    Case("dose mark", (medications_store, "mark_dose"), dose_mark),
    Case("doses all taken", (medications_store, "mark_dose"), dose_all_taken),
    Case("dose as needed", (medications_store, "mark_dose"), dose_as_needed),
    Case("treatment save", (medications_store, "save_event"), treatment_save),
    Case("treatment delete", (medications_store, "delete_event"), treatment_delete),
    Case("lab panel save", (labs_store, "save_panel"), lab_panel_save),
    Case("lab result delete", (labs_store, "delete_result"), lab_delete),
    Case("visit save", ("appointment_dialog", "save_appointment"), visit_save),
    Case("visit status", (appointments_store, "set_status"), visit_status),
    Case("visit delete", (appointments_store, "delete_appointment"), visit_delete),
    Case("question add", (appointments_store, "save_question"), question_add),
    Case("question answered", (appointments_store, "answer_question"), question_tick),
    Case("question delete", (appointments_store, "delete_question"), question_delete),
    Case("function check save", (function_store, "save_check"), function_save),
    Case("function check delete", (function_store, "delete_check"), function_delete),
]

_UI_MODULES = {
    "medication_dialog": "poems_tracker.ui.medicines.medication_dialog",
    "appointment_dialog": "poems_tracker.ui.appointments.appointment_dialog",
}


def _visible_text(widget: QWidget) -> str:
    """Everything a patient can read in WIDGET and its open dialogs."""
    labels = [widget, *widget.findChildren(QLabel)]
    return "\n".join(w.text() for w in labels if isinstance(w, QLabel) and w.isVisible())


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 3, 10, 9, 30))


@pytest.mark.parametrize(
    "raised",
    [
        pytest.param(lambda: storage_error(sqlite3.OperationalError("disk is full")), id="poems"),
        pytest.param(lambda: sqlite3.OperationalError("database or disk is full"), id="sqlite"),
    ],
)
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_full_disk_is_said_and_nothing_is_announced(
    qtbot, db, monkeypatch, case: Case, raised
) -> None:
    import importlib

    module, name = case.target
    if isinstance(module, str):
        module = importlib.import_module(_UI_MODULES[module])
    calls: list[object] = []

    def full_disk(*_args: object, **_kwargs: object) -> None:
        calls.append(name)
        raise raised()

    boxes: list[str] = []
    monkeypatch.setattr(dialogs, "warn", lambda _p, _t, text: boxes.append(text))
    monkeypatch.setattr(dialogs, "confirm", lambda *_a, **_k: True)
    monkeypatch.setattr(dialogs, "choose", lambda *_a, **_k: 1)  # delete, not stop
    monkeypatch.setattr(dialogs, "ask_text", lambda *_a, **_k: "Icy feet")
    events = DataEvents()
    announced: list[object] = []
    events.changed.connect(announced.append)

    widget = case.act(qtbot, db, events, lambda: monkeypatch.setattr(module, name, full_disk))

    assert calls, f"{case.name} never reached {name}"
    said = "\n".join(boxes) + "\n" + _visible_text(widget)
    assert DISK_FULL in said, said
    assert announced == []


def test_a_dialog_announces_its_write_once_through_its_page(qtbot, db) -> None:
    events = DataEvents()
    announced: list[object] = []
    events.changed.connect(announced.append)
    page = _medications_page(qtbot, db, events)
    dialog = page.edit_selected()
    dialog.dose_edit.setText("75")
    assert dialog.save() is not None
    assert [sorted(c.kinds) for c in announced] == [["medications"]]
    assert medications_store.list_medications(db)[0].dose == 75


def test_while_a_job_writes_a_dialog_waits_with_a_sentence(qtbot, db) -> None:
    events = DataEvents()
    announced: list[object] = []
    events.changed.connect(announced.append)
    page = _medications_page(qtbot, db, events)
    dialog = page.edit_selected()
    dialog.dose_edit.setText("75")
    events.set_busy(True)  # an import or restore runs
    assert dialog.save() is None
    assert "Please wait until the import, backup or restore has finished" in _visible_text(dialog)
    assert announced == [] and medications_store.list_medications(db)[0].dose == 100
    events.set_busy(False)
    assert dialog.save() is not None
    assert medications_store.list_medications(db)[0].dose == 75


@pytest.mark.parametrize("case", CASES[:8], ids=[c.name for c in CASES[:8]])
def test_a_damaged_file_met_while_saving_is_said_and_nothing_is_announced(
    qtbot, db, monkeypatch, case: Case
) -> None:
    """SQLite saying "malformed" in the middle of a save is one sentence with the word
    damaged in it, not a crash dialog and not a traceback."""
    import importlib

    module, name = case.target
    if isinstance(module, str):
        module = importlib.import_module(_UI_MODULES[module])

    def damaged(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.DatabaseError("database disk image is malformed")

    boxes: list[str] = []
    monkeypatch.setattr(dialogs, "warn", lambda _p, _t, text: boxes.append(text))
    monkeypatch.setattr(dialogs, "confirm", lambda *_a, **_k: True)
    monkeypatch.setattr(dialogs, "choose", lambda *_a, **_k: 1)
    monkeypatch.setattr(dialogs, "ask_text", lambda *_a, **_k: "Icy feet")
    events = DataEvents()
    announced: list[object] = []
    events.changed.connect(announced.append)

    widget = case.act(qtbot, db, events, lambda: monkeypatch.setattr(module, name, damaged))

    said = "\n".join(boxes) + "\n" + _visible_text(widget)
    assert "is damaged and cannot be read" in said, said
    assert announced == []
