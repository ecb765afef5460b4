"""Paint the report page by page, with its footer, onto a PDF writer or a printer.

Print, Print Preview and Save as PDF all call `paint_document` with the same document, so
what the patient previewed is what prints. Text stays text in the PDF (searchable).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF, Qt, qInstallMessageHandler
from PySide6.QtGui import QFont, QPagedPaintDevice, QPainter, QPdfWriter, QTextDocument

from poems_tracker.report.document import FOOTER_MM, PAGE_SIZES, page_layout

#: Resolution of the PDF's coordinate system; text and lines are vectors whatever it is.
PDF_DPI = 600


def _tr(text: str) -> str:
    return QCoreApplication.translate("Report", text)


def headless_application() -> QCoreApplication:
    """The QApplication a report needs to lay out text, on the offscreen platform when no
    other is set, so `poems-tracker report` works with no display."""
    import os

    from PySide6.QtWidgets import QApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication.instance() or QApplication(["poems-tracker"])


def _drop_message(*_args: object) -> None:
    """Qt's diagnostic goes nowhere: the command line says what went wrong itself."""


@contextmanager
def qt_messages_silenced() -> Iterator[None]:
    """No Qt diagnostics on the terminal while a report is written from the command line
    (a file Qt cannot open makes thousands of `QPainter` lines around one sentence)."""
    previous = qInstallMessageHandler(_drop_message)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def footer_text() -> str:
    return _tr("Patient-recorded data; not medical advice")


def prepare_device(document: QTextDocument, device: QPagedPaintDevice) -> None:
    """Give DEVICE the report's page size and margins (A4 or Letter, portrait)."""
    size_id = document.property("page_size_id")
    layout = page_layout(PAGE_SIZES["A4"] if size_id is None else _size_id(size_id))
    device.setPageLayout(layout)


def _size_id(value: object):
    from PySide6.QtGui import QPageSize

    return QPageSize.PageSizeId(int(value))


def paint_document(document: QTextDocument, device: QPagedPaintDevice) -> int:
    """Paint every page of DOCUMENT with the footer; returns the number of pages."""
    dpi = device.logicalDpiX()
    rect = device.pageLayout().paintRectPixels(dpi)
    scale = rect.width() / document.pageSize().width()
    footer = FOOTER_MM / 25.4 * dpi
    page_height = (rect.height() - footer) / scale
    document.setPageSize(QSizeF(document.pageSize().width(), page_height))
    pages = max(1, document.pageCount())
    painter = QPainter(device)
    try:
        font = QFont(document.defaultFont())
        font.setPointSizeF(7.5)
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, -page * page_height)
            document.drawContents(
                painter, QRectF(0, page * page_height, document.pageSize().width(), page_height)
            )
            painter.restore()
            painter.setFont(font)
            line = QRectF(0, rect.height() - footer * 0.75, rect.width(), footer * 0.75)
            painter.drawLine(line.topLeft(), line.topRight())
            painter.drawText(
                line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, footer_text()
            )
            painter.drawText(
                line,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                _tr("Page {page} of {pages}").format(page=page + 1, pages=pages),
            )
    finally:
        painter.end()
    return pages


def write_pdf(document: QTextDocument, path: Path) -> int:
    """Save DOCUMENT as a PDF at PATH (replaced); returns the number of pages."""
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(tmp))
    writer.setResolution(PDF_DPI)
    writer.setTitle(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    writer.setCreator("POEMS Tracker")
    prepare_device(document, writer)
    pages = paint_document(document, writer)
    del writer  # flushes and closes the file
    tmp.replace(path)
    return pages
