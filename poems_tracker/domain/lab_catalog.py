"""The built-in lab and hormone tests, with LOINC codes, UCUM units and default ranges.

Every row comes from `docs/lab-catalogue.md` (sources [L1]–[L8] for codes, [U1] for units,
[R1]–[R14] for ranges). Reference ranges are editable defaults, never verdicts.

The LOINC code belongs to the unit's property, not to the analyte: a mass unit and a molar
unit of the same hormone have different codes, and converting between them needs a molar
mass, so it is never done. Such units are accepted with `factor=None` ("NOT exact") and
stored as entered; only exact factors (powers of ten, ×1) convert.
"""

from __future__ import annotations

from dataclasses import dataclass

from poems_tracker.domain.text import N_

NUMERIC = "numeric"
TEXT = "text"
MALE = "male"
FEMALE = "female"


@dataclass(frozen=True, slots=True)
class UnitInfo:
    """One accepted unit: FACTOR turns a value in it into the default unit (None = not exact)."""

    factor: float | None
    loinc: str
    ucum: str


@dataclass(frozen=True, slots=True)
class LabTest:
    """One test: built-in (from the catalogue) or the patient's own (`builtin=False`).

    `units` maps the spelling shown and written to files (µ = U+00B5) to its UnitInfo; the
    default unit comes first. `low`/`high` are the range for everyone; `sex_ranges` holds
    ranges that differ by sex (then `low`/`high` stay None). `range_note` says why there
    is no range, or what the range depends on.
    """

    key: str
    label: str
    specimen: str
    loinc: str
    default_unit: str
    ucum: str
    kind: str = NUMERIC
    units: tuple[tuple[str, UnitInfo], ...] = ()
    low: float | None = None
    high: float | None = None
    sex_ranges: tuple[tuple[str, float | None, float | None], ...] = ()
    range_note: str = ""
    about: str = ""
    source: str = ""
    other_codes: tuple[tuple[str, str], ...] = ()
    builtin: bool = True
    #: SNOMED CT specimen type for FHIR where the LOINC term does not tell serum from
    #: plasma (VEGF, [S1]): 119364003 "Serum specimen", 119361006 "Plasma specimen".
    specimen_code: str = ""
    #: How the catalogue code measures, where `other_codes` offer other methods.
    method: str = ""

    def unit_info(self, unit: str) -> UnitInfo | None:
        wanted = normalise_unit(unit)
        for spelling, info in self.units:
            if spelling == wanted:
                return info
        return None

    def accepts(self, unit: str) -> bool:
        """Built-in tests take only their catalogue units; the patient's own take any."""
        if not self.builtin:
            return True
        if self.kind == TEXT:
            return normalise_unit(unit) == ""
        return self.unit_info(unit) is not None

    def accepted_units(self) -> list[str]:
        return [spelling for spelling, _ in self.units]

    def is_exact(self, unit: str) -> bool:
        info = self.unit_info(unit)
        return info is not None and info.factor is not None


def _u(spelling: str, factor: float | None, loinc: str, ucum: str) -> tuple[str, UnitInfo]:
    return spelling, UnitInfo(factor, loinc, ucum)


def _vegf(
    key: str,
    label: str,
    specimen: str,
    low: float | None,
    high: float,
    about: str,
    source: str,
    snomed: str,
) -> LabTest:
    return LabTest(
        key,
        label,
        specimen,
        "75628-8",
        "pg/mL",
        "pg/mL",
        units=(_u("pg/mL", 1, "75628-8", "pg/mL"), _u("ng/L", 1, "75628-8", "ng/L")),
        low=low,
        high=high,
        about=about,
        source=source,
        specimen_code=snomed,
    )


