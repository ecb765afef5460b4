"""The day bar: the day's name between the buttons that move the day, or above them.

At 150 % text on an 800×600 screen the large bold day name squeezed between the buttons
became five one-word lines, and the page still scrolled sideways. Where the buttons and a
name of at most two lines do not fit side by side, the name takes a line of its own above
the buttons. The widgets and their Tab order stay the same.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from poems_tracker.ui.widgets import side_by_side_width


class DayBar(QWidget):
    """BEFORE on the left, TITLE in the middle (stretching), AFTER on the right."""

    def __init__(self, title: QLabel, before: list[QWidget], after: list[QWidget]) -> None:
        super().__init__()
        self.title, self.before, self.after = title, before, after
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(len(before), 1)
        #: True while the title sits above the buttons.
        self.stacked: bool | None = None
        self._place(False)

    def _buttons_width(self) -> int:
        return side_by_side_width(self.before + self.after, self.grid.horizontalSpacing())

    def _one_row_width(self) -> int:
        """The buttons, and the title at no more than about two lines between them."""
        title = max(self.title.minimumSizeHint().width(), self.title.sizeHint().width() // 2)
        return self._buttons_width() + title

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self._buttons_width()), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place(event.size().width() < self._one_row_width())

    def _place(self, stacked: bool) -> None:
        if stacked == self.stacked:
            return
        self.stacked = stacked
        for widget in (*self.before, self.title, *self.after):
            self.grid.removeWidget(widget)
        row = 1 if stacked else 0
        middle = len(self.before)
        for column, widget in enumerate(self.before):
            self.grid.addWidget(widget, row, column)
        if stacked:
            self.grid.addWidget(self.title, 0, 0, 1, middle + 1 + len(self.after))
        else:
            self.grid.addWidget(self.title, 0, middle)
        for column, widget in enumerate(self.after, start=middle + 1):
            self.grid.addWidget(widget, row, column)
