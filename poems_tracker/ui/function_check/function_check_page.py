"""The weekly function check: what the hands and legs can still do, in under a minute.

Five arm tasks with three large answers each, "any symptoms in your arms?", one leg answer
of eight, and (only when all five tasks are prevented) the purposeful-movement question.
The arm and leg grades are shown live, from the one rule in `domain.function_check`; an
impossible combination is never stored. Past checks can be opened, changed and deleted.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from poems_tracker.domain import function_check as fc
from poems_tracker.domain.models import FunctionCheck, TaskAnswer
from poems_tracker.store import function_checks as repo
from poems_tracker.store.database import Database
from poems_tracker.ui.shell import clock
from poems_tracker.ui.shell.data_events import FUNCTION, Changes, DataEvents
from poems_tracker.ui.shell.page import Page
from poems_tracker.ui.shell.write_path import run_write
from poems_tracker.ui.widgets import big_button, dialogs, roomy_rows
from poems_tracker.ui.widgets.announce import SpokenLabel
from poems_tracker.ui.widgets.choice_row import TARGET, ChoiceRow
from poems_tracker.ui.widgets.field_error import FieldError
from poems_tracker.wording import day_format, day_text


def _fn(text: str) -> str:
    """Translate a label from the domain catalogue (context "function")."""
    return QCoreApplication.translate("function", text)


def grades_line(check: FunctionCheck) -> str:
    """ "Arms 2 of 5 · Legs 1 of 7" for lists and the report."""
    return QCoreApplication.translate(
        "FunctionCheckPage", "Arms {arms} of 5 · Legs {legs} of 7"
    ).format(arms=check.arms, legs=check.legs)


class FunctionCheckPage(Page):
    """Answer, see the grades, save (Ctrl+S); open a past check to change or delete it."""

    saved = Signal(object)  # date

    def __init__(self, db: Database, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(db, events, parent)
        self.editing: date | None = None  # the stored check shown, if any
        self._dirty = False
        self._loading = False
        self._emitting = False
        self.errors: dict[str, FieldError] = {}
        self._row_width: int | None = None
        outer = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.outer = outer
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Tab goes straight to the questions; the area follows the focus as it moves
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setAccessibleName(self.tr("Function check questions"))
        form = QWidget()
        scroll.setWidget(form)
        self.form = form
        outer.addWidget(scroll, 1)
        side = QWidget()
        # the questions get the room; grades and list stay in view (wider for big text)
        side.setMaximumWidth(max(320, self.fontMetrics().averageCharWidth() * 44))
        side.setLayout(self._build_side())
        self.side = side
        outer.addWidget(side)
        self._build_form(form)
        chain = [
            self.date_edit,
            self.symptoms_row,
            *self.task_rows.values(),
            self.movement_row,
            self.legs_row,
            self.note_edit,
            self.save_button,
            self.new_button,
            self.past_list,
            self.delete_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.new_check()
        events.changed.connect(self._on_events_changed)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

    # -- building -------------------------------------------------------------------------
    def _error(self, field: str) -> FieldError:
        self.errors[field] = FieldError()
        return self.errors[field]

    def _build_form(self, form: QWidget) -> None:
        box = QVBoxLayout(form)
        title = QLabel(self.tr("Function check"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        box.addWidget(title)
        hint = QLabel(
            self.tr(
                "Tab moves to the next question. Keys: Y or N; 1, 2 or 3 for a "
                "task; 0 to 7 for walking. Ctrl+S saves."
            )
        )
        hint.setWordWrap(True)
        box.addWidget(hint)

        date_row = QHBoxLayout()
        date_label = QLabel(self.tr("&Date"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(day_format())
        self.date_edit.setMinimumHeight(TARGET)
        self.date_edit.setAccessibleName(self.tr("Date of the check"))
        self.date_edit.dateChanged.connect(self._mark_dirty)
        date_label.setBuddy(self.date_edit)
        date_row.addWidget(date_label)
        date_row.addWidget(self.date_edit)
        date_row.addStretch(1)
        box.addLayout(date_row)
        box.addWidget(self._error("date"))

        yes_no = [(True, "Y", self.tr("Yes")), (False, "N", self.tr("No"))]
        self.symptoms_row = self._question(
            box, _fn(fc.ARM_SYMPTOMS_QUESTION), yes_no, "arm_symptoms"
        )
        self.symptoms_row.changed.connect(self._on_symptoms_row_changed)

        tasks_title = QLabel(self.tr("How much do your hands and arms limit these tasks?"))
        tasks_title.setWordWrap(True)
        box.addWidget(tasks_title)
        grid = QGridLayout()
        answers = [(a, str(i + 1), _fn(fc.ANSWER_LABELS[a])) for i, a in enumerate(TaskAnswer)]
        self.task_rows: dict[str, ChoiceRow] = {}
        for row, (name, label_text) in enumerate(fc.TASKS):
            label = QLabel(_fn(label_text))
            label.setWordWrap(True)
            choice = ChoiceRow(_fn(label_text), answers)
            label.setBuddy(choice)
            choice.changed.connect(self._on_task_row_changed)
            grid.addWidget(label, 2 * row, 0)  # the task above its answers: room for big text
            grid.addWidget(choice, 2 * row + 1, 0)
            self.task_rows[name] = choice
        grid.setColumnStretch(0, 1)
        box.addLayout(grid)
        box.addWidget(self._error("tasks"))

        self.movement_box = QWidget()
        movement_layout = QVBoxLayout(self.movement_box)
        movement_layout.setContentsMargins(0, 0, 0, 0)
        self.movement_row = self._question(
            movement_layout, _fn(fc.ARM_MOVEMENT_QUESTION), yes_no, "arm_movement"
        )
        self.movement_row.changed.connect(self._on_any_changed)
        box.addWidget(self.movement_box)

        legs = [(n, str(n), _fn(text)) for n, text in enumerate(fc.LEG_ANSWERS)]
        self.legs_row = self._question(
            box, self.tr("&Walking: which is closest to this week?"), legs, "legs", vertical=True
        )
        self.legs_row.changed.connect(self._on_any_changed)

        note_label = QLabel(self.tr("N&ote (optional)"))
        self.note_edit = QLineEdit()
        self.note_edit.setMinimumHeight(TARGET)
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.textEdited.connect(self._mark_dirty)
        note_label.setBuddy(self.note_edit)
        box.addWidget(note_label)
        box.addWidget(self.note_edit)
        box.addStretch(1)

    def _question(
        self, box: QVBoxLayout, text: str, options: list, field: str, vertical: bool = False
    ) -> ChoiceRow:
        label = QLabel(text)
        label.setWordWrap(True)
        row = ChoiceRow(text.replace("&", ""), options, vertical=vertical)
        label.setBuddy(row)
        box.addWidget(label)
        box.addWidget(row)
        box.addWidget(self._error(field))
        return row

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Grades and past checks move below the questions when both no longer fit side by
        side (twice the text size on a laptop screen), so nothing scrolls sideways."""
        if self._row_width is None:  # measured once, with the answers side by side
            self._row_width = max(r.sizeHint().width() for r in self.task_rows.values())
        width = event.size().width()
        side_by_side = width >= self._row_width + self.side.sizeHint().width() + 60
        direction = (
            QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        )
        if self.outer.direction() != direction:
            self.outer.setDirection(direction)
        # below the questions, grades and past checks take only the height they need, so the
        # questions keep the rest
        if side_by_side:
            self.side.setMaximumHeight(16777215)
        else:
            need = self.side.layout().minimumHeightForWidth(max(1, width - 40))
            self.side.setMaximumHeight(max(need, self.side.minimumSizeHint().height()) + 12)
        for row in self.task_rows.values():
            row.set_vertical(width < self._row_width + 60)
        super().resizeEvent(event)

    def _build_side(self) -> QVBoxLayout:
        side = QVBoxLayout()
        self.grade_label = QLabel()
        self.grade_label.setObjectName("FunctionGrades")
        self.grade_label.setWordWrap(True)
        self.grade_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.grade_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.grade_label.setFont(font)
        self.grade_label.setAccessibleDescription(self.tr("Grades"))
        side.addWidget(self.grade_label)
        disclaimer = QLabel(_fn(fc.DISCLAIMER))
        disclaimer.setWordWrap(True)
        side.addWidget(disclaimer)
        self.status = SpokenLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleDescription(self.tr("Save status"))
        side.addWidget(self.status)
        buttons = QVBoxLayout()
        self.save_button = big_button(self.tr("&Save  (Ctrl+S)"), self.tr("Save this check"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.new_button = big_button(self.tr("&New check"), self.tr("Start a new check"))
        self.new_button.clicked.connect(self._on_new_button_clicked)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.new_button)
        side.addLayout(buttons)
        past_label = QLabel(self.tr("&Past checks"))
        self.past_list = QListWidget()
        roomy_rows(self.past_list)
        self.past_list.setAccessibleName(self.tr("Past checks; Enter opens one to change it"))
        self.past_list.itemActivated.connect(self._on_past_list_item_activated)
        self.past_list.itemClicked.connect(self._on_past_list_item_activated)
        past_label.setBuddy(self.past_list)
        side.addWidget(past_label)
        self.past_empty = QLabel(
            self.tr("No checks yet. Answer the questions on the left and press Save.")
        )
        self.past_empty.setWordWrap(True)
        side.addWidget(self.past_empty)
        side.addWidget(self.past_list, 1)
        self.delete_button = big_button(
            self.tr("De&lete this check"), self.tr("Delete the check shown")
        )
        self.delete_button.clicked.connect(self.delete)
        side.addWidget(self.delete_button)
        return side

    # -- showing ---------------------------------------------------------------------------
    def shown(self) -> None:
        """Start at the first question still open, so the keyboard can answer at once."""
        for row in (self.symptoms_row, *self.task_rows.values(), self.legs_row):
            if row.value() is None:
                row.setFocus()
                return

    def refresh_list(self) -> None:
        self.past_list.clear()
        checks = repo.list_checks(self.db, newest_first=True)
        self.past_empty.setVisible(not checks)
        for check in checks:
            item = QListWidgetItem(f"{day_text(check.day)}   {grades_line(check)}")
            item.setData(Qt.ItemDataRole.UserRole, check.day.isoformat())
            item.setSizeHint(item.sizeHint().expandedTo(self.save_button.minimumSizeHint()))
            self.past_list.addItem(item)

    def new_check(self) -> None:
        """An empty check for today."""
        self._show(None, clock.today())

    def open_check(self, day: date) -> None:
        check = repo.get_check(self.db, day)
        if check is not None:
            self._show(check, day)

    def _show(self, check: FunctionCheck | None, day: date) -> None:
        self._loading = True
        self.editing = None if check is None else check.day
        self.date_edit.setMaximumDate(QDate(clock.today()))
        self.date_edit.setDate(QDate(day))
        self.symptoms_row.set_value(None if check is None else check.arm_symptoms)
        for name, row in self.task_rows.items():
            row.set_value(None if check is None else TaskAnswer(getattr(check, name)))
        self.movement_row.set_value(None if check is None else check.arm_movement)
        self.legs_row.set_value(None if check is None else check.legs)
        self.note_edit.setText("" if check is None else check.note)
        self._loading = False
        self._dirty = False
        for error in self.errors.values():
            error.clear_message()
        self.delete_button.setEnabled(check is not None)
        self.status.setText(
            self.tr("Changing the check of {date}.").format(date=day_text(day)) if check else ""
        )
        self.refresh_list()
        self._update()

    def _update(self) -> None:
        """Show the movement question only when it applies, and the live grades."""
        answers = [row.value() for row in self.task_rows.values()]
        all_prevented = all(a is TaskAnswer.PREVENTED for a in answers)
        self.movement_box.setVisible(all_prevented)
        arms = self.tr("Arms: not all answered yet")
        check, missing = self._collect()
        if missing == "arm_movement":
            arms = self.tr("Arms: please answer the question about arm movement")
        elif check is not None:
            grade = fc.grade_of(check)
            if grade is None:
                arms = self.tr("Arms: these answers do not go together")
            else:
                arms = self.tr("Arms {grade} of 5: {words}").format(
                    grade=grade, words=_fn(fc.ARM_GRADE_TEXT[grade])
                )
        legs_value = self.legs_row.value()
        legs = (
            self.tr("Legs: not answered yet")
            if legs_value is None
            else self.tr("Legs {grade} of 7").format(grade=legs_value)
        )
        self.grade_label.setText(f"{arms}\n{legs}")

    def _collect(self) -> tuple[FunctionCheck | None, str]:
        """The check the form shows (None before the arm questions are answered) and the
        question still unanswered ("" when none)."""
        symptoms = self.symptoms_row.value()
        answers = {name: row.value() for name, row in self.task_rows.items()}
        all_prevented = all(a is TaskAnswer.PREVENTED for a in answers.values())
        movement = self.movement_row.value() if all_prevented else None
        legs = self.legs_row.value()
        missing = fc.missing_answer(symptoms, answers, movement, legs)
        if missing in ("arm_symptoms", "tasks"):
            return None, missing
        check = FunctionCheck(
            self.date_edit.date().toPython(),
            bool(symptoms),
            **answers,
            arm_movement=movement,
            legs=legs if legs is not None else 0,
            note=self.note_edit.text().strip(),
        )
        return check, missing

    # -- reacting --------------------------------------------------------------------------
    def _mark_dirty(self, *_args: object) -> None:
        if not self._loading:
            self._dirty = True

    def _on_any_changed(self, *_args: object) -> None:
        self._mark_dirty()
        self._update()

    def _on_symptoms_row_changed(self, value: object) -> None:
        """ "No symptoms" answers every task still open with "not affected"."""
        if value is False:
            for row in self.task_rows.values():
                if row.value() is None:
                    row.set_value(TaskAnswer.UNAFFECTED)
        self._on_any_changed()

    def _on_task_row_changed(self, value: object) -> None:
        """A task that is affected means there are symptoms: say yes for the patient."""
        if (
            value in (TaskAnswer.AFFECTED, TaskAnswer.PREVENTED)
            and self.symptoms_row.value() is None
        ):
            self.symptoms_row.set_value(True)
        if not all(r.value() is TaskAnswer.PREVENTED for r in self.task_rows.values()):
            self.movement_row.set_value(None)
        self._on_any_changed()

    def _on_new_button_clicked(self) -> None:
        if self.may_leave():
            self.new_check()

    def _on_past_list_item_activated(self, item: QListWidgetItem) -> None:
        day = date.fromisoformat(item.data(Qt.ItemDataRole.UserRole))
        if day != self.editing and self.may_leave():
            self.open_check(day)

    def _on_events_changed(self, changes: Changes) -> None:
        if changes.touches(FUNCTION) and not self._emitting:
            self.refresh_list()

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> bool:
        """Store the check in one transaction, or say next to the field what is missing."""
        for error in self.errors.values():
            error.clear_message()
        check, missing = self._collect()
        if missing:
            self.errors[missing].show_message(
                {
                    "arm_symptoms": self.tr("Please answer: any symptoms in your arms?"),
                    "tasks": self.tr("Please answer all five tasks."),
                    "arm_movement": self.tr(
                        "All five tasks are prevented: please say whether "
                        "any purposeful arm movement is left."
                    ),
                    "legs": self.tr("Please choose the walking answer closest to this week."),
                }[missing]
            )
            self.status.setText(self.tr("Not saved: please answer the question marked ⚠."))
            return False
        assert check is not None
        check = fc.with_grades(check)
        problems = fc.validate_check(check, today=clock.today())
        if problems:
            for problem in problems:
                field = problem.field if problem.field in self.errors else "tasks"
                self.errors[field].show_message(
                    QCoreApplication.translate("errors", problem.message).format(
                        **dict(problem.fields)
                    )
                )
            self.status.setText(self.tr("Not saved: please correct the answer marked ⚠."))
            return False
        if (
            check.day != self.editing
            and repo.get_check(self.db, check.day) is not None
            and not dialogs.confirm(
                self,
                self.tr("Replace check"),
                self.tr("There is already a check on {date}. Replace it with this one?").format(
                    date=day_text(check.day)
                ),
                self.tr("Replace"),
            )
        ):
            return False
        replaces = self.editing
        if not self._write(lambda: repo.save_check(self.db, check, replaces=replaces)):
            return False
        self._show(check, check.day)
        self.status.setText(self.tr("✔ Saved: {grades}.").format(grades=grades_line(check)))
        self.saved.emit(check.day)
        return True

    def delete(self) -> None:
        if self.editing is None:
            return
        if not dialogs.confirm(
            self,
            self.tr("Delete check"),
            self.tr("Delete the function check of {date}? This cannot be undone.").format(
                date=day_text(self.editing)
            ),
            self.tr("Delete"),
        ):
            return
        day = self.editing
        if not self._write(lambda: repo.delete_check(self.db, day)):
            return
        self.new_check()
        self.status.setText(self.tr("The check was deleted."))

    def _write(self, fn: Callable[[], object]) -> bool:
        """Write through the window's one path; a failure is said in the status line."""
        self._emitting = True  # our own announcement must not rebuild the list under us
        try:
            return run_write(self, fn, {FUNCTION}, where=self.status)
        finally:
            self._emitting = False

    def may_leave(self) -> bool:
        if not self._dirty:
            return True
        answer = dialogs.ask_save_changes(
            self, self.tr("The function check has answers that are not saved. Save them?")
        )
        if answer is dialogs.Answer.SAVE:
            return self.save()
        if answer is dialogs.Answer.DISCARD:
            self._dirty = False
            return True
        return False

    def dirty(self) -> bool:
        return self._dirty

    def check_shown(self) -> FunctionCheck | None:
        """The complete check the form shows (with grades), or None while incomplete."""
        check, missing = self._collect()
        return None if check is None or missing else fc.with_grades(check)
