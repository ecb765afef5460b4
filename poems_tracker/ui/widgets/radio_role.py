"""Buttons that are one choice among several, told to screen readers as radio buttons.

A checkable QPushButton is announced as "check box, checked"; the value buttons of a
score row or an answer row are one choice of a group, so an accessibility factory gives
them the radio-button role ("radio button, 7, checked") while they still press as buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleInterface,
)
from PySide6.QtWidgets import QAbstractButton, QAccessibleWidget

_MARK = "poemsRadio"  # a dynamic property on the buttons that are choices


class _RadioButton(QAccessibleWidget):
    def __init__(self, button: QAbstractButton) -> None:
        super().__init__(button, QAccessible.Role.RadioButton)

    def state(self):  # type: ignore[override]
        state = super().state()
        state.checkable = True
        state.checked = bool(self.widget().isChecked())
        return state

    def actionNames(self) -> list[str]:
        return [QAccessibleActionInterface.pressAction()]

    def doAction(self, name: str) -> None:
        if name == QAccessibleActionInterface.pressAction():
            self.widget().click()


#: Python must hold the interfaces it hands to Qt, or they are collected under Qt's feet.
_interfaces: dict[int, QAccessibleInterface] = {}
_installed = False


def _factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if not isinstance(obj, QAbstractButton) or not obj.property(_MARK):
        return None
    key = id(obj)
    iface = _interfaces[key] = _RadioButton(obj)
    obj.destroyed.connect(lambda *_: _interfaces.pop(key, None))
    return iface


def as_radio(button: QAbstractButton) -> None:
    """Announce BUTTON (checkable, one of a group) as a radio button; call before showing."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
    button.setProperty(_MARK, True)  # Qt itself tells "checked" changes of a button
