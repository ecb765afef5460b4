"""The FHIR R4 export validates with fhir.resources' R4B models and carries what
interfaces.md and lab-catalogue.md promise, with ids that stay the same between exports."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle

from poems_tracker.exchange.csv_export import export_csv
from poems_tracker.exchange.csv_import import import_csv
from poems_tracker.exchange.fhir import build_bundle, export_fhir
from poems_tracker.store.database import Database
from tests.exchange_data import make_dataset

TODAY = date(2026, 11, 25)


@pytest.fixture
def bundle_json(db: Database, tmp_path: Path) -> dict:
    make_dataset(db, years=1, today=TODAY)
    path = tmp_path / "poems.json"
    count = export_fhir(db, path, patient_name="Jane Doe", today=TODAY)
    text = path.read_text("utf-8")
    Bundle.model_validate_json(text)  # raises if any resource is not valid R4(B)
    data = json.loads(text)
    assert count == len(data["entry"])
    return data


def _resources(data: dict, kind: str) -> list[dict]:
    return [e["resource"] for e in data["entry"] if e["resource"]["resourceType"] == kind]


def _coding(concept: dict) -> tuple[str, str]:
    coding = concept["coding"][0]
    return coding["system"], coding["code"]


def test_bundle_is_a_valid_r4_collection_with_one_patient(bundle_json: dict) -> None:
    assert bundle_json["resourceType"] == "Bundle"
    assert bundle_json["type"] == "collection"
    kinds = Counter(e["resource"]["resourceType"] for e in bundle_json["entry"])
    assert kinds["Patient"] == 1
    assert kinds["MedicationStatement"] == 7
    assert kinds["Condition"] == 1
    assert kinds["Procedure"] == 2
    assert kinds["Appointment"] > 0
    assert _resources(bundle_json, "Patient")[0]["name"] == [{"text": "Jane Doe"}]
    for entry in bundle_json["entry"]:
        assert entry["fullUrl"] == "urn:uuid:" + entry["resource"]["id"]


def test_checkin_observations(bundle_json: dict) -> None:
    observations = _resources(bundle_json, "Observation")
    pain = next(o for o in observations if o["code"]["text"] == "Nerve pain")
    assert _coding(pain["code"]) == ("http://loinc.org", "72514-3")
    assert 0 <= pain["valueInteger"] <= 10
    assert _coding(pain["category"][0]) == (
        "http://terminology.hl7.org/CodeSystem/observation-category",
        "survey",
    )
    weight = next(o for o in observations if o["code"]["text"] == "Body weight")
    assert _coding(weight["code"]) == ("http://loinc.org", "29463-7")
    assert weight["valueQuantity"]["system"] == "http://unitsofmeasure.org"
    assert weight["valueQuantity"]["code"] == "kg"
    assert _coding(weight["category"][0])[1] == "vital-signs"
    numbness = next(o for o in observations if o["code"]["text"] == "Numbness")
    assert "valueInteger" in numbness
    fall = next(o for o in observations if o["code"]["text"] == "A fall")
    assert isinstance(fall["valueBoolean"], bool)


def test_lab_observations(bundle_json: dict) -> None:
    labs = [
        o
        for o in _resources(bundle_json, "Observation")
        if _coding(o["category"][0])[1] == "laboratory"
    ]
    serum = next(o for o in labs if o["code"]["text"] == "VEGF (serum)")
    plasma = next(o for o in labs if o["code"]["text"] == "VEGF (plasma)")
    for obs, snomed in ((serum, "119364003"), (plasma, "119361006")):
        assert _coding(obs["code"]) == ("http://loinc.org", "75628-8")
        specimen = obs["contained"][0]
        assert specimen["resourceType"] == "Specimen"
        assert _coding(specimen["type"]) == ("http://snomed.info/sct", snomed)
        assert obs["specimen"] == {"reference": "#" + specimen["id"]}
    assert serum["valueQuantity"]["unit"] == "pg/mL"
    assert serum["valueQuantity"]["system"] == "http://unitsofmeasure.org"
    assert serum["referenceRange"] == [
        {
            "low": {
                "value": 9,
                "unit": "pg/mL",
                "system": "http://unitsofmeasure.org",
                "code": "pg/mL",
            },
            "high": {
                "value": 86,
                "unit": "pg/mL",
                "system": "http://unitsofmeasure.org",
                "code": "pg/mL",
            },
        }
    ]
    assert _coding(serum["interpretation"][0]) == (
        "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation",
        "H",
    )
    platelets = next(o for o in labs if o["code"]["text"] == "Platelets")
    assert platelets["valueQuantity"]["code"] == "10*9/L"  # UCUM, not the display unit
    below = next(o for o in labs if o["code"]["text"] == "Free lambda light chains")
    assert below["valueQuantity"]["comparator"] == "<"
    assert _coding(below["interpretation"][0])[1] == "L"
    fixation = next(o for o in labs if o["code"]["text"] == "Immunofixation (serum)")
    assert "valueString" in fixation
    own = next(o for o in labs if o["code"]["text"] == "Vitamin B12")
    assert "coding" not in own["code"]


def test_medications_appointments_and_events(bundle_json: dict) -> None:
    statements = {
        (s["medicationCodeableConcept"]["text"], s["effectivePeriod"]["start"]): s
        for s in _resources(bundle_json, "MedicationStatement")
    }
    aspirin = next(s for (name, _), s in statements.items() if name == "Aspirin")
    assert aspirin["status"] == "active"
    assert aspirin["dosage"][0]["text"] == "daily"
    lenalidomide = next(s for (name, _), s in statements.items() if name == "Lenalidomide")
    assert lenalidomide["status"] == "completed"
    assert lenalidomide["dosage"][0]["text"] == "cycle 1-21 of 28"
    statuses = {a["status"] for a in _resources(bundle_json, "Appointment")}
    assert statuses <= {"booked", "fulfilled", "cancelled"}
    assert _resources(bundle_json, "Condition")[0]["code"]["text"] == "POEMS syndrome confirmed"
    kinds = {p["category"]["text"] for p in _resources(bundle_json, "Procedure")}
    assert kinds == {"chemotherapy", "radiation"}


def test_ids_are_stable_across_exports_and_databases(db: Database, tmp_path: Path) -> None:
    make_dataset(db, years=1, today=TODAY)
    first = build_bundle(db, "Jane Doe", today=TODAY)
    again = build_bundle(db, "Jane Doe", today=TODAY)
    export_csv(db, tmp_path / "csv")
    (tmp_path / "other").mkdir()
    other = Database.open(tmp_path / "other" / "tracker.db")
    try:
        assert import_csv(other, [tmp_path / "csv"], today=TODAY).committed
        moved = build_bundle(other, "Jane Doe", today=TODAY)
    finally:
        other.close()
    ids = [e.resource.id for e in first.entry]
    assert len(set(ids)) == len(ids)
    assert ids == [e.resource.id for e in again.entry]
    assert sorted(ids) == sorted(e.resource.id for e in moved.entry)


def test_an_empty_database_gives_a_bundle_with_the_patient_alone(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "empty.json"
    assert export_fhir(db, path) == 1
    bundle = Bundle.model_validate_json(path.read_text("utf-8"))
    assert bundle.entry[0].resource.get_resource_type() == "Patient"
    assert bundle.entry[0].resource.name is None
