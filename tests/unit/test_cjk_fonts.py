"""The bundled Japanese and Chinese fonts draw every translated word, in charts and reports.

A computer without any CJK font (a bare Linux, a small container) must still give the
patient a report with real Japanese or Chinese glyphs, and text the doctor can copy.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from poems_tracker import fonts

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "poems_tracker" / "resources" / "translations"


def _translated_characters(lang: str) -> set[str]:
    root = ET.parse(TRANSLATIONS / f"poems_tracker_{lang}.ts").getroot()
    text = "".join(t.text or "" for t in root.iter("translation"))
    text += "".join(f.text or "" for f in root.iter("numerusform"))
    return {c for c in text if ord(c) > 0x2E7F and not c.isspace()}


def _cmap(path: Path) -> dict[int, str]:
    with TTFont(path, lazy=True) as font:
        return dict(font.getBestCmap())


@pytest.mark.parametrize(("lang", "family"), [("ja", fonts.JAPANESE), ("zh_CN", fonts.CHINESE)])
def test_every_translated_character_has_a_glyph(lang: str, family: str) -> None:
    needed = _translated_characters(lang)
    assert len(needed) > 300
    for path in fonts.FILES[family]:
        cmap = _cmap(path)
        missing = sorted(c for c in needed if ord(c) not in cmap)
        assert not missing, f"{path.name} lacks {''.join(missing[:40])}"


def test_names_patients_write_have_glyphs() -> None:
    japanese = _cmap(fonts.FILES[fonts.JAPANESE][0])
    chinese = _cmap(fonts.FILES[fonts.CHINESE][0])
    assert all(ord(c) in japanese for c in "田中愛子佐藤健渡辺")
    assert all(ord(c) in chinese for c in "王小明李华张伟")


def test_the_licence_travels_with_the_fonts() -> None:
    text = (fonts.FONT_DIR / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in text


def test_chart_labels_in_japanese_have_real_glyphs() -> None:
    """The charts' font list reaches the bundled faces; a missing glyph would warn (fail)."""
    from matplotlib.figure import Figure

    from poems_tracker.charts.style import font_families

    assert set(font_families()) & {fonts.JAPANESE, fonts.CHINESE}
    assert fonts.cjk_families("zh_CN")[0] == fonts.CHINESE
    figure = Figure()
    axes = figure.subplots()
    axes.set_title("しびれ・神経の痛み", family=font_families())
    axes.set_ylabel("麻木 (0–10)", family=font_families())
    figure.savefig(io.BytesIO(), format="png")  # a missing glyph would warn, i.e. fail


REPORT_SCRIPT = textwrap.dedent("""
    import os, sys, unicodedata
    from datetime import date, timedelta
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QFontDatabase
    from poems_tracker.ui.shell.app import application
    app = application([])
    assert not [f for f in QFontDatabase.families() if "CJK" in f], "system has CJK"
    from poems_tracker.fonts import register_qt_fonts
    print("registered:", register_qt_fonts())
    from poems_tracker.ui.shell.i18n import install_translators
    install_translators(app, "ja")
    from poems_tracker.store.database import Database
    from poems_tracker.report.document import build_report
    from poems_tracker.report.pdf import write_pdf
    db = Database.open()
    today = date(2026, 3, 31)
    doc = build_report(db, today - timedelta(days=90), today, "田中 愛子", "A4", today=today)
    write_pdf(doc, sys.argv[1])
    from pypdf import PdfReader
    reader = PdfReader(sys.argv[1])
    text = unicodedata.normalize("NFKC", "".join(p.extract_text() for p in reader.pages))
    print("TEXT:" + "".join(text.split()))
""")


def test_japanese_report_without_any_system_cjk_font(tmp_path: Path) -> None:
    """fontconfig sees no font at all: only the bundled faces can draw the report."""
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    config = tmp_path / "fonts.conf"
    config.write_text(
        f'<?xml version="1.0"?><fontconfig><dir>{empty}</dir>'
        f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    out = tmp_path / "report.pdf"
    env = {
        **os.environ,
        "FONTCONFIG_FILE": str(config),
        "QT_QPA_PLATFORM": "offscreen",
        "POEMS_TRACKER_DATA_DIR": str(tmp_path / "data"),
    }
    result = subprocess.run(
        [sys.executable, "-c", REPORT_SCRIPT, str(out)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    text = result.stdout.split("TEXT:", 1)[1]
    for words in ("医師向けレポート", "田中愛子", "期間"):
        assert words in text, (words, text[:300])


def test_the_report_registers_the_bundled_fonts_itself(tmp_path: Path) -> None:
    """Print, preview, Save as PDF and `poems-tracker report` all get the glyphs."""
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    config = tmp_path / "fonts.conf"
    config.write_text(
        f'<?xml version="1.0"?><fontconfig><dir>{empty}</dir>'
        f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    script = REPORT_SCRIPT.replace("from poems_tracker.fonts import register_qt_fonts\n", "")
    script = script.replace('print("registered:", register_qt_fonts())\n', "")
    assert "register_qt_fonts" not in script
    out = tmp_path / "report.pdf"
    env = {
        **os.environ,
        "FONTCONFIG_FILE": str(config),
        "QT_QPA_PLATFORM": "offscreen",
        "POEMS_TRACKER_DATA_DIR": str(tmp_path / "data"),
    }
    result = subprocess.run(
        [sys.executable, "-c", script, str(out)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "医師向けレポート" in result.stdout.split("TEXT:", 1)[1]