def _ig(key: str, label: str, loinc: str, low: float, high: float) -> LabTest:
    return LabTest(
        key,
        label,
        N_("labs", "Serum"),
        loinc,
        "g/L",
        "g/L",
        units=(_u("g/L", 1, loinc, "g/L"), _u("mg/dL", 0.01, loinc, "mg/dL")),
        low=low,
        high=high,
        about=N_("labs", "An antibody class; the POEMS clone often makes IgA or IgG."),
        source="[L1][L2][L7]; range [R3]",
    )


_PHASE = N_(
    "labs", "For women the range depends on the phase of the cycle; copy it from the report."
)

BUILTIN_TESTS: tuple[LabTest, ...] = (
    _vegf(
        "vegf_serum",
        N_("labs", "VEGF (serum)"),
        N_("labs", "Serum"),
        9,
        86,
        N_("labs", "Main marker of POEMS activity; its fall shows the treatment is working."),
        "[L5]; range Mayo serum VEGF as quoted in Dispenzieri 2021",
        "119364003",
    ),
    _vegf(
        "vegf_plasma",
        N_("labs", "VEGF (plasma)"),
        N_("labs", "Plasma (EDTA)"),
        None,
        96.2,
        N_("labs", "VEGF measured in plasma; lower than serum VEGF, never compare the two."),
        "[L5]; range [R1]",
        "119361006",
    ),
    LabTest(
        "m_protein",
        N_("labs", "M-protein (SPEP)"),
        N_("labs", "Serum"),
        "33358-3",
        "g/dL",
        "g/dL",
        units=(_u("g/dL", 1, "33358-3", "g/dL"), _u("g/L", 0.1, "33358-3", "g/L")),
        range_note=N_(
            "labs", "None is found in health, so any measurable amount counts; no range is shown."
        ),
        about=N_(
            "labs", "The abnormal antibody made by the plasma-cell clone; often small in POEMS."
        ),
        source="[L1][L7]; [R14]",
    ),
    LabTest(
        "immunofixation_serum",
        N_("labs", "Immunofixation (serum)"),
        N_("labs", "Serum"),
        "25700-6",
        "",
        "",
        kind=TEXT,
        range_note=N_("labs", 'A text result; normal is "no monoclonal protein detected".'),
        about=N_(
            "labs",
            "Shows whether a monoclonal protein is present and of which type (e.g. IgA lambda).",
        ),
        source="[L1]; [R14]",
    ),
    LabTest(
        "flc_kappa",
        N_("labs", "Free kappa light chains"),
        N_("labs", "Serum"),
        "36916-5",
        "mg/L",
        "mg/L",
        units=(_u("mg/L", 1, "36916-5", "mg/L"), _u("mg/dL", 10, "36916-5", "mg/dL")),
        low=3.3,
        high=19.4,
        about=N_("labs", "Kappa light chains floating free in the blood."),
        source="[L1][L7]; range [R2]",
    ),
    LabTest(
        "flc_lambda",
        N_("labs", "Free lambda light chains"),
        N_("labs", "Serum"),
        "33944-0",
        "mg/L",
        "mg/L",
        units=(_u("mg/L", 1, "33944-0", "mg/L"), _u("mg/dL", 10, "33944-0", "mg/dL")),
        low=5.7,
        high=26.3,
        about=N_("labs", "Lambda light chains; the POEMS clone is almost always lambda."),
        source="[L1]; range [R2]",
    ),
    LabTest(
        "flc_ratio",
        N_("labs", "Kappa/lambda FLC ratio"),
        N_("labs", "Serum"),
        "48378-4",
        "",
        "{ratio}",
        units=(_u("", 1, "48378-4", "{ratio}"),),
        low=0.26,
        high=1.65,
        about=N_("labs", "Kappa divided by lambda; often normal in POEMS."),
        source="[L8] (likely); range [R2]",
    ),
    _ig("iga", N_("labs", "IgA"), "2458-8", 0.8, 4.0),
    _ig("igg", N_("labs", "IgG"), "2465-3", 7.0, 16.0),
    _ig("igm", N_("labs", "IgM"), "2472-9", 0.4, 2.5),
    LabTest(
        "platelets",
        N_("labs", "Platelets"),
        N_("labs", "Blood (EDTA)"),
        "26515-7",
        "10^9/L",
        "10*9/L",
        units=(_u("10^9/L", 1, "26515-7", "10*9/L"), _u("10^3/µL", 1, "26515-7", "10*3/uL")),
        low=150,
        high=410,
        about=N_("labs", "Clotting cells; a high count (thrombocytosis) is a POEMS feature."),
        source="[L1][L4]; range [R4]",
        other_codes=(("777-3", N_("labs", "Platelets by automated count")),),
        method=N_("labs", "Platelet count"),
    ),
    LabTest(
        "haemoglobin",
        N_("labs", "Haemoglobin"),
        N_("labs", "Blood (EDTA)"),
        "718-7",
        "g/L",
        "g/L",
        units=(_u("g/L", 1, "718-7", "g/L"), _u("g/dL", 10, "718-7", "g/dL")),
        sex_ranges=((MALE, 130, 170), (FEMALE, 120, 150)),
        range_note=N_("labs", "The range differs for men and women."),
        about=N_(
            "labs", "Carries oxygen in red cells; a high value (polycythaemia) is a POEMS feature."
        ),
        source="[L1][L3][L4]; range [R4]",
    ),
    LabTest(
        "tsh",
        N_("labs", "TSH"),
        N_("labs", "Serum"),
        "3016-3",
        "mIU/L",
        "m[IU]/L",
        units=(
            _u("mIU/L", 1, "3016-3", "m[IU]/L"),
            _u("µIU/mL", 1, "3016-3", "u[IU]/mL"),
            _u("mU/L", 1, "3016-3", "m[IU]/L"),
        ),
        low=0.40,
        high=4.00,
        about=N_(
            "labs", "Thyroid-stimulating hormone; high when the thyroid is slow (hypothyroidism)."
        ),
        source="[L1][L4][L7]; range [R5]",
    ),
    LabTest(
        "free_t4",
        N_("labs", "Free T4"),
        N_("labs", "Serum"),
        "14920-3",
        "pmol/L",
        "pmol/L",
        units=(_u("pmol/L", 1, "14920-3", "pmol/L"), _u("ng/dL", None, "3024-7", "ng/dL")),
        low=9,
        high=19,
        about=N_("labs", "The main thyroid hormone."),
        source="[L1][L2][L4]; range [R5]",
    ),
    LabTest(
        "testosterone",
        N_("labs", "Testosterone (total)"),
        N_("labs", "Serum"),
        "14913-8",
        "nmol/L",
        "nmol/L",
        units=(_u("nmol/L", 1, "14913-8", "nmol/L"), _u("ng/dL", None, "2986-8", "ng/dL")),
        sex_ranges=((MALE, 10, 35), (FEMALE, None, 2.0)),
        range_note=N_("labs", "The range differs for men and women."),
        about=N_("labs", "Male sex hormone; often low in POEMS (hypogonadism)."),
        source="[L1][L2]; range [R5]",
    ),
    LabTest(
        "estradiol",
        N_("labs", "Estradiol"),
        N_("labs", "Serum"),
        "14715-7",
        "pmol/L",
        "pmol/L",
        units=(_u("pmol/L", 1, "14715-7", "pmol/L"), _u("pg/mL", None, "2243-4", "pg/mL")),
        sex_ranges=((MALE, 50, 218),),
        range_note=N_(
            "labs",
            "For women it depends on the cycle (after menopause below "
            "145 pmol/L); copy it from the report.",
        ),
        about=N_("labs", "Female sex hormone; can be raised in men with POEMS."),
        source="[L1][L2]; range [R6]",
    ),
    LabTest(
        "prolactin",
        N_("labs", "Prolactin"),
        N_("labs", "Serum"),
        "2842-3",
        "µg/L",
        "ug/L",
        units=(
            _u("µg/L", 1, "2842-3", "ug/L"),
            _u("ng/mL", 1, "2842-3", "ng/mL"),
            _u("mIU/L", None, "15081-3", "m[IU]/L"),
        ),
        sex_ranges=((FEMALE, 4.3, 30.0), (MALE, 3.6, 18.0)),
        range_note=N_("labs", "The range differs for men and women."),
        about=N_("labs", "A pituitary hormone; raised levels are a POEMS endocrine change."),
        source="[L1] (mIU/L code 15081-3 likely, [L8]); range [R7]",
    ),
    LabTest(
        "lh",
        N_("labs", "LH"),
        N_("labs", "Serum"),
        "10501-5",
        "IU/L",
        "[IU]/L",
        units=(
            _u("IU/L", 1, "10501-5", "[IU]/L"),
            _u("mIU/mL", 1, "10501-5", "m[IU]/mL"),
            _u("U/L", 1, "10501-5", "[IU]/L"),
        ),
        sex_ranges=((MALE, 2, 9),),
        range_note=_PHASE,
        about=N_("labs", "Pituitary hormone that drives the testes or ovaries."),
        source="[L1][L7]; range [R8]",
    ),
    LabTest(
        "fsh",
        N_("labs", "FSH"),
        N_("labs", "Serum"),
        "15067-2",
        "IU/L",
        "[IU]/L",
        units=(
            _u("IU/L", 1, "15067-2", "[IU]/L"),
            _u("mIU/mL", 1, "15067-2", "m[IU]/mL"),
            _u("U/L", 1, "15067-2", "[IU]/L"),
        ),
        sex_ranges=((MALE, 2, 12),),
        range_note=_PHASE,
        about=N_("labs", "Pituitary hormone for sperm and egg production."),
        source="[L1][L7]; range [R8]",
    ),
    LabTest(
        "cortisol",
        N_("labs", "Cortisol"),
        N_("labs", "Serum"),
        "14675-3",
        "nmol/L",
        "nmol/L",
        units=(_u("nmol/L", 1, "14675-3", "nmol/L"), _u("µg/dL", None, "2143-6", "ug/dL")),
        low=160,
        high=550,
        range_note=N_("labs", "The range is for a 9 am sample; it changes over the day."),
        about=N_("labs", "Stress hormone from the adrenal glands."),
        source="[L1][L2]; range [R9]",
    ),
    LabTest(
        "glucose_fasting",
        N_("labs", "Glucose (fasting)"),
        N_("labs", "Serum/plasma"),
        "14771-0",
        "mmol/L",
        "mmol/L",
        units=(_u("mmol/L", 1, "14771-0", "mmol/L"), _u("mg/dL", None, "1558-6", "mg/dL")),
        high=5.9,
        range_note=N_("labs", "Normal is below 6.0 mmol/L; 7.0 or more suggests diabetes."),
        about=N_("labs", "Blood sugar after not eating; diabetes can come with POEMS."),
        source="[L1][L2]; range [R10]",
    ),
    LabTest(
        "hba1c_ifcc",
        N_("labs", "HbA1c (IFCC)"),
        N_("labs", "Blood (EDTA)"),
        "59261-8",
        "mmol/mol",
        "mmol/mol",
        units=(_u("mmol/mol", 1, "59261-8", "mmol/mol"),),
        high=41,
        range_note=N_(
            "labs", "Normal is below 42; 42–47 raised risk; 48 or more suggests diabetes."
        ),
        about=N_("labs", "Average blood sugar over about three months."),
        source="[L4][L8]; range [R10]",
    ),
    LabTest(
        "hba1c_ngsp",
        N_("labs", "HbA1c (NGSP/DCCT %)"),
        N_("labs", "Blood (EDTA)"),
        "4548-4",
        "%",
        "%",
        units=(_u("%", 1, "4548-4", "%"),),
        high=5.9,
        range_note=N_("labs", "Normal is below 6.0 %; 6.5 % or more suggests diabetes."),
        about=N_("labs", "Average blood sugar over about three months, as a percentage."),
        source="[L1][L4]; range [R10]",
    ),
    LabTest(
        "pth_intact",
        N_("labs", "PTH (intact)"),
        N_("labs", "Serum/EDTA plasma"),
        "14866-8",
        "pmol/L",
        "pmol/L",
        units=(
            _u("pmol/L", 1, "14866-8", "pmol/L"),
            _u("pg/mL", None, "2731-8", "pg/mL"),
            _u("ng/L", None, "2731-8", "ng/L"),
        ),
        low=1.6,
        high=6.9,
        about=N_("labs", "Parathyroid hormone; controls calcium."),
        source="[L1][L2]; range [R11]",
    ),
    LabTest(
        "calcium_total",
        N_("labs", "Calcium (total)"),
        N_("labs", "Serum"),
        "2000-8",
        "mmol/L",
        "mmol/L",
        units=(_u("mmol/L", 1, "2000-8", "mmol/L"), _u("mg/dL", None, "17861-6", "mg/dL")),
        low=2.15,
        high=2.55,
        about=N_("labs", "Calcium in the blood; bones and nerves depend on it."),
        source="[L1][L2][L4]; range [R12]",
    ),
    LabTest(
        "creatinine",
        N_("labs", "Creatinine"),
        N_("labs", "Serum"),
        "14682-9",
        "µmol/L",
        "umol/L",
        units=(
            _u("µmol/L", 1, "14682-9", "umol/L"),
            _u("mmol/L", 1000, "14682-9", "mmol/L"),
            _u("mg/dL", None, "2160-0", "mg/dL"),
        ),
        low=60,
        high=125,
        range_note=N_("labs", "The range depends on sex and method; copy it from the report."),
        about=N_("labs", "A waste product cleared by the kidneys; shows kidney function."),
        source="[L1][L2][L7]; range [R12]",
    ),
    LabTest(
        "egfr",
        N_("labs", "eGFR"),
        N_("labs", "Serum (calculated)"),
        "98979-8",
        "mL/min/1.73m²",
        "mL/min/{1.73_m2}",
        units=(_u("mL/min/1.73m²", 1, "98979-8", "mL/min/{1.73_m2}"),),
        low=90,
        range_note=N_("labs", "90 or more is normal; 60–89 mildly reduced; below 60 reduced."),
        about=N_("labs", "Estimated kidney filtering rate; used to dose some medicines."),
        source="[L3][L4]; range [R13]",
        other_codes=(
            ("62238-1", N_("labs", "eGFR by CKD-EPI 2009")),
            ("33914-3", N_("labs", "eGFR by MDRD")),
        ),
        method=N_("labs", "eGFR by CKD-EPI 2021"),
    ),
)

