"""The room the pages live in: as large as a page asks while the screen has room, and
scrolling (not growing past the screen's edge) when it does not.

A window grows to its pages' least size; on an 800×600 screen, or at twice the text size,
that pushed Save and the summaries below the bottom of the screen. Here the area asks
for the page's least size only up to what the screen can show, and scrolls the rest.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QMainWindow, QScrollArea, QStackedWidget, QWidget


class PageHolder(QWidget):
    """Holds the page stack at the viewport's size, or at the page's least size when the
    viewport is smaller. Without a layout of its own it tells the scroll area nothing of
    height-for-width, which would make the page as tall as its preferred height and push
    Save below the fold."""

    def __init__(self, stack: QStackedWidget, area: QScrollArea) -> None:
        super().__init__()
        self.stack, self.area = stack, area
        stack.setParent(self)
        stack.currentChanged.connect(self._page_changed)

    def minimumSizeHint(self) -> QSize:
        """The page shown's least size. A stack asks for the largest of all its pages:
        once Trends had been visited, every page of an 800×600 screen scrolled sideways."""
        page = self.stack.currentWidget()
        return page.minimumSizeHint() if page is not None else QSize(0, 0)

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()

    def _page_changed(self) -> None:
        self.updateGeometry()
        self.area.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.stack.setGeometry(self.rect())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # a page grew or shrank: the area and the window hear it
            self.area.updateGeometry()
        return super().event(event)


class PageArea(QScrollArea):
    """The scrolling room around the page stack."""

    def __init__(self, stack: QStackedWidget) -> None:
        super().__init__()
        self.setObjectName("PageArea")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(PageHolder(stack, self))

    def _room(self) -> QSize:
        """The most this area may ask for: the screen's free space less the window's
        own parts (frame, menu bar, the widgets beside the area, margins), reckoned from
        their least sizes so that it holds before the window is first laid out."""
        window, screen, holder = self.window(), self.screen(), self.parentWidget()
        if screen is None or window is self or holder is None or holder.layout() is None:
            return QSize(16_777_215, 16_777_215)
        layout = holder.layout()
        margins = layout.contentsMargins()
        beside = [
            item.widget().minimumSizeHint().width()
            for item in (layout.itemAt(i) for i in range(layout.count()))
            if item.widget() is not None and item.widget() is not self
        ]
        width = margins.left() + margins.right() + sum(beside) + layout.spacing() * len(beside)
        height = margins.top() + margins.bottom()
        if isinstance(window, QMainWindow) and window.menuBar() is not None:
            height += window.menuBar().sizeHint().height()
        frame = window.frameGeometry().size() - window.size()
        room = screen.availableGeometry().size() - frame - QSize(width, height)
        return room.expandedTo(QSize(200, 200))

    def minimumSizeHint(self) -> QSize:
        holder = self.widget()
        need = holder.minimumSizeHint() if holder is not None else QSize(0, 0)
        return need.boundedTo(self._room())

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()
