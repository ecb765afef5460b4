"""How lab reports name the catalogue's tests, in the four languages the window speaks.

Each name maps to a catalogue key, or to one of two "needs more" keys: `vegf` (serum or
plasma must be said on the line) and `hba1c` (the unit decides IFCC or NGSP, which never
overlap). `RELATED` holds tests that look like a catalogue test but are not it (adjusted
calcium is not total calcium, free testosterone is not total testosterone): they are
matched first, so the longer, different name wins and nothing is read under a guess.
"""

from __future__ import annotations

import re
from functools import cache

from poems_tracker.domain.lab_catalog import BUILTIN_TESTS

VEGF = "vegf"
HBA1C = "hba1c"
#: A name of a test that is related to, but not, a catalogue test.
RELATED = "related"

_NAMES: dict[str, tuple[str, ...]] = {
    VEGF: (
        "VEGF",
        "VEGF-A",
        "Vascular endothelial growth factor",
        "Vascular endothelial growth factor A",
        "Serum VEGF",
        "Plasma VEGF",
        "VEGF sérique",
        "VEGF plasmatique",
        "Facteur de croissance de l'endothélium vasculaire",
        "血清VEGF",
        "血漿VEGF",
        "血浆VEGF",
        "血管内皮増殖因子",
        "血管内皮生长因子",
    ),
    "m_protein": (
        "M-protein",
        "M protein",
        "M-spike",
        "M spike",
        "M-protein (SPEP)",
        "Paraprotein",
        "Monoclonal protein",
        "Monoclonal component",
        "Protéine monoclonale",
        "Pic monoclonal",
        "Composant monoclonal",
        "M蛋白",
        "Mタンパク",
        "M-タンパク",
        "M蛋白量",
        "单克隆蛋白",
        "单克隆免疫球蛋白",
    ),
    "immunofixation_serum": (
        "Immunofixation",
        "Immunofixation (serum)",
        "Serum immunofixation",
        "Immunofixation, serum",
        "Immunofixation sérique",
        "Immunofixation des protéines sériques",
        "血清免疫固定法",
        "免疫固定法",
        "免疫固定電気泳動",
        "血清免疫固定电泳",
        "免疫固定电泳",
    ),
    "flc_kappa": (
        "Free kappa light chains",
        "Free kappa light chain",
        "Free kappa",
        "Kappa free light chain",
        "Kappa free light chains",
        "Kappa Free Light Chain, Serum",
        "Serum free kappa light chain",
        "Serum free kappa light chains",
        "Free light chain kappa",
        "Kappa, free",
        "FLC kappa",
        "Chaînes légères libres kappa",
        "Chaînes légères kappa libres",
        "Kappa libres",
        "遊離κ鎖",
        "遊離L鎖κ",
        "遊離軽鎖κ",
        "游离κ轻链",
        "游离轻链κ",
        "血清游离κ轻链",
    ),
    "flc_lambda": (
        "Free lambda light chains",
        "Free lambda light chain",
        "Free lambda",
        "Lambda free light chain",
        "Lambda free light chains",
        "Lambda Free Light Chain, Serum",
        "Serum free lambda light chain",
        "Serum free lambda light chains",
        "Free light chain lambda",
        "Lambda, free",
        "FLC lambda",
        "Chaînes légères libres lambda",
        "Chaînes légères lambda libres",
        "Lambda libres",
        "遊離λ鎖",
        "遊離L鎖λ",
        "遊離軽鎖λ",
        "游离λ轻链",
        "游离轻链λ",
        "血清游离λ轻链",
    ),
    "flc_ratio": (
        "Kappa/lambda FLC ratio",
        "Kappa/lambda ratio",
        "Kappa/Lambda Free Light Chain Ratio",
        "Free kappa/lambda ratio",
        "Free light chain ratio",
        "FLC ratio",
        "K/L ratio",
        "Rapport kappa/lambda",
        "Rapport kappa/lambda libres",
        "Rapport κ/λ",
        "κ/λ比",
        "遊離κ/λ比",
        "κ/λ比值",
        "游离轻链κ/λ比值",
    ),
    "iga": ("IgA", "Immunoglobulin A", "Immunoglobuline A", "IgA, serum", "免疫球蛋白A"),
    "igg": ("IgG", "Immunoglobulin G", "Immunoglobuline G", "IgG, serum", "免疫球蛋白G"),
    "igm": ("IgM", "Immunoglobulin M", "Immunoglobuline M", "IgM, serum", "免疫球蛋白M"),
    "platelets": (
        "Platelets",
        "Platelet count",
        "Platelet",
        "PLT",
        "Plaquettes",
        "Numération plaquettaire",
        "血小板",
        "血小板数",
        "血小板计数",
    ),
    "haemoglobin": (
        "Haemoglobin",
        "Hemoglobin",
        "Hb",
        "HGB",
        "Hémoglobine",
        "ヘモグロビン",
        "血色素量",
        "血红蛋白",
    ),
    "tsh": (
        "TSH",
        "Thyroid stimulating hormone",
        "Thyroid-stimulating hormone",
        "Thyrotropin",
        "TSH ultrasensible",
        "TSHus",
        "甲状腺刺激ホルモン",
        "促甲状腺激素",
        "促甲状腺素",
    ),
    "free_t4": (
        "Free T4",
        "FT4",
        "Free thyroxine",
        "Free thyroxine (T4)",
        "T4 libre",
        "Thyroxine libre",
        "遊離T4",
        "遊離サイロキシン",
        "游离T4",
        "游离甲状腺素",
    ),
    "testosterone": (
        "Testosterone",
        "Total testosterone",
        "Testosterone, total",
        "Testosterone (total)",
        "Testostérone",
        "Testostérone totale",
        "テストステロン",
        "総テストステロン",
        "睾酮",
        "总睾酮",
    ),
    "estradiol": (
        "Estradiol",
        "Oestradiol",
        "17-beta oestradiol",
        "Estradiol (E2)",
        "Œstradiol",
        "Oestradiol (E2)",
        "エストラジオール",
        "雌二醇",
    ),
    "prolactin": ("Prolactin", "PRL", "Prolactine", "プロラクチン", "催乳素", "泌乳素"),
    "lh": (
        "LH",
        "Luteinising hormone",
        "Luteinizing hormone",
        "Hormone lutéinisante",
        "黄体形成ホルモン",
        "黄体生成素",
    ),
    "fsh": (
        "FSH",
        "Follicle stimulating hormone",
        "Follicle-stimulating hormone",
        "Hormone folliculo-stimulante",
        "卵胞刺激ホルモン",
        "卵泡刺激素",
    ),
    "cortisol": ("Cortisol", "Cortisol (serum)", "Cortisolémie", "コルチゾール", "皮质醇"),
    "glucose_fasting": (
        "Fasting glucose",
        "Glucose, fasting",
        "Glucose (fasting)",
        "Fasting plasma glucose",
        "Glycémie à jeun",
        "空腹時血糖",
        "空腹血糖",
    ),
    HBA1C: (
        "HbA1c",
        "HbA1c (IFCC)",
        "HbA1c (NGSP)",
        "HbA1c (NGSP/DCCT %)",
        "Hemoglobin A1c",
        "Haemoglobin A1c",
        "Glycated haemoglobin",
        "Glycated hemoglobin",
        "Hémoglobine glyquée",
        "ヘモグロビンA1c",
        "糖化血红蛋白",
    ),
    "pth_intact": (
        "PTH (intact)",
        "PTH intact",
        "Intact PTH",
        "PTH",
        "Parathyroid hormone",
        "Parathormone",
        "Parathormone intacte",
        "副甲状腺ホルモン",
        "インタクトPTH",
        "甲状旁腺激素",
    ),
    "calcium_total": (
        "Calcium",
        "Calcium (total)",
        "Total calcium",
        "Calcium, total",
        "Calcium total",
        "Calcémie",
        "カルシウム",
        "総カルシウム",
        "血清钙",
        "总钙",
        "钙",
    ),
    "creatinine": ("Creatinine", "Créatinine", "Créatininémie", "クレアチニン", "肌酐"),
    "egfr": (
        "eGFR",
        "Estimated GFR",
        "eGFR (CKD-EPI)",
        "DFG estimé",
        "DFGe",
        "推算GFR",
        "推定GFR",
        "eGFR（推算）",
        "估算肾小球滤过率",
    ),
    RELATED: (
        "Adjusted calcium",
        "Corrected calcium",
        "Calcium adjusted",
        "Calcium corrected",
        "Calcium (adjusted)",
        "Calcium (corrected)",
        "Calcium, adjusted",
        "Calcium, corrected",
        "Calcium corrigé",
        "Calcium ionisé",
        "Ionised calcium",
        "Ionized calcium",
        "補正カルシウム",
        "補正Ca",
        "イオン化カルシウム",
        "校正钙",
        "离子钙",
        "Free testosterone",
        "Bioavailable testosterone",
        "Testostérone libre",
        "遊離テストステロン",
        "游离睾酮",
        "Creatinine clearance",
        "Urine creatinine",
        "Créatinine urinaire",
        "Clairance de la créatinine",
        "クレアチニンクリアランス",
        "肌酐清除率",
        "Urine cortisol",
        "Urinary free cortisol",
        "Cortisol urinaire",
        "Glucose",
        "Random glucose",
        "Glycémie",
        "血糖",
        "Total protein",
        "Protéines totales",
        "Free T3",
        "T3 libre",
        "遊離T3",
        "游离T3",
    ),
}

