"""CSV import, all-or-nothing: every problem of every file is reported, and then nothing is
stored; with no problem everything is stored in one transaction (interfaces.md).

Files are streamed line by line (bounded memory) and files over `MAX_FILE_BYTES` are refused
before reading. `dry_run=True` does the whole import and rolls it back, which is how the
window previews "n new, n updated" before the patient commits.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from poems_tracker.domain.lab_catalog import NUMERIC, TEXT, find_test
from poems_tracker.domain.labs import parse_value
from poems_tracker.domain.text import N_
from poems_tracker.errors import PoemsError
from poems_tracker.exchange.csv_cells import Cells
from poems_tracker.exchange.csv_format import (
    FILES,
    IMPORT_ORDER,
    BadFile,
    FileProblem,
    LineReader,
    read_records,
    size_problem,
)
from poems_tracker.exchange.csv_rows import READERS, Context
from poems_tracker.store.bulk import Outcome, lab_test_kinds
from poems_tracker.store.database import Database

ProgressFn = Callable[[int, int], None]
#: Progress is reported every this many records.
_PROGRESS_EVERY = 500


class ImportCancelled(PoemsError):
    template = "The import was cancelled; nothing was changed."


@dataclass(frozen=True, slots=True)
class ImportProblem:
    """One problem: the file as the user named it, the line, and a translatable sentence."""

    path: str
    line: int
    message: str
    fields: tuple[tuple[str, object], ...] = ()

    def sentence(self) -> str:
        return self.message.format(**dict(self.fields))

    def text(self) -> str:
        """`FILE:LINE: message`, as the command line prints it."""
        return f"{self.path}:{self.line}: {self.sentence()}"


@dataclass(slots=True)
class FileCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0

    def add(self, outcome: Outcome) -> None:
        setattr(self, outcome.value, getattr(self, outcome.value) + 1)


@dataclass(slots=True)
class ImportResult:
    """What an import did (or, for a dry run or a refused import, would have done)."""

    counts: dict[str, FileCounts] = field(default_factory=dict)
    problems: list[ImportProblem] = field(default_factory=list)
    unknown_files: list[str] = field(default_factory=list)
    dry_run: bool = False
    committed: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True, slots=True)
class _Source:
    shown: str  # the path as the user gave it (a folder joined with the file's name)
    path: Path
    name: str


class _Rollback(Exception):
    pass


def local_today() -> date:
    """Today's local date (interfaces.md: dates "not after today" mean the local date)."""
    now = time.localtime()
    return date(now.tm_year, now.tm_mon, now.tm_mday)


def collect_sources(
    paths: Iterable[str | os.PathLike[str]], result: ImportResult
) -> list[_Source]:
    """The known files among PATHS (folders opened), in the order they must be read."""
    found: dict[str, _Source] = {}
    for given in paths:
        shown = os.fspath(given)
        path = Path(given)
        if path.is_dir():
            entries = sorted(p for p in path.iterdir() if p.is_file())
            candidates = [(os.path.join(shown, p.name), p) for p in entries]
            for shown_file, p in candidates:
                if p.name not in FILES:
                    result.unknown_files.append(shown_file)
        elif path.is_file():
            candidates = [(shown, path)]
            if path.name not in FILES:
                result.problems.append(
                    ImportProblem(
                        shown,
                        1,
                        N_("errors", "This is not one of the files import reads ({names})."),
                        (("names", ", ".join(FILES)),),
                    )
                )
                continue
        else:
            result.problems.append(
                ImportProblem(shown, 1, N_("errors", "There is no such file or folder."))
            )
            continue
        for shown_file, p in candidates:
            if p.name not in FILES:
                continue
            if p.name in found:
                result.problems.append(
                    ImportProblem(
                        shown_file,
                        1,
                        N_("errors", "A second {name} in one import; import them one at a time."),
                        (("name", p.name),),
                    )
                )
                continue
            found[p.name] = _Source(shown_file, p, p.name)
    return [found[name] for name in IMPORT_ORDER if name in found]


