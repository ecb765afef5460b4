"""Marking text for translation without importing Qt.

`N_(context, text)` returns TEXT unchanged; `pyside6-lupdate -tr-function-alias
QT_TRANSLATE_NOOP+=N_` collects it, and `ui/` translates it at display time with
`QCoreApplication.translate(context, text)`.
"""


def N_(context: str, text: str) -> str:
    return text


def counted(count: int, word: str, words: str = "") -> str:
    """An English count for the command line: "1 year", "3 years" (never "year(s)").
    WORDS is the plural when adding an "s" is wrong."""
    return f"{count} {word if count == 1 else (words or word + 's')}"
