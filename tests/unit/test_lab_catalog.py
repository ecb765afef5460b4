"""The built-in lab catalogue keeps the promises of lab-catalogue.md."""

from __future__ import annotations

import re

import pytest

from poems_tracker.domain.lab_catalog import (
    BUILTIN_TESTS,
    CHECKIN_CODES,
    NUMERIC,
    TEXT,
    convert,
    default_range,
    find_test,
    loinc_for,
    normalise_unit,
    order_key,
    ucum_for,
)
from poems_tracker.domain.labs import is_loinc

#: Every row of lab-catalogue.md except the two check-in values, with its LOINC code.
CATALOGUE = {
    "VEGF (serum)": "75628-8",
    "VEGF (plasma)": "75628-8",
    "M-protein (SPEP)": "33358-3",
    "Immunofixation (serum)": "25700-6",
    "Free kappa light chains": "36916-5",
    "Free lambda light chains": "33944-0",
    "Kappa/lambda FLC ratio": "48378-4",
    "IgA": "2458-8",
    "IgG": "2465-3",
    "IgM": "2472-9",
    "Platelets": "26515-7",
    "Haemoglobin": "718-7",
    "TSH": "3016-3",
    "Free T4": "14920-3",
    "Testosterone (total)": "14913-8",
    "Estradiol": "14715-7",
    "Prolactin": "2842-3",
    "LH": "10501-5",
    "FSH": "15067-2",
    "Cortisol": "14675-3",
    "Glucose (fasting)": "14771-0",
    "HbA1c (IFCC)": "59261-8",
    "HbA1c (NGSP/DCCT %)": "4548-4",
    "PTH (intact)": "14866-8",
    "Calcium (total)": "2000-8",
    "Creatinine": "14682-9",
    "eGFR": "98979-8",
}


def test_catalogue_holds_exactly_the_documented_tests_with_their_codes() -> None:
    assert {t.label: t.loinc for t in BUILTIN_TESTS} == CATALOGUE
    assert len({t.key for t in BUILTIN_TESTS}) == len(BUILTIN_TESTS)
    assert find_test("Weight") is None
    assert find_test("Nerve pain (0–10)") is None


def test_vegf_comes_first_and_serum_and_plasma_are_separate_tests() -> None:
    assert [t.key for t in BUILTIN_TESTS[:2]] == ["vegf_serum", "vegf_plasma"]
    serum, plasma = find_test("VEGF (serum)"), find_test("VEGF (plasma)")
    assert serum is not plasma
    assert serum.specimen != plasma.specimen
    assert default_range(serum, None) == (9, 86)
    assert default_range(plasma, None) == (None, 96.2)
    assert (serum.specimen_code, plasma.specimen_code) == ("119364003", "119361006")
    names = ["TSH", "zinc", "VEGF (plasma)", "Alpha marker", "VEGF (serum)"]
    assert sorted(names, key=order_key) == [
        "VEGF (serum)",
        "VEGF (plasma)",
        "TSH",
        "Alpha marker",
        "zinc",
    ]


@pytest.mark.parametrize("test", BUILTIN_TESTS, ids=lambda t: t.key)
def test_every_test_has_unit_range_or_reason_and_valid_codes(test) -> None:
    assert test.kind in (NUMERIC, TEXT)
    assert test.about.strip()
    assert test.source.strip()
    assert is_loinc(test.loinc), test.loinc
    if test.kind == TEXT:
        assert test.accepted_units() == []
        assert test.range_note
        return
    assert test.accepted_units()[0] == test.default_unit
    assert test.ucum == ucum_for(test, test.default_unit)
    assert test.ucum
    has_range = test.low is not None or test.high is not None or bool(test.sex_ranges)
    assert has_range or test.range_note, "needs a range or a stated reason for none"
    for unit in test.accepted_units():
        info = test.unit_info(unit)
        assert is_loinc(info.loinc)
        assert info.ucum
        assert not re.match(r"U\b|.*[^\]]U/", info.ucum), "UCUM U is an enzyme unit"
        assert not re.search(r"(^|/)u[a-zA-Z]", unit), "micro is written µ (U+00B5)"
        assert normalise_unit(unit) == unit
    for code, _label in test.other_codes:
        assert is_loinc(code)
    assert bool(test.method) == bool(test.other_codes), "name the catalogue code's method"


