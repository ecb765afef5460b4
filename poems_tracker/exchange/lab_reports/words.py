"""Numbers, dates and the document's language, read the way the document writes them.

The language fixes what a comma means: in English, Japanese and Chinese reports `1,230` is
one thousand two hundred and thirty; in French `24,1` is twenty-four point one. A number
whose meaning the language does not fix (`24,1` in English, `1.230` in French) raises
`Unsure`, and a numeric date whose day and month could be swapped is never guessed.
"""

from __future__ import annotations

import re
from datetime import date

from poems_tracker.domain.text import N_

EN, FR, JA, ZH = "en", "fr", "ja", "zh"

NUMBER = r"\d(?:[\d\u00a0\u202f]|[.,](?=\d))*"
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_FRENCH = re.compile(
    r"\b(?:prélèvement|résultats?|valeurs?\s+de\s+référence|plaquettes|hémoglobine|"
    r"compte\s+rendu|biologie|laboratoire|le\s+patient)\b",
    re.IGNORECASE,
)


class Unsure(ValueError):
    """A number or date whose meaning the document does not fix; TEMPLATE says why."""

    def __init__(self, template: str, **fields: object) -> None:
        super().__init__(template.format(**fields))
        self.template = template
        self.fields = fields


def language(text: str) -> str:
    """The document's language, from its script and a few French words."""
    if _KANA.search(text):
        return JA
    if _HAN.search(text):
        return ZH
    if _FRENCH.search(text):
        return FR
    return EN


def number(text: str, lang: str) -> float:
    """TEXT (digits with the separators the language allows) as a float, or Unsure."""
    raw = text.strip()
    cleaned = raw.replace("\u00a0", " ").replace("\u202f", " ")
    if lang == FR:
        if re.fullmatch(r"\d{1,3}( \d{3})+(,\d+)?", cleaned):
            return float(cleaned.replace(" ", "").replace(",", "."))
        if re.fullmatch(r"\d+(,\d+)?", cleaned):
            return float(cleaned.replace(",", "."))
        if re.fullmatch(r"\d+\.\d+", cleaned) and not re.fullmatch(r"\d{1,3}\.\d{3}", cleaned):
            return float(cleaned)
    else:
        if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", cleaned):
            return float(cleaned.replace(",", ""))
        if re.fullmatch(r"\d+(\.\d+)?", cleaned):
            return float(cleaned)
    raise Unsure(N_("lab_reports", "the number {number} could be read in two ways"), number=raw)


_MONTHS = {
    **{
        name: i + 1
        for i, names in enumerate(
            [
                ("jan", "january", "janvier", "janv"),
                ("feb", "february", "février", "fevrier", "févr", "fev"),
                ("mar", "march", "mars"),
                ("apr", "april", "avril", "avr"),
                ("may", "mai"),
                ("jun", "june", "juin"),
                ("jul", "july", "juillet", "juil"),
                ("aug", "august", "août", "aout"),
                ("sep", "sept", "september", "septembre"),
                ("oct", "october", "octobre"),
                ("nov", "november", "novembre"),
                ("dec", "december", "décembre", "decembre", "déc"),
            ]
        )
        for name in names
    }
}
_MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_MONTH_WORD = r"([A-Za-zéûè]{3,9})\.?"
_DATES = (
    ("ymd", re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")),
    ("ymd", re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")),
    ("dmy_or_mdy", re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")),
    ("d_month_y", re.compile(r"(\d{1,2})(?:er)?[\s-]+" + _MONTH_WORD + r"[\s-]+(\d{4})")),
    ("month_d_y", re.compile(_MONTH_WORD + r"\s+(\d{1,2}),?\s+(\d{4})")),
)


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _spoken(day: date) -> str:
    return f"{day.day} {_MONTH_NAMES[day.month - 1]}"


def find_date(text: str, lang: str) -> tuple[date | None, str]:
    """The first date written in TEXT and the date as printed; (None, "") when there is none.

    Raises Unsure for `03/04/2025` in a document whose language does not fix the order.
    """
    best: tuple[int, str, re.Match[str]] | None = None
    for kind, pattern in _DATES:
        found = pattern.search(text)
        if found and (best is None or found.start() < best[0]):
            best = (found.start(), kind, found)
    if best is None:
        return None, ""
    _, kind, found = best
    printed = found.group(0)
    a, b, c = found.groups()
    if kind == "ymd":
        return _make(int(a), int(b), int(c)), printed
    if kind == "d_month_y":
        month = _MONTHS.get(b.lower())
        return (_make(int(c), month, int(a)) if month else None), printed
    if kind == "month_d_y":
        month = _MONTHS.get(a.lower())
        return (_make(int(c), month, int(b)) if month else None), printed
    first, second, year = int(a), int(b), int(c)
    day_first = _make(year, second, first)
    month_first = _make(year, first, second)
    if lang == FR or month_first is None or day_first == month_first:
        return day_first, printed
    if day_first is None:
        return month_first, printed
    raise Unsure(
        N_("lab_reports", "the date {date} could be {one} or {other}; give --date"),
        date=printed,
        one=_spoken(day_first),
        other=_spoken(month_first),
    )


DATE_LABEL = re.compile(
    r"(?:specimen\s+collected|sample\s+(?:date|taken|collected)|date\s+(?:of\s+)?collect(?:ed|ion)"
    r"|collection\s+date|collected(?:\s+on)?|date\s+de\s+prélèvement|prélevé\s+le"
    r"|prélèvement\s+du|date\s+du\s+prélèvement|採取日|採血日|検体採取日|采样日期|采集日期|"
    r"采血日期)\s*(?:date\s*)?[:：]?",
    re.IGNORECASE,
)
