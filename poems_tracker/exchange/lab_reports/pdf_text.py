"""The text layer of a lab report PDF, line by line, with pypdf.

pypdf is imported here, inside the function, so neither the window's start nor the
command line pays for it until a PDF is read. A scanned PDF (no text layer), a PDF locked
with a password, and one with more pages than a lab report has are refused in one sentence.
"""

from __future__ import annotations

import logging
from pathlib import Path

from poems_tracker.domain.text import N_
from poems_tracker.exchange.lab_reports.model import ReportRefused

#: A lab report is a few pages; a longer PDF is something else (and would take long).
MAX_PAGES = 50


def pdf_lines(path: Path) -> list[str]:
    """Every line of the PDF's text layer, pages one after another (raises ReportRefused)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # damaged files are our sentence
    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReportRefused(
                N_(
                    "lab_reports",
                    "This PDF is locked with a password; save it without one and try again.",
                )
            )
        count = len(reader.pages)
        if count > MAX_PAGES:
            raise ReportRefused(
                N_(
                    "lab_reports",
                    "This PDF has {pages} pages; lab reports of more than {limit} pages "
                    "are not read.",
                ),
                pages=count,
                limit=MAX_PAGES,
            )
        lines: list[str] = []
        for page in reader.pages:
            text = page.extract_text(extraction_mode="layout") or ""
            lines.extend(line.replace("\t", " ").rstrip() for line in text.splitlines())
    except ReportRefused:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        if "decrypt" in str(exc).lower() or "crypt" in type(exc).__name__.lower():
            raise ReportRefused(
                N_(
                    "lab_reports",
                    "This PDF is locked with a password; save it without one and try again.",
                )
            ) from exc
        raise ReportRefused(
            N_("lab_reports", "This PDF cannot be read; it may be damaged.")
        ) from exc
    if not any(line.strip() for line in lines):
        raise ReportRefused(
            N_(
                "lab_reports",
                "This PDF has no text, only images (a scan); copy the values by hand or "
                "ask the lab for a PDF with text.",
            )
        )
    return lines
