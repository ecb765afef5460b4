"""FHIR R4 export: one Bundle of type `collection`, built and validated with the
`fhir.resources.R4B` models (R4B has the same shapes as R4 for these resources).

Contents per interfaces.md: a Patient; Observations for check-ins (pain 72514-3 and weight
29463-7 with LOINC, other symptoms with a text code) and labs (LOINC, UCUM, reference range,
H/L interpretation; serum and plasma VEGF told apart by a contained Specimen, as
lab-catalogue.md says); a MedicationStatement per course; Appointments; a Condition for the
diagnosis and Procedures for other treatment events; two survey Observations per function
check (arm and leg grade, a text code only: no LOINC code for these grades is known).
Every id is derived from the record's natural key, so the same data gives the same ids in
every export.
"""

from __future__ import annotations

import json
import os
import uuid
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from poems_tracker.domain.lab_catalog import CHECKIN_CODES, find_test, ucum_for
from poems_tracker.domain.labs import HIGH, LOW, result_flag
from poems_tracker.domain.models import SymptomKind
from poems_tracker.domain.numbers import shortest
from poems_tracker.store.appointments import list_appointments
from poems_tracker.store.checkins import list_checkins, list_symptoms
from poems_tracker.store.database import Database
from poems_tracker.store.function_checks import list_checks
from poems_tracker.store.labs import list_results
from poems_tracker.store.medications import list_events, list_medications

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
SNOMED = "http://snomed.info/sct"
INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
OBS_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
#: Symptom keys and values not in LOINC get a code in the program's own system.
SYMPTOM_SYSTEM = "urn:poems-tracker:symptom"
#: Fixed namespace for the ids: uuid5(namespace, natural key) never changes.
_NAMESPACE = uuid.UUID("6d2f3b1e-4f4b-5b7a-9a53-0c5f0e9a1d42")
_SPECIMEN = {
    "vegf_serum": ("119364003", "Serum specimen"),
    "vegf_plasma": ("119361006", "Plasma specimen"),
}
#: The function check's grades (domain.md): text codes, as no LOINC code is confirmed.
ARM_GRADE_TEXT = "Arm grade (inspired by the ONLS)"
LEG_GRADE_TEXT = "Leg grade (inspired by the ONLS)"
_APPOINTMENT_STATUS = {"planned": "booked", "done": "fulfilled", "cancelled": "cancelled"}


def stable_id(*key: object) -> str:
    """The id of the resource for the record with natural key KEY (a UUID string)."""
    return str(uuid.uuid5(_NAMESPACE, "|".join(str(k) for k in key)))


def _decimal(value: float) -> Decimal:
    return Decimal(shortest(value))


def _concept(text: str, system: str = "", code: str = "", display: str = "") -> dict:
    concept: dict[str, Any] = {"text": text}
    if system and code:
        concept["coding"] = [
            {"system": system, "code": code, **({"display": display} if display else {})}
        ]
    return concept


def _category(code: str, display: str) -> list[dict]:
    return [{"coding": [{"system": OBS_CATEGORY, "code": code, "display": display}]}]


