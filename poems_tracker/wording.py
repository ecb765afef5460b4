"""Words the window and the report share, in the patient's language.

Dates ("4 Jan 2026", "2026年1月4日") and symptom labels live here, below both `ui/` and
`report/`, so the printed report says things exactly as the screen does. QtCore only
(translation and locale), no widgets: the command line's report can use it too.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from poems_tracker.domain.models import Symptom
from poems_tracker.domain.symptoms import label_context

_CJK = (QLocale.Language.Japanese, QLocale.Language.Chinese)


def day_text(day: date, weekday: bool = False) -> str:
    """A short, unambiguous date; files and the command line keep ISO dates instead."""
    locale = QLocale()
    if locale.language() in _CJK:
        fmt = "yyyy年M月d日" + ("(ddd)" if weekday else "")
    else:
        fmt = ("ddd " if weekday else "") + "d MMM yyyy"
    return locale.toString(QDate(day.year, day.month, day.day), fmt)


def symptom_label(symptom: Symptom) -> str:
    """The label in the window's language, unless the patient typed it (domain rule)."""
    context = label_context(symptom)
    return symptom.label if context is None else QCoreApplication.translate(context, symptom.label)