#: Check-in values that FHIR export codes like labs (lab-catalogue.md rows weight_kg, pain):
#: key -> (LOINC, UCUM, display unit). Sources [L1] (29463-7) and [L6] (72514-3).
CHECKIN_CODES: dict[str, tuple[str, str, str]] = {
    "weight_kg": ("29463-7", "kg", "kg"),
    "pain": ("72514-3", "{score}", "score 0–10"),
}

_BY_LABEL = {t.label.casefold(): t for t in BUILTIN_TESTS}
_BY_KEY = {t.key: t for t in BUILTIN_TESTS}

#: Spellings people type or labs print, mapped to the catalogue's spelling.
_UNIT_ALIASES = {
    "10^9/l": "10^9/L",
    "10*9/l": "10^9/L",
    "x10^9/l": "10^9/L",
    "×10^9/l": "10^9/L",
    "10^3/µl": "10^3/µL",
    "10*3/µl": "10^3/µL",
    "k/µl": "10^3/µL",
    "ml/min/1.73m2": "mL/min/1.73m²",
    "ml/min/1.73 m2": "mL/min/1.73m²",
    "ml/min/1.73 m²": "mL/min/1.73m²",
    "ml/min/1.73m²": "mL/min/1.73m²",
    "iu/l": "IU/L",
    "miu/l": "mIU/L",
    "µiu/ml": "µIU/mL",
    "miu/ml": "mIU/mL",
    "mu/l": "mU/L",
    "u/l": "U/L",
}
_CANONICAL = {spelling.lower(): spelling for t in BUILTIN_TESTS for spelling in t.accepted_units()}


