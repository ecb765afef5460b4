"""A push button whose words wrap onto more lines instead of being cut off.

Long plain-words answers ("I use a wheelchair but can stand and walk a few steps with help")
must stay whole at twice the text size on a laptop screen; Qt's buttons never wrap.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from poems_tracker.ui.widgets import TARGET

_PAD = 12


class WrapButton(QPushButton):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(_PAD, 4, _PAD, 4)
        layout.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setText(text)

    def setText(self, text: str) -> None:
        self._text = text
        self.label.setText(text)
        self.updateGeometry()

    def text(self) -> str:
        return self._text

    def sizeHint(self) -> QSize:
        hint = self.label.sizeHint()
        return QSize(hint.width() + 2 * _PAD, max(TARGET, hint.height() + 8))

    def minimumSizeHint(self) -> QSize:
        return QSize(
            min(self.sizeHint().width(), 12 * self.fontMetrics().averageCharWidth()), TARGET
        )

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(TARGET, self.label.heightForWidth(width - 2 * _PAD) + 8)
