"""Dates as the window shows them, in the patient's language ("4 Jan 2026", "2026年1月4日")."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

_CJK = (QLocale.Language.Japanese, QLocale.Language.Chinese)


def day_text(day: date, weekday: bool = False) -> str:
    """A short, unambiguous date; files and the command line keep ISO dates instead."""
    locale = QLocale()
    if locale.language() in _CJK:
        fmt = "yyyy年M月d日" + ("(ddd)" if weekday else "")
    else:
        fmt = ("ddd " if weekday else "") + "d MMM yyyy"
    return locale.toString(QDate(day.year, day.month, day.day), fmt)
