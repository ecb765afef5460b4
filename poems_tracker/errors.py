"""Errors the user can act on. Anything else is a bug and is reported as one.

Each `PoemsError` carries one plain sentence as a template plus its fields, so the window
can translate it (context "errors") and the command line prints it as it is.
"""

from __future__ import annotations

from typing import Any

from poems_tracker.domain.text import N_


class PoemsError(Exception):
    """A problem with the user's input or environment, said in one plain sentence."""

    template = "Something went wrong."

    def __init__(self, template: str | None = None, **fields: Any) -> None:
        self.template = template or self.template
        self.fields = fields
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.fields)


class ValidationError(PoemsError):
    """Input that breaks a rule of the domain; nothing was stored."""

    def __init__(self, template: str, field: str = "", **fields: Any) -> None:
        self.field = field
        super().__init__(template, **fields)


class DatabaseError(PoemsError):
    """The database cannot be used as it is (damaged, foreign, too new); left untouched."""


class StorageError(DatabaseError):
    """The disk, the folder or another program stands in the way; the records are unharmed."""


class DamagedError(DatabaseError):
    """SQLite itself says the file is damaged (SQLITE_CORRUPT or SQLITE_NOTADB)."""


class LinkError(DatabaseError):
    """A file of the data folder is a symbolic link; it is never followed, chmod-ed or written."""

    template = N_(
        "errors",
        "{path} is a symbolic link; POEMS Tracker does not follow links in its data folder, "
        "so nothing was changed.",
    )


class NoDatabaseError(DatabaseError):
    """A reading command on a folder that holds no database; nothing was created."""

    template = N_("errors", "No database here ({folder}).")
