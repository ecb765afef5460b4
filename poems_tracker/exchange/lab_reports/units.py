"""Unit spellings printed on lab reports, mapped to the catalogue's spelling.

Only spellings that mean exactly one catalogue unit are listed. `G/L` is French for 10⁹/L
(giga per litre) and only in a French document; anywhere else it is grams per litre.
A spelling this module does not know is reported as printed, never guessed.
"""

from __future__ import annotations

import re
from functools import cache

_ALIASES: dict[str, tuple[str, ...]] = {
    "10^9/L": (
        "10^9/L",
        "x10^9/L",
        "×10^9/L",
        "x 10^9/L",
        "× 10^9/L",
        "10*9/L",
        "x10*9/L",
        "10⁹/L",
        "x10⁹/L",
        "×10⁹/L",
        "10E9/L",
        "x10E9/L",
        "10(9)/L",
        "x10(9)/L",
        "Giga/L",
    ),
    "10^3/µL": (
        "10^3/µL",
        "10^3/uL",
        "x10^3/µL",
        "x10^3/uL",
        "×10^3/µL",
        "10*3/µL",
        "10*3/uL",
        "10(3)/uL",
        "10(3)/µL",
        "x10(3)/uL",
        "10³/µL",
        "x10³/µL",
        "×10³/µL",
        "10E3/uL",
        "x10E3/uL",
        "K/uL",
        "K/µL",
        "thou/uL",
        "10^3/mm3",
        "10³/mm³",
        "/nL",
    ),
    "pg/mL": ("pg/mL", "pg/ml"),
    "ng/L": ("ng/L",),
    "g/dL": ("g/dL", "g/dl"),
    "g/L": ("g/L", "g/l"),
    "mg/L": ("mg/L", "mg/l"),
    "mg/dL": ("mg/dL", "mg/dl"),
    "mIU/L": ("mIU/L", "mUI/L", "mIU/l", "mUI/l"),
    "mU/L": ("mU/L", "mU/l"),
    "µIU/mL": ("µIU/mL", "uIU/mL", "μIU/mL", "µUI/mL", "uUI/mL", "μUI/mL", "µU/mL", "μU/mL"),
    "pmol/L": ("pmol/L", "pmol/l"),
    "nmol/L": ("nmol/L", "nmol/l"),
    "µmol/L": ("µmol/L", "umol/L", "μmol/L", "µmol/l", "umol/l", "μmol/l"),
    "mmol/L": ("mmol/L", "mmol/l"),
    "mmol/mol": ("mmol/mol",),
    "ng/dL": ("ng/dL", "ng/dl"),
    "µg/dL": ("µg/dL", "ug/dL", "μg/dL", "µg/dl", "ug/dl", "μg/dl"),
    "µg/L": ("µg/L", "ug/L", "μg/L", "µg/l", "ug/l", "μg/l"),
    "ng/mL": ("ng/mL", "ng/ml"),
    "IU/L": ("IU/L", "UI/L", "IU/l", "UI/l"),
    "U/L": ("U/L", "U/l"),
    "mIU/mL": ("mIU/mL", "mUI/mL", "mIU/ml", "mUI/ml"),
    "%": ("%",),
    "mL/min/1.73m²": (
        "mL/min/1.73m²",
        "mL/min/1.73m2",
        "mL/min/1.73 m²",
        "mL/min/1.73 m2",
        "mL/min/1,73m²",
        "mL/min/1,73m2",
        "mL/min/1,73 m²",
        "mL/min/1,73 m2",
        "mL/min/1.73m^2",
    ),
    "ratio": ("ratio",),
}

#: Units no catalogue test takes, listed so that the unit is named as printed, and so that
#: the numbers inside it (10^4/µL, 1.73) are never read as a value or a range.
_FOREIGN = (
    "x10^4/µL",
    "×10^4/µL",
    "x10^4/uL",
    "10^4/µL",
    "万/µL",
    "万/uL",
    "×10⁴/µL",
    "x10^12/L",
    "10^12/L",
    "fL",
    "pg",
    "mEq/L",
    "mL/min",
    "IU/mL",
    "U/mL",
    "kU/L",
    "/µL",
    "/uL",
    "/mm3",
    "g/24h",
    "mg/24h",
    "µg/mL",
    "ug/mL",
    "mg/mmol",
)


def fold(text: str) -> str:
    """Compare spellings without case, spaces, or the three ways of writing micro."""
    return "".join(text.split()).replace("μ", "µ").replace("×", "x").lower()


@cache
def _tables() -> tuple[dict[str, str], re.Pattern[str]]:
    canon: dict[str, str] = {}
    for unit, spellings in _ALIASES.items():
        for spelling in spellings:
            canon[fold(spelling)] = unit
    everything = [*(s for spellings in _ALIASES.values() for s in spellings), *_FOREIGN]
    everything += ["G/L"]
    ordered = sorted(set(everything), key=len, reverse=True)
    parts = []
    for spelling in ordered:
        pieces = [re.escape(ch) if not ch.isspace() else r"\s*" for ch in spelling]
        body = "".join(pieces).replace(re.escape("µ"), "[µμu]")
        parts.append(body)
    pattern = re.compile(
        r"(?<![^\W\d_]|[/^*])(?:" + "|".join(parts) + r")(?![\w/^*])", re.IGNORECASE | re.UNICODE
    )
    return canon, pattern


def unit_pattern() -> re.Pattern[str]:
    return _tables()[1]


def catalogue_unit(printed: str, language: str) -> str | None:
    """The catalogue's spelling of PRINTED, or None when it is not one the catalogue knows."""
    squeezed = "".join(printed.split())
    if squeezed == "G/L":
        return "10^9/L" if language == "fr" else "g/L"
    canon, _ = _tables()
    return canon.get(fold(printed))
