"""Result lines of a printed or copied lab report: "name value unit (low - high) flag".

A line is a result line only when it starts with a catalogue name (or synonym) and the
value follows that name; the rest of the line may hold the unit, a range and a flag in
any order. Anything left over — a second number, words, an unknown unit — makes the line
"not read". A line holding two results side by side (a two-column table) is split where
the second name begins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from poems_tracker.domain import lab_catalog as catalog
from poems_tracker.domain.lab_catalog import TEXT, LabTest
from poems_tracker.domain.labs import HIGH, LOW, flag
from poems_tracker.domain.models import LabQualifier
from poems_tracker.domain.text import N_
from poems_tracker.exchange.lab_reports import names, units, words
from poems_tracker.exchange.lab_reports.model import Candidate, Unread
from poems_tracker.exchange.lab_reports.words import NUMBER, Unsure

_LEAD = re.compile(r"[\s•·*\-–>|]*")
#: What may stand between a name and its value: specimen words, brackets, punctuation.
_BETWEEN_WORDS = frozenset(
    [
        "serum",
        "sérum",
        "sérique",
        "plasma",
        "plasmatique",
        "edta",
        "total",
        "totale",
        "blood",
        "sang",
        "intact",
        "intacte",
        "s",
        "p",
        "b",
        "血清",
        "血漿",
        "血浆",
        "ifcc",
        "ngsp",
        "dcct",
        "%",
        "ckd-epi",
        "ckd-epi2021",
        "2021",
        "mdrd",
        "2009",
    ]
)
_VALUE = re.compile(r"(?P<cmp><|>|＜|＞)?\s*(?P<sign>[-−])?\s*(?P<num>" + NUMBER + r")(?![\d^*(])")
_RANGE_SEP = r"\s*(?:-|–|—|~|〜|～|to|à)\s*"
_RANGE = re.compile(
    r"[(\[（]?\s*(?P<lo>" + NUMBER + r")" + _RANGE_SEP + r"(?P<hi>" + NUMBER + r")\s*[)\]）]?",
    re.IGNORECASE,
)
_UPPER = re.compile(
    r"[(\[（]?\s*(?:<=|≤|=<|<|＜|up\s+to|less\s+than|inférieur\s+à|jusqu'à|以下)\s*(?P<hi>"
    + NUMBER
    + r")\s*[)\]）]?",
    re.IGNORECASE,
)
_LOWER = re.compile(
    r"[(\[（]?\s*(?:>=|≥|=>|>|＞|more\s+than|above|supérieur\s+à|以上)\s*(?P<lo>"
    + NUMBER
    + r")\s*[)\]）]?",
    re.IGNORECASE,
)
_FLAGS = re.compile(
    r"(?<![^\W\d_]|/)(?:HH|LL|H\*?|L\*?|High|Low|Abnormal|Élevé|Elevé|Bas|Haut|高|低)"
    r"(?![^\W\d_])|[*↑↓]",
    re.IGNORECASE,
)
_HIGH_FLAGS = ("h", "hh", "h*", "high", "élevé", "elevé", "haut", "高", "↑")
_LOW_FLAGS = ("l", "ll", "l*", "low", "bas", "低", "↓")
_TEXT_SEP = re.compile(r"\s*(?:[:：]|\t|\s{2,}|\u3000)\s*")


@dataclass(frozen=True, slots=True)
class LineContext:
    shown: str
    lang: str
    sex: str
    day: date | None
    date_issue: tuple[str, tuple[tuple[str, object], ...]]


def segments(line: str) -> list[str]:
    """LINE, or its parts when it holds several results side by side."""
    start = _LEAD.match(line).end()  # type: ignore[union-attr]
    hit = names.match_at(line, start)
    if hit is None:
        return [line]
    test = catalog.builtin_by_key(hit[0])
    words_only = test is not None and test.kind == TEXT
    parts, last = [], 0
    for at in names.find_names(line, hit[1]):
        piece = line[last:at]
        if (words_only and re.search(r"\S\s{2,}$", piece)) or (
            not words_only and _VALUE.search(piece)
        ):  # text results may name IgA…
            parts.append(piece)
            last = at
    parts.append(line[last:])
    return parts


_BRACKETS = re.compile(r"(?:\s*,?\s*[(\[（][^)\]）]*[)\]）])*")


def read_segment(text: str, number: int, ctx: LineContext) -> Candidate | Unread | None:
    """The result on one segment of line NUMBER; Unread when unsure; None if it is no result."""
    source = f"{ctx.shown}:{number}"
    start = _LEAD.match(text).end()  # type: ignore[union-attr]
    hit = names.match_at(text, start)
    if hit is None:
        return _foreign_result(text, source, ctx)
    key, name_end = hit

    def unread(template: str, **fields: object) -> Unread:
        return Unread(source, template, tuple(fields.items()), text.strip())

    if key == names.RELATED:
        return unread(
            N_("lab_reports", "{name} is not a test of the program's list"),
            name=text[start:name_end].strip(),
        )
    first_test = catalog.builtin_by_key(key)
    if first_test is not None and first_test.kind == TEXT:
        return _text_result(text, name_end, source, first_test, ctx)
    after_brackets = _BRACKETS.match(text, name_end).end()  # type: ignore[union-attr]
    value = _VALUE.search(text, after_brackets)
    if value is None:
        return None
    if not _only_specimen_words(text[after_brackets : value.start()]):
        return unread(N_("lab_reports", "the value does not follow the test's name"))
    label_text = text[start : value.start()]
    if key == names.VEGF:
        key = names.specimen_of(label_text) or ""
        if not key:
            return unread(N_("lab_reports", "serum or plasma is not said"))
    rest = text[value.end() :]
    if value.group("sign"):
        return unread(N_("lab_reports", "a negative value"))
    try:
        amount = words.number(value.group("num"), ctx.lang)
    except Unsure as exc:
        return unread(exc.template, **exc.fields)
    qualifier = {"＜": "<", "＞": ">"}.get(value.group("cmp") or "", value.group("cmp") or "")
    found_units = list(units.unit_pattern().finditer(rest))
    printed_units = {re.sub(r"\s+", "", u.group(0)) for u in found_units}
    for u in reversed(found_units):
        rest = rest[: u.start()] + " " + rest[u.end() :]
    low = high = None
    try:
        for pattern in (_RANGE, _UPPER, _LOWER):
            hit_range = pattern.search(rest)
            if hit_range is None:
                continue
            groups = hit_range.groupdict()
            if groups.get("lo") is not None:
                low = words.number(groups["lo"], ctx.lang)
            if groups.get("hi") is not None:
                high = words.number(groups["hi"], ctx.lang)
            rest = rest[: hit_range.start()] + " " + rest[hit_range.end() :]
            break
    except Unsure as exc:
        return unread(exc.template, **exc.fields)
    printed_flags = [f.group(0).casefold() for f in _FLAGS.finditer(rest)]
    rest = _FLAGS.sub(" ", rest)
    tokens = re.sub(r"[\s()\[\]（）,;:：|]+", " ", rest).split()
    leftover = " ".join(t for t in tokens if re.search(r"[^\W_]|%", t))
    if re.search(r"\d", leftover):
        second = re.search(NUMBER, leftover)
        return unread(
            N_("lab_reports", "a second number ({number}) on the line"),
            number=second.group(0) if second else leftover,
        )
    if leftover and not printed_units:
        printed_units = {leftover.split()[0]}
    elif leftover:
        return unread(N_("lab_reports", "the words {words} are not understood"), words=leftover)
    if len(printed_units) > 1:
        return unread(
            N_("lab_reports", "two units on one line ({units})"),
            units=", ".join(sorted(printed_units)),
        )
    printed = next(iter(printed_units), "")
    unit = units.catalogue_unit(printed, ctx.lang) if printed else ""
    test: LabTest | None
    if key == names.HBA1C:
        key = {"mmol/mol": "hba1c_ifcc", "%": "hba1c_ngsp"}.get(unit or "", "")
        if not key:
            return _unit_problem(source, text, printed, "HbA1c", ["mmol/mol", "%"])
    test = catalog.builtin_by_key(key)
    assert test is not None
    if unit == "ratio" and test.accepts(""):
        unit = ""
    if not printed and not test.accepts(""):
        return unread(N_("lab_reports", "no unit"))
    if unit is None or not test.accepts(unit):
        return _unit_problem(source, text, printed, test.label, test.accepted_units())
    if low is not None and high is not None and low > high:
        return unread(
            N_("lab_reports", "the range {low}–{high} is upside down"), low=low, high=high
        )
    printed_range = low is not None or high is not None
    if not printed_range:
        low, high = _usual_range(test, unit, ctx.sex)
    problem = _flag_disagrees(printed_flags, amount, qualifier, low, high, printed_range)
    if problem:
        return unread(problem)
    return Candidate(
        source,
        text.strip(),
        test,
        amount,
        LabQualifier(qualifier),
        "",
        unit,
        low,
        high,
        ctx.day,
        _equation_code(test, label_text),
        date_issue=ctx.date_issue,
    )


def _only_specimen_words(between: str) -> bool:
    stripped = re.sub(r"[()\[\]（）,:：.\-\s…]+", " ", between).strip().casefold()
    return all(word in _BETWEEN_WORDS for word in stripped.split())


def _text_result(
    text: str, name_end: int, source: str, test: LabTest, ctx: LineContext
) -> Candidate | Unread | None:
    """A text result (immunofixation) follows its name after a colon, a tab or a wide gap."""
    sep = _TEXT_SEP.match(text, name_end)
    if sep is None or sep.end() == name_end:
        return None
    words_read = text[sep.end() :].strip()
    if not words_read:
        return None
    return Candidate(
        source,
        text.strip(),
        test,
        None,
        LabQualifier.EXACT,
        words_read,
        "",
        None,
        None,
        ctx.day,
        date_issue=ctx.date_issue,
    )


def _unit_problem(source: str, text: str, printed: str, test: str, accepted: list[str]) -> Unread:
    return Unread(
        source,
        N_("lab_reports", "unit {unit} is not one of {units}"),
        (("unit", printed), ("units", ", ".join(u or "(none)" for u in accepted))),
        text.strip(),
    )


def _usual_range(test: LabTest, unit: str, sex: str) -> tuple[float | None, float | None]:
    """The catalogue's range in UNIT (exact factors only), as the window's panel fills it."""
    low, high = catalog.default_range(test, sex)
    try:
        return tuple(  # type: ignore[return-value]
            None if v is None else catalog.convert(test, v, test.default_unit, unit)
            for v in (low, high)
        )
    except ValueError:
        return None, None


def _flag_disagrees(
    printed: list[str],
    value: float,
    qualifier: str,
    low: float | None,
    high: float | None,
    printed_range: bool,
) -> str:
    """A lab's H or L that the value and the printed range contradict means a misread line."""
    if not printed_range or qualifier:
        return ""
    ours = flag(value, qualifier, low, high)
    said_high = any(f in _HIGH_FLAGS for f in printed)
    said_low = any(f in _LOW_FLAGS for f in printed)
    if (said_high and ours != HIGH) or (said_low and ours != LOW):
        return N_("lab_reports", "the lab's flag does not fit the value and the range")
    return ""


