"""Reusable widgets built for numb hands: large targets, full keyboard.

`TARGET` is the one size of a click target in the window (above the 44 px minimum, so a
shaky press still lands); `big_button` is the one way to make a labelled button of it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton, QWidget

TARGET = 48  # px; above the 44 px minimum for a comfortable press
MIN_TARGET = 44  # px; rows of dense tables and forms (WCAG 2.5.5)


def big_button(
    text: str,
    accessible: str,
    slot: Callable[[], object] | None = None,
    *,
    min_width: int = 0,
    tooltip: bool = True,
) -> QPushButton:
    """A push button at least TARGET high, named for screen readers, its tip the same words.

    TEXT carries the `&` mnemonic; ACCESSIBLE says what it does in plain words.
    """
    button = QPushButton(text)
    button.setMinimumSize(min_width, TARGET)
    button.setAccessibleName(accessible)
    if tooltip:
        button.setToolTip(accessible)
    if slot is not None:
        button.clicked.connect(slot)
    return button


def side_by_side_width(widgets: list[QWidget], spacing: int) -> int:
    """The least width of WIDGETS in one row, SPACING after each: what a row that may wrap
    onto two lines needs to stay on one."""
    return sum(w.minimumSizeHint().width() + max(0, spacing) for w in widgets)


def roomy_rows(view: object) -> None:
    """Rows of a list or table the patient picks from: MIN_TARGET high, like any button."""
    from PySide6.QtWidgets import QListView, QTableView

    if isinstance(view, QTableView):
        header = view.verticalHeader()
        header.setMinimumSectionSize(MIN_TARGET)
        header.setDefaultSectionSize(max(MIN_TARGET, header.defaultSectionSize()))
    elif isinstance(view, QListView):
        from PySide6.QtWidgets import QStyledItemDelegate

        class _Roomy(QStyledItemDelegate):
            def sizeHint(self, option, index):
                hint = super().sizeHint(option, index)
                hint.setHeight(max(MIN_TARGET, hint.height()))
                return hint

        view.setItemDelegate(_Roomy(view))
