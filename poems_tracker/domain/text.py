"""Marking text for translation without importing Qt.

`N_(context, text)` returns TEXT unchanged; `pyside6-lupdate -tr-function-alias
QT_TRANSLATE_NOOP+=N_` collects it, and `ui/` translates it at display time with
`QCoreApplication.translate(context, text)`.
"""


def N_(context: str, text: str) -> str:
    return text
