"""The two dialogs of the exchange actions: the report's period, and an import's problems."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from poems_tracker.wording import day_format

MIN_HEIGHT = 44


class ReportPeriodDialog(QDialog):
    """Which days the report covers (default: FIRST, else the last 3 months) and the paper."""

    def __init__(
        self,
        today: date,
        page_size: str,
        parent: QWidget | None = None,
        first: date | None = None,
    ) -> None:
        super().__init__(parent)
        from poems_tracker.report.period import default_period

        self.setWindowTitle(self.tr("Report for the doctor"))
        self.setMinimumWidth(380)
        three_months, last = default_period(today)
        first = first or three_months
        form = QFormLayout()
        self.start = self._date(
            form, self.tr("&From:"), self.tr("First day of the report"), first, today
        )
        self.end = self._date(
            form, self.tr("&To:"), self.tr("Last day of the report"), last, today
        )
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "A4")
        self.paper.addItem(self.tr("Letter (US)"), "Letter")
        self.paper.setCurrentIndex(0 if page_size == "A4" else 1)
        self.paper.setMinimumHeight(MIN_HEIGHT)
        self.paper.setAccessibleName(self.tr("Paper size"))
        label = QLabel(self.tr("&Paper:"))
        label.setBuddy(self.paper)
        form.addRow(label, self.paper)
        self.error = QLabel()
        self.error.setObjectName("periodError")
        self.error.setAccessibleName(self.tr("Problem with the period"))
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        for button in self.buttons.buttons():
            button.setMinimumHeight(MIN_HEIGHT)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.start.dateChanged.connect(self._check)
        self.end.dateChanged.connect(self._check)
        self._check()

    def _date(
        self, form: QFormLayout, text: str, name: str, value: date, today: date
    ) -> QDateEdit:
        edit = QDateEdit(QDate(value.year, value.month, value.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(day_format())
        edit.setMaximumDate(QDate(today.year, today.month, today.day))
        edit.setMinimumHeight(MIN_HEIGHT)
        edit.setAccessibleName(name)
        label = QLabel(text)
        label.setBuddy(edit)
        form.addRow(label, edit)
        return edit

    def period(self) -> tuple[date, date, str]:
        return (
            self.start.date().toPython(),
            self.end.date().toPython(),
            str(self.paper.currentData()),
        )

    def _check(self) -> None:
        start, end, _ = self.period()
        bad = start > end
        self.error.setText(
            self.tr("The first day is after the last day; pick an earlier first day.")
            if bad
            else ""
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not bad)


class ProblemsDialog(QDialog):
    """Every problem of a refused import, one per line, as `FILE:LINE: message`."""

    def __init__(self, lines: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nothing was imported"))
        intro = QLabel(
            self.tr(
                "Nothing was imported, so your records are unchanged. Fix "
                "the %n problem(s) below in the files and import again:",
                "",
                len(lines),
            )
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit("\n".join(lines))
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Problems found in the files"))
        self.text.setMinimumSize(640, 240)
        intro.setBuddy(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setMinimumHeight(MIN_HEIGHT)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.text, buttons):
            layout.addWidget(widget)
