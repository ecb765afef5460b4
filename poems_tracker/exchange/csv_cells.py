"""Reading the cells of one CSV record, collecting every problem instead of stopping.

Each getter returns the parsed value, or None after noting a problem (a `FileProblem` on
the record's line naming the column and the cell), so one pass reports everything wrong.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from poems_tracker.domain.numbers import parse_date, parse_number, parse_time
from poems_tracker.domain.text import N_
from poems_tracker.domain.validation import check_note
from poems_tracker.exchange.csv_format import FileProblem

YES_NO = {"yes": True, "no": False}


class Cells:
    """The cells of one record by column name, and the problems found in them."""

    def __init__(self, line: int, header: list[str], cells: list[str], today: date) -> None:
        self.line = line
        self.today = today
        self.values = dict(zip(header, cells, strict=True))
        self.problems: list[FileProblem] = []

    def problem(self, message: str, **fields: object) -> None:
        self.problems.append(FileProblem(self.line, message, tuple(fields.items())))

    @property
    def ok(self) -> bool:
        return not self.problems

    def text(self, column: str, required: bool = False) -> str:
        value = self.values[column]
        if required and not value.strip():
            self.problem(N_("errors", "The {column} cell is empty; it is needed."), column=column)
        for problem in check_note(value, column) if column == "note" else ():
            self.problem(problem.message, **dict(problem.fields))
        return value

    def day(self, column: str, required: bool = True, not_future: bool = False) -> date | None:
        raw = self.values[column]
        if not raw.strip():
            if required:
                self.problem(
                    N_("errors", "The {column} cell is empty; write a date as YYYY-MM-DD."),
                    column=column,
                )
            return None
        try:
            value = parse_date(raw)
        except ValueError:
            self.problem(
                N_("errors", '"{cell}" in {column} is not a real date; write it as YYYY-MM-DD.'),
                cell=raw,
                column=column,
            )
            return None
        if not_future and value > self.today:
            self.problem(
                N_(
                    "errors",
                    "The {column} {cell} is after today; only days that have "
                    "happened can have records here.",
                ),
                column=column,
                cell=raw,
            )
        return value

    def time(self, column: str, required: bool = True) -> str | None:
        """A time as `HH:MM` text (the form the database keeps), or None."""
        raw = self.values[column]
        if not raw.strip():
            if required:
                self.problem(
                    N_("errors", "The {column} cell is empty; write a time as HH:MM."),
                    column=column,
                )
            return None
        try:
            return parse_time(raw).strftime("%H:%M")
        except ValueError:
            self.problem(
                N_("errors", '"{cell}" in {column} is not a time from 00:00 to 23:59 (HH:MM).'),
                cell=raw,
                column=column,
            )
            return None

    def number(
        self,
        column: str,
        required: bool = False,
        low: float | None = None,
        high: float | None = None,
        above: float | None = None,
    ) -> float | None:
        raw = self.values[column]
        if not raw.strip():
            if required:
                self.problem(
                    N_("errors", "The {column} cell is empty; it needs a number."), column=column
                )
            return None
        try:
            value = parse_number(raw)
        except ValueError:
            self.problem(
                N_(
                    "errors",
                    '"{cell}" in {column} is not a number (use a point for decimals, e.g. 12.5).',
                ),
                cell=raw,
                column=column,
            )
            return None
        if above is not None and value <= above:
            self.problem(
                N_("errors", "{column} must be above {limit}; it is {cell}."),
                column=column,
                limit=above,
                cell=raw,
            )
            return None
        if (low is not None and value < low) or (high is not None and value > high):
            self.problem(
                N_("errors", "{column} must be between {low} and {high}; it is {cell}."),
                column=column,
                low=low,
                high=high,
                cell=raw,
            )
            return None
        return value

    def whole(
        self, column: str, low: int, high: int, required: bool = False, what: str = ""
    ) -> int | None:
        """A whole number from LOW to HIGH (a score 0–10, a grade)."""
        raw = self.values[column]
        if not raw.strip():
            if required:
                self.problem(
                    N_(
                        "errors",
                        "The {column} cell is empty; it needs a whole number "
                        "from {low} to {high}.",
                    ),
                    column=column,
                    low=low,
                    high=high,
                )
            return None
        cleaned = raw.strip()
        # ASCII digits only: "³" passes str.isdigit() yet int() refuses it (a traceback)
        if not (cleaned.isascii() and cleaned.isdigit()) or not low <= int(cleaned) <= high:
            self.problem(
                N_(
                    "errors",
                    '{column} must be a whole number from {low} to {high}; it is "{cell}".',
                ),
                column=column,
                low=low,
                high=high,
                cell=raw,
            )
            return None
        return int(cleaned)

    def choice(
        self, column: str, allowed: type[StrEnum] | tuple[str, ...], required: bool = True
    ) -> str | None:
        raw = self.values[column]
        words = tuple(str(w) for w in allowed)
        if not raw and not required:
            return None
        if raw not in words:
            self.problem(
                N_("errors", '"{cell}" in {column} is not one of: {words}.'),
                cell=raw,
                column=column,
                words=", ".join(words),
            )
            return None
        return raw

    def yes_no(self, column: str, required: bool = True) -> bool | None:
        word = self.choice(column, tuple(YES_NO), required)
        return None if word is None else YES_NO[word]
