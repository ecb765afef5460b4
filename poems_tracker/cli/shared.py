"""What every command shares: one error boundary, the global options, `--out`/`--force`.

As sqlite-utils' CLI does: commands are thin and raise the program's own errors; the group
turns each `PoemsError`, system (`OSError`) or SQLite fault into one sentence on stderr and
exit status 1 (`click.ClickException`), never a traceback. The global options are added to
every command, so `poems-tracker check --data-dir D` works like `poems-tracker --data-dir D
check` (interfaces.md).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from poems_tracker import paths
from poems_tracker.errors import PoemsError
from poems_tracker.store.database import Database
from poems_tracker.store.sqlite_files import storage_error

F = TypeVar("F", bound=Callable[..., Any])
#: SQLite errors that mean a mistake in our code: a bug is never worded as a disk fault.
_BUGS = (sqlite3.ProgrammingError, sqlite3.IntegrityError, sqlite3.InterfaceError)


def fault_sentence(exc: BaseException) -> str:
    """The one sentence the command line prints for a fault the user can act on."""
    if isinstance(exc, PoemsError):
        return exc.message
    return storage_error(exc).message


def click_error(exc: PoemsError | OSError | sqlite3.Error) -> click.ClickException:
    """EXC as the one-sentence error click prints; a bug in our code is raised as it is."""
    if isinstance(exc, _BUGS):
        raise exc
    return click.ClickException(fault_sentence(exc))


class PoemsGroup(click.Group):
    """A click group with the error boundary, whose commands all take the global options."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (PoemsError, OSError, sqlite3.Error) as exc:
            raise click_error(exc) from exc

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        add_global_options(cmd)
        super().add_command(cmd, name)

    def group(self, *args: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("cls", PoemsGroup)
        return super().group(*args, **kwargs)


def _set_data_dir(_ctx: click.Context, _param: click.Parameter, value: Path | None) -> None:
    if value is not None:
        paths.set_data_dir(value)


def data_dir_option() -> click.Option:
    return click.Option(
        ["--data-dir"],
        type=click.Path(path_type=Path),
        default=None,
        expose_value=False,
        is_eager=True,
        callback=_set_data_dir,
        help="Folder for the database and backups (overrides POEMS_TRACKER_DATA_DIR).",
    )


#: Options every command accepts before or after its name; each sets its value itself.
GLOBAL_OPTIONS: list[Callable[[], click.Option]] = [data_dir_option]


def add_global_options(cmd: click.Command) -> None:
    """Give CMD the global options it does not have yet (calling twice adds nothing)."""
    have = {name for p in cmd.params for name in p.opts}
    for make in GLOBAL_OPTIONS:
        option = make()
        if not have & set(option.opts):
            cmd.params.append(option)


def out_option(
    *, help: str, folder: bool = False, force: bool = False, required: bool = True
) -> Callable[[F], F]:
    """`--out FILE` (or DIR with FOLDER), and with FORCE the `--force` that allows replacing.

    Pair it with `check_out(out, force)` in the command, which refuses an existing file
    unless `--force` was given and a folder where a file is wanted.
    """

    def decorate(func: F) -> F:
        if force:
            func = click.option(
                "--force", is_flag=True, default=False, help="Replace FILE if it exists."
            )(func)
        kind = click.Path(file_okay=not folder, dir_okay=folder, path_type=Path)
        return click.option(
            "--out", "out", required=required, type=kind, metavar="DIR" if folder else "FILE",
            help=help,
        )(func)  # fmt: skip

    return decorate


def check_out(out: Path, force: bool, example: str) -> Path:
    """Refuse a folder given as a file, and an existing file unless FORCE; return OUT."""
    out = out.expanduser()
    if out.is_dir():
        raise click.ClickException(f"{out} is a folder; give a file name such as {example}.")
    if (out.exists() or out.is_symlink()) and not force:
        raise click.ClickException(
            f"{out} exists already; add --force to replace it, or give another name."
        )
    if not out.parent.is_dir():
        raise click.ClickException(f"The folder {out.parent} does not exist; nothing was written.")
    return out


def open_db(*, create: bool = False) -> Database:
    """The chosen data folder's database, judged read-only before it is opened for writing.

    CREATE=False (commands that read): a folder with no database is "no database here",
    and nothing is created, not even the folder.
    """
    return Database.open(paths.db_path(create), create=create, judge=True)
