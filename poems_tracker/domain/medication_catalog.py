"""The built-in medicines of domain.md: what each is for, and notes that inform, never advise.

Names are the program's English names (files are locale-free); class, role and note are
marked for translation with N_("medicines", ...). A note always names its source, and the
window shows it beside the form without ever blocking the patient.
"""

from __future__ import annotations

from dataclasses import dataclass

from poems_tracker.domain.models import EventKind
from poems_tracker.domain.text import N_

SEED = N_("medicines", "Seed article on POEMS syndrome (seed/poems-article.txt)")


@dataclass(frozen=True, slots=True)
class CatalogMedicine:
    """One built-in medicine and a common starting suggestion (the patient changes it)."""

    name: str
    drug_class: str
    role: str
    note: str = ""
    source: str = ""
    unit: str = "mg"
    dose: float | None = None
    schedule: str = "daily"


MEDICINES: tuple[CatalogMedicine, ...] = (
    CatalogMedicine(
        "Lenalidomide",
        N_("medicines", "Immunomodulator"),
        N_("medicines", "First-line treatment, usually with dexamethasone, in 28-day cycles"),
        N_(
            "medicines",
            "Improved neuropathy, organ enlargement and fluid overload in a study. "
            "It raises the risk of blood clots, which is why clot prevention (for "
            "example aspirin) is usually given beside it.",
        ),
        N_("medicines", "Seed article, reference 7; UCLH registry, Blood Adv 2020;4:2139"),
        "mg",
        25,
        "cycle 1-21 of 28",
    ),
    CatalogMedicine(
        "Dexamethasone",
        N_("medicines", "Steroid"),
        N_("medicines", "Given with lenalidomide or melphalan"),
        unit="mg",
        dose=40,
        schedule="weekly on Mon",
    ),
    CatalogMedicine(
        "Melphalan",
        N_("medicines", "Alkylating agent"),
        N_("medicines", "Treatment; also given in high dose before a stem cell transplant"),
        unit="mg",
        schedule="cycle 1-4 of 28",
    ),
    CatalogMedicine(
        "Thalidomide",
        N_("medicines", "Immunomodulator"),
        N_("medicines", "Used in some centres"),
        N_("medicines", "Reported to worsen neuropathy."),
        SEED,
        "mg",
        100,
    ),
    CatalogMedicine(
        "Bortezomib",
        N_("medicines", "Proteasome inhibitor (not an immunomodulator)"),
        N_("medicines", "Used in some centres"),
        N_("medicines", "Reported to worsen neuropathy."),
        SEED,
        "mg",
    ),
    CatalogMedicine(
        "Tramadol",
        N_("medicines", "Painkiller (opioid)"),
        N_("medicines", "Nerve pain"),
        N_("medicines", "Meant for short courses; it can cause constipation and dizziness."),
        SEED,
        "mg",
        50,
        "as needed, max 4 per day",
    ),
    CatalogMedicine(
        "Gabapentin",
        N_("medicines", "Nerve pain medicine"),
        N_("medicines", "Nerve pain"),
        unit="mg",
        dose=300,
        schedule="daily at 08:00,14:00,20:00",
    ),
    CatalogMedicine(
        "Pregabalin",
        N_("medicines", "Nerve pain medicine"),
        N_("medicines", "Nerve pain"),
        unit="mg",
        dose=75,
        schedule="twice daily at 08:00,20:00",
    ),
    CatalogMedicine(
        "Duloxetine",
        N_("medicines", "Antidepressant used for nerve pain"),
        N_("medicines", "Nerve pain"),
        unit="mg",
        dose=60,
    ),
    CatalogMedicine(
        "Amitriptyline",
        N_("medicines", "Antidepressant used for nerve pain"),
        N_("medicines", "Nerve pain"),
        unit="mg",
        dose=10,
        schedule="daily at 20:00",
    ),
    CatalogMedicine(
        "Aspirin",
        N_("medicines", "Antiplatelet"),
        N_("medicines", "Clot prevention"),
        unit="mg",
        dose=100,
    ),
    CatalogMedicine(
        "Apixaban",
        N_("medicines", "Anticoagulant"),
        N_("medicines", "Clot prevention"),
        unit="mg",
        dose=2.5,
        schedule="twice daily at 08:00,20:00",
    ),
    CatalogMedicine(
        "Rivaroxaban",
        N_("medicines", "Anticoagulant"),
        N_("medicines", "Clot prevention"),
        unit="mg",
        dose=10,
    ),
    CatalogMedicine(
        "Enoxaparin",
        N_("medicines", "Anticoagulant (injection)"),
        N_("medicines", "Clot prevention"),
        unit="IU",
        dose=4000,
    ),
    CatalogMedicine(
        "Warfarin", N_("medicines", "Anticoagulant"), N_("medicines", "Clot prevention"), unit="mg"
    ),
    CatalogMedicine(
        "Levothyroxine",
        N_("medicines", "Thyroid hormone"),
        N_("medicines", "Hormone replacement (underactive thyroid)"),
        unit="µg",
        dose=50,
        schedule="daily at 07:00",
    ),
    CatalogMedicine(
        "Testosterone",
        N_("medicines", "Sex hormone"),
        N_("medicines", "Hormone replacement (low testosterone)"),
        unit="mg",
    ),
    CatalogMedicine(
        "Furosemide",
        N_("medicines", "Diuretic (water tablet)"),
        N_("medicines", "Fluid overload"),
        unit="mg",
        dose=40,
    ),
    CatalogMedicine(
        "Spironolactone",
        N_("medicines", "Diuretic (water tablet)"),
        N_("medicines", "Fluid overload"),
        unit="mg",
        dose=25,
    ),
)

_BY_NAME = {m.name.casefold(): m for m in MEDICINES}


def find_medicine(name: str) -> CatalogMedicine | None:
    """The built-in medicine called NAME, ignoring case and outer spaces; None otherwise."""
    return _BY_NAME.get(name.strip().casefold())


#: Treatment event kinds in plain words (context "events"), in the order the window lists them.
EVENT_KIND_LABELS: dict[EventKind, str] = {
    EventKind.DIAGNOSIS: N_("events", "Diagnosis"),
    EventKind.TRANSPLANT: N_("events", "Stem cell transplant"),
    EventKind.RADIATION: N_("events", "Radiotherapy"),
    EventKind.CHEMOTHERAPY: N_("events", "Chemotherapy"),
    EventKind.HOSPITAL: N_("events", "Hospital stay"),
    EventKind.PROCEDURE: N_("events", "Procedure"),
    EventKind.OTHER: N_("events", "Other"),
}
