"""A 0–10 score as eleven large buttons, or yes/no as two, one Tab stop per symptom.

Numb fingers miss small sliders; a row of big buttons takes one press anywhere on a
number. From the keyboard: a digit sets the score (1 then 0 quickly gives 10), the arrow
keys step it, Delete clears it ("not recorded").
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from poems_tracker.ui.widgets import TARGET
from poems_tracker.ui.widgets.radio_role import as_radio

TEN_WINDOW_S = 0.8  # "1" then "0" within this time means 10
#: The frame around a row, the same width with or without focus, so the columns never move.
FRAME = 3
RADIUS = 4


def _rounded_frame(widget: QWidget, pen: QColor, fill: QColor | None = None) -> QPainter:
    """Draw WIDGET's rounded FRAME-wide border in PEN (filled with FILL); return the painter."""
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(pen, FRAME))
    if fill is not None:
        painter.setBrush(fill)
    inset = FRAME / 2
    painter.drawRoundedRect(
        QRectF(widget.rect()).adjusted(inset, inset, -inset, -inset), RADIUS, RADIUS
    )
    return painter


class ScoreButton(QPushButton):
    """One value of a row. The chosen one stands out by fill, weight and border, not by
    colour alone: painted here rather than by a style sheet, which made every widget of
    the Today page slower to build and show (issue 18) and pinned the buttons' font."""

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.isChecked():
            super().paintEvent(event)
            return
        palette = self.palette()
        painter = _rounded_frame(
            self,
            palette.color(QPalette.ColorRole.WindowText),
            palette.color(QPalette.ColorRole.Highlight),
        )
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.text())
        painter.end()


def _tr(text: str) -> str:
    return QCoreApplication.translate("ScoreSelector", text)


class ScoreSelector(QFrame):
    """Choose None (not recorded) or a value; `changed` says when the patient changed it."""

    changed = Signal(object)  # int | None

    def __init__(self, name: str, yes_no: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.yes_no = yes_no
        self._value: int | None = None
        self._last_one_at = 0.0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)  # the frame is painted (`paintEvent`)
        self.setObjectName("ScoreSelector")
        self.setAccessibleName(name)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # so a second press on the chosen value can clear it
        layout = QHBoxLayout(self)
        layout.setContentsMargins(FRAME + 4, FRAME + 4, FRAME + 4, FRAME + 4)
        layout.setSpacing(3)
        choices = [(1, _tr("Yes")), (0, _tr("No"))] if yes_no else [(n, str(n)) for n in range(11)]
        for value, text in choices:
            button = ScoreButton(text)
            button.setCheckable(True)
            as_radio(button)  # "radio button, 7, checked", not "check box"
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # one Tab stop: the whole row
            button.setMinimumSize(TARGET + (40 if yes_no else 0), TARGET)
            button.setAccessibleName(f"{name}: {text}")
            self.group.addButton(button, value)
            if yes_no:
                # Preferred, not Qt's default Minimum: at twice the text size the row may
                # shrink to its minimum instead of pushing the window wider than the screen.
                button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
                layout.addWidget(button)
            else:
                # Eleven equal columns whatever is chosen (a bold "10" must not push its
                # neighbours sideways), the same in every row, so the scores line up.
                button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
                layout.addWidget(button, 1)
        if yes_no:
            layout.addStretch(1)
        self.group.idClicked.connect(self._on_group_id_clicked)
        self._refresh()

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        """Show VALUE without announcing a change (loading a stored day)."""
        self._value = value
        self._refresh()

    def _choose(self, value: int | None) -> None:
        if value != self._value:
            self._value = value
            self._refresh()
            self.changed.emit(value)
        else:
            self._refresh()

    def _on_group_id_clicked(self, value: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._choose(None if value == self._value else value)

    def _refresh(self) -> None:
        for button in self.group.buttons():
            button.setChecked(self.group.id(button) == self._value)
        if self._value is None:
            described = _tr("not recorded")
        elif self.yes_no:
            described = _tr("Yes") if self._value else _tr("No")
        else:
            described = _tr("{value} out of 10").format(value=self._value)
        self.setAccessibleDescription(described)
        self.setToolTip(described)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text().lower()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._choose(None)
        elif self.yes_no and text in (_tr("y"), "y", "1"):
            self._choose(1)
        elif self.yes_no and text in (_tr("n"), "n", "0"):
            self._choose(0)
        elif not self.yes_no and text.isdigit() and len(text) == 1:
            digit = int(text)
            now = time.monotonic()
            if digit == 0 and self._value == 1 and now - self._last_one_at < TEN_WINDOW_S:
                digit = 10
            self._last_one_at = now if digit == 1 else 0.0
            self._choose(digit)
        elif not self.yes_no and key in (Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Plus):
            self._choose(min(10, (self._value if self._value is not None else -1) + 1))
        elif not self.yes_no and key in (Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Minus):
            self._choose(max(0, (self._value if self._value is not None else 1) - 1))
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The row's frame: the highlight colour while it has the keyboard's focus."""
        role = QPalette.ColorRole.Highlight if self.hasFocus() else QPalette.ColorRole.Mid
        _rounded_frame(self, self.palette().color(role)).end()
