"""`poems-tracker encrypt` / `decrypt` / `change-passphrase`, and the global options that
open an encrypted folder (`--passphrase-file FILE`, `--recovery-key KEY`).

The global options are added to the group by `register`, with callbacks that only remember
their values, so `main` itself needs no new parameters. Every command that meets an
encrypted file asks through `_unlock`: the recovery key, else the passphrase file, else the
terminal with hidden input, else one sentence and exit 1.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from poems_tracker import paths
from poems_tracker.errors import PoemsError

_given: dict[str, Any] = {"passphrase_file": None, "recovery_key": None}


class NeedSecret(PoemsError):
    template = (
        "The records in {folder} are encrypted; give the passphrase on a terminal, with "
        "--passphrase-file FILE, or with --recovery-key KEY."
    )


def read_first_line(path: Path) -> str:
    """The first line of PATH, its line ending removed and nothing else."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise click.ClickException(f"Cannot read the passphrase file {path}.") from exc
    return text.splitlines()[0] if text else ""


def _interactive() -> bool:
    return sys.stdin.isatty()


def _secret(folder: Path) -> Any:
    from poems_tracker.store.keys import Secret

    if _given["recovery_key"]:
        return Secret(_given["recovery_key"], is_recovery=True)
    if _given["passphrase_file"] is not None:
        return Secret(read_first_line(_given["passphrase_file"]))
    if _interactive():
        return Secret(click.prompt("Passphrase", hide_input=True, err=True))
    raise NeedSecret(folder=str(folder))


def _unlock(keys_file: Path) -> bytes:
    """The cipher's unlocker: the data key that KEYS_FILE wraps."""
    from poems_tracker.store import keys

    content = keys.read(keys_file)
    return keys.unlock(content, _secret(keys_file.parent))