def import_csv(
    db: Database,
    paths: Iterable[str | os.PathLike[str]],
    on_progress: ProgressFn | None = None,
    cancelled: Callable[[], bool] | None = None,
    dry_run: bool = False,
    today: date | None = None,
    before_commit: Callable[[], object] | None = None,
) -> ImportResult:
    """Import the CSV files (or folders of them) at PATHS into DB, all or nothing.

    Raises ImportCancelled when CANCELLED() turns true; the database is then unchanged.
    BEFORE_COMMIT runs only when every row passed, just before the commit (the command
    line's before-import backup, read on its own connection: a refused import makes none);
    if it raises, nothing is stored.
    """
    result = ImportResult(dry_run=dry_run)
    sources = collect_sources(paths, result)
    total = sum(s.path.stat().st_size for s in sources) or 1
    done = 0
    ctx = Context(db.conn, today or local_today())
    try:
        with db.transaction():
            for source in sources:
                counts = result.counts.setdefault(source.name, FileCounts())
                done = _import_file(
                    ctx, source, counts, result, done, total, on_progress, cancelled
                )
            if result.problems or dry_run:
                raise _Rollback
            if before_commit is not None:
                before_commit()
    except _Rollback:
        pass
    else:
        result.committed = True
    if on_progress is not None:
        on_progress(total, total)
    return result


def _import_file(
    ctx: Context,
    source: _Source,
    counts: FileCounts,
    result: ImportResult,
    done: int,
    total: int,
    on_progress: ProgressFn | None,
    cancelled: Callable[[], bool] | None,
) -> int:
    def note(problem: FileProblem) -> None:
        result.problems.append(
            ImportProblem(source.shown, problem.line, problem.message, problem.fields)
        )

    problem = size_problem(source.path)
    if problem is not None:
        note(problem)
        return done + source.path.stat().st_size
    if source.name == "labs.csv":
        _guess_new_lab_kinds(ctx, source.path)
    reader = READERS[source.name](ctx)
    with source.path.open("rb") as handle:
        lines = LineReader(handle)
        try:
            records = read_records(lines)
            header = next(records, None)
            if header is None:
                note(
                    FileProblem(
                        1, N_("errors", "The file is empty; it needs at least its header line.")
                    )
                )
                return done + lines.bytes_read
            bad_header = reader.check_header(header.cells)
            if bad_header is not None:
                note(bad_header)
                return done + source.path.stat().st_size
            for count, record in enumerate(records, start=1):
                if not record.cells:
                    continue  # a blank line
                _one_record(ctx, reader, record.line, record.cells, counts, note)
                if count % _PROGRESS_EVERY == 0:
                    if cancelled is not None and cancelled():
                        raise ImportCancelled
                    if on_progress is not None:
                        on_progress(done + lines.bytes_read, total)
        except BadFile as exc:
            note(exc.problem)
        return done + lines.bytes_read


def _one_record(
    ctx: Context,
    reader,
    line: int,
    cells: list[str],
    counts: FileCounts,
    note: Callable[[FileProblem], None],
) -> None:
    if len(cells) != len(reader.header):
        note(
            FileProblem(
                line,
                N_("errors", "This row has {cells} cells; the header has {columns}."),
                (("cells", len(cells)), ("columns", len(reader.header))),
            )
        )
        return
    row = Cells(line, reader.header, cells, ctx.today)
    try:
        outcome = reader.handle(row)
    except sqlite3.IntegrityError as exc:
        row.problem(N_("errors", "This row cannot be stored ({reason})."), reason=str(exc))
        outcome = None
    for problem in row.problems:
        note(problem)
    if outcome is not None and row.ok:
        counts.add(outcome)


def _guess_new_lab_kinds(ctx: Context, path: Path) -> None:
    """A test new to the program is numeric when every value it has in the file is a number
    (interfaces.md); read ahead once to decide that before any row is stored."""
    stored = lab_test_kinds(ctx.conn)
    kinds: dict[str, str] = {}
    with path.open("rb") as handle:
        try:
            records = read_records(LineReader(handle))
            header = next(records, None)
            if header is None or "test" not in header.cells or "value" not in header.cells:
                return
            t, v = header.cells.index("test"), header.cells.index("value")
            for record in records:
                if len(record.cells) != len(header.cells):
                    continue
                name = record.cells[t].strip()
                if not name or find_test(name) or name.casefold() in stored:
                    continue
                try:
                    parse_value(record.cells[v], NUMERIC)
                    kinds.setdefault(name.casefold(), NUMERIC)
                except ValueError:
                    kinds[name.casefold()] = TEXT
        except BadFile:
            return  # the main pass reports it
    ctx.new_lab_kinds = kinds
