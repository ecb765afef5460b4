"""Where the data lives: platformdirs by default, `--data-dir` or the environment otherwise.

Kept tiny and free of Qt so the CLI and the window resolve the folder the same way.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from poems_tracker.errors import LinkError

ENV_VAR = "POEMS_TRACKER_DATA_DIR"
DB_NAME = "tracker.db"
BACKUP_DIR = "backups"
SETTINGS_NAME = "settings.ini"
#: Left in a folder `demo-data` filled, so a window on it says the records are made up.
DEMO_MARKER = "MADE-UP-DATA.txt"

_override: Path | None = None
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def set_data_dir(path: str | os.PathLike[str] | None) -> None:
    """Point every later lookup at PATH (the `--data-dir` option); None clears it."""
    global _override
    _override = Path(path).expanduser() if path else None


def data_dir(create: bool = True) -> Path:
    """The data folder: `--data-dir` wins over the environment, which wins over platformdirs."""
    if _override is not None:
        folder = _override
    elif os.environ.get(ENV_VAR):
        folder = Path(os.environ[ENV_VAR]).expanduser()
    else:
        from platformdirs import user_data_dir

        folder = Path(user_data_dir("poems-tracker", appauthor=False))
    if create:
        make_private_dir(folder)
    return folder


def make_private_dir(folder: Path, *, inside: bool = False) -> None:
    """Create FOLDER readable by the user only (0700); tighten it if it exists.

    INSIDE: FOLDER is one of the data folder's own (`backups/`), so a symbolic link there is
    refused (LinkError) rather than followed to somebody else's folder. The data folder
    itself may be a link the user made. OSError for a file in the way or no permission.
    """
    if inside and folder.is_symlink():
        raise LinkError(path=str(folder))
    for step in (folder, *folder.parents):
        if step.exists() and not step.is_dir():
            raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(step))
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if (folder.stat().st_mode & 0o777) != 0o700:
        os.chmod(folder, 0o700)


def make_private_file(path: Path) -> None:
    """Make an existing file readable by the user only (0600), never through a link.

    On Windows there are no POSIX modes: the user's own folders keep others out.
    """
    if not hasattr(os, "fchmod"):
        return
    try:
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW)
    except FileNotFoundError:
        return
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return  # a link: what it points at is not ours to change
        raise
    try:
        if (os.fstat(fd).st_mode & 0o777) != 0o600:
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


def db_path(create: bool = True) -> Path:
    """The database file; CREATE=False for reading commands, which create nothing."""
    return data_dir(create) / DB_NAME


def backup_dir(create: bool = True) -> Path:
    folder = data_dir(create) / BACKUP_DIR
    if create:
        make_private_dir(folder, inside=True)
    return folder


def settings_path() -> Path:
    """Preferences live beside the data, so `--data-dir` keeps tests and users apart."""
    return data_dir() / SETTINGS_NAME


def mark_demo_folder() -> None:
    """Note in the data folder that its records are made up (written by `demo-data`)."""
    marker = data_dir() / DEMO_MARKER
    marker.write_text(
        "The records in this folder were made up by `poems-tracker demo-data`.\n",
        encoding="utf-8",
    )
    make_private_file(marker)


def is_demo_folder() -> bool:
    """True for a folder `demo-data` filled: its window must never pass for the patient's."""
    return (data_dir(create=False) / DEMO_MARKER).is_file()
