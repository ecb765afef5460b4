"""Numbers and dates as the files write them: shortest form, ISO dates, 24 h times."""

from __future__ import annotations

import re
from datetime import date, time

_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


def shortest(value: float | int) -> str:
    """`78.0` → `78`, `0.40` → `0.4`, `2840` → `2840`: the form interfaces.md asks for."""
    if isinstance(value, int) or (float(value).is_integer() and abs(value) < 1e15):
        return str(int(value))
    return repr(float(value))


def parse_number(text: str) -> float:
    """A decimal number with a `.` point; ValueError for anything else (`1,5`, `nan`)."""
    cleaned = text.strip()
    if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?", cleaned):
        raise ValueError(text)
    return float(cleaned)


#: A comma that could be a thousands separator: "1,500" is 1.5 in French and 1500 in English.
_AMBIGUOUS_COMMA = re.compile(r"^[+-]?\d{1,3},\d{3}$")


def typed_decimal(text: str) -> str:
    """What a person typed, with a decimal comma turned into a point when it can mean only
    that ("72,5" → "72.5"); files keep the point alone (interfaces.md).

    The one rule for numbers typed in the window (weight, doses, lab values): a comma is a
    decimal mark only when it is the only separator and not followed by exactly three
    digits. "1,500" could be 1.5 or 1500, so it raises ValueError rather than guess.
    """
    cleaned = text.strip()
    if "," not in cleaned:
        return cleaned
    if "." in cleaned or cleaned.count(",") > 1 or _AMBIGUOUS_COMMA.fullmatch(cleaned):
        raise ValueError(text)
    return cleaned.replace(",", ".")


def parse_typed_number(text: str) -> float:
    """A number a person typed: `72.5` or `72,5`; ValueError for `1,500`, `1.5,0` or words."""
    return parse_number(typed_decimal(text))


def parse_date(text: str) -> date:
    """A real calendar date written `YYYY-MM-DD`; raises ValueError otherwise."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
        raise ValueError(text)
    return date.fromisoformat(text.strip())


def parse_time(text: str) -> time:
    """A time `HH:MM` between 00:00 and 23:59; raises ValueError otherwise (e.g. `25:61`)."""
    match = _TIME.fullmatch(text.strip())
    if not match:
        raise ValueError(text)
    return time(int(match.group(1)), int(match.group(2)))


def format_time(value: time) -> str:
    return value.strftime("%H:%M")