def test_every_loinc_code_is_well_formed_with_a_correct_check_digit() -> None:
    codes = {info.loinc for t in BUILTIN_TESTS for _u, info in t.units} | set(CATALOGUE.values())
    codes |= {code for code, *_ in CHECKIN_CODES.values()}
    for code in codes:
        assert re.fullmatch(r"\d{1,7}-\d", code), code
        assert is_loinc(code), code
    assert not is_loinc("75628-7")  # a typo in the check digit is caught
    assert not is_loinc("2458-8x")
    assert not is_loinc("24588")


def test_checkin_codes_for_fhir() -> None:
    assert CHECKIN_CODES["weight_kg"][:2] == ("29463-7", "kg")
    assert CHECKIN_CODES["pain"][:2] == ("72514-3", "{score}")


def test_names_are_found_ignoring_case() -> None:
    assert find_test("vegf (SERUM)").key == "vegf_serum"
    assert find_test("  TSH ").key == "tsh"
    assert find_test("My own marker") is None


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("ug/L", "µg/L"),
        ("\u03bcg/L", "µg/L"),
        ("µg/L", "µg/L"),
        ("umol/L", "µmol/L"),
        ("uIU/mL", "µIU/mL"),
        ("10^3/uL", "10^3/µL"),
        ("10*9/L", "10^9/L"),
        ("mg/dl", "mg/dL"),
        ("mL/min/1.73m2", "mL/min/1.73m²"),
        (" pg/mL ", "pg/mL"),
        ("U/L", "U/L"),
    ],
)
def test_units_are_spelled_as_the_catalogue_spells_them(typed: str, stored: str) -> None:
    assert normalise_unit(typed) == stored
    assert "\u00b5" in stored or "\u03bc" not in normalise_unit(typed)


def test_mass_and_molar_units_are_accepted_but_never_converted() -> None:
    t4 = find_test("Free T4")
    assert t4.accepts("ng/dL")
    assert not t4.is_exact("ng/dL")
    assert loinc_for(t4, "ng/dL") == "3024-7"
    assert loinc_for(t4, "pmol/L") == "14920-3"
    with pytest.raises(ValueError, match="exact"):
        convert(t4, 1.2, "ng/dL", "pmol/L")
    creat = find_test("Creatinine")
    assert loinc_for(creat, "mg/dL") == "2160-0"
    assert convert(creat, 0.08, "mmol/L", "umol/L") == 80


def test_unknown_units_are_not_accepted() -> None:
    vegf = find_test("VEGF (serum)")
    assert not vegf.accepts("mg/L")
    assert not vegf.accepts("")
    assert loinc_for(vegf, "mg/L") == ""
    with pytest.raises(ValueError, match="unknown unit"):
        convert(vegf, 10, "mg/L", "pg/mL")
    assert find_test("Immunofixation (serum)").accepts("")


def test_ucum_codes_follow_the_catalogue_rules() -> None:
    assert ucum_for(find_test("TSH"), "mU/L") == "m[IU]/L"
    assert ucum_for(find_test("LH"), "U/L") == "[IU]/L"
    assert ucum_for(find_test("Prolactin"), "µg/L") == "ug/L"
    assert ucum_for(find_test("Platelets"), "10^9/L") == "10*9/L"
    assert ucum_for(find_test("Kappa/lambda FLC ratio"), "") == "{ratio}"


def test_sex_dependent_ranges_need_the_sex() -> None:
    hb = find_test("Haemoglobin")
    assert default_range(hb, None) == (None, None)
    assert default_range(hb, "male") == (130, 170)
    assert default_range(hb, "F") == (120, 150)
    assert default_range(find_test("Testosterone (total)"), "female") == (None, 2.0)
    assert default_range(find_test("LH"), "female") == (None, None)
    assert default_range(find_test("TSH"), "female") == (0.4, 4.0)
