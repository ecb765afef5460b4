"""The report's HTML kit: escaping, tables, headings and number formats.

Every section builds on these and on `report.data`, never on another section, so the
sections stay independent (no import cycle inside report/).
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QLocale

from poems_tracker.domain.models import LabResult
from poems_tracker.wording import day_text, exact_number_text


def tr(text: str) -> str:
    return QCoreApplication.translate("Report", text)


def tr_label(context: str, text: str) -> str:
    """A built-in catalogue label in the window's language; the patient's own as typed."""
    return QCoreApplication.translate(context, text)


def esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def day(value) -> str:
    """A date as the window writes it in the report's language (4 Jan 2026, 2026年1月4日)."""
    return day_text(value)


def num(value: float | None, digits: int = 1) -> str:
    """A number in the report's language: decimal comma and grouping in French."""
    return "–" if value is None else exact_number_text(round(value, digits))


def one_decimal(value: float | None) -> str:
    """5.0, not 5: averages side by side read alike (5,0 in French)."""
    return "–" if value is None else QLocale().toString(float(value), "f", 1)


def printed_unit(unit: str) -> str:
    """Units as printed on lab reports: 10⁹/L, never 10^9/L."""
    return unit.replace("^9", "⁹").replace("^12", "¹²").replace("^6", "⁶")


def signed(value: float | None) -> str:
    if value is None:
        return "–"
    rounded = round(value, 1)
    if rounded == 0:
        return "±0"
    return ("+" if rounded > 0 else "−") + exact_number_text(abs(rounded))


def table(
    headers: Sequence[str], rows: Iterable[Sequence[str]], widths: Sequence[int] = ()
) -> str:
    """A bordered table; CELLS are HTML already. WIDTHS are percentages per column."""
    sizes = [f' width="{w}%"' for w in widths] or [""] * len(headers)
    head = "".join(
        f'<th align="left"{size}>{h}</th>' for size, h in zip(sizes, headers, strict=True)
    )
    body = "".join("<tr>" + _cells(row, len(headers)) + "</tr>" for row in rows)
    return (
        '<table width="100%" border="1" cellspacing="0" cellpadding="1" '
        f'style="border-collapse: collapse; border-color: #555;"><thead><tr>{head}</tr>'
        f"</thead>{body}</table>"
    )


def _cells(row: Sequence[str], columns: int) -> str:
    """The cells of one row; a row shorter than the header spans its last cell to the end."""
    cells = [f"<td>{c}</td>" for c in row[:-1]]
    span = columns - len(row) + 1
    cells.append(f'<td colspan="{span}">{row[-1]}</td>' if span > 1 else f"<td>{row[-1]}</td>")
    return "".join(cells)


def heading(text: str) -> str:
    return f"<h2>{esc(text)}</h2>"


def empty(text: str) -> str:
    return f"<p><i>{esc(text)}</i></p>"


def reference_range(result: LabResult) -> str:
    low, high = result.reference_low, result.reference_high
    if low is None and high is None:
        return "–"
    if low is None:
        return f"≤ {exact_number_text(high)}"
    if high is None:
        return f"≥ {exact_number_text(low)}"
    return f"{exact_number_text(low)}–{exact_number_text(high)}"
