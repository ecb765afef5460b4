"""The installed Qt binding must not leak references (PySide6 6.12.0 on Python 3.11 did:
the window aborted with "none_dealloc" after a patient browsed some forty days)."""

from __future__ import annotations

import sys


def test_qt_calls_do_not_leak_references_to_none(qapp) -> None:
    from PySide6.QtWidgets import QPushButton

    button = QPushButton()
    before = sys.getrefcount(None)
    for _ in range(1000):
        button.setEnabled(True)
    assert before - sys.getrefcount(None) < 50