def _equation_code(test: LabTest, label: str) -> str:
    """eGFR by MDRD or CKD-EPI 2009 has its own LOINC code (lab-catalogue.md, rule 6)."""
    if test.key != "egfr":
        return ""
    folded = label.casefold()
    if "mdrd" in folded:
        return "33914-3"
    if "2009" in folded:
        return "62238-1"
    return ""


_FOREIGN_LINE = re.compile(
    r"^\s*(?P<name>[^\W\d_][^\d:：\s]*(?:[ ,][^\d:：\s]+){0,2})\s*[:：]?\s+"
    r"(?P<num>" + NUMBER + r")\s+"
)


def _foreign_result(text: str, source: str, ctx: LineContext) -> Unread | None:
    """A result line of a test the program does not know: said, so it can be typed by hand."""
    found = _FOREIGN_LINE.match(text)
    if found is None:
        return None
    rest = text[found.end() :]
    unit = units.unit_pattern().match(rest.strip())
    if unit is None:
        return None
    return Unread(
        source,
        N_("lab_reports", "{name} is not a test of the program's list"),
        (("name", found.group("name").strip()),),
        text.strip(),
    )


#: A result line (even two results side by side) is short; a longer line is prose or noise,
#: and skipping it keeps a large file from taking long.
MAX_LINE = 400


