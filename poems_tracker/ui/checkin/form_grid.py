"""The check-in form's grid: each name beside its field, or above it when the room is narrow.

On an 800×600 screen the symptom names beside eleven 48 px score targets need more width
than the page has, and the form scrolled sideways, hiding the "10"s. Smaller targets would
be harder to hit with numb fingers; instead a narrow form puts every name on its own line
above its field. The widgets, their Tab order and their buddies stay the same: only where
they sit changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

NO_ALIGNMENT = Qt.AlignmentFlag(0)
#: A form row: name, field, the line under the field, and the name's and field's alignment.
#: (A plain tuple: this is on the way to the first paint, where a class costs time.)
_Row = tuple[QLabel, QWidget, QWidget | None, Qt.AlignmentFlag, Qt.AlignmentFlag]


class FormGrid(QWidget):
    """A heading across the top, then rows of name, field and the line under the field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        self._margins = self.grid.contentsMargins()
        self._rows: list[_Row] = []
        #: True while the names sit above their fields.
        self.narrow = False
        self._wide_width: int | None = None
        self._room: int | None = None

    def set_heading(self, heading: QWidget) -> None:
        self.grid.addWidget(heading, 0, 0, 1, 2)

    def add_row(
        self,
        label: QLabel,
        field: QWidget,
        under: QWidget | None = None,
        *,
        label_alignment: Qt.AlignmentFlag = NO_ALIGNMENT,
        field_alignment: Qt.AlignmentFlag = NO_ALIGNMENT,
    ) -> None:
        """Add LABEL and its FIELD, with UNDER (an error line) below the field."""
        self._rows.append((label, field, under, label_alignment, field_alignment))
        self._wide_width = None
        self._place(len(self._rows) - 1)

    def side_by_side_width(self) -> int:
        """The least width that holds every name beside its field."""
        if self._wide_width is None:
            narrow = self.narrow
            self._set_narrow(False)
            self._wide_width = self.grid.minimumSize().width()
            self._set_narrow(narrow)
        return self._wide_width

    def fit(self, width: int) -> None:
        """Names beside their fields when WIDTH holds them, above them when it does not."""
        self._room = width
        self._set_narrow(width < self.side_by_side_width())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._wide_width = None  # the names' widths follow the text size
            if self._room is not None:  # once every name has its new font
                QTimer.singleShot(0, self, self._refit)

    def _refit(self) -> None:
        if self._room is not None:
            self.fit(self._room)

    def _set_narrow(self, narrow: bool) -> None:
        if narrow == self.narrow:
            return
        self.narrow = narrow
        # Narrow, the page's own margins are enough: the rows get the width of the view.
        margins = self._margins
        left, right = (0, 0) if narrow else (margins.left(), margins.right())
        self.grid.setContentsMargins(left, margins.top(), right, margins.bottom())
        for label, field, under, _, _ in self._rows:
            for widget in (label, field, under):
                if widget is not None:
                    self.grid.removeWidget(widget)
        for index in range(len(self._rows)):
            self._place(index)

    def _place(self, index: int) -> None:
        """Three grid rows for each form row, so both placements use the same numbering; an
        empty grid row takes no room."""
        label, field, under, label_alignment, field_alignment = self._rows[index]
        top = 1 + 3 * index
        if self.narrow:
            self.grid.addWidget(label, top, 0, 1, 2)
            self.grid.addWidget(field, top + 1, 0, 1, 2, field_alignment)
        else:
            self.grid.addWidget(label, top + 1, 0, label_alignment)
            self.grid.addWidget(field, top + 1, 1, field_alignment)
        if under is not None:
            column, span = (0, 2) if self.narrow else (1, 1)
            self.grid.addWidget(under, top + 2, column, 1, span)
