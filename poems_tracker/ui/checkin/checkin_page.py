"""The daily check-in: how today feels, in under a minute, by mouse or keyboard alone."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt, QTime, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from poems_tracker.domain.models import CheckIn, SymptomKind
from poems_tracker.domain.numbers import parse_typed_number, shortest
from poems_tracker.domain.validation import check_checkin
from poems_tracker.store import checkins as repo
from poems_tracker.store.database import Database
from poems_tracker.ui.checkin.day_bar import DayBar
from poems_tracker.ui.checkin.form_grid import FormGrid
from poems_tracker.ui.shell import clock, first_paint
from poems_tracker.ui.shell.data_events import CHECKINS, SYMPTOMS, Changes, DataEvents
from poems_tracker.ui.shell.page import Page
from poems_tracker.ui.shell.registry import TODAY_PANELS, load
from poems_tracker.ui.shell.write_path import run_write
from poems_tracker.ui.widgets import TARGET, big_button, dialogs
from poems_tracker.ui.widgets.announce import announce
from poems_tracker.ui.widgets.field_error import FieldError
from poems_tracker.ui.widgets.score_selector import ScoreSelector
from poems_tracker.wording import day_format, day_text, symptom_label

#: The key that puts the keyboard in the date field (the day bar is not a Tab stop at first).
DATE_KEY = "Ctrl+D"


class CheckInPage(Page):
    """One day's scores, weight and note; Ctrl+S saves; unsaved changes are never dropped."""

    saved = Signal(object)  # date

    def __init__(self, db: Database, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(db, events, parent)
        self.day = clock.today()
        self._stored: CheckIn | None = None
        self._dirty = False
        self._loading = False
        self.selectors: dict[str, ScoreSelector] = {}
        self.errors: dict[str, FieldError] = {}

        outer = QVBoxLayout(self)
        self.day_bar = self._build_day_bar()
        outer.addWidget(self.day_bar)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setAccessibleName(self.tr("Check-in form"))
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields inside are the stops
        content = QWidget()
        self.content_box = QVBoxLayout(content)
        self.form: FormGrid | None = None
        #: today's doses and prompts from other features are added here, below the form
        self.extras = QVBoxLayout()
        self.content_box.addLayout(self.extras)
        self.content_box.addStretch(1)
        self._panels_built = False
        self.scroll.setWidget(content)
        self.scroll.installEventFilter(self)  # the form fits the room it has
        outer.addWidget(self.scroll, 1)
        outer.addLayout(self._build_save_bar())
        self._emitting = False
        self._build_form()
        self.load_day(self.day)
        events.changed.connect(self._on_events_changed)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        QShortcut(QKeySequence("Alt+Left"), self, activated=self.previous_day)
        QShortcut(QKeySequence("Alt+Right"), self, activated=self.next_day)
        QShortcut(QKeySequence(DATE_KEY), self, activated=self._focus_date)
        # Below the form, out of the first paint's sight: built right after it.
        first_paint.later(self._build_panels, "Today panels")

    def _build_panels(self) -> None:
        """Today's doses, the function-check prompt and the markers-due line, placed
        below the form (prompt, markers line, doses) as if built with it."""
        at = self.content_box.indexOf(self.form) + 1
        self.function_prompt = load(TODAY_PANELS["function_prompt"])(self.db, self.events)
        self.content_box.insertWidget(at, self.function_prompt)
        self.markers_due = load(TODAY_PANELS["markers_due"])(self.db, self.events)
        self.content_box.insertWidget(at + 1, self.markers_due)
        self.doses_panel = load(TODAY_PANELS["doses"])(self.db, self.events)
        self.extras.addWidget(self.doses_panel)
        self._panels_built = True
        self.doses_panel.set_day(self.day)
        if self.isVisible():
            self.function_prompt.refresh()
        self._fix_tab_order()

    # -- building -------------------------------------------------------------------------
    def _build_day_bar(self) -> DayBar:
        self.prev_button = big_button(self.tr("◀ &Previous day"), self.tr("Previous day"))
        self.prev_button.clicked.connect(self.previous_day)
        self.day_title = QLabel()
        self.day_title.setObjectName("DayTitle")
        self._size_day_title()
        self.day_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.day_title.setWordWrap(True)  # at twice the text size the date takes two lines
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumHeight(TARGET)
        self.date_edit.setDisplayFormat(day_format())
        # Digits typed into the date move the day only when the patient leaves the field
        # or presses Enter, never one keystroke at a time.
        self.date_edit.setKeyboardTracking(False)
        self.date_edit.setAccessibleName(self.tr("Date of the check-in"))
        self.date_edit.dateChanged.connect(self._on_date_edit_date_changed)
        self.next_button = big_button(self.tr("&Next day ▶"), self.tr("Next day"))
        self.next_button.clicked.connect(self.next_day)
        self.today_button = big_button(self.tr("&Today"), self.tr("Go to today"))
        self.today_button.clicked.connect(lambda: self.go_to(clock.today()))
        return DayBar(
            self.day_title,
            [self.prev_button],
            [self.date_edit, self.today_button, self.next_button],
        )

    def _size_day_title(self) -> None:
        """The day in large bold type: 1.4 times the text size, following Preferences."""
        font = QFont(QApplication.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.day_title.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_day_title()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll and event.type() == QEvent.Type.Resize:
            self._fit_form()
        return super().eventFilter(watched, event)

    def _fit_form(self) -> None:
        """Names beside or above their fields, as the form's room allows. The room is
        reckoned from the scroll area, not read from its viewport: the first Python call
        that returns the viewport makes PySide6 load all 70 widget classes (about 10 ms of
        the start, issue 18)."""
        if self.form is not None:
            room = self.scroll.maximumViewportSize().width()
            self.form.fit(room - self.scroll.verticalScrollBar().sizeHint().width())

    def _build_save_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("SaveStatus")
        self.status.setAccessibleDescription(self.tr("Save status"))
        self.status.setWordWrap(True)
        self.manage_button = big_button(
            self.tr("&My symptoms…"), self.tr("Add, rename or hide your own symptoms")
        )
        self.manage_button.clicked.connect(self.manage_symptoms)
        self.save_button = big_button(self.tr("&Save  (Ctrl+S)"), self.tr("Save this day"))
        self.save_button.setMinimumWidth(180)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        bar.addWidget(self.manage_button)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.save_button)
        return bar

    def _build_form(self) -> None:
        """(Re)build the symptom rows: built-ins, then the patient's own visible symptoms."""
        if self.form is not None:
            self.content_box.removeWidget(self.form)
            self.form.deleteLater()
        form = FormGrid()
        self.selectors.clear()
        self.errors.clear()
        self.symptoms = repo.list_symptoms(self.db)
        scale = QLabel(
            self.tr(
                "Scores: 0 = none, 10 = worst imaginable. Click a number, or "
                "press Tab to move and a digit to choose."
            )
        )
        scale.setWordWrap(True)
        form.set_heading(scale)
        for symptom in self.symptoms:
            if symptom.hidden:
                continue
            label = QLabel(symptom_label(symptom))
            label.setWordWrap(True)
            selector = ScoreSelector(symptom_label(symptom), symptom.kind is SymptomKind.YESNO)
            selector.changed.connect(self._mark_dirty)
            label.setBuddy(selector)
            self.selectors[symptom.key] = selector
            self.errors[symptom.key] = FieldError()
            form.add_row(label, selector, self.errors[symptom.key])
        weight_label = QLabel(self.tr("&Weight (kg)"))
        self.weight = QLineEdit()
        self.weight.setMinimumHeight(TARGET)
        self.weight.setMaximumWidth(160)
        self.weight.setAccessibleName(self.tr("Weight in kilograms"))
        self.weight.setPlaceholderText(self.tr("e.g. 72.5"))
        self.weight.textEdited.connect(self._mark_dirty)
        weight_label.setBuddy(self.weight)
        self.errors["weight_kg"] = FieldError()
        form.add_row(
            weight_label,
            self.weight,
            self.errors["weight_kg"],
            field_alignment=Qt.AlignmentFlag.AlignLeft,
        )
        note_label = QLabel(self.tr("N&ote"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(80)
        self.note.setMaximumHeight(140)
        self.note.setAccessibleName(self.tr("Note for the day"))
        self.note.textChanged.connect(self._mark_dirty)
        note_label.setBuddy(self.note)
        self.errors["date"] = FieldError()  # said under the note, the form's last line
        form.add_row(
            note_label, self.note, self.errors["date"], label_alignment=Qt.AlignmentFlag.AlignTop
        )
        self.content_box.insertWidget(0, form)
        self.form = form
        if self.scroll.isVisible():  # else the scroll area's first resize fits it
            self._fit_form()
        self._fix_tab_order()

    @staticmethod
    def _focusable(panel: QWidget) -> list[QWidget]:
        return [
            w
            for w in panel.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None
        ]

    def _fix_tab_order(self) -> None:
        """Screen order: the day bar, the scores, weight, note, any prompt below them, today's
        doses, the save bar. Focus starts on the first score (`focus_first_score`), so the
        day bar is one Shift+Tab away but never where the first digit lands."""
        chain = [
            self.prev_button,
            self.date_edit,
            self.today_button,
            self.next_button,
            *self.selectors.values(),
            self.weight,
            self.note,
            *(self._focusable(self.function_prompt) if self._panels_built else []),
            *(self._focusable(self.doses_panel) if self._panels_built else []),
            self.manage_button,
            self.save_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- the day shown ----------------------------------------------------------------------
    def go_to(self, day: date) -> bool:
        """Show DAY, asking first if the current day has unsaved changes."""
        if day == self.day and self._stored is not None:
            return True
        if not self.may_leave():
            self._show_day_in_bar()
            return False
        self.load_day(day)
        self.focus_first_score()
        return True

    def focus_first_score(self) -> None:
        """Put the keyboard on the first score, so the first digit typed is a score."""
        if self.selectors and not self.date_edit.hasFocus():
            next(iter(self.selectors.values())).setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_date(self) -> None:
        self.date_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.date_edit.setSelectedSection(QDateEdit.Section.DaySection)

    def previous_day(self) -> None:
        self.go_to(self.day - timedelta(days=1))

    def next_day(self) -> None:
        if self.day < clock.today():
            self.go_to(self.day + timedelta(days=1))

    def load_day(self, day: date) -> None:
        self.day = day
        if self._panels_built:
            self.doses_panel.set_day(day)
        self._stored = repo.get_checkin(self.db, day)
        entry = self._stored or CheckIn(day)
        self._loading = True
        for key, selector in self.selectors.items():
            selector.set_value(entry.values.get(key))
        self.weight.setText(shortest(entry.weight_kg) if entry.weight_kg is not None else "")
        self.note.setPlainText(entry.note)
        self._loading = False
        self._dirty = False
        for error in self.errors.values():
            error.clear_message()
        self._show_day_in_bar()
        if self._stored is None:
            self.status.setText(self.tr("Not logged yet."))
        else:
            self.status.setText(self.tr("Logged — change anything and save again."))

    def _show_day_in_bar(self) -> None:
        today = clock.today()
        qdate = QDate(self.day.year, self.day.month, self.day.day)
        text = QLocale().toString(qdate, QLocale.FormatType.LongFormat)
        if self.day == today:
            text = self.tr("Today, {date}").format(date=text)
        elif self.day == today - timedelta(days=1):
            text = self.tr("Yesterday, {date}").format(date=text)
        self.day_title.setText(text)
        self.date_edit.blockSignals(True)
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date_edit.setDate(qdate)
        self.date_edit.blockSignals(False)
        self.next_button.setEnabled(self.day < today)

    def _on_date_edit_date_changed(self, qdate: QDate) -> None:
        self.go_to(date(qdate.year(), qdate.month(), qdate.day()))

    # -- editing and saving ---------------------------------------------------------------------
    def _mark_dirty(self, *_args: object) -> None:
        if not self._loading:
            self._dirty = True
            self.status.setText(self.tr("Not saved yet."))

    @property
    def dirty(self) -> bool:
        return self._dirty

    def entry_from_form(self) -> tuple[CheckIn | None, dict[str, str]]:
        """The check-in the form shows, or the problems that stop it being saved."""
        problems: dict[str, str] = {}
        values = {k: s.value() for k, s in self.selectors.items() if s.value() is not None}
        if self._stored is not None:  # hidden symptoms keep their stored values
            values.update(
                {k: v for k, v in self._stored.values.items() if k not in self.selectors}
            )
        weight: float | None = None
        text = self.weight.text().strip()
        if text:
            try:
                weight = parse_typed_number(text)
            except ValueError:
                problems["weight_kg"] = self.tr("Type the weight as a number, like 72.5.")
        entry = CheckIn(self.day, values, weight, self.note.toPlainText().strip())
        symptoms = {s.key: s for s in self.symptoms}
        for problem in check_checkin(entry, symptoms, clock.today()):
            problems.setdefault(
                problem.field,
                QCoreApplication.translate("errors", problem.message).format(
                    **dict(problem.fields)
                ),
            )
        return (None if problems else entry), problems

    def save(self) -> bool:
        """Store the day in one transaction; show each problem next to its field instead."""
        for error in self.errors.values():
            error.clear_message()
        entry, problems = self.entry_from_form()
        if entry is None:
            for field, text in problems.items():
                self.errors.get(field, self.errors["date"]).show_message(text)
            self.status.setText(self.tr("Not saved: please correct the field marked ⚠."))
            announce(self.status, self.status.text(), urgent=True)
            return False
        stored = self._stored

        def write() -> None:
            if entry.is_empty():
                if stored is not None:
                    repo.delete_checkin(self.db, self.day)
            else:
                repo.save_checkin(self.db, entry)

        def written(_result: None) -> None:
            self._stored = None if entry.is_empty() else entry
            self._dirty = False
            now = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
            self.status.setText(self.tr("✔ Saved at {time}.").format(time=now))
            announce(self.status, self.status.text())
            self._emitting = True

        def refused(text: str) -> None:
            # a full disk, say: one sentence in the status line, the form keeps its values
            self.status.setText("⚠ " + text)
            announce(self.status, self.status.text(), urgent=True)

        try:
            if not run_write(self, write, {CHECKINS}, where=refused, on_done=written):
                return False
        finally:
            self._emitting = False
        self.saved.emit(self.day)
        return True

    def may_leave(self) -> bool:
        if not self._dirty:
            return True
        answer = dialogs.ask_save_changes(
            self,
            self.tr("The check-in for {date} has changes that are not saved. Save them?").format(
                date=day_text(self.day)
            ),
        )
        if answer is dialogs.Answer.SAVE:
            return self.save()
        if answer is dialogs.Answer.DISCARD:
            self._dirty = False
            return True
        return False

    def shown(self) -> None:
        if self._panels_built:
            self.function_prompt.refresh()
        self._fix_tab_order()  # the prompt may have appeared or gone
        self.focus_first_score()

    # -- the patient's own symptoms ---------------------------------------------------------------
    def manage_symptoms(self) -> None:
        from poems_tracker.ui.checkin.symptoms_dialog import SymptomsDialog

        SymptomsDialog(self.db, self.events, self).exec()

    def _on_events_changed(self, changes: Changes) -> None:
        if changes.touches(SYMPTOMS):
            values = {k: s.value() for k, s in self.selectors.items()}
            weight, note, dirty = self.weight.text(), self.note.toPlainText(), self._dirty
            self._build_form()
            self._loading = True
            for key, selector in self.selectors.items():
                selector.set_value(
                    values.get(key, (self._stored.values.get(key) if self._stored else None))
                )
            self.weight.setText(weight)
            self.note.setPlainText(note)
            self._loading = False
            self._dirty = dirty
        elif changes.touches(CHECKINS) and not self._dirty and not self._emitting:
            self.load_day(self.day)
