"""Visits and the questions to ask: the next visit first, then every visit and a calendar.

What a patient needs at a glance is *when is my next visit and what did I want to ask*;
that sits at the top in large type. Booking the following visit is two clicks: "Book
follow-up in 3 months", then "Save visit" in the pre-filled dialog (the date is editable).
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from poems_tracker.domain import appointments as logic
from poems_tracker.domain.models import Appointment, AppointmentStatus
from poems_tracker.domain.numbers import format_time
from poems_tracker.store import appointments as repo
from poems_tracker.store.database import Database
from poems_tracker.ui.appointments.appointment_dialog import (
    AppointmentDialog,
    day_text,
    specialty_label,
    status_label,
    visit_line,
)
from poems_tracker.ui.appointments.calendar_export import export_to_calendar
from poems_tracker.ui.appointments.questions_panel import QuestionsPanel
from poems_tracker.ui.appointments.visit_calendar import VisitCalendar
from poems_tracker.ui.shell import clock
from poems_tracker.ui.shell.data_events import APPOINTMENTS, QUESTIONS, Changes, DataEvents
from poems_tracker.ui.shell.page import Page
from poems_tracker.ui.shell.write_path import run_write
from poems_tracker.ui.widgets import big_button, dialogs, roomy_rows

#: Questions listed under the next visit; the rest are on the Questions tab (the box must
#: not push the page taller than the window at large text sizes).
MAX_SHOWN = 4


class AppointmentsPage(Page):
    """Next visit with its questions, upcoming and past visits, a calendar, questions."""

    def __init__(self, db: Database, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(db, events, parent)
        self.setObjectName("AppointmentsPage")
        self.dialog: AppointmentDialog | None = None
        self._apps: list[Appointment] = []
        self._next: Appointment | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the window has margins; height is precious
        layout.addWidget(self._build_next_box())
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Visits and questions"))
        self.upcoming_table = self._table(self.tr("Upcoming visits"))
        self.past_table = self._table(self.tr("Past visits"))
        self.calendar = VisitCalendar()
        self.calendar.day_chosen.connect(lambda _day: self._update_buttons())
        self.questions = QuestionsPanel(db, events)
        self.tabs.addTab(self.upcoming_table, self.tr("&Upcoming"))
        self.tabs.addTab(self.past_table, self.tr("&Past"))
        self.tabs.addTab(self.calendar, self.tr("Calenda&r"))
        self.tabs.addTab(self.questions, self.tr("&Questions"))
        self.tabs.currentChanged.connect(lambda _i: self._update_buttons())
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self._build_actions())
        events.changed.connect(self._on_events_changed)
        self.refresh()

    # -- building -------------------------------------------------------------------------
    def _build_next_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your next visit"))
        box.setObjectName("NextVisit")
        self.next_title = QLabel()
        self.next_title.setObjectName("NextVisitTitle")
        font = QFont(self.next_title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.next_title.setFont(font)
        self.next_title.setWordWrap(True)
        self.next_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.next_details = QLabel()
        self.next_details.setWordWrap(True)
        self.next_questions = QLabel()
        self.next_questions.setObjectName("NextVisitQuestions")
        self.next_questions.setWordWrap(True)
        self.next_questions.setTextFormat(Qt.TextFormat.PlainText)
        self.follow_up_next = big_button(
            self.tr("&Book follow-up in 3 months"),
            self.tr("Book the following visit, 3 months after the next one"),
            lambda: self.book_follow_up(self._next),
        )
        self.ask_next = big_button(
            self.tr("&Note a question for this visit"),
            self.tr("Add a question for the next visit"),
            self._on_ask_next_clicked,
        )
        self.export_button = big_button(
            self.tr("Put visits in m&y calendar…"),
            self.tr("Export all visits to a calendar file"),
            lambda: export_to_calendar(self, self.db),
        )
        text = QVBoxLayout()
        text.addWidget(self.next_title)
        text.addWidget(self.next_details)
        text.addWidget(self.next_questions)
        buttons = QVBoxLayout()
        buttons.addWidget(self.follow_up_next)
        buttons.addWidget(self.ask_next)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        row = QHBoxLayout(box)
        row.addLayout(text, 1)
        row.addLayout(buttons)
        return box

    def _table(self, name: str) -> QTableWidget:
        table = QTableWidget(0, 7)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Time"),
                self.tr("Status"),
                self.tr("Specialty"),
                self.tr("With"),
                self.tr("Place"),
                self.tr("Reason"),
            ]
        )
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.verticalHeader().setVisible(False)
        roomy_rows(table)
        table.horizontalHeader().setStretchLastSection(True)
        table.itemSelectionChanged.connect(self._update_buttons)
        table.itemActivated.connect(lambda _item: self.edit_selected())
        return table

    def _build_actions(self) -> QVBoxLayout:
        self.add_button = big_button(
            self.tr("Add &visit…"), self.tr("Add a visit"), self.add_appointment
        )
        self.edit_button = big_button(
            self.tr("&Edit…"), self.tr("Change the chosen visit"), self.edit_selected
        )
        self.follow_up_button = big_button(
            self.tr("Book follow-up in &3 months"),
            self.tr("Book a visit 3 months after the chosen one"),
            lambda: self.book_follow_up(self.selected()),
        )
        self.done_button = big_button(
            self.tr("Mark &done"),
            self.tr("Mark the chosen visit as done"),
            lambda: self.set_selected_status(AppointmentStatus.DONE),
        )
        self.cancel_button = big_button(
            self.tr("Mark &cancelled"),
            self.tr("Mark the chosen visit as cancelled"),
            lambda: self.set_selected_status(AppointmentStatus.CANCELLED),
        )
        self.delete_button = big_button(
            self.tr("De&lete…"), self.tr("Delete the chosen visit"), self.delete_selected
        )
        first, second = QHBoxLayout(), QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.follow_up_button):
            first.addWidget(button)
        for button in (self.done_button, self.cancel_button, self.delete_button):
            second.addWidget(button)
        box = QVBoxLayout()
        box.addLayout(first)
        box.addLayout(second)
        return box

    # -- showing --------------------------------------------------------------------------
    def shown(self) -> None:
        self._roll_over()
        self.refresh()

    def _roll_over(self) -> None:
        """Move unanswered questions of past visits on to the next one (a write)."""
        run_write(
            self,
            lambda: repo.roll_over_questions(self.db, clock.today()),
            lambda rolled: {QUESTIONS} if rolled else (),
        )

    def _on_events_changed(self, changes: Changes) -> None:
        if changes.touches(APPOINTMENTS, QUESTIONS):
            self.refresh()

    def refresh(self) -> None:
        today = clock.today()
        self._apps = repo.list_appointments(self.db)
        questions = repo.list_questions(self.db)
        self._next = logic.next_appointment(self._apps, today)
        self._show_next(questions)
        self._fill(self.upcoming_table, logic.upcoming(self._apps, today))
        self._fill(self.past_table, logic.past(self._apps, today))
        self.tabs.setTabText(
            0, self.tr("&Upcoming ({n})").format(n=self.upcoming_table.rowCount())
        )
        self.tabs.setTabText(1, self.tr("&Past ({n})").format(n=self.past_table.rowCount()))
        self.questions.refresh(self._apps, questions, today)
        self.calendar.show_visits(self._apps)
        self._update_buttons()

    def _show_next(self, questions) -> None:
        app = self._next
        self.follow_up_next.setEnabled(app is not None)
        self.ask_next.setEnabled(app is not None)
        if app is None:
            self.next_title.setText(self.tr("No visit booked yet."))
            self.next_details.setText(self.tr("Use “Add visit…” below to book one."))
            self.next_questions.clear()
            return
        self.next_title.setText(visit_line(app))
        details = [app.location, app.purpose]
        if app.end_at:
            details.insert(0, self.tr("until {time}").format(time=format_time(app.end_at)))
        self.next_details.setText(" · ".join(d for d in details if d))
        mine = [q for q in logic.questions_for(questions, app.id) if not q.answered]
        if mine:
            lines = [self.tr("Questions to ask ({n}):").format(n=len(mine))]
            lines += [f"•  {q.question}" for q in mine[:MAX_SHOWN]]
            if len(mine) > MAX_SHOWN:
                lines.append(
                    self.tr("… and {n} more on the Questions tab.").format(n=len(mine) - MAX_SHOWN)
                )
            self.next_questions.setText("\n".join(lines))
        else:
            self.next_questions.setText(self.tr("No questions noted for this visit yet."))

    def _fill(self, table: QTableWidget, apps: list[Appointment]) -> None:
        keep = self._selected_in(table)
        table.setRowCount(len(apps))
        for row, app in enumerate(apps):
            cells = [
                day_text(app.day),
                format_time(app.at) + (f"–{format_time(app.end_at)}" if app.end_at else ""),
                status_label(app.status),
                specialty_label(app.specialty),
                app.provider,
                app.location,
                app.purpose,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, app.id)
                table.setItem(row, column, item)
            if keep is not None and app.id == keep:
                table.selectRow(row)
        table.resizeColumnsToContents()

    # -- selection ------------------------------------------------------------------------
    def _selected_in(self, table: QTableWidget) -> int | None:
        rows = table.selectionModel().selectedRows() if table.selectionModel() else []
        if not rows:
            return None
        return table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)

    def selected(self) -> Appointment | None:
        """The visit chosen in the table shown, or the first one on the calendar's day."""
        table = self.tabs.currentWidget()
        if table is self.calendar:
            on_day = self.calendar.visits_on_selected_day()
            return on_day[0] if on_day else None
        if not isinstance(table, QTableWidget):
            return None
        app_id = self._selected_in(table)
        return next((a for a in self._apps if a.id == app_id), None)

    def select(self, app_id: int) -> None:
        """Show and choose the visit APP_ID in its table (after saving it, say)."""
        if self.tabs.currentWidget() is self.calendar:  # stay on the calendar, on its day
            app = next((a for a in self._apps if a.id == app_id), None)
            if app is not None:
                self.calendar.set_selected_day(app.day)
            return
        for table in (self.upcoming_table, self.past_table):
            for row in range(table.rowCount()):
                if table.item(row, 0).data(Qt.ItemDataRole.UserRole) == app_id:
                    self.tabs.setCurrentWidget(table)
                    table.selectRow(row)
                    return

    def _update_buttons(self) -> None:
        app = self.selected()
        on_table = self.tabs.currentWidget() is not self.questions
        for button in (
            self.edit_button,
            self.follow_up_button,
            self.done_button,
            self.cancel_button,
            self.delete_button,
        ):
            button.setEnabled(app is not None)
            button.setVisible(on_table)
        if app is not None:
            self.done_button.setEnabled(app.status is not AppointmentStatus.DONE)
            self.cancel_button.setEnabled(app.status is not AppointmentStatus.CANCELLED)

    # -- actions --------------------------------------------------------------------------
    def _open_dialog(self, app: Appointment, title: str) -> AppointmentDialog:
        """Open the visit dialog window-modally without blocking (tests drive it directly)."""
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = AppointmentDialog(self.db, app, title, self)
        self.dialog.saved.connect(self._on_dialog_saved)
        self.dialog.open()
        return self.dialog

    def _on_dialog_saved(self, app: Appointment) -> None:
        # the dialog stored and announced the visit through run_write (page refreshed)
        self._roll_over()
        if app.id is not None:
            self.select(app.id)

    def add_appointment(self) -> AppointmentDialog:
        day = self.calendar.selected_day()
        if day < clock.today():
            day = clock.today()
        return self._open_dialog(Appointment(day, time(10, 0)), self.tr("Add a visit"))

    def edit_selected(self) -> AppointmentDialog | None:
        app = self.selected()
        if app is None:
            return None
        return self._open_dialog(app, self.tr("Change a visit"))

    def book_follow_up(self, app: Appointment | None) -> AppointmentDialog | None:
        """The dialog pre-filled with a copy 3 months later; its date is ready to change."""
        if app is None:
            return None
        dialog = self._open_dialog(logic.follow_up(app), self.tr("Book a follow-up visit"))
        dialog.date_edit.setFocus()
        return dialog

    def set_selected_status(self, status: AppointmentStatus) -> None:
        app = self.selected()
        if app is None or app.id is None:
            return
        app_id = app.id
        if run_write(self, lambda: repo.set_status(self.db, app_id, status), {APPOINTMENTS}):
            self._roll_over()
            self.select(app_id)

    def delete_selected(self) -> None:
        app = self.selected()
        if app is None or app.id is None:
            return
        if not dialogs.confirm(
            self,
            self.tr("Delete visit"),
            self.tr("Delete the visit of {visit}? Its questions are kept.").format(
                visit=visit_line(app)
            ),
            self.tr("Delete"),
        ):
            return
        app_id = app.id
        run_write(
            self,
            lambda: repo.delete_appointment(self.db, app_id),
            {APPOINTMENTS, QUESTIONS},
        )

    def _on_ask_next_clicked(self) -> None:
        self.tabs.setCurrentWidget(self.questions)
        if self._next is not None:
            self.questions.prepare_for(self._next.id)
