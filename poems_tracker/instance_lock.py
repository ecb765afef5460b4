"""The lock file that says a window is open on a data folder, shared by the window and CLI.

The window holds it while it runs (ui/shell/single_instance.py); `restore` from the command
line takes it for the moment it replaces the database, so the two never write at once.
QLockFile notices a lock left by a crashed process (its process id is gone). QtCore only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

LOCK_NAME = "instance.lock"


def folder_lock(folder: Path) -> QLockFile:
    """The lock of FOLDER; stale only when its holder's process is gone, never by age."""
    lock = QLockFile(str(folder / LOCK_NAME))
    lock.setStaleLockTime(0)
    return lock