def read_lines(lines: list[str], ctx: LineContext) -> tuple[list[Candidate], list[Unread]]:
    found: list[Candidate] = []
    unread: list[Unread] = []
    for number, line in enumerate(lines, start=1):
        if len(line) > MAX_LINE or not line.strip() or words.DATE_LABEL.search(line):
            continue
        for part in segments(line):
            outcome = read_segment(part, number, ctx)
            if isinstance(outcome, Candidate):
                found.append(outcome)
            elif isinstance(outcome, Unread):
                unread.append(outcome)
    return found, unread


def document_date(
    lines: list[str], lang: str
) -> tuple[date | None, tuple[str, tuple[tuple[str, object], ...]]]:
    """The sample date from its label, or None and why (no label, unsure, two dates)."""
    seen: dict[date, str] = {}
    for line in lines:
        label = words.DATE_LABEL.search(line) if len(line) <= MAX_LINE else None
        if label is None:
            continue
        try:
            day, printed = words.find_date(line[label.end() :], lang)
        except Unsure as exc:
            return None, (exc.template, tuple(exc.fields.items()))
        if day is not None:
            seen.setdefault(day, printed)
    if len(seen) == 1:
        return next(iter(seen)), ("", ())
    if len(seen) > 1:
        return None, (
            N_("lab_reports", "the report gives two sample dates ({dates}); give --date"),
            (("dates", ", ".join(seen.values())),),
        )
    return None, (
        N_("lab_reports", "the report does not say when the sample was taken; give --date"),
        (),
    )
