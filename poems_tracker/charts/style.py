"""How every chart looks: large type, the Okabe–Ito palette, dates fitted to the span.

Okabe & Ito's eight colours stay distinguishable with the common colour-vision
deficiencies (Okabe M, Ito K. Color Universal Design, 2008); every series also differs by
line style or marker, so colour is never the only signal. Sizes are set on each artist,
never in matplotlib's global rcParams, so building a chart changes no shared state.
"""

from __future__ import annotations

import textwrap
import unicodedata
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from matplotlib import dates as mdates
from matplotlib.axes import Axes
from matplotlib.ticker import Formatter

BLACK = "#000000"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"
GREY = "#595959"

#: Built-in symptoms keep their colour whatever else is shown, so the patient learns them.
SYMPTOM_COLOURS = {
    "pain": VERMILLION,
    "numbness": BLUE,
    "tingling": PURPLE,
    "weakness": GREEN,
    "fatigue": ORANGE,
    "swelling": SKY_BLUE,
}
CYCLE = (VERMILLION, BLUE, GREEN, PURPLE, ORANGE, SKY_BLUE, BLACK)
LINE_STYLES = ("-", "--", "-.", ":")
MARKERS = ("o", "s", "D", "P", "X", "*", "h")

HIGH_COLOUR, HIGH_MARKER = VERMILLION, "^"
LOW_COLOUR, LOW_MARKER = BLUE, "v"
RANGE_COLOUR = GREEN

#: Treatment events: a light wash behind every panel, darker in the treatments panel.
EVENT_COLOURS = {
    "diagnosis": BLACK,
    "transplant": VERMILLION,
    "radiation": YELLOW,
    "chemotherapy": SKY_BLUE,
    "hospital": PURPLE,
    "procedure": ORANGE,
    "other": GREY,
}

FONT = 13.0  # points; at 100 dpi about 18 px, readable with blurred sight
SMALL = 12.0
TITLE = 14.0
LINE_WIDTH = 2.6
DPI = 100


LEGEND_CHARS = 20  # a legend line longer than this wraps, so the legends stay narrow


def _width(text: str) -> float:
    """TEXT's width in average Latin letters: Chinese and Japanese characters are wide."""
    return sum(1.75 if unicodedata.east_asian_width(c) in "WF" else 1.0 for c in text)


text_width = _width


def fit_titles(figure: object) -> None:
    """Shorten each axes title (with "…") to the width from its left edge to the figure's
    right edge, so no title runs off a narrow chart; the full words are kept and put back
    when the chart is wide again."""
    width_in = figure.get_size_inches()[0]  # type: ignore[attr-defined]
    for ax in figure.axes:  # type: ignore[attr-defined]
        title = ax._left_title
        full = getattr(title, "_poems_full", None) or title.get_text()
        title._poems_full = full
        room_in = (1 - ax.get_position().x0) * width_in - 0.1
        letters = int(room_in * 72 / (title.get_fontsize() * 0.62))
        if text_width(full) <= letters:
            title.set_text(full)
            continue
        out = ""
        for char in full:
            if text_width(out + char) > max(1, letters - 1):
                break
            out += char
        title.set_text(out.rstrip() + "…")


def wrap(label: str) -> str:
    """LABEL broken into lines about LEGEND_CHARS letters wide (user text can be long)."""
    chars = max(6, int(LEGEND_CHARS * len(label) / max(1.0, _width(label))))
    return "\n".join(textwrap.wrap(label, chars, break_long_words=True)) or label


def legend_width(lines: list[str]) -> float:
    """About how many inches a legend with these lines needs (handle, gap and text)."""
    longest = max((_width(line) for text in lines for line in text.splitlines()), default=0)
    return (longest * 0.58 + 2.6 + 1.2) * SMALL / 72


#: Families with Chinese and Japanese glyphs, tried after DejaVu Sans for any character it
#: lacks (matplotlib's per-glyph fallback), so a translated chart has no empty boxes.
_CJK_FAMILIES = (
    "Noto Sans CJK JP",
    "Noto Sans CJK SC",
    "Noto Sans CJK TC",
    "Source Han Sans",
    "Yu Gothic",
    "Meiryo",
    "Hiragino Sans",
    "PingFang SC",
    "Microsoft YaHei",
    "SimHei",
    "WenQuanYi Zen Hei",
    "Droid Sans Fallback",
)
_FONTS: list[list[str]] = []


