"""Writes two-column.pdf: a lab sheet laid out as a two-column table, with Qt's QPdfWriter.

Run from the repository root: `python tests/data/lab-reports/make_two_column_pdf.py`.
`write_sheet(path, pages)` is also used by the benchmark for a 4-page report.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HEADER = ("Northbridge General Hospital - Haematology and Immunology", "Sample date: 2025-06-10")
COLUMNS = ("Test", "Result", "Units", "Range")
LEFT = (
    ("Platelets", "398", "10^9/L", "150-410"),
    ("IgG", "9.8", "g/L", "7.0-16.0"),
    ("IgM", "0.6", "g/L", "0.4-2.5"),
    ("Cortisol", "412", "nmol/L", "160-550"),
    ("LH", "4.1", "IU/L", "2-9"),
    ("eGFR", "78", "mL/min/1.73m2", ">=90"),
    ("PTH", "5.2", "pmol/L", "1.6-6.9"),
)
RIGHT = (
    ("Haemoglobin", "141", "g/L", "130-170"),
    ("IgA", "5.1", "g/L", "0.8-4.0"),
    ("Free T4", "15.2", "pmol/L", "9-19"),
    ("Prolactin", "22", "ug/L", "3.6-18.0"),
    ("FSH", "6.3", "IU/L", "2-12"),
    ("Calcium", "2.31", "mmol/L", "2.15-2.55"),
    ("VEGF", "410", "pg/mL", ""),
)


def write_sheet(path: Path, pages: int = 1) -> None:
    """Draw the sheet PAGES times (one page each) as real text, cell by cell."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    painter = QPainter(writer)
    painter.setFont(QFont("DejaVu Sans", 9))
    x_cells = (0, 430, 600, 900)  # column offsets in one half, at 300 dpi
    for page in range(pages):
        if page:
            writer.newPage()
        y = 60
        for line in HEADER:
            painter.drawText(0, y, line)
            y += 70
        y += 40
        for half, rows in ((0, LEFT), (1, RIGHT)):
            row_y = y
            left = half * 1130
            for i, text in enumerate(COLUMNS):
                painter.drawText(left + x_cells[i], row_y, text)
            for row in rows:
                row_y += 70
                for i, text in enumerate(row):
                    painter.drawText(left + x_cells[i], row_y, text)
    painter.end()
    del app


if __name__ == "__main__":
    write_sheet(Path(__file__).with_name("two-column.pdf"))
