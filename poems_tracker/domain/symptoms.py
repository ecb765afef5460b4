"""The built-in daily symptoms and the rules for the patient's own ones (domain.md)."""

from __future__ import annotations

import re

from poems_tracker.domain.models import Symptom, SymptomKind
from poems_tracker.domain.text import N_
from poems_tracker.domain.yesno_groups import GROUPS

#: The 0–10 numeric rating scale (0 = none, 10 = worst imaginable), the standard for
#: patient-reported pain; order is the order of the check-in page and of symptoms.csv.
BUILTIN_SYMPTOMS: tuple[Symptom, ...] = (
    Symptom("pain", N_("symptoms", "Nerve pain"), SymptomKind.SCORE, builtin=True),
    Symptom("numbness", N_("symptoms", "Numbness"), SymptomKind.SCORE, builtin=True),
    Symptom(
        "tingling", N_("symptoms", "Tingling / pins and needles"), SymptomKind.SCORE, builtin=True
    ),
    Symptom("weakness", N_("symptoms", "Weakness"), SymptomKind.SCORE, builtin=True),
    Symptom("fatigue", N_("symptoms", "Tiredness"), SymptomKind.SCORE, builtin=True),
    Symptom("swelling", N_("symptoms", "Swelling (legs, belly)"), SymptomKind.SCORE, builtin=True),
)
BUILTIN_KEYS: tuple[str, ...] = tuple(s.key for s in BUILTIN_SYMPTOMS)
#: Keys a custom symptom may not take: the built-ins and the other columns of symptoms.csv.
RESERVED_KEYS = frozenset((*BUILTIN_KEYS, "date", "weight_kg", "note"))

SCORE_MIN, SCORE_MAX = 0, 10
WEIGHT_MIN_KG, WEIGHT_MAX_KG = 20.0, 300.0

_KEY = re.compile(r"^[a-z][a-z0-9_]*$")


def is_valid_custom_key(key: str) -> bool:
    """Lower-case letters, digits and `_`, starting with a letter, and not a built-in key."""
    return bool(_KEY.fullmatch(key)) and key not in RESERVED_KEYS


def key_from_label(label: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """A stable key for a new custom symptom named LABEL ("Burning feet" → `burning_feet`)."""
    base = re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_")
    if not base or not base[0].isalpha():
        base = "symptom_" + base if base else "symptom"
    key, n = base, 2
    while key in RESERVED_KEYS or key in taken:
        key = f"{base}_{n}"
        n += 1
    return key


def label_context(symptom: Symptom) -> str | None:
    """The translation context of SYMPTOM's label, or None when the patient typed it.

    Built-in labels are translated ("symptoms"), and so are ready-made yes/no items still
    wearing their English name ("yesno_groups"); a label the patient typed or renamed is
    shown exactly as written.
    """
    if symptom.builtin:
        return "symptoms"

    for group in GROUPS:
        for item in group.items:
            if item.key == symptom.key and item.label == symptom.label:
                return "yesno_groups"
    return None
