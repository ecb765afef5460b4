"""`poems-tracker`: the window's door first, the command line behind it.

Most starts are a patient opening the window: no command, at most `--data-dir DIR`. Those
go straight to the window, without importing click and the commands (about 20 ms of a
start the patient waits through, issue 18). Everything else (a command, `--help`,
`--version`, any other option, even a misspelt one) goes to `poems_tracker.cli:main`, the
click group, which decides and words it exactly as before.
"""

from __future__ import annotations

import gc
import os
import sqlite3
import sys


def window_folder(args: list[str]) -> tuple[bool, str | None]:
    """Whether ARGS only open the window, and the `--data-dir` they give (None: default).

    Only the plainest forms qualify; anything unusual is left to click, so that its
    checks and messages stay the one answer.
    """
    if not args:
        return True, None
    if len(args) == 2 and args[0] == "--data-dir" and args[1] and not args[1].startswith("-"):
        return True, args[1]
    if len(args) == 1 and args[0].startswith("--data-dir=") and len(args[0]) > len("--data-dir="):
        return True, args[0].partition("=")[2]
    return False, None


def _import_before_qt() -> None:
    """Import what the window needs that does not speak Qt before PySide6 is imported.

    PySide6 reads the source of every module imported after it (its `__feature__` import
    hook, about 0.1 ms a module); these and the standard library they use escape that.
    Only speed depends on this list: a module missing from it is imported later, as usual.
    """
    import poems_tracker.domain.validation
    import poems_tracker.settings
    import poems_tracker.store.checkins
    import poems_tracker.store.database
    import poems_tracker.store.health  # noqa: F401


def main() -> None:
    """The console script and the windowed launcher (`[project.scripts]`, gui-scripts)."""
    only_window, folder = window_folder(sys.argv[1:])
    if not only_window:
        from poems_tracker.cli import main as command_line

        command_line()
        return
    os.umask(0o077)  # as the command line does: whatever we write is ours alone
    # Until the first paint nothing made is garbage worth a search, yet the cycle collector
    # would walk the growing heap dozens of times (8–9 ms of the start); `app.run`
    # turns it back on right after that paint, or before a dialog that comes first.
    gc.disable()
    from poems_tracker import paths
    from poems_tracker.errors import PoemsError

    if folder is not None:
        paths.set_data_dir(folder)
    _import_before_qt()
    try:
        from poems_tracker.ui.shell.app import run

        status = run(sys.argv[:1])
    except (PoemsError, OSError, sqlite3.Error) as exc:
        from poems_tracker.cli.shared import click_error

        click_error(exc).show()  # the command line's own sentence, "Error: …"
        sys.exit(1)
    sys.exit(status)


if __name__ == "__main__":
    main()
