"""Reading lab reports against the libraries underneath (issue 17).

Run on demand: `.venv/bin/python tests/benchmarks/bench_lab_reports.py`. Goal: the reader
adds at most 2× on top of the library alone — a 4-page lab PDF against pypdf's own text
extraction of it (the same layout mode), and a 500-observation FHIR Bundle against
`json.load` of the same file. Prints medians of RUNS runs (after one warm-up) and exits 1
if a goal is missed.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
SAMPLES = ROOT / "tests" / "data" / "lab-reports"
RUNS = 21
TODAY = date(2026, 1, 1)


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def paired(library, reader) -> tuple[float, float, float]:
    """Medians of the library's and the reader's times, and of their per-run ratio.

    The two run one after the other in each round, so a busy machine slows both alike.
    """
    library(), reader()  # warm-up: imports and caches
    pairs = [(timed(library), timed(reader)) for _ in range(RUNS)]
    base = statistics.median(p[0] for p in pairs)
    ours = statistics.median(p[1] for p in pairs)
    return base, ours, statistics.median(r / b for b, r in pairs)


def four_page_pdf(path: Path) -> None:
    spec = importlib.util.spec_from_file_location("sheet", SAMPLES / "make_two_column_pdf.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    module.write_sheet(path, pages=4)


def fhir_bundle(path: Path, count: int = 500) -> None:
    tests = [
        ("26515-7", "Platelets", "10*9/L", "10^9/L", 150, 410),
        ("718-7", "Haemoglobin", "g/L", "g/L", 130, 170),
        ("36916-5", "Free kappa light chains", "mg/L", "mg/L", 3.3, 19.4),
        ("33944-0", "Free lambda light chains", "mg/L", "mg/L", 5.7, 26.3),
        ("3016-3", "TSH", "m[IU]/L", "mIU/L", 0.4, 4.0),
    ]
    entries = []
    for i in range(count):
        loinc, text, ucum, unit, low, high = tests[i % len(tests)]
        day = (date(2015, 1, 1) + timedelta(days=7 * (i // len(tests)))).isoformat()

        def quantity(value, ucum=ucum, unit=unit):
            return {
                "value": value,
                "unit": unit,
                "system": "http://unitsofmeasure.org",
                "code": ucum,
            }

        entries.append(
            {
                "fullUrl": f"urn:uuid:obs-{i}",
                "resource": {
                    "resourceType": "Observation",
                    "id": f"obs-{i}",
                    "status": "final",
                    "category": [
                        {
                            "coding": [
                                {
                                    "system": "http://terminology.hl7.org/CodeSystem/"
                                    "observation-category",
                                    "code": "laboratory",
                                }
                            ]
                        }
                    ],
                    "code": {
                        "coding": [{"system": "http://loinc.org", "code": loinc}],
                        "text": text,
                    },
                    "effectiveDateTime": day,
                    "valueQuantity": quantity(round(low + (high - low) * (i % 7) / 6, 2)),
                    "referenceRange": [{"low": quantity(low), "high": quantity(high)}],
                },
            }
        )
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": entries}
    path.write_text(json.dumps(bundle, indent=1), encoding="utf-8")


def main() -> int:
    from pypdf import PdfReader

    from poems_tracker.exchange.lab_reports import read_reports

    folder = Path(tempfile.mkdtemp(prefix="poems-bench-labs-"))
    try:
        pdf = folder / "four-pages.pdf"
        four_page_pdf(pdf)
        fhir = folder / "bundle.json"
        fhir_bundle(fhir)

        def pypdf_alone() -> None:
            for page in PdfReader(pdf).pages:
                page.extract_text(extraction_mode="layout")

        def json_alone() -> None:
            with fhir.open(encoding="utf-8") as handle:
                json.load(handle)

        pdf_reading = read_reports([pdf], today=TODAY)
        fhir_reading = read_reports([fhir], today=TODAY)
        print(f"4-page PDF: {len(pdf_reading.dated)} results, {len(pdf_reading.unread)} unread")
        print(f"FHIR bundle: {len(fhir_reading.dated)} results, {len(fhir_reading.unread)} unread")
        results = []
        for name, library, ours in (
            ("4-page PDF vs pypdf", pypdf_alone, lambda: read_reports([pdf], today=TODAY)),
            (
                "500-observation FHIR vs json.load",
                json_alone,
                lambda: read_reports([fhir], today=TODAY),
            ),
        ):
            base, reader, ratio = paired(library, ours)
            results.append(ratio <= 2.0)
            print(
                f"{name}: library {base * 1000:.1f} ms, reader {reader * 1000:.1f} ms, "
                f"ratio {ratio:.2f} (goal ≤ 2)"
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
