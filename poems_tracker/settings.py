"""Preferences and remembered window state, in one INI file beside the data.

`prefs/…` are the patient's choices, `state/…` what the window remembers. No health data
lives here: it belongs in the database, where backups and export cover it. The file is text
anyone can edit, so every value is checked on read: one that is unreadable or out of range
reads as its default (`text_scale=1e308` must not stop the window).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QSettings, qVersion

from poems_tracker import paths

#: key -> default; the default's type is the type the value is read as.
DEFAULTS: dict[str, Any] = {
    "prefs/patient_name": "",
    "prefs/language": "",  # "" = follow the system
    "prefs/text_scale": 100,  # percent of the system font size
    "prefs/reminder_enabled": True,
    "prefs/reminder_time": "20:00",
    "prefs/dose_reminders": True,
    "prefs/sex_for_ranges": "",  # "", "male", "female"
    "prefs/function_check_days": 7,
    "prefs/birth_date": "",  # ISO date, printed on the report
    "prefs/hospital_number": "",  # printed on the report, at most 40 characters
    "prefs/marker_interval_months": 3,  # a marker not measured for longer shows as due
    "prefs/lock_minutes": 15,  # encrypted folders: hide the records after this long unused
    "state/last_page": 0,
    "state/last_export_dir": "",
    "state/welcomed": False,  # the first-start welcome was shown in this folder
    "state/first_use": "",  # ISO date the program first opened on this folder
    "state/export_said_plain": False,  # the first export after encrypting says it is plain
}


#: The longest patient name kept (Preferences refuses more; a longer one in the file is cut).
PATIENT_NAME_MAX = 120

#: Whole-number preferences: the smallest and largest value that is used as it is.
LIMITS: dict[str, tuple[int, int]] = {
    "prefs/text_scale": (100, 200),
    "prefs/function_check_days": (1, 90),
    "prefs/marker_interval_months": (1, 24),
    "prefs/lock_minutes": (0, 240),  # 0: never
    "state/last_page": (0, 99),
}

#: Text preferences: a rule each value must meet (a pattern, or the allowed values).
RULES: dict[str, re.Pattern[str] | tuple[str, ...]] = {
    "prefs/language": re.compile(r"(?:[a-z]{2,3}(?:_[A-Za-z]{2,4})?)?"),
    "prefs/reminder_time": re.compile(r"(?:[01]\d|2[0-3]):[0-5]\d"),
    "prefs/sex_for_ranges": ("", "male", "female"),
}

_TRUE = ("true", "1", "yes", "on")
_FALSE = ("false", "0", "no", "off")


def settings() -> QSettings:
    """A QSettings on the data folder's INI file (so `--data-dir` keeps them apart)."""
    return QSettings(str(paths.settings_path()), QSettings.Format.IniFormat)


def get(key: str) -> Any:
    """The value of KEY, checked: its default when missing, unreadable or out of range."""
    default = DEFAULTS[key]
    return checked(key, settings().value(key, default))


def checked(key: str, raw: Any) -> Any:
    """RAW (as the INI file gave it) as KEY's type, or KEY's default when it breaks a rule."""
    default = DEFAULTS[key]
    if isinstance(default, bool):
        text = str(raw).strip().lower()
        return True if text in _TRUE else False if text in _FALSE else default
    if isinstance(default, int):
        try:
            number = int(str(raw).strip())
        except ValueError:
            return default
        low, high = LIMITS.get(key, (-(2**31), 2**31 - 1))
        return number if low <= number <= high else default
    if not isinstance(raw, str):
        return default
    if key == "prefs/patient_name":
        return raw[:PATIENT_NAME_MAX]
    rule = RULES.get(key)
    if isinstance(rule, tuple):
        return raw if raw in rule else default
    if rule is not None:
        return raw if rule.fullmatch(raw) else default
    return raw


def put(key: str, value: Any) -> None:
    store = settings()
    if value == DEFAULTS.get(key):
        store.remove(key)
    else:
        store.setValue(key, value)
    store.sync()
    paths.make_private_file(paths.settings_path())


def plain_export_note_due() -> bool:
    """True once: the first export after encryption was turned on says that exported files
    are not encrypted. The window and the command line both ask here, so it is said once."""
    from poems_tracker.store import encryption

    # the folder first: settings would create their file in a folder that holds nothing
    if not encryption.is_encrypted_folder(paths.data_dir(create=False)):
        return False
    if get("state/export_said_plain"):
        return False
    put("state/export_said_plain", True)
    return True


def first_use(today: date) -> date:
    """The day the program was first used on this data folder (TODAY the first time)."""
    stored = get("state/first_use")
    try:
        return date.fromisoformat(stored)
    except ValueError:
        put("state/first_use", today.isoformat())
        return today


def geometry_key(name: str) -> str:
    """Geometry saved by another Qt version is ignored (as Anki does)."""
    major_minor = ".".join(qVersion().split(".")[:2])
    return f"state/geometry/{name}/qt{major_minor}"