class _Builder:
    """Collects resources (as validated R4B models) for one bundle."""

    def __init__(self, db: Database, patient_name: str, today: date) -> None:
        self.db = db
        self.today = today
        self.patient_id = stable_id("patient")
        self.patient_ref = {"reference": f"urn:uuid:{self.patient_id}"}
        self.entries: list[Any] = []
        self.plain: list[dict[str, Any]] = []
        patient: dict[str, Any] = {"id": self.patient_id}
        if patient_name.strip():
            patient["name"] = [{"text": patient_name.strip()}]
        from fhir.resources.R4B.patient import Patient

        self.add(Patient, patient)

    def add(self, model: Any, data: dict[str, Any]) -> None:
        """Validate DATA as a MODEL resource (raises if it is not valid FHIR) and keep it."""
        resource = model(**data)
        url = f"urn:uuid:{resource.id}"
        self.entries.append({"fullUrl": url, "resource": resource})
        self.plain.append(
            {"fullUrl": url, "resource": {"resourceType": resource.get_resource_type(), **data}}
        )

    def checkins(self) -> None:
        from fhir.resources.R4B.observation import Observation

        symptoms = {s.key: s for s in list_symptoms(self.db)}
        for entry in list_checkins(self.db):
            day = entry.day.isoformat()
            for key, value in entry.values.items():
                symptom = symptoms.get(key)
                label = symptom.label if symptom else key
                base: dict[str, Any] = {
                    "id": stable_id("checkin", day, key),
                    "status": "final",
                    "subject": self.patient_ref,
                    "effectiveDateTime": day,
                    "category": _category("survey", "Survey"),
                }
                if key in CHECKIN_CODES:
                    loinc, _ucum, _unit = CHECKIN_CODES[key]
                    base["code"] = _concept(label, LOINC, loinc)
                else:
                    base["code"] = _concept(label, SYMPTOM_SYSTEM, key, label)
                if symptom is not None and symptom.kind is SymptomKind.YESNO:
                    base["valueBoolean"] = bool(value)
                else:
                    base["valueInteger"] = int(value)
                self.add(Observation, base)
            if entry.weight_kg is not None:
                loinc, ucum, unit = CHECKIN_CODES["weight_kg"]
                self.add(
                    Observation,
                    {
                        "id": stable_id("checkin", day, "weight_kg"),
                        "status": "final",
                        "subject": self.patient_ref,
                        "effectiveDateTime": day,
                        "category": _category("vital-signs", "Vital Signs"),
                        "code": _concept("Body weight", LOINC, loinc, "Body weight"),
                        "valueQuantity": {
                            "value": _decimal(entry.weight_kg),
                            "unit": unit,
                            "system": UCUM,
                            "code": ucum,
                        },
                    },
                )

    def labs(self) -> None:
        from fhir.resources.R4B.observation import Observation

        for result in list_results(self.db):
            test = find_test(result.test)
            day = result.day.isoformat()
            obs: dict[str, Any] = {
                "id": stable_id("lab", day, result.test.casefold()),
                "status": "final",
                "subject": self.patient_ref,
                "effectiveDateTime": day,
                "category": _category("laboratory", "Laboratory"),
                "code": _concept(result.test, LOINC if result.loinc else "", result.loinc),
            }
            ucum = ucum_for(test, result.unit) if test is not None else ""
            if result.value is None:
                obs["valueString"] = result.text
            else:
                obs["valueQuantity"] = self._quantity(result.value, result.unit, ucum)
                if str(result.qualifier):
                    obs["valueQuantity"]["comparator"] = str(result.qualifier)
                limits = {}
                for name, limit in (
                    ("low", result.reference_low),
                    ("high", result.reference_high),
                ):
                    if limit is not None:
                        limits[name] = self._quantity(limit, result.unit, ucum)
                if limits:
                    obs["referenceRange"] = [limits]
                flag = result_flag(result)
                if flag in (HIGH, LOW):
                    code, display = ("H", "High") if flag == HIGH else ("L", "Low")
                    obs["interpretation"] = [_concept(display, INTERPRETATION, code, display)]
            if result.note.strip():
                obs["note"] = [{"text": result.note}]
            if test is not None and test.key in _SPECIMEN:
                snomed, display = _SPECIMEN[test.key]
                obs["contained"] = [
                    {
                        "resourceType": "Specimen",
                        "id": "specimen",
                        "type": _concept(display, SNOMED, snomed, display),
                    }
                ]
                obs["specimen"] = {"reference": "#specimen"}
            self.add(Observation, obs)

    def function_checks(self) -> None:
        """Each function check as two survey Observations: the arm grade and the leg grade."""
        from fhir.resources.R4B.observation import Observation

        for check in list_checks(self.db):
            day = check.day.isoformat()
            for part, text, grade in (
                ("arms", ARM_GRADE_TEXT, check.arms),
                ("legs", LEG_GRADE_TEXT, check.legs),
            ):
                obs: dict[str, Any] = {
                    "id": stable_id("function", day, part),
                    "status": "final",
                    "subject": self.patient_ref,
                    "effectiveDateTime": day,
                    "category": _category("survey", "Survey"),
                    "code": {"text": text},
                    "valueInteger": int(grade),
                }
                if check.note.strip():
                    obs["note"] = [{"text": check.note}]
                self.add(Observation, obs)

    @staticmethod
    def _quantity(value: float, unit: str, ucum: str) -> dict[str, Any]:
        quantity: dict[str, Any] = {"value": _decimal(value)}
        if unit:
            quantity["unit"] = unit
        if ucum:
            quantity.update(system=UCUM, code=ucum)
        return quantity

    def medications(self) -> None:
        from fhir.resources.R4B.medicationstatement import MedicationStatement

        for med in list_medications(self.db):
            ended = med.end_date is not None and med.end_date < self.today
            period = {"start": med.start_date.isoformat()}
            if med.end_date is not None:
                period["end"] = med.end_date.isoformat()
            statement: dict[str, Any] = {
                "id": stable_id("medication", med.name.casefold(), med.start_date.isoformat()),
                "status": "completed" if ended else "active",
                "medicationCodeableConcept": {"text": med.name},
                "subject": self.patient_ref,
                "effectivePeriod": period,
                "dosage": [
                    {
                        "text": med.schedule,
                        "doseAndRate": [
                            {"doseQuantity": {"value": _decimal(med.dose), "unit": med.unit}}
                        ],
                    }
                ],
            }
            if med.reason.strip():
                statement["reasonCode"] = [{"text": med.reason}]
            if med.note.strip():
                statement["note"] = [{"text": med.note}]
            self.add(MedicationStatement, statement)

    def appointments(self) -> None:
        from fhir.resources.R4B.appointment import Appointment

        for app in list_appointments(self.db):
            start = datetime.combine(app.day, app.at).astimezone()
            end = (
                datetime.combine(app.day, app.end_at).astimezone()
                if app.end_at
                else start + timedelta(minutes=30)
            )
            actors: list[dict[str, Any]] = [{"actor": self.patient_ref, "status": "accepted"}]
            if app.provider.strip():
                actors.append({"actor": {"display": app.provider}, "status": "accepted"})
            resource: dict[str, Any] = {
                "id": stable_id(
                    "appointment", app.day.isoformat(), app.at.strftime("%H:%M"), app.provider
                ),
                "status": _APPOINTMENT_STATUS[str(app.status)],
                "start": start.isoformat(),
                "end": end.isoformat(),
                "participant": actors,
            }
            description = " – ".join(t for t in (app.specialty, app.purpose) if t.strip())
            if description:
                resource["description"] = description
            if app.specialty.strip():
                resource["specialty"] = [{"text": app.specialty}]
            if app.note.strip() or app.location.strip():
                resource["comment"] = "\n".join(t for t in (app.location, app.note) if t.strip())
            self.add(Appointment, resource)

    def events(self) -> None:
        from fhir.resources.R4B.condition import Condition
        from fhir.resources.R4B.procedure import Procedure

        for event in list_events(self.db):
            rid = stable_id("event", event.start_date.isoformat(), str(event.kind))
            text = event.description.strip() or str(event.kind)
            if str(event.kind) == "diagnosis":
                self.add(
                    Condition,
                    {
                        "id": rid,
                        "subject": self.patient_ref,
                        "code": {"text": text},
                        "onsetDateTime": event.start_date.isoformat(),
                    },
                )
                continue
            performed: dict[str, Any] = {"start": event.start_date.isoformat()}
            if event.end_date is not None:
                performed["end"] = event.end_date.isoformat()
            if event.start_date > self.today:
                status = "preparation"
            elif event.end_date is None or event.end_date >= self.today:
                status = "in-progress"
            else:
                status = "completed"
            self.add(
                Procedure,
                {
                    "id": rid,
                    "status": status,
                    "subject": self.patient_ref,
                    "code": {"text": text},
                    "category": {"text": str(event.kind)},
                    "performedPeriod": performed,
                },
            )


