"""Ready-made yes/no items a patient can switch on in one click (domain.md, "optional, per day").

They become the patient's own yes/no symptoms with fixed keys, so the CSV contract does not
change and switching a group off only hides its items: nothing logged is ever deleted.
"""

from __future__ import annotations

from dataclasses import dataclass

from poems_tracker.domain.models import Symptom, SymptomKind
from poems_tracker.domain.text import N_


@dataclass(frozen=True, slots=True)
class YesNoItem:
    key: str
    label: str  # N_("yesno_groups", ...): translated when it is switched on, then the patient's


@dataclass(frozen=True, slots=True)
class YesNoGroup:
    key: str
    title: str
    items: tuple[YesNoItem, ...]


GROUPS: tuple[YesNoGroup, ...] = (
    YesNoGroup(
        "falls_nights",
        N_("yesno_groups", "Falls and nights"),
        (
            YesNoItem("fall", N_("yesno_groups", "A fall")),
            YesNoItem("woken_by_pain", N_("yesno_groups", "Woken by pain in the night")),
            YesNoItem("dizzy_standing", N_("yesno_groups", "Dizzy on standing up")),
            YesNoItem("short_of_breath", N_("yesno_groups", "Short of breath")),
        ),
    ),
    YesNoGroup(
        "skin_nails",
        N_("yesno_groups", "Skin and nails"),
        (
            YesNoItem("darker_skin", N_("yesno_groups", "Darker patches of skin")),
            YesNoItem("more_hair", N_("yesno_groups", "More body hair")),
            YesNoItem("nail_changes", N_("yesno_groups", "White or clubbed nails")),
            YesNoItem("more_sweating", N_("yesno_groups", "More sweating")),
            YesNoItem("swollen_ankles", N_("yesno_groups", "Swollen ankles")),
        ),
    ),
)


def group(key: str) -> YesNoGroup:
    for candidate in GROUPS:
        if candidate.key == key:
            return candidate
    raise KeyError(key)


def is_on(grp: YesNoGroup, symptoms: dict[str, Symptom]) -> bool:
    """On when every item of GRP is a visible yes/no symptom of the patient."""
    return all(
        (s := symptoms.get(item.key)) is not None and not s.hidden and s.kind is SymptomKind.YESNO
        for item in grp.items
    )


@dataclass(frozen=True, slots=True)
class SwitchOnPlan:
    """What switching a group on does: add new items, show hidden ones, leave clashes alone."""

    add: tuple[YesNoItem, ...]
    unhide: tuple[str, ...]
    clashes: tuple[str, ...]  # a score symptom the patient already has under that key


def plan_switch_on(grp: YesNoGroup, symptoms: dict[str, Symptom]) -> SwitchOnPlan:
    add, unhide, clashes = [], [], []
    for item in grp.items:
        existing = symptoms.get(item.key)
        if existing is None:
            add.append(item)
        elif existing.kind is not SymptomKind.YESNO or existing.builtin:
            clashes.append(item.key)
        elif existing.hidden:
            unhide.append(item.key)
    return SwitchOnPlan(tuple(add), tuple(unhide), tuple(clashes))


def keys_to_hide(grp: YesNoGroup, symptoms: dict[str, Symptom]) -> tuple[str, ...]:
    """The group's items that are visible now; switching off hides them (values kept)."""
    return tuple(
        item.key
        for item in grp.items
        if (s := symptoms.get(item.key)) is not None
        and not s.hidden
        and s.kind is SymptomKind.YESNO
        and not s.builtin
    )
