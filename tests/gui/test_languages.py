"""The window speaks Japanese, French and Chinese; an unknown or broken catalogue means English.

Each test installs the language as start-up does (ui.i18n.install_translators) before the
window is built, then puts English and the default locale back.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from poems_tracker.ui.shell import i18n
from poems_tracker.ui.shell.main_window import PAGES, MainWindow

#: language -> (Today button, a page title or label, the word for numbness, weekday sample)
EXPECTED = {
    "ja": ("今日", "履歴", "しびれ", "水曜日"),
    "fr": ("Aujourd'hui", "Historique", "Engourdissement", "mercredi"),
    "zh_CN": ("今天", "历史", "麻木", "星期三"),
}


@pytest.fixture
def language(qapp: QApplication) -> Iterator[object]:
    """Switch language like start-up does; English and the old locale come back afterwards."""
    before = QLocale()

    def switch(name: str) -> str:
        return i18n.install_translators(qapp, name)

    yield switch
    i18n.install_translators(qapp, "en")
    QLocale.setDefault(before)


def _window(qtbot, db) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def _texts(window: MainWindow) -> set[str]:
    return {w.text() for w in window.findChildren(QLabel)} | {
        w.text() for w in window.findChildren(QPushButton)
    }


@pytest.mark.parametrize("lang", list(EXPECTED))
def test_window_in_each_language(qtbot, db, language, lang: str) -> None:
    assert language(lang).startswith(lang.split("_")[0])
    today, history, numbness, _ = EXPECTED[lang]
    window = _window(qtbot, db)
    assert window.windowTitle() == "POEMS Tracker"  # the name is never translated
    buttons = {b.text() for b in window.nav.buttons()}
    assert today in buttons
    assert history in buttons
    assert QCoreApplication.translate("MainWindow", "Today") == today
    menus = [a.text() for a in window.menuBar().actions()]
    assert "&File" not in menus
    page_text = " ".join(_texts(window))
    assert numbness in page_text  # the check-in page shows the patient's own word
    assert "Numbness" not in page_text


@pytest.mark.parametrize("lang", list(EXPECTED))
def test_every_page_title_is_translated(qtbot, db, language, lang: str) -> None:
    language(lang)
    window = _window(qtbot, db)
    for index, spec in enumerate(PAGES):
        button = window.nav.button(index)
        assert button.text() != spec.title, f"{spec.title} is still English in {lang}"
        assert button.accessibleName() != spec.accessible
        window.show_page(index)  # every page builds in this language without error


@pytest.mark.parametrize("lang", list(EXPECTED))
def test_dates_follow_the_language(qtbot, db, language, lang: str) -> None:
    language(lang)
    sample = QLocale().toString(
        QLocale().toDate("2026-11-25", "yyyy-MM-dd"), QLocale.FormatType.LongFormat
    )
    assert EXPECTED[lang][3] in sample


def test_unknown_language_falls_back_to_english(qtbot, db, language) -> None:
    assert language("xx_YY") == "en"
    window = _window(qtbot, db)
    assert "Today" in {b.text() for b in window.nav.buttons()}


def test_damaged_catalogue_falls_back_to_english(
    qtbot, db, language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "poems_tracker_ja.qm").write_bytes(b"this is not a catalogue")
    monkeypatch.setattr(i18n, "TRANSLATIONS", tmp_path)
    assert language("ja_JP") == "en"
    window = _window(qtbot, db)
    assert "Today" in {b.text() for b in window.nav.buttons()}


def test_missing_catalogue_falls_back_to_english(
    qtbot, db, language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "TRANSLATIONS", tmp_path / "nowhere")
    assert language("fr_FR") == "en"
    window = _window(qtbot, db)
    assert "Today" in {b.text() for b in window.nav.buttons()}


def test_regional_variants_find_their_language(language) -> None:
    assert language("fr_CA") != "en"
    assert language("ja_JP") != "en"
    assert language("zh_CN") != "en"


def _japanese_report(db, tmp_path: Path) -> Path:
    from datetime import timedelta

    from poems_tracker.demo import fill
    from poems_tracker.report.document import build_report
    from poems_tracker.report.pdf import write_pdf
    from poems_tracker.ui.shell import clock

    today = clock.today()
    fill(db, years=1, seed=5, today=today)
    document = build_report(db, today - timedelta(days=90), today, "田中 愛子", "A4", today=today)
    out = tmp_path / "report-ja.pdf"
    assert write_pdf(document, out) >= 1
    return out


def test_japanese_report_pdf_has_extractable_japanese_text(
    qtbot, db, language, tmp_path: Path
) -> None:
    """The doctor can search and copy the Japanese report: real glyphs, embedded fonts."""
    import unicodedata

    from pypdf import PdfReader

    language("ja")
    reader = PdfReader(_japanese_report(db, tmp_path))
    text = unicodedata.normalize("NFKC", "".join(p.extract_text() for p in reader.pages))
    flat = "".join(text.split())  # extraction breaks lines between CJK runs
    for words in ("医師向けレポート", "しびれ", "田中愛子", "お薬", "POEMSTracker"):
        assert words in flat, words
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target["/FontDescriptor"].get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), (
                f"{font['/BaseFont']} is not embedded"
            )
            fonts.add(str(font["/BaseFont"]))
    assert len(fonts) >= 2, fonts  # a Latin face and a face with Japanese glyphs


def test_japanese_report_chart_has_every_glyph(qtbot, db, language, tmp_path: Path) -> None:
    import warnings

    language("ja")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        _japanese_report(db, tmp_path)
    missing = [str(w.message) for w in caught if "missing from font" in str(w.message)]
    assert not missing, missing[:3]


def test_english_counts_use_plural_forms(language) -> None:
    assert language("en_GB") == "en"
    assert QCoreApplication.translate("HistoryPage", "%n day(s) logged.", "", 1) == (
        "1 day logged."
    )
    assert QCoreApplication.translate("HistoryPage", "%n day(s) logged.", "", 3) == (
        "3 days logged."
    )


def test_a_store_error_reaches_a_japanese_patient_in_japanese(
    qtbot, language, tmp_path: Path
) -> None:
    """Restoring a file that is not a backup: the store's sentence, as the window says it."""
    from poems_tracker.errors import DatabaseError
    from poems_tracker.store.backup import inspect
    from poems_tracker.ui.shell.write_path import error_sentence

    stray = tmp_path / "notes.txt"
    stray.write_text("not a backup", encoding="utf-8")
    language("ja")
    with pytest.raises(DatabaseError) as raised:
        inspect(stray)
    said = error_sentence(raised.value)
    assert str(stray) in said
    assert "バックアップ" in said and "backup" not in said
