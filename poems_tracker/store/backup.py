"""Consistent copies of the database with SQLite's online backup API."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from poems_tracker import paths


def online_backup(conn: sqlite3.Connection, dest: Path) -> Path:
    """Copy the live database CONN to DEST page by page; DEST is readable by the user only."""
    paths.make_private_dir(dest.parent)
    tmp = dest.with_name(dest.name + ".part")
    target = sqlite3.connect(tmp)
    try:
        conn.backup(target)
    finally:
        target.close()
    paths.make_private_file(tmp)
    tmp.replace(dest)
    return dest
