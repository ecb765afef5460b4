"""Lab reports in, never guessed: PDF, copied portal text and FHIR R4 JSON (interfaces.md,
"Lab reports").

`read_reports` turns files (or pasted text) into `Candidate` results and `Unread` lines;
`store_results` saves chosen results in one transaction with the natural key of labs.csv.
The command line and the window's review dialog share both. No Qt here; pypdf is imported
only when a PDF is read.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from poems_tracker.domain.text import N_
from poems_tracker.exchange.lab_reports.model import (
    Candidate,
    Reading,
    ReportRefused,
    Unread,
    settle,
)
from poems_tracker.store import bulk, labs

__all__ = [
    "MAX_FILE_BYTES",
    "Candidate",
    "Reading",
    "ReportRefused",
    "Unread",
    "read_reports",
    "read_text",
    "store_results",
]

#: The same limit as the CSV import: larger files are refused before a byte is read.
MAX_FILE_BYTES = 50 * 1024 * 1024
#: A lab report's text is a few pages; more lines than this is not a lab report, and reading
#: it line by line would keep the patient waiting (about 0.3 ms a line).
MAX_LINES = 5000
MAX_TEXT_CHARS = 2_000_000
SUFFIXES = (".pdf", ".txt", ".json")


def read_text(
    text: str, shown: str, reading: Reading, sex: str = "", given: date | None = None
) -> None:
    """Add the results of a text document (copied from a portal, or a PDF's text) to READING."""
    from poems_tracker.exchange.lab_reports import text_reader, words

    if len(text) > MAX_TEXT_CHARS or text.count("\n") >= MAX_LINES:
        raise ReportRefused(
            N_(
                "lab_reports",
                "This text is longer than a lab report can be (more than {limit} lines or "
                "{size} MB), so it is not read.",
            ),
            limit=MAX_LINES,
            size=MAX_TEXT_CHARS // 1_000_000,
        )
    lines = text.splitlines()
    lang = words.language(text)
    day, issue = text_reader.document_date(lines, lang)
    ctx = text_reader.LineContext(shown, lang, sex, day, issue)
    found, unread = text_reader.read_lines(lines, ctx)
    reading.candidates.extend(found)
    reading.unread.extend(unread)


def _read_file(path: Path, shown: str, reading: Reading, sex: str) -> None:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ReportRefused(
            N_(
                "lab_reports",
                "The file is {size} MB; files larger than {limit} MB are not read.",
            ),
            size=round(size / (1024 * 1024)),
            limit=MAX_FILE_BYTES // (1024 * 1024),
        )
    if size == 0:
        raise ReportRefused(N_("lab_reports", "The file is empty."))
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        from poems_tracker.exchange.lab_reports.pdf_text import pdf_lines

        read_text("\n".join(pdf_lines(path)), shown, reading, sex)
        return
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ReportRefused(
            N_("lab_reports", "The file is not UTF-8 text; save it as UTF-8 and try again.")
        ) from None
    if suffix == ".json":
        from poems_tracker.exchange.lab_reports.fhir_reader import read_fhir

        try:
            data = json.loads(text)
        except ValueError:
            raise ReportRefused(
                N_("lab_reports", "This file is not JSON, so it cannot be FHIR.")
            ) from None
        found, unread = read_fhir(data, shown)
        reading.candidates.extend(found)
        reading.unread.extend(unread)
        return
    read_text(text, shown, reading, sex)


def read_reports(
    paths: Iterable[str | os.PathLike[str]],
    given: date | None = None,
    today: date | None = None,
    sex: str = "",
    pasted: str | None = None,
) -> Reading:
    """Read every file (folders opened, one level) and PASTED text; settle the results.

    GIVEN (`--date`) is the sample date of every result. A file that cannot be read at all
    is in `reading.refused`; the caller decides that nothing is stored then.
    """
    from poems_tracker.exchange.csv_import import local_today

    reading = Reading()
    for given_path in paths:
        shown = os.fspath(given_path)
        path = Path(given_path)
        if path.is_dir():
            files = []
            for entry in sorted(path.iterdir()):
                if entry.is_file() and entry.suffix.lower() in SUFFIXES:
                    files.append((os.path.join(shown, entry.name), entry))
                elif entry.is_file():
                    reading.left_alone.append(os.path.join(shown, entry.name))
        elif path.is_file():
            files = [(shown, path)]
        else:
            reading.refused.append(
                (shown, N_("lab_reports", "There is no such file or folder."), ())
            )
            continue
        for shown_file, file in files:
            if file.suffix.lower() not in SUFFIXES:
                reading.refused.append(
                    (
                        shown_file,
                        N_("lab_reports", "Lab reports are read from .pdf, .txt or .json files."),
                        (),
                    )
                )
                continue
            try:
                _read_file(file, shown_file, reading, sex)
            except ReportRefused as exc:
                reading.refused.append((shown_file, exc.template, tuple(exc.fields.items())))
            except OSError as exc:
                reading.refused.append(
                    (
                        shown_file,
                        N_("lab_reports", "The file cannot be opened ({reason})."),
                        (("reason", exc.strerror or str(exc)),),
                    )
                )
    if pasted is not None:
        try:
            read_text(pasted, "pasted", reading, sex)
        except ReportRefused as exc:
            reading.refused.append(("pasted", exc.template, tuple(exc.fields.items())))
    return settle(reading, given, today or local_today())


def store_results(db, results) -> dict[str, int]:
    """Store RESULTS in one transaction by date and test; how many were new, updated, the same."""
    counts = {"new": 0, "updated": 0, "unchanged": 0}
    with db.transaction() as conn:
        for result in results:
            outcome = bulk.upsert_lab(conn, *labs.row_values(result))
            counts[str(outcome)] += 1
    return counts