def _remember(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    from poems_tracker.store import cipher

    # The main group's copy runs first and starts every run from what it was given; the
    # sub-command's copy (the option given after the command's name) only adds to it.
    if ctx.parent is None or value is not None:
        _given[str(param.name)] = value
    cipher.set_key(None)
    cipher.set_unlocker(_unlock)
    return value


def passphrase_file_option() -> click.Option:
    return click.Option(
        ["--passphrase-file"],
        type=click.Path(dir_okay=False, exists=True, path_type=Path),
        default=None,
        expose_value=False,
        callback=_remember,
        help="Read the passphrase of an encrypted folder from the first line of FILE.",
    )


def recovery_key_option() -> click.Option:
    return click.Option(
        ["--recovery-key"],
        default=None,
        metavar="KEY",
        expose_value=False,
        callback=_remember,
        help="Open an encrypted folder with its recovery key instead of the passphrase.",
    )


def _new_passphrase(file: Path | None) -> str:
    if file is not None:
        return read_first_line(file)
    if not _interactive():
        raise click.ClickException(
            "Give the new passphrase on a terminal or with --new-passphrase-file FILE."
        )
    first = click.prompt("New passphrase (at least 8 characters)", hide_input=True, err=True)
    again = click.prompt("The same passphrase again", hide_input=True, err=True)
    if first != again:
        raise click.ClickException("The two passphrases differ; nothing was changed.")
    return str(first)


def _locked_folder() -> Any:
    from poems_tracker.instance_lock import folder_lock

    lock = folder_lock(paths.data_dir(create=False))
    if not lock.tryLock(0):
        raise click.ClickException(
            "POEMS Tracker is open on this data folder; close it first, or use "
            "Preferences > Privacy in the window."
        )
    return lock


def _need_database() -> Path:
    db = paths.db_path(create=False)
    if not db.exists():
        raise click.ClickException(f"No database here ({paths.data_dir(create=False)}).")
    return db


_NEW_FILE = click.option(
    "--new-passphrase-file",
    "new_file",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    default=None,
    help="Read the new passphrase from the first line of this file.",
)


@click.command("encrypt")
@_NEW_FILE
def encrypt_command(new_file: Path | None) -> None:
    """Encrypt the records and every backup with a passphrase; shows the recovery key once.

    Example: poems-tracker encrypt
    """
    from poems_tracker.store import encryption

    _need_database()
    new_file = new_file or _given["passphrase_file"]
    lock = _locked_folder()
    try:
        encryption.prepare(paths.db_path(create=False))
        passphrase = _new_passphrase(new_file)
        data_key, recovery_key = encryption.begin_encrypt(paths.data_dir(create=False), passphrase)
        from poems_tracker import settings

        settings.put("state/export_said_plain", False)
        click.echo(f"Recovery key: {recovery_key}")
        click.echo(
            "Write the recovery key down and keep it safe: it opens the records if the "
            "passphrase is forgotten, and it is not shown again."
        )
        sys.stdout.flush()
        encryption.finish(paths.data_dir(create=False), data_key)
    except PoemsError as exc:
        raise click.ClickException(exc.message) from exc
    finally:
        lock.unlock()
    click.echo(f"The records and backups in {paths.data_dir(create=False)} are now encrypted.")


@click.command("decrypt")
def decrypt_command() -> None:
    """Turn encryption off: the records and backups are stored plain again.

    Example: poems-tracker decrypt --passphrase-file ~/secret.txt
    """
    from poems_tracker.store import cipher, encryption

    _need_database()
    lock = _locked_folder()
    try:
        encryption.prepare(paths.db_path(create=False))
        if not encryption.is_encrypted_folder(paths.data_dir(create=False)):
            raise click.ClickException(
                f"The records in {paths.data_dir(create=False)} are not encrypted."
            )
        encryption.decrypt(paths.data_dir(create=False), cipher.current_key())
    except PoemsError as exc:
        raise click.ClickException(exc.message) from exc
    finally:
        lock.unlock()
    click.echo(
        f"The records and backups in {paths.data_dir(create=False)} are no longer encrypted."
    )


@click.command("change-passphrase")
@_NEW_FILE
@click.option(
    "--recovery-key",
    "recovery_key",
    default=None,
    metavar="KEY",
    help="Set the new passphrase with the recovery key instead of the old passphrase.",
)
def change_passphrase_command(new_file: Path | None, recovery_key: str | None) -> None:
    """Set a new passphrase (with the old one or the recovery key); the data is not rewritten.

    Example: poems-tracker change-passphrase --recovery-key 'ABCDE-…' --new-passphrase-file F
    """
    from poems_tracker.store import encryption

    _need_database()
    if recovery_key:
        _given["recovery_key"] = recovery_key
    try:
        encryption.prepare(paths.db_path(create=False))
        if not encryption.is_encrypted_folder(paths.data_dir(create=False)):
            raise click.ClickException(
                f"The records in {paths.data_dir(create=False)} are not encrypted."
            )
        secret = _secret(paths.data_dir(create=False))
        encryption.unlock_folder(
            paths.data_dir(create=False), secret
        )  # a wrong one fails before asking
        new = _new_passphrase(new_file)
        encryption.change_passphrase(paths.data_dir(create=False), secret, new)
    except PoemsError as exc:
        raise click.ClickException(exc.message) from exc
    click.echo("The passphrase was changed.")


def _say_exports_are_plain() -> None:
    """The first export after encryption was turned on says once that its files are plain."""
    from poems_tracker import settings

    if settings.plain_export_note_due():
        click.echo(
            "Note: exported files are not encrypted; keep them somewhere private.", err=True
        )


def _with_plain_note(command: click.Command) -> None:
    original = command.callback
    if original is None or getattr(original, "says_plain", False):
        return

    def callback(*args: Any, **kwargs: Any) -> Any:
        _say_exports_are_plain()
        return original(*args, **kwargs)

    callback.says_plain = True  # type: ignore[attr-defined]
    command.callback = callback


def register(main: click.Group) -> None:
    """Add the three commands and the two global options that open an encrypted folder."""
    for name in ("export", "report"):
        if name in main.commands:
            _with_plain_note(main.commands[name])
    from poems_tracker.cli.shared import GLOBAL_OPTIONS

    for make in (passphrase_file_option, recovery_key_option):
        if make not in GLOBAL_OPTIONS:
            GLOBAL_OPTIONS.append(make)  # after the sub-command too (cli/__init__.py)
        main.params.append(make())
    main.add_command(encrypt_command, "encrypt")
    main.add_command(decrypt_command, "decrypt")
    main.add_command(change_passphrase_command, "change-passphrase")
