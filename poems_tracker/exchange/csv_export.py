"""CSV export: every file of interfaces.md, sorted by natural key, header alone when empty.

Export, import into an empty data folder, export again: identical bytes (a test pins it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from poems_tracker.domain.numbers import shortest
from poems_tracker.exchange.csv_format import FILES, number_cell, write_csv, yes_no
from poems_tracker.store import bulk
from poems_tracker.store.database import Database

ProgressFn = Callable[[int, int], None]


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, int | float):
        return shortest(value)
    return str(value)


def _plain(rows: Iterable[tuple]) -> Iterator[list[str]]:
    for row in rows:
        yield [_cell(v) for v in row]


def _symptom_rows(rows: Iterable[tuple], yesno: list[bool]) -> Iterator[list[str]]:
    """Scores as integers, yes/no symptoms as words, weight shortest, note as is."""
    for row in rows:
        cells = [row[0], *(number_cell(v) for v in row[1:7])]
        cells += [
            yes_no(v) if is_yesno else number_cell(v)
            for v, is_yesno in zip(row[7:-2], yesno, strict=True)
        ]
        cells += [number_cell(row[-2]), row[-1]]
        yield cells


def _lab_rows(rows: Iterable[tuple]) -> Iterator[list[str]]:
    for day, test, value, qualifier, text, unit, low, high, loinc, note in rows:
        shown = text if value is None else qualifier + shortest(value)
        yield [day, test, shown, unit, number_cell(low), number_cell(high), loinc, note]


def _question_rows(rows: Iterable[tuple]) -> Iterator[list[str]]:
    for added, question, app_day, app_time, provider, answered, answer in rows:
        yield [
            added,
            question,
            app_day or "",
            app_time or "",
            provider if app_day else "",
            yes_no(answered),
            answer,
        ]


def _function_rows(rows: Iterable[tuple]) -> Iterator[list[str]]:
    for row in rows:
        yield [
            row[0],
            yes_no(row[1]),
            *row[2:7],
            yes_no(row[7]),
            str(row[8]),
            str(row[9]),
            row[10],
        ]


def export_csv(db: Database, out_dir: Path, on_progress: ProgressFn | None = None) -> list[Path]:
    """Write every CSV file into OUT_DIR (created if missing); returns the paths written."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    custom = bulk.custom_symptom_rows(db)
    keys = [key for key, *_ in custom]
    symptoms_header = [*FILES["symptoms.csv"][:7], *keys, "weight_kg", "note"]
    jobs: list[tuple[str, list[str], Callable[[], Iterable[Iterable[str]]]]] = [
        (
            "symptoms.csv",
            symptoms_header,
            lambda: _symptom_rows(
                bulk.checkin_rows(db, keys), [kind == "yesno" for _k, _l, kind, _h in custom]
            ),
        ),
        (
            "custom_symptoms.csv",
            list(FILES["custom_symptoms.csv"]),
            lambda: ([k, label, kind, yes_no(h)] for k, label, kind, h in custom),
        ),
        (
            "medications.csv",
            list(FILES["medications.csv"]),
            lambda: _plain(bulk.medication_rows(db)),
        ),
        ("doses.csv", list(FILES["doses.csv"]), lambda: _plain(bulk.dose_rows(db))),
        ("labs.csv", list(FILES["labs.csv"]), lambda: _lab_rows(bulk.lab_rows(db))),
        (
            "appointments.csv",
            list(FILES["appointments.csv"]),
            lambda: _plain(bulk.appointment_rows(db)),
        ),
        (
            "questions.csv",
            list(FILES["questions.csv"]),
            lambda: _question_rows(bulk.question_rows(db)),
        ),
        ("events.csv", list(FILES["events.csv"]), lambda: _plain(bulk.event_rows(db))),
        (
            "function.csv",
            list(FILES["function.csv"]),
            lambda: _function_rows(bulk.function_rows(db)),
        ),
    ]
    written = []
    for number, (name, header, rows) in enumerate(jobs, start=1):
        path = out_dir / name
        write_csv(path, header, rows())
        written.append(path)
        if on_progress is not None:
            on_progress(number, len(jobs))
    return written
