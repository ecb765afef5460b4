"""Typing a whole lab sheet at once: one date, one row per test, Tab from value to value.

Each row is pre-filled with the unit and reference range of that test's last result (as
the patient's own lab prints them), or else the catalogue's defaults. Nothing is stored
until every row is right; a problem is one sentence under its row. A test already stored
for that date is replaced only after the patient says so.
"""

from __future__ import annotations

import itertools
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from poems_tracker.domain import lab_catalog as catalog
from poems_tracker.domain.lab_catalog import NUMERIC, TEXT, LabTest
from poems_tracker.domain.labs import check_result, parse_limit, parse_value
from poems_tracker.domain.models import LabResult
from poems_tracker.domain.numbers import shortest
from poems_tracker.store import labs as repo
from poems_tracker.store.database import Database
from poems_tracker.ui.labs.lab_widgets import (
    TARGET,
    Row,
    build_row,
    display_about,
    display_name,
    err,
)
from poems_tracker.ui.shell.data_events import LABS
from poems_tracker.ui.shell.write_path import run_write
from poems_tracker.ui.widgets import dialogs
from poems_tracker.ui.widgets.field_error import FieldError
from poems_tracker.wording import day_format, day_text


class LabPanelDialog(QDialog):
    """Enter several results of one date; `saved` carries the stored results."""

    saved = Signal(object)  # list[LabResult]

    def __init__(
        self,
        db: Database,
        today: date,
        tests: list[LabTest],
        sex: str = "",
        editing: LabResult | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.sex = sex
        self.editing = editing
        self.rows: list[Row] = []
        self.setWindowTitle(
            self.tr("Edit a lab result") if editing else self.tr("Enter lab results")
        )
        self.setMinimumSize(860, 360 if editing else 560)

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Change the value, unit or range as printed on the lab report.")
            if editing
            else self.tr(
                "Copy the values from the lab report. Tab moves to the next value; "
                "leave a value empty to skip that test. Values like <0.1 are fine."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        date_bar = QHBoxLayout()
        date_label = QLabel(self.tr("&Date of the blood test:"))
        self.date_edit = QDateEdit()
        self.date_edit.setDisplayFormat(day_format())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumHeight(TARGET)
        self.date_edit.setMaximumDate(QDate(today))
        self.date_edit.setDate(QDate(editing.day if editing else today))
        self.date_edit.setAccessibleName(self.tr("Date of the blood test"))
        date_label.setBuddy(self.date_edit)
        date_bar.addWidget(date_label)
        date_bar.addWidget(self.date_edit)
        date_bar.addStretch(1)
        layout.addLayout(date_bar)
        self.date_error = FieldError()
        layout.addWidget(self.date_error)

        self.grid_widget = QWidget()
        holder = QVBoxLayout(self.grid_widget)
        self.grid = QGridLayout()
        holder.addLayout(self.grid)
        holder.addStretch(1)  # rows stay at the top, however few
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 2)
        for column, text in enumerate(
            (
                self.tr("Test"),
                self.tr("Value"),
                self.tr("Unit"),
                self.tr("Reference low"),
                self.tr("Reference high"),
                self.tr("Method"),
            )
        ):
            header = QLabel("<b>" + text + "</b>")
            self.grid.addWidget(header, 0, column)
        self.scroll = QScrollArea()
        self.scroll.setAccessibleName(self.tr("Results to enter"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.grid_widget)
        layout.addWidget(self.scroll, 1)

        add_bar = QHBoxLayout()
        add_label = QLabel(self.tr("Add a &test:"))
        self.add_combo = QComboBox()
        self.add_combo.setEditable(True)
        self.add_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.add_combo.setMinimumHeight(TARGET)
        self.add_combo.setMinimumWidth(280)
        self.add_combo.setAccessibleName(
            self.tr("Test to add: pick one or type the name of your own test")
        )
        add_label.setBuddy(self.add_combo)
        self.add_button = QPushButton(self.tr("&Add row"))
        self.add_button.setMinimumHeight(TARGET)
        self.add_button.setAccessibleName(self.tr("Add a row for this test"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_from_combo)
        self.add_combo.lineEdit().returnPressed.connect(self.add_from_combo)
        self.full_tab = QCheckBox(self.tr("Tab also visits &units and ranges"))
        self.full_tab.setMinimumHeight(TARGET)
        self.full_tab.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.full_tab.toggled.connect(self._apply_tab_order)
        add_bar.addWidget(add_label)
        add_bar.addWidget(self.add_combo, 1)
        add_bar.addWidget(self.add_button)
        layout.addLayout(add_bar)
        layout.addWidget(self.full_tab)  # its own line: whole at twice the text size
        if editing:
            for widget in (add_label, self.add_combo, self.add_button):
                widget.hide()

        note_bar = QHBoxLayout()
        note_label = QLabel(self.tr("N&ote:"))
        self.note = QLineEdit(editing.note if editing else "")
        self.note.setMinimumHeight(TARGET)
        self.note.setAccessibleName(self.tr("Note on this result"))
        note_label.setBuddy(self.note)
        note_bar.addWidget(note_label)
        note_bar.addWidget(self.note, 1)
        layout.addLayout(note_bar)
        if not editing:  # a note belongs to one result: written when editing it
            note_label.hide()
            self.note.hide()
        self.about_line = QLabel()
        self.about_line.setWordWrap(True)
        self.about_line.setAccessibleName(self.tr("What the test in focus is"))
        layout.addWidget(self.about_line)
        self.general_error = FieldError()
        layout.addWidget(self.general_error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.save_button = QPushButton(self.tr("&Save results  (Ctrl+S)"))
        for button in (self.cancel_button, self.save_button):
            button.setMinimumHeight(TARGET)
            button.setMinimumWidth(150)
            button.setAutoDefault(False)  # Enter in a value moves on; it never saves by surprise
            buttons.addWidget(button)
        self.save_button.setAccessibleName(self.tr("Save these results"))
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

        for test in tests:
            self.add_row(test)
        if editing is not None and self.rows:
            self._fill_from(self.rows[0], editing)
        self._refresh_add_choices()
        self._apply_tab_order()
        if self.rows:
            self.rows[0].value.setFocus()

    # -- rows -------------------------------------------------------------------------------
    def add_row(self, test: LabTest, new_test: bool = False) -> Row:
        """A row for TEST, pre-filled from its last result or the catalogue."""
        index = len(self.rows)
        row = build_row(test, new_test)
        name, value, unit, low, high = row.name, row.value, row.unit, row.low, row.high
        self._prefill(row)
        if test.builtin and test.accepted_units() == [""]:
            unit.setEnabled(False)  # a ratio has no unit
        unit.currentTextChanged.connect(lambda text, r=row: self._on_unit_changed(r, text))
        value.returnPressed.connect(lambda r=row: self._focus_next_value(r))
        grid_row = 1 + index * 2
        self.grid.addWidget(name, grid_row, 0)
        self.grid.addWidget(value, grid_row, 1)
        self.grid.addWidget(unit, grid_row, 2)
        self.grid.addWidget(low, grid_row, 3)
        self.grid.addWidget(high, grid_row, 4)
        self.grid.addWidget(row.error, grid_row + 1, 1, 1, 5)
        shown = [name, value, unit, low, high]
        if row.method is not None:
            self.grid.addWidget(row.method, grid_row, 5)
            shown.append(row.method)
        for widget in shown:
            widget.show()  # at once, so a row added later can take the focus now
        value.installEventFilter(self)  # focus in: say what the test is
        self.rows.append(row)
        return row

    def _prefill(self, row: Row) -> None:
        test = row.test
        last = repo.list_results(self.db, test=test.label)
        if last and (last[-1].unit or test.kind == TEXT):
            unit, low, high = last[-1].unit, last[-1].reference_low, last[-1].reference_high
        else:
            unit = test.default_unit
            low, high = (
                catalog.default_range(test, self.sex) if test.builtin else (test.low, test.high)
            )
        self._set_unit(row, unit)
        row.low.setText("" if low is None else shortest(low))
        row.high.setText("" if high is None else shortest(high))
        if last:
            self._set_method(row, last[-1].loinc)

    @staticmethod
    def _set_method(row: Row, loinc: str) -> None:
        """The method the lab used last time (eGFR equation), else the catalogue's."""
        if row.method is not None:
            row.method.setCurrentIndex(max(0, row.method.findData(loinc)))

    def _set_unit(self, row: Row, unit: str) -> None:
        if row.unit.findText(unit) < 0 and unit:
            row.unit.addItem(unit)
        row.unit.setCurrentText(unit)
        row.unit_shown = unit

    def _fill_from(self, row: Row, result: LabResult) -> None:
        row.result_id = result.id
        row.value.setText(
            result.text if result.value is None else str(result.qualifier) + shortest(result.value)
        )
        self._set_unit(row, result.unit)
        row.low.setText("" if result.reference_low is None else shortest(result.reference_low))
        row.high.setText("" if result.reference_high is None else shortest(result.reference_high))
        self._set_method(row, result.loinc)

    def _on_unit_changed(self, row: Row, unit: str) -> None:
        """Carry the range into the new unit when the factor is exact; else clear it."""
        previous, row.unit_shown = row.unit_shown, unit
        if not row.test.builtin or previous == unit:
            return
        for edit in (row.low, row.high):
            try:
                number = parse_limit(edit.text())
                if number is not None:
                    edit.setText(shortest(catalog.convert(row.test, number, previous, unit)))
            except ValueError:
                edit.clear()  # mass ↔ molar: copy the range from the report instead

    def add_from_combo(self) -> None:
        name = self.add_combo.currentText().strip()
        if not name:
            return
        if any(
            r.test.label.casefold() == name.casefold()
            or display_name(r.test).casefold() == name.casefold()
            for r in self.rows
        ):
            self.general_error.show_message(
                self.tr("{test} is already in the list.").format(test=name)
            )
            return
        test = self._known_tests().get(name.casefold())
        row = (
            self.add_row(test)
            if test
            else self.add_row(LabTest("", name, "", "", "", "", builtin=False), new_test=True)
        )
        self.general_error.clear_message()
        self.add_combo.setCurrentText("")
        self._refresh_add_choices()
        self._apply_tab_order()
        row.value.setFocus()
        # Once the new row is laid out, scroll it into view.
        QTimer.singleShot(0, self, lambda: self.scroll.ensureWidgetVisible(row.value))

    def _known_tests(self) -> dict[str, LabTest]:
        known = {t.label.casefold(): t for t in repo.list_user_tests(self.db)}
        for test in catalog.BUILTIN_TESTS:
            known[test.label.casefold()] = test
            known[display_name(test).casefold()] = test
        return known

    def _refresh_add_choices(self) -> None:
        shown = {r.test.label.casefold() for r in self.rows}
        names = [display_name(t) for t in catalog.BUILTIN_TESTS if t.label.casefold() not in shown]
        names += [
            t.label for t in repo.list_user_tests(self.db) if t.label.casefold() not in shown
        ]
        self.add_combo.clear()
        self.add_combo.addItems(names)
        self.add_combo.setCurrentText("")
        completer = self.add_combo.completer()
        if completer is not None:
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)

    def _apply_tab_order(self) -> None:
        """Tab goes value to value; with the box ticked also through unit and range."""
        full = self.full_tab.isChecked()
        chain: list[QWidget] = [self.date_edit]
        for row in self.rows:
            chain.append(row.value)
            for widget in (row.unit, row.low, row.high, *([row.method] if row.method else [])):
                widget.setFocusPolicy(
                    Qt.FocusPolicy.StrongFocus if full else Qt.FocusPolicy.ClickFocus
                )
                if full and widget.isEnabled():
                    chain.append(widget)
        chain += [
            self.add_combo,
            self.add_button,
            self.full_tab,
            self.note,
            self.save_button,
            self.cancel_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            for row in self.rows:
                if row.value is watched:
                    self.about_line.setText(
                        self.tr("{test}: {about}").format(
                            test=display_name(row.test), about=display_about(row.test)
                        )
                    )
        return super().eventFilter(watched, event)

    def _focus_next_value(self, row: Row) -> None:
        index = self.rows.index(row)
        if index + 1 < len(self.rows):
            self.rows[index + 1].value.setFocus()
        else:
            self.save_button.setFocus()

    # -- saving -----------------------------------------------------------------------------
    def collect(self) -> list[tuple[Row, LabResult]] | None:
        """The results typed, or None after showing a sentence under each bad row."""
        for line in (self.date_error, self.general_error, *(r.error for r in self.rows)):
            line.clear_message()
        day = self.date_edit.date().toPython()
        collected: list[tuple[Row, LabResult]] = []
        first_bad: QWidget | None = None
        for row in self.rows:
            typed = row.value.text().strip()
            if not typed:
                continue
            bad = self._row_problem(row, typed, day, collected)
            if bad is not None:
                first_bad = first_bad or bad
        if not collected and first_bad is None:
            self.general_error.show_message(self.tr("Type at least one value before saving."))
            first_bad = self.rows[0].value if self.rows else self.add_combo
        if first_bad is not None:
            first_bad.setFocus()
            return None
        return collected

    def _row_problem(
        self, row: Row, typed: str, day: date, collected: list[tuple[Row, LabResult]]
    ) -> QWidget | None:
        kind = row.test.kind
        if row.new_test:
            try:
                parse_value(typed, NUMERIC, by_hand=True)
            except ValueError:
                kind = TEXT
        try:
            parsed = parse_value(typed, kind, by_hand=True)
        except ValueError as exc:
            row.error.show_message(err(str(exc)))
            return row.value
        try:
            low, high = parse_limit(row.low.text()), parse_limit(row.high.text())
        except ValueError as exc:
            row.error.show_message(err(str(exc)))
            return row.low
        unit = "" if kind == TEXT else row.unit.currentText().strip()
        loinc = ""
        if row.method is not None:
            loinc = str(row.method.currentData())
        elif self.editing is not None and self.editing.unit == unit:
            loinc = self.editing.loinc  # keep a code given in an imported file
        result = LabResult(
            day,
            row.test.label,
            parsed.value,
            unit,
            parsed.qualifier,
            parsed.text,
            None if kind == TEXT else low,
            None if kind == TEXT else high,
            loinc,
            self.note.text().strip(),
            id=row.result_id,
        )
        problems = check_result(result, row.test, self.today)
        if problems:
            problem = problems[0]
            message = err(problem.message).format(**dict(problem.fields))
            if problem.field == "date":
                self.date_error.show_message(message)
                return self.date_edit
            row.error.show_message(message)
            return {"unit": row.unit, "range": row.low}.get(problem.field, row.value)
        collected.append((row, result))
        return None

    def save(self) -> bool:
        """Store every typed row in one transaction, or nothing; True when stored."""
        collected = self.collect()
        if collected is None:
            return False
        results = [result for _, result in collected]
        clashes = repo.duplicates(self.db, results)
        if clashes:
            names = ", ".join(
                display_name(catalog.find_test(c.test) or _own(c.test)) for c in clashes
            )
            day = day_text(results[0].day)
            if not dialogs.confirm(
                self,
                self.tr("Replace stored results?"),
                self.tr(
                    "Results for {tests} on {day} are already stored. Replace them "
                    "with the values you typed?"
                ).format(tests=names, day=day),
                self.tr("Replace"),
            ):
                unchanged = self.tr(
                    "Nothing was saved; the stored results of {day} are unchanged."
                )
                self.general_error.show_message(unchanged.format(day=day))
                return False

        def write() -> list[LabResult]:
            with self.db.transaction():
                for row, result in collected:
                    if row.new_test:
                        repo.save_user_test(
                            self.db,
                            row.test.label,
                            TEXT if result.value is None else NUMERIC,
                            result.unit,
                            result.reference_low,
                            result.reference_high,
                        )
                return repo.save_panel(self.db, results, replace=bool(clashes))

        kept: list[list[LabResult]] = []
        if not run_write(
            self, write, {LABS}, where=self.general_error.show_message, on_done=kept.append
        ):
            return False
        stored = kept[0]
        self.saved.emit(stored)
        self.accept()
        return True

    def has_typed(self) -> bool:
        return any(r.value.text().strip() for r in self.rows) and self.editing is None

    def reject(self) -> None:
        if self.has_typed() and not dialogs.confirm(
            self,
            self.tr("Discard the values?"),
            self.tr("The values you typed have not been saved. Close and discard them?"),
            self.tr("Discard"),
        ):
            return
        super().reject()


def _own(name: str) -> LabTest:
    return LabTest("", name, "", "", "", "", builtin=False)
