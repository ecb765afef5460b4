"""Questions to ask the doctor: noted any day, attached to a visit, ticked off with the answer.

Patients forget what they meant to ask (domain.md), so a question is one line and one
click to note, goes to the next visit by default, and stays open until it is answered;
unanswered ones roll over to the following visit (store.roll_over_questions).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from poems_tracker.domain import appointments as logic
from poems_tracker.domain.models import Appointment, Question
from poems_tracker.store import appointments as repo
from poems_tracker.store.database import Database
from poems_tracker.ui.appointments.appointment_dialog import day_text, visit_line, visit_short
from poems_tracker.ui.shell import clock
from poems_tracker.ui.shell.data_events import QUESTIONS, DataEvents
from poems_tracker.ui.shell.write_path import run_write
from poems_tracker.ui.widgets import TARGET, big_button, dialogs, roomy_rows
from poems_tracker.ui.widgets.field_error import FieldError


class QuestionsPanel(QWidget):
    """The running list of questions; the page hands it visits and questions to show."""

    def __init__(self, db: Database, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.events = events
        self._questions: list[Question] = []
        self._apps: dict[int, Appointment] = {}

        self.new_edit = QLineEdit()
        self.new_edit.setPlaceholderText(self.tr("e.g. Can I drive with numb feet?"))
        self.new_edit.setAccessibleName(self.tr("New question"))
        self.new_edit.returnPressed.connect(self.add_question)
        new_label = QLabel(self.tr("&Write a question:"))
        new_label.setBuddy(self.new_edit)
        self.visit_box = QComboBox()
        self.visit_box.setAccessibleName(self.tr("Visit to ask it at"))
        # Long visit names must not make the page wider than the window at large text sizes.
        self.visit_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.visit_box.setMinimumContentsLength(16)
        visit_label = QLabel(self.tr("As&k at visit:"))
        visit_label.setBuddy(self.visit_box)
        self.add_button = big_button(
            self.tr("&Save question"), self.tr("Save the question"), self.add_question
        )
        self.new_error = FieldError()

        self.show_answered = QCheckBox(self.tr("Show answered quest&ions too"))
        self.show_answered.setChecked(True)
        self.show_answered.setMinimumHeight(TARGET)
        self.show_answered.toggled.connect(lambda _on: self._fill())
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Status"),
                self.tr("Question"),
                self.tr("Ask at"),
                self.tr("Noted on"),
                self.tr("Answer"),
            ]
        )
        self.table.setAccessibleName(self.tr("Questions for the doctor"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        roomy_rows(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)

        self.answer_edit = QLineEdit()
        self.answer_edit.setPlaceholderText(self.tr("What the doctor said (optional)"))
        self.answer_edit.setAccessibleName(self.tr("Answer to the chosen question"))
        self.answer_edit.returnPressed.connect(self.tick_off)
        answer_label = QLabel(self.tr("Doctor's answ&er:"))
        answer_label.setBuddy(self.answer_edit)
        self.tick_button = big_button(
            self.tr("✓ Tick &off"), self.tr("Mark the chosen question answered"), self.tick_off
        )
        self.reopen_button = big_button(
            self.tr("Open a&gain"), self.tr("Mark the chosen question not answered"), self.reopen
        )
        self.attach_button = big_button(
            self.tr("&Move to the visit chosen above"),
            self.tr("Ask the chosen question at the visit chosen above"),
            self.attach,
        )
        self.delete_button = big_button(
            self.tr("De&lete…"), self.tr("Delete the chosen question"), self.delete
        )

        top = QGridLayout()
        top.addWidget(new_label, 0, 0)
        top.addWidget(self.new_edit, 0, 1)
        top.addWidget(visit_label, 1, 0)
        top.addWidget(self.visit_box, 1, 1)
        top.addWidget(self.add_button, 0, 2, 2, 1)
        top.setColumnStretch(1, 1)
        answer_row = QHBoxLayout()
        answer_row.addWidget(answer_label)
        answer_row.addWidget(self.answer_edit, 1)
        answer_row.addWidget(self.tick_button)
        more = QHBoxLayout()
        for button in (self.reopen_button, self.attach_button, self.delete_button):
            more.addWidget(button)
        more.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.new_error)
        layout.addWidget(self.show_answered)
        layout.addWidget(self.table, 1)
        layout.addLayout(answer_row)
        layout.addLayout(more)
        for widget in (self.new_edit, self.visit_box, self.answer_edit):
            widget.setMinimumHeight(TARGET)
        self._on_table_selection_changed()

    # -- showing --------------------------------------------------------------------------
    def refresh(self, apps: list[Appointment], questions: list[Question], today: date) -> None:
        self._apps = {a.id: a for a in apps if a.id is not None}
        self._questions = questions
        chosen = self.visit_box.currentData()
        self.visit_box.clear()
        for app in logic.upcoming(apps, today):
            self.visit_box.addItem(visit_line(app), app.id)
        self.visit_box.addItem(self.tr("No visit yet"), None)
        index = self.visit_box.findData(chosen) if chosen is not None else 0
        self.visit_box.setCurrentIndex(max(0, index))
        self._fill()

    def prepare_for(self, app_id: int | None) -> None:
        """Ready to note a question for visit APP_ID: visit chosen, cursor in the text box."""
        index = self.visit_box.findData(app_id)
        if index >= 0:
            self.visit_box.setCurrentIndex(index)
        self.new_edit.setFocus()

    def _visit_text(self, app_id: int | None) -> str:
        app = self._apps.get(app_id) if app_id is not None else None
        return visit_short(app) if app else self.tr("No visit yet")

    def _fill(self) -> None:
        keep = self.selected()
        shown = [q for q in self._questions if self.show_answered.isChecked() or not q.answered]
        # Open questions oldest first (asked longest ago), then answered ones newest first.
        shown.sort(
            key=lambda q: (
                q.answered,
                -q.added.toordinal() if q.answered else q.added.toordinal(),
                q.question.casefold(),
            )
        )
        self.table.setRowCount(len(shown))
        for row, question in enumerate(shown):
            state = self.tr("✓ Answered") if question.answered else self.tr("Open")
            cells = [
                state,
                question.question,
                self._visit_text(question.appointment_id),
                day_text(question.added),
                question.answer,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, question.id)
                self.table.setItem(row, column, item)
            if keep is not None and question.id == keep.id:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 420))
        self._on_table_selection_changed()

    def selected(self) -> Question | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        q_id = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return next((q for q in self._questions if q.id == q_id), None)

    def select(self, question_id: int) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == question_id:
                self.table.selectRow(row)
                return

    def _on_table_selection_changed(self) -> None:
        question = self.selected()
        for widget in (
            self.answer_edit,
            self.tick_button,
            self.attach_button,
            self.delete_button,
            self.reopen_button,
        ):
            widget.setEnabled(question is not None)
        if question is not None:
            self.reopen_button.setEnabled(question.answered)
            self.answer_edit.setText(question.answer)

    # -- actions --------------------------------------------------------------------------
    def add_question(self) -> Question | None:
        self.new_error.clear_message()
        asked = Question(clock.today(), self.new_edit.text(), self.visit_box.currentData())
        kept: list[Question] = []
        if not run_write(
            self,
            lambda: repo.save_question(self.db, asked),
            {QUESTIONS},
            where=self.new_error.show_message,
            on_done=kept.append,
        ):
            return None
        question = kept[0]
        self.new_edit.clear()
        self.select(question.id)
        self.new_edit.setFocus()
        return question

    def tick_off(self) -> None:
        """Mark the chosen question answered, with what the doctor said (may be empty)."""
        question = self.selected()
        if question is None or question.id is None:
            return
        qid, answer = question.id, self.answer_edit.text()
        self._write(lambda: repo.answer_question(self.db, qid, answer, True), qid)

    def reopen(self) -> None:
        question = self.selected()
        if question is None or question.id is None:
            return
        qid = question.id
        self._write(lambda: repo.answer_question(self.db, qid, question.answer, False), qid)

    def attach(self) -> None:
        question = self.selected()
        if question is None or question.id is None:
            return
        from dataclasses import replace

        moved = replace(question, appointment_id=self.visit_box.currentData())
        self._write(lambda: repo.save_question(self.db, moved), question.id)

    def delete(self) -> None:
        question = self.selected()
        if question is None or question.id is None:
            return
        if dialogs.confirm(
            self,
            self.tr("Delete question"),
            self.tr("Delete the question “{text}”?").format(text=question.question),
            self.tr("Delete"),
        ):
            qid = question.id
            self._write(lambda: repo.delete_question(self.db, qid), None)

    def _write(self, fn: Callable[[], object], select: int | None) -> bool:
        """One write of the panel; on success the question SELECT stays chosen."""
        if not run_write(self, fn, {QUESTIONS}):
            return False
        if select is not None:
            self.select(select)
        return True
