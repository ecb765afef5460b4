"""Is the database file healthy? And if not, keeping it safe aside for recovery.

Everything here only reads the database (read-only connections) or renames files; a
damaged file is never written to, so whatever can still be rescued from it stays there.
"""

from __future__ import annotations

import logging
import os
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from poems_tracker.errors import DamagedError, DatabaseError
from poems_tracker.store.sqlite_files import COMPANIONS, damage_report

if TYPE_CHECKING:
    from poems_tracker.store.backup import BackupInfo

log = logging.getLogger(__name__)

_MAX_PROBLEMS = 20


def quick_check(path: Path) -> list[str]:
    """Plain sentences about damage to the database at PATH; empty when it looks healthy.

    A missing or empty file is not damage (the program creates a new database); whether the
    file is ours and not too new is decided when it is opened, and so is a disk, lock or
    link fault (opening says it in one sentence; it is not damage). Read-only throughout.
    """
    try:
        return damage_report(path, _MAX_PROBLEMS)
    except DamagedError as exc:
        return [exc.message]
    except DatabaseError as exc:
        log.warning("health check could not run: %s", type(exc).__name__)
        return []


def _companions(path: Path) -> list[tuple[Path, str]]:
    return [(Path(f"{path}{suffix}"), suffix) for suffix in COMPANIONS]


def set_aside_damaged(path: Path, now: datetime | None = None) -> Path:
    """Move the damaged database at PATH (and its -wal/-shm/-journal) to a new name beside it.

    The new name is `tracker.damaged-<stamp>.db`, never one that exists: a file set aside
    earlier is never overwritten. The -wal file holds the newest saves, so it travels with
    the database it belongs to. Returns the new path of the database file.
    """
    stamp = (now or datetime.now().astimezone()).strftime("%Y-%m-%d_%H%M%S")
    stem = path.name.removesuffix(".db")
    number = 1
    while True:
        extra = "" if number == 1 else f"-{number}"
        target = path.with_name(f"{stem}.damaged-{stamp}{extra}.db")
        taken = [target, *(Path(f"{target}{suffix}") for _p, suffix in _companions(path))]
        if not any(p.exists() for p in taken):
            break
        number += 1
    moves = [(path, target)] + [
        (src, Path(f"{target}{suffix}")) for src, suffix in _companions(path)
    ]
    for source, dest in moves:
        if source.exists():
            _move_no_overwrite(source, dest)
    log.warning("damaged database set aside as %s", target.name)
    return target


def _move_no_overwrite(source: Path, dest: Path) -> None:
    """Rename SOURCE to DEST, refusing (FileExistsError) if DEST appeared meanwhile."""
    try:
        os.link(source, dest)  # fails if DEST exists: nothing is ever overwritten
    except OSError as exc:
        if isinstance(exc, FileExistsError):
            raise
        # no hard links here (e.g. some network drives): the rename after a last look
        if dest.exists():
            raise FileExistsError(dest) from exc
        source.rename(dest)
        return
    source.unlink()


def newest_good_backup(folder: Path) -> BackupInfo | None:
    """The newest backup in FOLDER that passes the check and holds our schema, if any."""
    # Here, not at the top: every start runs `quick_check`, and only a damaged file
    # needs the backups (issue 18).
    from poems_tracker.store.backup import backup_files, read_info

    for path, when, reason in backup_files(folder):  # newest first; stop at the first good
        info = read_info(path, when, reason)
        if info.ok:
            return info
    return None
