"""The CSV dialect of interfaces.md: files and columns, escaping, numbers, reading, writing.

Both directions live here so that what export writes is exactly what import reads:
UTF-8 with a byte-order mark, RFC 4180 quoting only where needed, CRLF line ends on export
(CRLF or LF on import), shortest numbers, and spreadsheet-formula escaping with a leading `'`.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from poems_tracker.domain.numbers import shortest
from poems_tracker.domain.text import N_
from poems_tracker.domain.validation import NOTE_MAX_CHARS

BOM = "\ufeff"
BOM_BYTES = BOM.encode("utf-8")

#: File name -> its columns, in the order of interfaces.md. symptoms.csv also takes custom
#: symptom columns between `swelling` and `weight_kg`.
FILES: dict[str, tuple[str, ...]] = {
    "symptoms.csv": (
        "date",
        "pain",
        "numbness",
        "tingling",
        "weakness",
        "fatigue",
        "swelling",
        "weight_kg",
        "note",
    ),
    "custom_symptoms.csv": ("key", "label", "kind", "hidden"),
    "medications.csv": (
        "name",
        "dose",
        "unit",
        "schedule",
        "start_date",
        "end_date",
        "reason",
        "note",
    ),
    "doses.csv": ("date", "time", "medication", "dose", "unit", "status", "note"),
    "labs.csv": (
        "date",
        "test",
        "value",
        "unit",
        "reference_low",
        "reference_high",
        "loinc",
        "note",
    ),
    "appointments.csv": (
        "date",
        "time",
        "end_time",
        "provider",
        "specialty",
        "location",
        "purpose",
        "status",
        "note",
    ),
    "questions.csv": (
        "added",
        "question",
        "appointment_date",
        "appointment_time",
        "appointment_provider",
        "answered",
        "answer",
    ),
    "events.csv": ("start_date", "end_date", "kind", "description"),
    "function.csv": (
        "date",
        "arm_symptoms",
        "dress_upper",
        "wash_hair",
        "turn_key",
        "knife_fork",
        "buttons_zips",
        "arm_movement",
        "legs",
        "arms",
        "note",
    ),
}
#: The order import reads files in: a file may refer to records of a file read before it.
IMPORT_ORDER: tuple[str, ...] = (
    "custom_symptoms.csv",
    "symptoms.csv",
    "medications.csv",
    "doses.csv",
    "labs.csv",
    "appointments.csv",
    "questions.csv",
    "events.csv",
    "function.csv",
)

#: Files larger than this are refused up front, with the limit named; ten years of records
#: take about 2 MB, so this leaves room for decades while keeping an import quick.
MAX_FILE_BYTES = 50 * 1024 * 1024
#: One physical line may not be longer than this (a file without line breaks is not ours).
MAX_LINE_BYTES = 1024 * 1024
#: The longest cell read: a note at the domain's limit, plus room for its escape character.
CSV_FIELD_LIMIT = NOTE_MAX_CHARS + 16

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_UNESCAPE_AFTER = frozenset("=+-@'\t\r")


def escape_cell(text: str) -> str:
    """A leading `'` before text a spreadsheet would run as a formula, and before a leading `'`
    (so that import can undo it exactly)."""
    if text.startswith(_FORMULA_START) or text.startswith("'"):
        return "'" + text
    return text


def unescape_cell(text: str) -> str:
    """Remove one leading `'` only when a formula character or `'` follows it."""
    if len(text) >= 2 and text[0] == "'" and text[1] in _UNESCAPE_AFTER:
        return text[1:]
    return text


def number_cell(value: float | None) -> str:
    return "" if value is None else shortest(value)


def yes_no(value: bool | int | None) -> str:
    if value is None:
        return ""
    return "yes" if value else "no"


def write_csv(path: Path, header: Iterable[str], rows: Iterable[Iterable[str]]) -> None:
    """Write a file of the dialect; text cells are escaped here, once, for every column.

    Written to a temporary name first and renamed, so a half-written file never stands
    under the real name.
    """
    tmp = path.with_name(path.name + ".part")
    with tmp.open("w", encoding="utf-8", newline="") as handle:
        handle.write(BOM)
        writer = csv.writer(handle, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(header)
        writer.writerows([escape_cell(cell) for cell in row] for row in rows)
    os.replace(tmp, path)


@dataclass(frozen=True, slots=True)
class FileProblem:
    """A problem with one line of one file; `message` is a template filled from `fields`."""

    line: int
    message: str
    fields: tuple[tuple[str, object], ...] = ()

    def text(self) -> str:
        return self.message.format(**dict(self.fields))


class BadFile(Exception):
    """Reading stopped: the file as a whole (or from LINE on) cannot be read."""

    def __init__(self, problem: FileProblem) -> None:
        super().__init__(problem.text())
        self.problem = problem


@dataclass(slots=True)
class Record:
    """One CSV record: the physical line it starts on and its cells (unescaped)."""

    line: int
    cells: list[str]


class LineReader:
    """Physical lines of a binary file decoded as UTF-8, one at a time (bounded memory).

    Counts lines and bytes so problems can name the line and progress the share done.
    """

    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle
        self.line = 0
        self.bytes_read = 0

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        raw = self._handle.readline(MAX_LINE_BYTES + 1)
        if not raw:
            raise StopIteration
        self.line += 1
        self.bytes_read += len(raw)
        if len(raw) > MAX_LINE_BYTES:
            raise BadFile(
                FileProblem(
                    self.line,
                    N_(
                        "errors",
                        "This line is longer than {limit} MB; the file is not a POEMS "
                        "Tracker CSV file.",
                    ),
                    (("limit", MAX_LINE_BYTES // (1024 * 1024)),),
                )
            )
        if self.line == 1 and raw.startswith(BOM_BYTES):
            raw = raw[len(BOM_BYTES) :]
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise BadFile(
                FileProblem(
                    self.line,
                    N_(
                        "errors",
                        "The file is not UTF-8 text (unreadable bytes on this line); "
                        'save it as "CSV UTF-8" and try again.',
                    ),
                )
            ) from exc


def read_records(lines: LineReader) -> Iterator[Record]:
    """CSV records with the line each starts on; the header is the first record.

    The csv module's field limit (128 KiB) is raised to the longest note the program keeps,
    so whatever the window stored, the export wrote and this reads back.
    """
    if csv.field_size_limit() < CSV_FIELD_LIMIT:
        csv.field_size_limit(CSV_FIELD_LIMIT)
    reader = csv.reader(lines, strict=True)
    while True:
        start = lines.line + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise BadFile(
                FileProblem(
                    start,
                    N_("errors", "This line cannot be read as CSV ({reason})."),
                    (("reason", str(exc)),),
                )
            ) from exc
        yield Record(start, [unescape_cell(c) for c in cells])


def size_problem(path: Path) -> FileProblem | None:
    """Refuse a file over MAX_FILE_BYTES before reading a byte of it."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        return FileProblem(
            1,
            N_("errors", "The file is {size} MB; files larger than {limit} MB are not imported."),
            (("size", round(size / (1024 * 1024))), ("limit", MAX_FILE_BYTES // (1024 * 1024))),
        )
    if size == 0 or (size == len(BOM_BYTES) and path.read_bytes() == BOM_BYTES):
        return FileProblem(
            1, N_("errors", "The file is empty; it needs at least its header line.")
        )
    return None