def normalise_unit(text: str) -> str:
    """The catalogue's spelling of TEXT: `u` or Greek `μ` for micro become `µ` (U+00B5).

    `ug/L`, `μg/L` → `µg/L`; `umol/l` → `µmol/L`; `10*9/L` → `10^9/L`. Units this module does
    not know are returned trimmed, with micro signs unified, and otherwise as typed.
    """
    unit = " ".join(text.split()).replace("\u03bc", "µ")
    if unit.startswith("u") and len(unit) > 1 and unit[1] in "gmIiLl":
        unit = "µ" + unit[1:]
    unit = unit.replace("/u", "/µ")
    folded = unit.lower()  # not casefold(): it turns µ into Greek μ
    if folded in _UNIT_ALIASES:
        return _UNIT_ALIASES[folded]
    return _CANONICAL.get(folded, unit)


def find_test(name: str) -> LabTest | None:
    """The built-in test called NAME (its English label, ignoring case), or None."""
    return _BY_LABEL.get(name.strip().casefold())


def builtin_by_key(key: str) -> LabTest | None:
    return _BY_KEY.get(key)


def order_key(name: str) -> tuple[int, str]:
    """Sort key for test names: catalogue order (VEGF first), then the patient's own by name.

    Tables, the report and charts list tests in this order."""
    test = find_test(name)
    if test is not None:
        return BUILTIN_TESTS.index(test), ""
    return len(BUILTIN_TESTS), name.casefold()


