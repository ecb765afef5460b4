"""`poems-tracker backup` and `poems-tracker restore`: the same services the window uses."""

from __future__ import annotations

from pathlib import Path

import click

from poems_tracker import paths
from poems_tracker.cli.shared import check_out, open_db, out_option


@click.command("backup")
@out_option(
    help="Write the backup to this file instead of the backups folder.",
    force=True,
    required=False,
)
def backup_command(out: Path | None, force: bool) -> None:
    """Make a checked copy of the database (default: into the backups folder).

    Example: poems-tracker backup --out ~/usb-stick/poems-2026-11-25.db
    """
    from poems_tracker.store.backup import backup_and_rotate, make_backup

    if out is not None:
        out = check_out(out, force, "poems-backup.db")
    from poems_tracker.store.encryption import write_keys_beside

    keys_file = None
    with open_db() as db:
        if out is None:
            dest = backup_and_rotate(db, paths.backup_dir(), "manual")
        else:
            dest = make_backup(db, reason="manual", out=out)
            keys_file = write_keys_beside(dest, paths.data_dir())  # encrypted folders only
    click.echo(f"Backup written to {dest}")
    if keys_file is not None:
        click.echo(f"Its keys were written to {keys_file}")


@click.command("restore")
@click.argument("backup_file", type=click.Path(dir_okay=False, path_type=Path))
def restore_command(backup_file: Path) -> None:
    """Replace the database with a backup, after checking the backup.

    The database being replaced is kept as a backup first (a damaged one is moved aside).
    Example: poems-tracker restore ~/usb-stick/poems-2026-11-25.db
    """
    from poems_tracker.instance_lock import LOCK_NAME, folder_lock
    from poems_tracker.store.restore import restore

    if not backup_file.exists():
        raise click.ClickException(f"There is no file {backup_file}.")
    lock = folder_lock(paths.data_dir())  # the window's own guard
    if not lock.tryLock(0):
        raise click.ClickException(
            "POEMS Tracker is open on this data folder; close it "
            "first, or use File > Restore from backup… in the window."
        )
    try:
        paths.make_private_file(paths.data_dir() / LOCK_NAME)
        result = restore(backup_file, paths.db_path(), paths.backup_dir())
    finally:
        lock.unlock()
    click.echo(f"Restored {sum(result.counts.values())} records from {backup_file}.")
    if result.kept is not None:
        click.echo(f"The database it replaced was kept as {result.kept}")


def register(main: click.Group) -> None:
    """Add `backup` and `restore` to the command line."""
    main.add_command(backup_command, "backup")
    main.add_command(restore_command, "restore")
