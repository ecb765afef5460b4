"""The chart's numbers as a table, for screen readers and for anyone who prefers digits.

A model rather than a table of items: ten years of ten series are 36,000 cells, which a
model serves on demand without building a widget per cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from poems_tracker.ui.trends import trends_text


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    values: dict[date, float]
    flags: dict[date, str]
    trend: dict[date, float | None] | None = None


class TrendsTableModel(QAbstractTableModel):
    """Rows: recorded days, newest first. Columns: the date, then each series shown."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns: list[Column] = []
        self._days: list[date] = []

    def set_columns(self, columns: Sequence[Column]) -> None:
        self.beginResetModel()
        self._columns = list(columns)
        days: set[date] = set()
        for column in columns:
            days.update(column.values)
        self._days = sorted(days, reverse=True)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._days)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return trends_text.tr("Date")
        return self._columns[section - 1].title

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        day = self._days[index.row()]
        if index.column() == 0:
            return trends_text.day_text(day)
        column = self._columns[index.column() - 1]
        value = column.values.get(day)
        if value is None:
            return ""
        text = trends_text.number(value, None)
        flag = column.flags.get(day, "")
        if flag == "high":
            text += " " + trends_text.tr("High")
        elif flag == "low":
            text += " " + trends_text.tr("Low")
        return text
