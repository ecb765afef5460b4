"""Treatments and milestones: diagnosis, transplant, radiotherapy, chemotherapy, hospital
stays and procedures, as a timeline list with a form beside it to add, change or delete.

Charts and the report draw these as spans, so a patient can see "pain fell after cycle 3".
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from poems_tracker.domain.medication_catalog import EVENT_KIND_LABELS
from poems_tracker.domain.medication_rules import check_event
from poems_tracker.domain.models import EventKind, TreatmentEvent
from poems_tracker.domain.text import N_
from poems_tracker.store import medications as store
from poems_tracker.store.database import Database
from poems_tracker.ui.shell import clock
from poems_tracker.ui.shell.data_events import EVENTS, Changes, DataEvents
from poems_tracker.ui.shell.page import Page
from poems_tracker.ui.shell.write_path import run_write
from poems_tracker.ui.widgets import TARGET, big_button, dialogs
from poems_tracker.ui.widgets.field_error import FieldError
from poems_tracker.wording import day_format, day_text


def kind_label(kind: EventKind) -> str:
    return QCoreApplication.translate("events", EVENT_KIND_LABELS[kind])


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


class TreatmentsPage(Page):
    COLUMNS = (
        N_("TreatmentsPage", "Start"),
        N_("TreatmentsPage", "End"),
        N_("TreatmentsPage", "What"),
        N_("TreatmentsPage", "Description"),
    )

    def __init__(self, db: Database, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(db, events, parent)
        self.setObjectName("TreatmentsPage")
        self._events: list[TreatmentEvent] = []
        self.editing: TreatmentEvent | None = None
        self._snapshot: TreatmentEvent | None = None
        title = QLabel(self.tr("Treatments and milestones"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)

        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("TreatmentsPage", c) for c in self.COLUMNS]
        )
        self.table.setAccessibleName(self.tr("Treatment events, oldest first"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(TARGET)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(self.COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        list_label = QLabel(self.tr("T&imeline"))
        list_label.setBuddy(self.table)

        form = QFormLayout()
        self.form_title = QLabel()
        bold = self.form_title.font()
        bold.setBold(True)
        self.form_title.setFont(bold)
        self.kind_box = QComboBox()
        for kind in EventKind:
            self.kind_box.addItem(kind_label(kind), str(kind))
        self._row(form, self.tr("&What:"), self.kind_box, self.tr("Kind of event"))
        self.start_edit = self._date_edit()
        self._row(form, self.tr("&Start:"), self.start_edit, self.tr("Start date"))
        self.has_end = QCheckBox(self.tr("It &ended on:"))
        self.has_end.setMinimumHeight(TARGET)
        self.has_end.setAccessibleName(self.tr("The event has an end date"))
        self.end_edit = self._date_edit()
        self.end_edit.setAccessibleName(self.tr("End date"))
        self.has_end.toggled.connect(self.end_edit.setEnabled)
        end_row = QHBoxLayout()
        end_row.addWidget(self.has_end)
        end_row.addWidget(self.end_edit, 1)
        form.addRow("", end_row)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMaximumHeight(100)
        self.description_edit.setPlaceholderText(
            self.tr("e.g. Lenalidomide + dexamethasone, 9 cycles")
        )
        self._row(
            form,
            self.tr("Des&cription:"),
            self.description_edit,
            self.tr("Description of the event"),
        )
        self.error = FieldError()
        self.new_button = big_button(
            self.tr("&New event"), self.tr("Start a new event"), self.new_event
        )
        self.save_button = big_button(
            self.tr("Sa&ve event"), self.tr("Save this event"), self.save
        )
        self.delete_button = big_button(
            self.tr("&Delete event"), self.tr("Delete the chosen event"), self.delete_selected
        )
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(list_label)
        self.empty_label = QLabel(
            self.tr(
                "Nothing here yet. Add your diagnosis, treatments and stays in hospital "
                'with "A new event" below; they appear as bars under your Trends.'
            )
        )
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form_title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.setTabOrder(self.table, self.kind_box)
        self.setTabOrder(self.kind_box, self.start_edit)
        self.setTabOrder(self.start_edit, self.has_end)
        self.setTabOrder(self.has_end, self.end_edit)
        self.setTabOrder(self.end_edit, self.description_edit)
        self.setTabOrder(self.description_edit, self.save_button)
        self.events.changed.connect(self._data_changed)
        self.refresh()
        self.new_event()

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(day_format())
        edit.setMinimumHeight(TARGET)
        return edit

    def _row(self, form: QFormLayout, text: str, widget: QWidget, accessible: str) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        widget.setAccessibleName(accessible)
        if not isinstance(widget, QPlainTextEdit):
            widget.setMinimumHeight(TARGET)
        form.addRow(label, widget)

    # -- list ---------------------------------------------------------------------------
    def _data_changed(self, changes: Changes) -> None:
        if changes.touches(EVENTS):
            self.refresh()

    def shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self._events = store.list_events(self.db)
        if hasattr(self, "empty_label"):
            self.empty_label.setVisible(not self._events)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._events))
        for row, event in enumerate(self._events):
            end = day_text(event.end_date) if event.end_date else ""
            cells = (
                day_text(event.start_date),
                end,
                kind_label(event.kind),
                event.description.replace("\n", " / "),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, event.id)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        if self.editing is not None:
            self.select(self.editing.id)

    def select(self, event_id: int | None) -> None:
        for row, event in enumerate(self._events):
            if event.id == event_id:
                self.table.selectRow(row)
                return

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.load(self._events[rows[0].row()])

    # -- form ---------------------------------------------------------------------------
    def new_event(self) -> None:
        """An empty form for a new event (today, no end)."""
        self.editing = None
        self.table.clearSelection()
        self.form_title.setText(self.tr("A new event"))
        self.kind_box.setCurrentIndex(0)
        self.start_edit.setDate(_qdate(clock.today()))
        self.end_edit.setDate(_qdate(clock.today()))
        self.has_end.setChecked(False)
        self.end_edit.setEnabled(False)
        self.description_edit.clear()
        self.error.clear_message()
        self.delete_button.setEnabled(False)
        self._snapshot = self.form_event()

    def load(self, event: TreatmentEvent) -> None:
        self.editing = event
        self.form_title.setText(self.tr("Change the chosen event"))
        self.kind_box.setCurrentIndex(self.kind_box.findData(str(event.kind)))
        self.start_edit.setDate(_qdate(event.start_date))
        self.has_end.setChecked(event.end_date is not None)
        self.end_edit.setEnabled(event.end_date is not None)
        self.end_edit.setDate(_qdate(event.end_date or event.start_date))
        self.description_edit.setPlainText(event.description)
        self.error.clear_message()
        self.delete_button.setEnabled(True)
        self._snapshot = self.form_event()

    def form_event(self) -> TreatmentEvent:
        end = _pydate(self.end_edit.date()) if self.has_end.isChecked() else None
        return TreatmentEvent(
            _pydate(self.start_edit.date()),
            EventKind(self.kind_box.currentData()),
            self.description_edit.toPlainText().strip(),
            end,
            self.editing.id if self.editing else None,
        )

    def save(self) -> TreatmentEvent | None:
        """Store the form's event; a problem is one sentence under the form, nothing stored."""
        self.error.clear_message()
        event = self.form_event()
        problems = check_event(event)
        if problems:
            first = problems[0]
            self.error.show_message(
                QCoreApplication.translate("errors", first.message).format(**dict(first.fields))
            )
            return None
        kept: list[TreatmentEvent] = []

        def done(stored: TreatmentEvent) -> None:
            kept.append(stored)
            self.editing = stored
            self._snapshot = self.form_event()

        if not run_write(  # the announcement refreshes this page too
            self,
            lambda: store.save_event(self.db, event),
            {EVENTS},
            where=self.error.show_message,
            on_done=done,
        ):
            return None
        stored = kept[0]
        self.select(stored.id)
        self.form_title.setText(
            self.tr("Saved: {what} on {day}").format(
                what=kind_label(stored.kind), day=day_text(stored.start_date)
            )
        )
        return stored

    def dirty(self) -> bool:
        """The form holds something the patient typed and has not saved."""
        return self.form_event() != self._snapshot

    def may_leave(self) -> bool:
        if not self.dirty():
            return True
        answer = dialogs.ask_save_changes(
            self, self.tr("The event in the form is not saved. Save it now?")
        )
        if answer is dialogs.Answer.SAVE:
            return self.save() is not None
        if answer is dialogs.Answer.DISCARD:
            self.new_event()
            return True
        return False

    def delete_selected(self) -> None:
        event = self.editing
        if event is None or event.id is None:
            return
        if not dialogs.confirm(
            self,
            self.tr("Delete an event"),
            self.tr('Delete the event "{what}" of {day}? This cannot be undone.').format(
                what=kind_label(event.kind), day=day_text(event.start_date)
            ),
            self.tr("Delete"),
        ):
            return
        event_id = event.id

        def done(_result: object) -> None:
            self.editing = None

        if run_write(
            self,
            lambda: store.delete_event(self.db, event_id),
            {EVENTS},
            where=self.error.show_message,
            on_done=done,
        ):
            self.new_event()
