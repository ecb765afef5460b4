"""One question, a few large answer buttons, one Tab stop: for numb hands and the keyboard.

A click anywhere on an answer chooses it. From the keyboard the row is one Tab stop: a
digit or letter key chooses the answer shown with that key, the arrow keys step through
the answers, Delete clears ("not answered").
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from poems_tracker.ui.widgets import TARGET
from poems_tracker.ui.widgets.radio_role import as_radio
from poems_tracker.ui.widgets.wrap_button import WrapButton

_STYLE = (
    "QPushButton { padding: 4px 10px; } "
    "QPushButton:checked { background: palette(highlight); "
    "color: palette(highlighted-text); font-weight: bold; }"
)


def _text_width(button: QPushButton, text: str) -> int:
    """Room for TEXT when chosen (bold, with its tick), so no answer is ever cut off; a
    narrow window scrolls instead."""
    font = QFont(button.font())
    font.setBold(True)
    return QFontMetrics(font).horizontalAdvance("✔ " + text) + 2 * 14


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChoiceRow", text)


class ChoiceRow(QFrame):
    """Choose one of OPTIONS `(value, key, text)`; `changed` says when the patient changed it."""

    changed = Signal(object)  # the chosen value, or None

    def __init__(
        self,
        name: str,
        options: Sequence[tuple[object, str, str]],
        vertical: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._values = [value for value, _, _ in options]
        self._keys = {key.lower(): value for value, key, _ in options}
        self._value: object | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("ChoiceRow")
        self.setAccessibleName(name)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.buttons: list[QPushButton] = []
        layout = QVBoxLayout(self) if vertical else QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(3)
        self._texts: list[str] = []
        for index, (_value, key, text) in enumerate(options):
            self._texts.append(f"{key}  {text}" if vertical else text)
            button = WrapButton(self._texts[-1]) if vertical else QPushButton(self._texts[-1])
            button.setCheckable(True)
            as_radio(button)  # one answer of several: "radio button", not "check box"
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # one Tab stop: the whole row
            button.setMinimumHeight(TARGET)
            button.setStyleSheet(
                _STYLE
                + ("QPushButton { text-align: left; padding-left: 10px; }" if vertical else "")
            )
            if not vertical:  # side by side: room for the bold, ticked text
                button.setMinimumWidth(max(TARGET * 2, _text_width(button, self._texts[-1])))
            button.setAccessibleName(f"{name}: {text}")
            button.setToolTip(_tr("Key {key}").format(key=key))
            self.group.addButton(button, index)
            self.buttons.append(button)
            layout.addWidget(button)
        if not vertical:
            layout.addStretch(1)
        self.group.idClicked.connect(self._on_group_id_clicked)
        self._refresh()

    def set_vertical(self, vertical: bool) -> None:
        """Stack the answers (big text on a narrow screen) or lay them side by side."""
        layout = self.layout()
        if isinstance(layout, QBoxLayout):
            layout.setDirection(
                QBoxLayout.Direction.TopToBottom if vertical else QBoxLayout.Direction.LeftToRight
            )

    def value(self) -> object | None:
        return self._value

    def set_value(self, value: object | None) -> None:
        """Show VALUE without announcing a change (loading a stored check)."""
        self._value = value if value in self._values else None
        self._refresh()

    def choose(self, value: object | None) -> None:
        """Set VALUE as if the patient chose it (announces the change)."""
        if value != self._value:
            self._value = value
            self._refresh()
            self.changed.emit(value)

    def _on_group_id_clicked(self, index: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        value = self._values[index]
        self.choose(None if value == self._value else value)
        self._refresh()

    def _refresh(self) -> None:
        chosen = None
        for index, button in enumerate(self.buttons):
            on = self._values[index] == self._value and self._value is not None
            button.setChecked(on)
            # a tick as well as the colour: colour is never the only signal
            button.setText(("✔ " if on else "") + self._texts[index])
            if on:
                chosen = button.accessibleName().split(": ", 1)[-1]
        described = chosen if chosen is not None else _tr("not answered")
        self.setAccessibleDescription(described)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text().lower()
        index = self._values.index(self._value) if self._value in self._values else None
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.choose(None)
        elif text and text in self._keys:
            self.choose(self._keys[text])
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.choose(
                self._values[0 if index is None else min(len(self._values) - 1, index + 1)]
            )
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.choose(self._values[0 if index is None else max(0, index - 1)])
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.setStyleSheet("QFrame#ChoiceRow { border: 3px solid palette(highlight); }")
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.setStyleSheet("")
        super().focusOutEvent(event)
