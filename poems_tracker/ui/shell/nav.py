"""The column of page buttons, told to screen readers as what it is: a list of page tabs.

A checkable QPushButton is announced as "check box, checked", which says nothing about
pages. An accessibility factory gives these buttons the page-tab role, with "selected"
for the page shown, and their column the page-tab-list role; pressing still works as a
button does.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleInterface,
    QAccessibleStateChangeEvent,
)
from PySide6.QtWidgets import QAccessibleWidget, QPushButton, QWidget


class NavButton(QPushButton):
    """One page's button in the column (checkable; the checked one is the page shown)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setCheckable(True)
        self.toggled.connect(self._tell_selected)

    def minimumSizeHint(self) -> QSize:
        """Never narrower than its words (at twice the text size too), nor than 140×52:
        when the page asks for more room than the screen has, the page scrolls and the
        page buttons keep their words whole."""
        return self.sizeHint().expandedTo(QSize(140, 52))

    def _tell_selected(self, _on: bool) -> None:
        """A screen reader hears "selected" change, as for any page tab."""
        if QAccessible.isActive():
            changed = QAccessible.State()
            changed.selected = True
            QAccessible.updateAccessibility(QAccessibleStateChangeEvent(self, changed))


class NavColumn(QWidget):
    """The widget that holds the page buttons."""


class _PageTab(QAccessibleWidget):
    def __init__(self, button: NavButton) -> None:
        super().__init__(button, QAccessible.Role.PageTab)

    def state(self):  # type: ignore[override]
        state = super().state()
        button = self.widget()
        state.selectable = True
        state.selected = bool(button.isChecked())
        state.checkable = False
        state.checked = False
        return state

    def actionNames(self) -> list[str]:
        return [QAccessibleActionInterface.pressAction()]

    def doAction(self, name: str) -> None:
        if name == QAccessibleActionInterface.pressAction():
            self.widget().click()


#: Python must hold the interfaces it hands to Qt, or they are collected under Qt's feet.
_interfaces: dict[int, QAccessibleInterface] = {}


def _factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, NavButton):
        iface: QAccessibleInterface = _PageTab(obj)
    elif isinstance(obj, NavColumn):
        iface = QAccessibleWidget(obj, QAccessible.Role.PageTabList)
    else:
        return None
    key = id(obj)
    _interfaces[key] = iface
    obj.destroyed.connect(lambda *_: _interfaces.pop(key, None))
    return iface


_installed = False


def install_accessibility() -> None:
    """Teach Qt's accessibility layer about the page column (once per process)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
