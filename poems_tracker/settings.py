"""Preferences and remembered window state, in one INI file beside the data.

`prefs/…` are the patient's choices, `state/…` what the window remembers. No health data
lives here: it belongs in the database, where backups and export cover it.
"""

from __future__ import annotations

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
    "prefs/lock_minutes": 15,  # encrypted folders: hide the records after this long unused
    "state/last_page": 0,
    "state/last_export_dir": "",
    "state/export_said_plain": False,  # the first export after encrypting says it is plain
}


def settings() -> QSettings:
    """A QSettings on the data folder's INI file (so `--data-dir` keeps them apart)."""
    return QSettings(str(paths.settings_path()), QSettings.Format.IniFormat)


def get(key: str) -> Any:
    default = DEFAULTS[key]
    return settings().value(key, default, type=type(default))


def put(key: str, value: Any) -> None:
    store = settings()
    if value == DEFAULTS.get(key):
        store.remove(key)
    else:
        store.setValue(key, value)
    store.sync()
    paths.make_private_file(paths.settings_path())


def geometry_key(name: str) -> str:
    """Geometry saved by another Qt version is ignored (as Anki does)."""
    major_minor = ".".join(qVersion().split(".")[:2])
    return f"state/geometry/{name}/qt{major_minor}"
