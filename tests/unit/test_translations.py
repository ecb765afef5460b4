"""The Japanese, French and Chinese catalogues are complete, safe to fill in, and current.

A patient who reads only Japanese must never meet an English sentence the program could
have translated, nor a crash because a translated template lost its `{field}`.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DIR = ROOT / "poems_tracker" / "resources" / "translations"
LANGS = ("ja", "fr", "zh_CN")
BIN = Path(sys.executable).parent
FIELD = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")


def _messages(lang: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(DIR / f"poems_tracker_{lang}.ts").getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.findall("message")
    ]


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def _keys(lang: str) -> set[tuple[str, str]]:
    return {(context, m.findtext("source") or "") for context, m in _messages(lang)}


@pytest.mark.parametrize("lang", LANGS)
def test_every_entry_is_translated(lang: str) -> None:
    messages = _messages(lang)
    assert len(messages) > 500
    bad = []
    for context, message in messages:
        translation = message.find("translation")
        state = translation.get("type") if translation is not None else "missing"
        texts = _texts(message)
        if state in {"unfinished", "vanished", "obsolete", "missing"} or not all(
            t.strip() for t in texts
        ):
            bad.append(f"{context}: {message.findtext('source')!r} ({state})")
    assert not bad, f"{len(bad)} unfinished in {lang}:\n" + "\n".join(bad[:40])


@pytest.mark.parametrize("lang", LANGS)
def test_templates_keep_their_fields_and_the_name(lang: str) -> None:
    """A lost or renamed {field} would make .format() fail on the patient's screen."""
    bad = []
    for context, message in _messages(lang):
        source = message.findtext("source") or ""
        for text in _texts(message):
            if sorted(FIELD.findall(source)) != sorted(FIELD.findall(text)):
                bad.append(f"{context}: {source!r} -> {text!r}")
            if "POEMS Tracker" in source and "POEMS Tracker" not in text:
                bad.append(f"{context}: the name is translated in {text!r}")
            if "%n" in source and message.get("numerus") == "yes" and "%n" not in text:
                bad.append(f"{context}: %n lost in {text!r}")
    assert not bad, "\n".join(bad)


def test_the_three_languages_list_the_same_strings() -> None:
    ja = _keys("ja")
    assert _keys("fr") == ja
    assert _keys("zh_CN") == ja


def _catalogue_labels() -> set[tuple[str, str]]:
    """Every N_("context", "text") in the package (symptoms, tests, medicines, statuses…)."""
    labels = set()
    for path in (ROOT / "poems_tracker").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "N_"
                and len(node.args) == 2
                and all(isinstance(a, ast.Constant) for a in node.args)
            ):
                labels.add((node.args[0].value, node.args[1].value))
    return labels


def test_every_catalogue_label_is_in_the_catalogues() -> None:
    labels = _catalogue_labels()
    assert ("symptoms", "Numbness") in labels
    for lang in LANGS:
        missing = labels - _keys(lang)
        assert not missing, f"{lang} lacks: {sorted(missing)[:20]}"


def test_patients_words_for_symptoms() -> None:
    ja = {(c, m.findtext("source")): _texts(m)[0] for c, m in _messages("ja")}
    assert ja[("symptoms", "Numbness")] == "しびれ"
    fr = {(c, m.findtext("source")): _texts(m)[0] for c, m in _messages("fr")}
    assert fr[("symptoms", "Tingling / pins and needles")] == "Fourmillements / picotements"
    zh = {(c, m.findtext("source")): _texts(m)[0] for c, m in _messages("zh_CN")}
    assert zh[("symptoms", "Numbness")] == "麻木"
    for lang in LANGS:  # names as lab reports print them
        texts = {(c, m.findtext("source")): _texts(m)[0] for c, m in _messages(lang)}
        assert "VEGF" in texts[("labs", "VEGF (serum)")]
        assert texts[("labs", "IgA")] == "IgA"


