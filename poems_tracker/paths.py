"""Where the data lives: platformdirs by default, `--data-dir` or the environment otherwise.

Kept tiny and free of Qt so the CLI and the window resolve the folder the same way.
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "POEMS_TRACKER_DATA_DIR"
DB_NAME = "tracker.db"
BACKUP_DIR = "backups"
SETTINGS_NAME = "settings.ini"

_override: Path | None = None


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


def make_private_dir(folder: Path) -> None:
    """Create FOLDER readable by the user only (0700); tighten it if it exists."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(folder, 0o700)


def make_private_file(path: Path) -> None:
    """Make an existing file readable by the user only (0600)."""
    if path.exists():
        os.chmod(path, 0o600)


def db_path() -> Path:
    return data_dir() / DB_NAME


def backup_dir() -> Path:
    folder = data_dir() / BACKUP_DIR
    make_private_dir(folder)
    return folder


def settings_path() -> Path:
    """Preferences live beside the data, so `--data-dir` keeps tests and users apart."""
    return data_dir() / SETTINGS_NAME
