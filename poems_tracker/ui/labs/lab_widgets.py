"""The pieces of one row of the lab panel, and how built-in names are shown."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QLineEdit

from poems_tracker.domain.lab_catalog import TEXT, LabTest
from poems_tracker.ui.widgets import MIN_TARGET as TARGET
from poems_tracker.ui.widgets.field_error import FieldError

TEXT_SUGGESTIONS = (
    "No monoclonal protein detected",
    "IgA lambda detected",
    "IgG lambda detected",
    "Negative",
    "Positive",
)


def err(text: str) -> str:
    """Translate an `N_("errors", …)` template from domain/."""
    return QCoreApplication.translate("errors", text)


def display_name(test: LabTest) -> str:
    """Built-in names are translated for the screen; the patient's own are shown as typed."""
    return QCoreApplication.translate("labs", test.label) if test.builtin else test.label


def display_about(test: LabTest) -> str:
    """The "what it is" line, translated for built-in tests."""
    return QCoreApplication.translate("labs", test.about) if test.builtin else test.about


@dataclass
class Row:
    """The widgets of one test in the panel."""

    test: LabTest
    name: QLabel
    value: QLineEdit
    unit: QComboBox
    low: QLineEdit
    high: QLineEdit
    error: FieldError
    result_id: int | None = None
    new_test: bool = False
    unit_shown: str = field(default="")
    method: QComboBox | None = None  # which LOINC code, for tests with several methods


def build_row(test: LabTest, new_test: bool = False) -> Row:
    """Labelled, named, large widgets for TEST; text tests take words, not units or ranges."""
    name = QLabel(display_name(test))
    name.setWordWrap(True)
    about = display_about(test)
    name.setToolTip(about)
    value = QLineEdit()
    value.setMinimumHeight(TARGET)
    shown = display_name(test)
    value.setAccessibleName(
        QCoreApplication.translate("LabPanelDialog", "{test}: value").format(test=shown)
    )
    value.setAccessibleDescription(about)
    name.setBuddy(value)
    unit = QComboBox()
    unit.setMinimumHeight(TARGET)
    unit.setMinimumWidth(120)
    unit.setAccessibleName(
        QCoreApplication.translate("LabPanelDialog", "{test}: unit").format(test=shown)
    )
    low, high = QLineEdit(), QLineEdit()
    low.setAccessibleName(
        QCoreApplication.translate("LabPanelDialog", "{test}: reference low").format(test=shown)
    )
    high.setAccessibleName(
        QCoreApplication.translate("LabPanelDialog", "{test}: reference high").format(test=shown)
    )
    for edit in (low, high):
        edit.setMinimumHeight(TARGET)
        edit.setMaximumWidth(130)
    row = Row(test, name, value, unit, low, high, FieldError(), new_test=new_test)
    if test.builtin and test.other_codes:
        method = QComboBox()
        method.setMinimumHeight(TARGET)
        method.setAccessibleName(
            QCoreApplication.translate(
                "LabPanelDialog", "{test}: method printed on the report"
            ).format(test=shown)
        )
        for code, label in ((test.loinc, test.method), *test.other_codes):
            method.addItem(QCoreApplication.translate("labs", label), code)
        row.method = method
    if test.kind == TEXT:
        value.setPlaceholderText(
            QCoreApplication.translate("LabPanelDialog", "e.g. No monoclonal protein detected")
        )
        completer = QCompleter(list(TEXT_SUGGESTIONS), value)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        value.setCompleter(completer)
        for widget in (unit, low, high):
            widget.setEnabled(False)
    else:
        value.setPlaceholderText(QCoreApplication.translate("LabPanelDialog", "e.g. 12.5"))
    if not test.builtin:
        unit.setEditable(True)
    unit.addItems(
        test.accepted_units() if test.builtin else [u for u in test.accepted_units() if u]
    )
    return row