@pytest.mark.parametrize("lang", LANGS)
def test_compiled_files_match_the_catalogues(lang: str, tmp_path: Path) -> None:
    built = tmp_path / f"poems_tracker_{lang}.qm"
    source = DIR / f"poems_tracker_{lang}.ts"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(source), "-qm", str(built)],
        check=True,
        capture_output=True,
    )
    committed = DIR / f"poems_tracker_{lang}.qm"
    assert built.read_bytes() == committed.read_bytes(), (
        "run: bash packaging/update_translations.sh, then commit the .qm files"
    )


def test_catalogues_hold_every_string_of_the_code(tmp_path: Path) -> None:
    """Re-extract from the code: no string of the window, dialogs or report is missing."""
    work = tmp_path / "ja.ts"
    shutil.copy(DIR / "poems_tracker_ja.ts", work)
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            "-silent",
            "-locations",
            "absolute",
            "-tr-function-alias",
            "QT_TRANSLATE_NOOP+=N_",
            "-extensions",
            "py",
            str(ROOT / "poems_tracker"),
            "-ts",
            str(work),
        ],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "ts_helpers.py"), str(work)],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    fresh = {
        (c.findtext("name"), m.findtext("source"))
        for c in ET.parse(work).getroot().iter("context")
        for m in c.findall("message")
    }
    new = sorted(fresh - _keys("ja"))
    assert not new, (
        f"{len(new)} strings are not in the catalogues yet (run "
        f"packaging/update_translations.sh and translate them): {new[:15]}"
    )


def test_no_translated_base_class_is_subclassed() -> None:
    """`self.tr` looks strings up under the running class's name; in a subclass the
    base class's strings would silently stay English (style.md)."""
    classes: dict[str, tuple[list[str], bool]] = {}
    for path in (ROOT / "poems_tracker").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                uses_tr = any(
                    isinstance(c, ast.Call)
                    and isinstance(c.func, ast.Attribute)
                    and c.func.attr == "tr"
                    and isinstance(c.func.value, ast.Name)
                    and c.func.value.id == "self"
                    for c in ast.walk(node)
                )
                bases = [ast.unparse(b).rsplit(".", 1)[-1] for b in node.bases]
                classes[node.name] = (bases, uses_tr)
    wrong = [
        f"{name} inherits {base}"
        for name, (bases, _) in classes.items()
        for base in bases
        if base in classes and classes[base][1]
    ]
    assert not wrong, wrong


def _error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """PoemsError and every class that derives from it, by name."""
    names = {"PoemsError"}
    grown = True
    while grown:
        grown = False
        for tree in trees.values():
            for node in ast.walk(tree):
                bases = {
                    getattr(b, "id", getattr(b, "attr", "")) for b in getattr(node, "bases", [])
                }
                if isinstance(node, ast.ClassDef) and node.name not in names and bases & names:
                    names.add(node.name)
                    grown = True
    return names


def test_every_error_sentence_is_in_the_catalogues() -> None:
    """The window shows a PoemsError through translate("errors", template). A template
    written as a bare string is never extracted, and a Japanese patient whose backup fails
    would read English: each one goes through N_("errors", …) and is translated."""
    trees = {
        p: ast.parse(p.read_text(encoding="utf-8")) for p in (ROOT / "poems_tracker").rglob("*.py")
    }
    errors = _error_classes(trees)
    bare, marked = [], set()
    for path, tree in trees.items():
        for node in ast.walk(tree):
            called = getattr(node, "func", None)
            if not (isinstance(node, ast.Call) and node.args):
                continue
            first = node.args[0]
            if getattr(called, "id", getattr(called, "attr", "")) in errors and isinstance(
                first, ast.Constant
            ):
                bare.append(f"{path.relative_to(ROOT)}:{node.lineno}: {first.value!r}")
            if getattr(called, "id", "") == "N_" and len(node.args) == 2:
                context, text = node.args
                if getattr(context, "value", "") == "errors" and isinstance(text, ast.Constant):
                    marked.add(text.value)
    assert not bare, 'error sentences not marked with N_("errors", …):\n' + "\n".join(bare)
    assert len(marked) > 40  # the store's, the domain's and the exchange's sentences
    for lang in LANGS:
        translated = {
            m.findtext("source")
            for context, m in _messages(lang)
            if context == "errors" and m.find("translation").get("type") != "unfinished"
        }
        assert not marked - translated, f"{lang}: {sorted(marked - translated)[:5]}"