def loinc_for(test: LabTest, unit: str) -> str:
    """The LOINC code for a value of TEST in UNIT ("" when the catalogue has none)."""
    info = test.unit_info(unit)
    if info is not None:
        return info.loinc
    return test.loinc if normalise_unit(unit) == normalise_unit(test.default_unit) else ""


def ucum_for(test: LabTest, unit: str) -> str:
    """The UCUM code for UNIT of TEST ("" for text results or a unit the catalogue lacks)."""
    info = test.unit_info(unit)
    return info.ucum if info is not None else ""


def convert(test: LabTest, value: float, from_unit: str, to_unit: str) -> float:
    """VALUE in FROM_UNIT expressed in TO_UNIT, with exact factors only.

    Raises ValueError when either unit is unknown to TEST or not exactly convertible
    (mass ↔ molar needs a molar mass: never done).
    """
    if normalise_unit(from_unit) == normalise_unit(to_unit):
        return value
    source, target = test.unit_info(from_unit), test.unit_info(to_unit)
    if source is None or target is None:
        raise ValueError(f"{test.label}: unknown unit {from_unit!r} or {to_unit!r}")
    if source.factor is None or target.factor is None:
        raise ValueError(f"{test.label}: {from_unit} → {to_unit} has no exact factor")
    result = value * source.factor / target.factor
    return float(f"{result:.12g}")  # drop binary noise: 0.1 * 10 stays 1.0


def default_range(test: LabTest, sex: str | None = None) -> tuple[float | None, float | None]:
    """The catalogue range for TEST in its default unit; sex-dependent ones need SEX.

    SEX is "male"/"female" (or "M"/"F"); without it a sex-dependent range is (None, None).
    """
    if not test.sex_ranges:
        return test.low, test.high
    wanted = {"m": MALE, "f": FEMALE}.get((sex or "").strip().lower()[:1])
    for which, low, high in test.sex_ranges:
        if which == wanted:
            return low, high
    return None, None
