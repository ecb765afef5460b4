"""Lab results from FHIR R4 JSON: a Bundle, an Observation, a DiagnosticReport.

Plain JSON, no models: the reader needs a few fields and must stay near `json.load` in
speed. A test is known by its LOINC code (the unit's code, lab-catalogue.md: 3024-7 is
free T4 in ng/dL) or by a catalogue name in `code.text`; VEGF also needs its specimen
(a contained or bundled Specimen, or serum/plasma in the name). Only laboratory results
are read: check-in Observations (survey, vital signs) and other resources are left alone.
"""

from __future__ import annotations

from datetime import date
from functools import cache
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
_QUALIFIERS = {q.value: q for q in LabQualifier}
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
        entries = [e for e in data.get("entry") or () if e.__class__ is dict]
        resources = [r for e in entries if (r := e.get("resource")).__class__ is dict]
        if any(r.get("resourceType") != "Observation" for r in resources):
            for entry in entries:  # references need resolving only beside other resources
                resource = entry.get("resource")
                if resource.__class__ is not dict:
                    continue
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
    return _iso_day(text[:10])


@cache
def _iso_day(text: str) -> date | None:
    """The date a FHIR dateTime starts with, as written (no time zone shift)."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _is_lab(categories: Any) -> bool:
    """No category, or a laboratory one, or none of the kinds that are surely not labs."""
    if not categories:
        return True
    other = False
    for concept in categories:
        for coding in (concept or {}).get("coding") or ():
            kind = coding.get("code")
            if kind == "laboratory":
                return True
            other = other or kind in _NOT_LAB
    return not other


def _observation(
    obs: dict[str, Any],
    bundle: _Bundle,
    shown: str,
    report_day: date | None,
    found: list[Candidate],
    unread: list[Unread],
    holder: dict[str, Any],
) -> None:
    if not _is_lab(obs.get("category")):
        return  # a check-in or vital sign, not a lab result
    source = f"{shown}:{obs.get('id') or 'Observation'}"
    code = obs.get("code") or {}
    label = str(code.get("text") or "")

    def skip(template: str, **fields: object) -> None:  # only on the way out
        unread.append(Unread(source, template, tuple(fields.items()), label))

    status = obs.get("status")
    if status in _SKIPPED_STATUS:
        skip(N_("lab_reports", "the result is marked {status}"), status=status)
        return
    loincs = []
    for coding in code.get("coding") or ():
        if coding.__class__ is dict and coding.get("system") == LOINC and coding.get("code"):
            loincs.append(str(coding["code"]))
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
        if raw.__class__ not in (int, float):
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
        limits = _range(obs, test, unit, quantity)
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
    note = ""
    if obs.get("note"):
        texts = [str(n.get("text") or "") for n in obs["note"] if isinstance(n, dict)]
        note = "\n".join(t for t in texts if t)
    found.append(
        Candidate(
            source,
            label,
            test,
            value,
            _QUALIFIERS[qualifier],
            text,
            unit,
            low,
            high,
            day,
            loinc,
            note,
        )
    )


def _test(
    loincs: list[str], label: str, obs: dict[str, Any], bundle: _Bundle, unit: str
) -> tuple[LabTest | str | None, str]:
    """The catalogue test (or `names.VEGF` when the specimen is not said) and its code."""
    key, code = _key_for(tuple(loincs), label, unit)
    if key == "vegf":
        key = _specimen(obs, bundle) or names.specimen_of(label) or ""
        if not key:
            return names.VEGF, code
    return _test_and_code(key, code)


@cache
def _test_and_code(key: str, code: str) -> tuple[LabTest | None, str]:
    """The test of KEY, and CODE when it is not the test's own (777-3, 3024-7…)."""
    test = catalog.builtin_by_key(key) if key else None
    return test, code if test is not None and code != test.loinc else ""


@cache
def _key_for(loincs: tuple[str, ...], label: str, unit: str) -> tuple[str, str]:
    """The catalogue key named by LOINCS or LABEL ("vegf" while the specimen is open)."""
    for loinc in loincs:
        options = _LOINC_TABLE.get(loinc)
        if options:
            keys = {t.key for t, _ in options}
            return ("vegf" if keys == {"vegf_serum", "vegf_plasma"} else options[0][0].key), loinc
    key = names.key_for_name(label) or "" if label else ""
    if key == names.RELATED:
        return "", ""
    if key == names.HBA1C:
        key = {"mmol/mol": "hba1c_ifcc", "%": "hba1c_ngsp"}.get(
            units.catalogue_unit(unit, "en") or "", ""
        )
    if not key:
        key = next((t.key for t in catalog.BUILTIN_TESTS if t.label == label), "")
    if key in ("vegf_serum", "vegf_plasma"):
        key = "vegf"
    return key, ""


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
    return _unit_of(
        test.key, str(quantity.get("unit") or ""), quantity.get("system"), quantity.get("code")
    )


@cache
def _unit_of(key: str, shown: str, system: object, code: object) -> str | None:
    test = catalog.builtin_by_key(key)
    assert test is not None
    if shown or not code:
        spelled = units.catalogue_unit(shown, "en") if shown else ""
        if spelled is not None and spelled == "ratio":
            spelled = ""
        if spelled is not None and test.accepts(spelled):
            return spelled
    if system == UCUM and code:
        for spelling, info in test.units:
            if info.ucum == code:
                return spelling
    return None


def _range(
    obs: dict[str, Any], test: LabTest, unit: str, quantity: dict[str, Any]
) -> tuple[float | None, float | None] | None:
    """The first reference range, in the value's unit (None when it is in another unit)."""
    ranges = obs.get("referenceRange")
    if not ranges or ranges[0].__class__ is not dict:
        return None, None
    first = ranges[0]
    same = (quantity.get("unit"), quantity.get("code"))
    limits: list[float | None] = []
    for name in ("low", "high"):
        part = first.get(name)
        if part.__class__ is not dict or part.get("value").__class__ not in (int, float):
            limits.append(None)
            continue
        spelled = (part.get("unit"), part.get("code"))
        if spelled != same and spelled != (None, None) and _unit(test, part) != unit:
            return None
        limits.append(float(part["value"]))
    return limits[0], limits[1]