#: Words that name the specimen on a VEGF line.
SERUM_WORDS = ("serum", "sérum", "sérique", "血清")
PLASMA_WORDS = ("plasma", "plasmatique", "edta", "血漿", "血浆")


def _key_text(name: str) -> str:
    return " ".join(name.split()).casefold()


@cache
def _index() -> tuple[dict[str, str], re.Pattern[str]]:
    by_name = {_key_text(name): key for key, names in _NAMES.items() for name in names}
    for test_key in _catalogue_labels():
        by_name.setdefault(_key_text(test_key[1]), test_key[0])
    spellings = sorted(by_name, key=len, reverse=True)
    parts = [r"\s+".join(re.escape(word) for word in name.split()) for name in spellings]
    # A name ends where a letter or digit would continue it: "Hb" is not the start of "HbA1c".
    pattern = re.compile(r"(?:" + "|".join(parts) + r")(?![^\W_])", re.IGNORECASE)
    return by_name, pattern


def _catalogue_labels() -> list[tuple[str, str]]:
    return [(t.key, t.label) for t in BUILTIN_TESTS if t.key not in ("vegf_serum", "vegf_plasma")]


def match_at(text: str, pos: int = 0) -> tuple[str, int] | None:
    """The key of the longest test name starting at POS in TEXT, and where the name ends."""
    by_name, pattern = _index()
    found = pattern.match(text, pos)
    if found is None:
        return None
    return by_name[_key_text(found.group(0))], found.end()


def find_names(text: str, start: int) -> list[int]:
    """Where, after START, another test name begins at a word start (two-column lines)."""
    _, pattern = _index()
    positions = []
    for found in pattern.finditer(text, start):
        at = found.start()
        if at > 0 and text[at - 1].isspace():
            positions.append(at)
    return positions


def key_for_name(text: str) -> str | None:
    """The key whose name is exactly TEXT (ignoring case and spacing), for FHIR `code.text`."""
    by_name, _ = _index()
    return by_name.get(_key_text(text))


def specimen_of(text: str) -> str | None:
    """`vegf_serum`, `vegf_plasma`, or None when TEXT names neither or both."""
    folded = text.casefold()
    serum = any(word in folded for word in SERUM_WORDS)
    plasma = any(word in folded for word in PLASMA_WORDS)
    if serum == plasma:
        return None
    return "vegf_serum" if serum else "vegf_plasma"
