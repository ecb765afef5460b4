"""Lab results from FHIR R4 JSON: a Bundle, an Observation, a DiagnosticReport.

Plain JSON, no models: the reader needs a few fields and must stay near `json.load` in
speed. A test is known by its LOINC code (the unit's code, lab-catalogue.md: 3024-7 is
free T4 in ng/dL) or by a catalogue name in `code.text`; VEGF also needs its specimen
(a contained or bundled Specimen, or serum/plasma in the name). Only laboratory results
are read: check-in Observations (survey, vital signs) and other resources are left alone.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from poems_tracker.domain import lab_catalog as catalog
from poems_tracker.domain.lab_catalog import TEXT, LabTest
from poems_tracker.domain.models import LabQualifier
from poems_tracker.domain.text import N_
from poems_tracker.exchange.lab_reports import names, units
from poems_tracker.exchange.lab_reports.model import Candidate, ReportRefused, Unread

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
_SKIPPED_STATUS = ("entered-in-error", "cancelled")
_SPECIMEN_CODES = {"119364003": "vegf_serum", "119361006": "vegf_plasma"}
_NOT_LAB = ("survey", "vital-signs", "social-history", "activity", "exam")


def _by_loinc() -> dict[str, list[tuple[LabTest, str]]]:
    table: dict[str, list[tuple[LabTest, str]]] = {}
    for test in catalog.BUILTIN_TESTS:
        table.setdefault(test.loinc, []).append((test, ""))
        for spelling, info in test.units:
            table.setdefault(info.loinc, []).append((test, spelling))
        for code, _label in test.other_codes:
            table.setdefault(code, []).append((test, ""))
    return table


_LOINC_TABLE = _by_loinc()


class _Bundle:
    """Resources of one file, so references (`#id`, `urn:uuid:…`, `Type/id`) resolve."""

    def __init__(self, resources: list[dict[str, Any]], urls: dict[str, dict[str, Any]]):
        self.resources = resources
        self.urls = urls

    def resolve(self, ref: str, holder: dict[str, Any]) -> dict[str, Any] | None:
        if ref.startswith("#"):
            for inner in holder.get("contained") or []:
                if isinstance(inner, dict) and inner.get("id") == ref[1:]:
                    return inner
            return None
        return self.urls.get(ref)


def read_fhir(data: Any, shown: str) -> tuple[list[Candidate], list[Unread]]:
    """Every lab result in DATA (parsed JSON); raises ReportRefused when it is not FHIR."""
    if not isinstance(data, dict) or not isinstance(data.get("resourceType"), str):
        raise ReportRefused(
            N_("lab_reports", "This JSON file is not FHIR (it has no resourceType).")
        )
    kind = data["resourceType"]
    resources: list[dict[str, Any]] = []
    urls: dict[str, dict[str, Any]] = {}
    if kind == "Bundle":
        for entry in data.get("entry") or []:
            resource = entry.get("resource") if isinstance(entry, dict) else None
            if isinstance(resource, dict):
                resources.append(resource)
                if entry.get("fullUrl"):
                    urls[str(entry["fullUrl"])] = resource
                if resource.get("id"):
                    urls[f"{resource.get('resourceType')}/{resource['id']}"] = resource
    elif kind in ("Observation", "DiagnosticReport"):
        resources.append(data)
    else:
        return [], [
            Unread(
                f"{shown}:{data.get('id') or kind}",
                N_("lab_reports", "a {kind} resource holds no lab result"),
                (("kind", kind),),
            )
        ]
    bundle = _Bundle(resources, urls)
    found: list[Candidate] = []
    unread: list[Unread] = []
    seen: set[int] = set()
    for index, resource in enumerate(resources, start=1):
        if resource.get("resourceType") != "DiagnosticReport":
            continue
        report_day = _day(resource)
        for ref in resource.get("result") or []:
            target = bundle.resolve(str((ref or {}).get("reference", "")), resource)
            if target is None:
                unread.append(
                    Unread(
                        f"{shown}:{resource.get('id') or index}",
                        N_("lab_reports", "the report refers to a result that is not in the file"),
                    )
                )
                continue
            seen.add(id(target))
            _observation(target, bundle, shown, report_day, found, unread, resource)
    for resource in resources:
        if resource.get("resourceType") == "Observation" and id(resource) not in seen:
            _observation(resource, bundle, shown, None, found, unread, resource)
    return found, unread


def _day(resource: dict[str, Any]) -> date | None:
    text = resource.get("effectiveDateTime") or (resource.get("effectivePeriod") or {}).get(
        "start"
    )
    if not isinstance(text, str) or len(text) < 10:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _observation(
    obs: dict[str, Any],
    bundle: _Bundle,
    shown: str,
    report_day: date | None,
    found: list[Candidate],
    unread: list[Unread],
    holder: dict[str, Any],
) -> None:
    source = f"{shown}:{obs.get('id') or 'Observation'}"
    code = obs.get("code") or {}
    label = str(code.get("text") or "")
    categories = {
        str(c.get("code"))
        for concept in obs.get("category") or []
        for c in (concept or {}).get("coding") or []
    }
    if categories and "laboratory" not in categories and categories & set(_NOT_LAB):
        return  # a check-in or vital sign, not a lab result

    def skip(template: str, **fields: object) -> None:
        unread.append(Unread(source, template, tuple(fields.items()), label))

    status = obs.get("status")
    if status in _SKIPPED_STATUS:
        skip(N_("lab_reports", "the result is marked {status}"), status=status)
        return
    loincs = [
        str(c.get("code"))
        for c in code.get("coding") or []
        if isinstance(c, dict) and c.get("system") == LOINC and c.get("code")
    ]
    quantity = obs.get("valueQuantity")
    printed_unit = ""
    if isinstance(quantity, dict):
        printed_unit = str(quantity.get("unit") or quantity.get("code") or "")
    test, loinc = _test(loincs, label, obs, bundle, printed_unit)
    if test is None:
        if loincs or label:
            skip(
                N_("lab_reports", "{name} is not a test of the program's list"),
                name=label or ", ".join(loincs),
            )
        return
    if test == names.VEGF:
        skip(N_("lab_reports", "serum or plasma is not said"))
        return
    assert isinstance(test, LabTest)
    day = _day(obs) or report_day
    value: float | None = None
    qualifier = ""
    text = ""
    unit = ""
    low = high = None
    if isinstance(quantity, dict):
        raw = quantity.get("value")
        if not isinstance(raw, int | float) or isinstance(raw, bool):
            skip(N_("lab_reports", "the result has no number"))
            return
        comparator = quantity.get("comparator") or ""
        if comparator not in ("", "<", ">"):
            skip(N_("lab_reports", "the comparator {sign} cannot be stored"), sign=comparator)
            return
        if raw < 0:
            skip(N_("lab_reports", "a negative value"))
            return
        value, qualifier = float(raw), comparator
        unit_or_none = _unit(test, quantity)
        if unit_or_none is None:
            skip(
                N_("lab_reports", "unit {unit} is not one of {units}"),
                unit=printed_unit or "(none)",
                units=", ".join(u or "(none)" for u in test.accepted_units()),
            )
            return
        unit = unit_or_none
        limits = _range(obs, test, unit)
        if limits is None:
            skip(N_("lab_reports", "the range is in another unit than the value"))
            return
        low, high = limits
    elif isinstance(obs.get("valueString"), str) and test.kind == TEXT:
        text = obs["valueString"].strip()
    elif isinstance(obs.get("valueCodeableConcept"), dict) and test.kind == TEXT:
        text = str(obs["valueCodeableConcept"].get("text") or "").strip()
    if value is None and not text:
        skip(N_("lab_reports", "the result has no value this program can store"))
        return
    if day is None:
        skip(N_("lab_reports", "the result has no date (effectiveDateTime)"))
        return
    notes = [str(n.get("text")) for n in obs.get("note") or [] if isinstance(n, dict)]
    found.append(
        Candidate(
            source,
            label,
            test,
            value,
            LabQualifier(qualifier),
            text,
            unit,
            low,
            high,
            day,
            loinc,
            "\n".join(n for n in notes if n),
        )
    )


def _test(
    loincs: list[str], label: str, obs: dict[str, Any], bundle: _Bundle, unit: str
) -> tuple[LabTest | str | None, str]:
    """The catalogue test (or `names.VEGF` when the specimen is not said) and its code."""
    key = None
    code = ""
    for loinc in loincs:
        options = _LOINC_TABLE.get(loinc)
        if options:
            keys = {t.key for t, _ in options}
            key = "vegf" if keys == {"vegf_serum", "vegf_plasma"} else options[0][0].key
            code = loinc
            break
    if key is None and label:
        key = names.key_for_name(label) or ""
        if key == names.RELATED:
            return None, ""
        if key == names.HBA1C:
            key = {"mmol/mol": "hba1c_ifcc", "%": "hba1c_ngsp"}.get(
                units.catalogue_unit(unit, "en") or "", ""
            )
    if not key:
        key = next((t.key for t in catalog.BUILTIN_TESTS if t.label == label), "")
    if key in ("vegf", "vegf_serum", "vegf_plasma"):
        key = _specimen(obs, bundle) or names.specimen_of(label) or ""
        if not key:
            return names.VEGF, code
    test = catalog.builtin_by_key(key) if key else None
    return test, code if test is not None and code != test.loinc else ""


def _specimen(obs: dict[str, Any], bundle: _Bundle) -> str | None:
    ref = (obs.get("specimen") or {}).get("reference")
    specimen = bundle.resolve(str(ref), obs) if ref else None
    if specimen is None:
        return None
    kind = specimen.get("type") or {}
    for coding in kind.get("coding") or []:
        if str(coding.get("code")) in _SPECIMEN_CODES:
            return _SPECIMEN_CODES[str(coding.get("code"))]
    return names.specimen_of(str(kind.get("text") or ""))


def _unit(test: LabTest, quantity: dict[str, Any]) -> str | None:
    """The catalogue spelling: the printed unit if the test takes it, else its UCUM code."""
    shown = str(quantity.get("unit") or "")
    if shown or not quantity.get("code"):
        spelled = units.catalogue_unit(shown, "en") if shown else ""
        if spelled is not None and spelled == "ratio":
            spelled = ""
        if spelled is not None and test.accepts(spelled):
            return spelled
    if quantity.get("system") == UCUM and quantity.get("code"):
        for spelling, info in test.units:
            if info.ucum == quantity["code"]:
                return spelling
    return None


def _range(
    obs: dict[str, Any], test: LabTest, unit: str
) -> tuple[float | None, float | None] | None:
    ranges = obs.get("referenceRange") or []
    if not ranges or not isinstance(ranges[0], dict):
        return None, None
    limits: list[float | None] = []
    for name in ("low", "high"):
        part = ranges[0].get(name)
        if not isinstance(part, dict) or not isinstance(part.get("value"), int | float):
            limits.append(None)
            continue
        other = _unit(test, part) if (part.get("unit") or part.get("code")) else unit
        if other != unit:
            return None
        limits.append(float(part["value"]))
    return limits[0], limits[1]
