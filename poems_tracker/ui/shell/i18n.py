"""Loading translations: ours from the package, Qt's own for stock buttons; English otherwise."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = ("en", "ja", "fr", "zh_CN")

_installed: list[QTranslator] = []


def install_translators(app: QApplication, locale_name: str) -> str:
    """Install the catalogues for LOCALE_NAME; return the language used ("en" on any problem).

    A missing or damaged file or an unknown locale falls back to English quietly.
    """
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    locale = QLocale(locale_name)
    QLocale.setDefault(locale)
    ours = QTranslator(app)
    if locale.language() == QLocale.Language.English or not ours.load(
        locale, "poems_tracker", "_", str(TRANSLATIONS)
    ):
        if locale.language() != QLocale.Language.English:
            log.info("no translation for %s; using English", locale_name)
        _install_english_plurals(app)
        return "en"
    app.installTranslator(ours)
    _installed.append(ours)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    return locale.name()


def _install_english_plurals(app: QApplication) -> None:
    """English words need no catalogue, but counts do: "1 day", not "1 day(s)"."""
    plurals = QTranslator(app)
    if plurals.load(str(TRANSLATIONS / "poems_tracker_en.qm")):
        app.installTranslator(plurals)
        _installed.append(plurals)