def _builder(db: Database, patient_name: str, today: date | None) -> _Builder:
    from poems_tracker.exchange.csv_import import local_today

    builder = _Builder(db, patient_name, today or local_today())
    builder.checkins()
    builder.labs()
    builder.medications()
    builder.appointments()
    builder.events()
    builder.function_checks()
    return builder


def build_bundle(db: Database, patient_name: str = "", today: date | None = None) -> Any:
    """The whole record as one R4B `Bundle` model (every resource validated as built)."""
    from fhir.resources.R4B.bundle import Bundle

    builder = _builder(db, patient_name, today)
    return Bundle(id=stable_id("bundle"), type="collection", entry=builder.entries)


def _json_number(value: object) -> int | float:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError(type(value).__name__)


def export_fhir(
    db: Database, out_path: Path, patient_name: str = "", today: date | None = None
) -> int:
    """Write the bundle as JSON to OUT_PATH (replaced); returns the number of resources.

    Each resource is validated by its R4B model as it is built; the file is written from
    the same validated data with the standard json module, which is ten times faster than
    the models' own serializer over ten years of check-ins.
    """
    builder = _builder(db, patient_name, today)
    bundle = {
        "resourceType": "Bundle",
        "id": stable_id("bundle"),
        "type": "collection",
        "entry": builder.plain,
    }
    out_path = Path(out_path)
    tmp = out_path.with_name(out_path.name + ".part")
    with tmp.open("w", encoding="utf-8") as handle:
        json.dump(bundle, handle, ensure_ascii=False, indent=1, default=_json_number)
    os.replace(tmp, out_path)
    return len(builder.plain)