def font_families() -> list[str]:
    """DejaVu Sans, then the CJK families this computer (or our resources folder) has."""
    if not _FONTS:
        from matplotlib import font_manager

        folder = Path(__file__).resolve().parent.parent / "resources" / "fonts"
        for path in sorted(folder.glob("*.[ot]tf")) if folder.is_dir() else []:
            try:
                font_manager.fontManager.addfont(str(path))
            except (OSError, RuntimeError, ValueError):
                continue  # a damaged font file: the chart still draws, with boxes
        known = {f.name for f in font_manager.fontManager.ttflist}
        _FONTS.append(["DejaVu Sans", *(name for name in _CJK_FAMILIES if name in known)])
    return _FONTS[0]


def font(size: float, **extra: object) -> dict:
    """Text properties: SIZE points in our families, plus EXTRA (e.g. fontweight)."""
    return {"fontsize": size, "fontfamily": font_families(), **extra}


def colour_for(key: str, index: int) -> str:
    return SYMPTOM_COLOURS.get(key, CYCLE[index % len(CYCLE)])


def style_for(index: int) -> str:
    return LINE_STYLES[index % len(LINE_STYLES)]


def marker_for(index: int) -> str:
    return MARKERS[index % len(MARKERS)]


_EPOCH_DAY = date(1970, 1, 1).toordinal()


def day_number(day: date) -> float:
    """matplotlib's date number for DAY without a numpy round trip (fast for 10 years)."""
    return float(day.toordinal() - _EPOCH_DAY) + _epoch_offset()


_OFFSET: list[float] = []


def _epoch_offset() -> float:
    if not _OFFSET:
        _OFFSET.append(float(mdates.date2num(date(1970, 1, 1))))
    return _OFFSET[0]


def number_day(number: float) -> date:
    """The calendar day under a matplotlib date number (for the hover read-out)."""
    return date.fromordinal(round(number - _epoch_offset()) + _EPOCH_DAY)


def style_axes(ax: Axes, grid: bool = True, dates: bool = True) -> None:
    """Large tick labels, a light grid (dates too, so a panel lines up with the one below),
    no box clutter. DATES writes the dates under this panel."""
    ax.tick_params(
        labelsize=SMALL, length=5, width=1.2, labelbottom=dates, labelfontfamily=font_families()
    )
    ax.grid(True, axis="x", color="#E6E6E6", linewidth=0.9)
    if grid:
        ax.grid(True, axis="y", color="#D9D9D9", linewidth=0.9)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


ENGLISH_MONTHS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)


class DateWords(Formatter):
    """Tick labels in the patient's language: MONTHS are the 12 short month names, DAY the
    pattern for a day ("{day} {month}", or "{month}{day}日"). The year is written under
    the first tick and under every January, so no date is ambiguous."""

    def __init__(
        self,
        months: Sequence[str] = ENGLISH_MONTHS,
        day: str = "{day} {month}",
        unit: str = "month",
    ) -> None:
        super().__init__()
        self.months, self.day, self.unit = tuple(months), day, unit

    def __call__(self, x: float, pos: int | None = None) -> str:
        return self.format_ticks([x])[0]

    def format_ticks(self, values: Sequence[float]) -> list[str]:
        labels = []
        for i, value in enumerate(values):
            day = number_day(value)
            month = self.months[day.month - 1]
            if self.unit == "year":
                labels.append(str(day.year))
            elif self.unit == "day":
                text = self.day.format(day=day.day, month=month)
                labels.append(text + (f" {day.year}" if i == 0 else ""))
            else:
                labels.append(month + (f" {day.year}" if i == 0 or day.month == 1 else ""))
        return labels


#: Room for one date under a chart ("Jan 2026" at the label size, with a gap).
TICK_PX = 95


def format_date_axis(
    ax: Axes, start: date, end: date, words: DateWords | None = None, max_ticks: int = 8
) -> None:
    """Tick dates that suit the span: days for a month, months for a year, years for ten;
    never more than MAX_TICKS, so no two dates are written over one another."""
    span = (end - start).days
    months = span / 30.4
    locator: mdates.DateLocator
    if span <= 45:
        locator, unit = mdates.DayLocator(interval=max(1, -(-span // min(5, max_ticks)))), "day"
    elif span <= 200 and months <= max_ticks:
        locator, unit = mdates.MonthLocator(), "month"
    elif span <= 800 and months / 3 <= max_ticks:
        locator, unit = mdates.MonthLocator(bymonth=(1, 4, 7, 10)), "month"
    elif span <= 800:
        locator, unit = mdates.MonthLocator(bymonth=(1, 7)), "month"
    else:
        years = span / 365
        base = max(1, -(-int(years) // max(2, min(6, max_ticks))))
        locator, unit = mdates.YearLocator(base=base), "year"
    words = words or DateWords()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(DateWords(words.months, words.day, unit))
    ax.set_xlim(day_number(start) - 0.5, day_number(end) + 0.5)
