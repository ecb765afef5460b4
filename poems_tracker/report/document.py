"""Build the doctor-visit report as ONE QTextDocument, used for Print, Preview and PDF.

The document is laid out for the body of a page of the chosen size (A4 or Letter) in
96-dpi units; `report.pdf.paint_document` scales it onto any paged device, page by page,
with the footer "Patient-recorded data; not medical advice" and page numbers.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QTextDocument

from poems_tracker.report import poems_sections, sections
from poems_tracker.report.data import ReportData, SymptomLine
from poems_tracker.report.kit import esc, tr
from poems_tracker.store.database import Database
from poems_tracker.wording import day_text

#: Page margins in millimetres (left, top, right, bottom) and the footer's height.
MARGINS_MM = (16.0, 14.0, 16.0, 12.0)
FOOTER_MM = 9.0
LAYOUT_DPI = 96.0
CHART_URL = QUrl("poems-report:chart.png")
#: The chart is rendered at this many pixels per inch of printed width.
CHART_DPI = 220
#: The least room (96-dpi units: a table header and a row) a heading needs below it on its page.
KEEP_WITH_HEADING = 48.0
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}

_STYLE = """
h1 { font-size: 15pt; margin-bottom: 2px; }
h2 { font-size: 11pt; margin-top: 4px; margin-bottom: 1px; }
th { background-color: #e6e6e6; font-weight: bold; }
p, li, td, th { font-size: 8.5pt; }
p { margin-top: 2px; margin-bottom: 2px; }
small { font-size: 7.5pt; }
"""


def default_page_size() -> str:
    """Letter where the system uses US measures (US, Canada's printers follow), else A4."""
    from PySide6.QtCore import QLocale

    us = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "Letter" if us else "A4"


def page_layout(page_size: str | QPageSize.PageSizeId) -> QPageLayout:
    """The page layout every device uses for the report: portrait, fixed margins."""
    size_id = PAGE_SIZES.get(page_size, page_size) if isinstance(page_size, str) else page_size
    left, top, right, bottom = MARGINS_MM
    return QPageLayout(
        QPageSize(size_id),
        QPageLayout.Orientation.Portrait,
        QMarginsF(left, top, right, bottom),
        QPageLayout.Unit.Millimeter,
    )


def body_size(layout: QPageLayout) -> QSizeF:
    """The text area of one page in layout units (96 per inch), above the footer."""
    rect = layout.paintRect(QPageLayout.Unit.Inch)
    return QSizeF(rect.width() * LAYOUT_DPI, (rect.height() - FOOTER_MM / 25.4) * LAYOUT_DPI)


def gather(db: Database, start: date, end: date, patient_name: str, today: date) -> ReportData:
    """Read what the report shows from the store, and work out the summaries."""
    from PySide6.QtCore import QCoreApplication

    from poems_tracker.domain import analysis
    from poems_tracker.domain.models import SymptomKind
    from poems_tracker.domain.symptoms import label_context
    from poems_tracker.store.appointments import list_appointments, list_questions
    from poems_tracker.store.checkins import list_checkins, list_symptoms
    from poems_tracker.store.function_checks import list_checks
    from poems_tracker.store.labs import list_results
    from poems_tracker.store.medications import list_events

    data = ReportData(start, end, today, patient_name)
    _who(data)
    length = (end - start).days + 1
    checkins = list_checkins(db, start - timedelta(days=length), end)
    inside = [c for c in checkins if start <= c.day]
    data.checkin_days = len(inside)
    for symptom in list_symptoms(db):
        context = label_context(symptom)
        label = (
            symptom.label
            if context is None
            else QCoreApplication.translate(context, symptom.label)
        )
        points = analysis.series_from_checkins(checkins, symptom.key)
        if symptom.kind is SymptomKind.YESNO:
            days = [v for d, v in points.items() if d >= start]
            data.symptoms.append(
                SymptomLine(symptom, label, len(days), yes_days=sum(1 for v in days if v))
            )
            continue
        summary = analysis.summarise(points, start, end)
        data.symptoms.append(
            SymptomLine(
                symptom,
                label,
                summary.count,
                summary.mean,
                summary.minimum,
                summary.maximum,
                summary.previous_mean,
            )
        )
    weight = analysis.summarise(analysis.series_from_checkins(checkins, "weight_kg"), start, end)
    if weight.count:
        data.weight = SymptomLine(
            list_symptoms(db)[0],
            "weight",
            weight.count,
            weight.mean,
            weight.minimum,
            weight.maximum,
            weight.previous_mean,
        )
    data.notes = [c for c in inside if c.note.strip()]
    data.medications = _medications(db, start, end, today)
    from poems_tracker.domain.analysis import lab_sort_key
    from poems_tracker.domain.lab_catalog import find_test
    from poems_tracker.domain.marker_facts import SERIES_KEYS

    groups: dict[tuple[str, str], list] = {}
    for result in list_results(db, start=start, end=end):
        test = find_test(result.test)
        if test is not None and test.key in SERIES_KEYS:
            continue  # the markers have their own section
        groups.setdefault((result.test, result.unit), []).append(result)
    data.labs = {k: groups[k] for k in sorted(groups, key=lambda k: (*lab_sort_key(k[0]), k[1]))}
    data.events = sorted(list_events(db), key=lambda e: e.start_date)
    data.appointments = _next_appointments(list_appointments(db), start, end, today)
    data.questions = list_questions(db, open_only=True)
    data.function_checks = list_checks(db, min(start, _year_before(end)), end)
    _monthly(
        data, checkins if start <= _year_before(end) else list_checkins(db, _year_before(end), end)
    )
    _poems_summaries(db, data, inside)
    return data


def _who(data: ReportData) -> None:
    """Date of birth and hospital number from Preferences, when set."""
    from poems_tracker import settings

    born = settings.get("prefs/birth_date")
    try:
        data.birth_date = date.fromisoformat(born) if born else None
    except ValueError:
        data.birth_date = None
    data.hospital_number = settings.get("prefs/hospital_number")


def _year_before(day: date) -> date:
    return day - timedelta(days=364)


def _next_appointments(visits: list, start: date, end: date, today: date) -> list:
    """The next planned visits first (soonest first), then the period's latest visits."""
    upcoming = [a for a in visits if a.day >= today and str(a.status) == "planned"][:6]
    past = [a for a in visits if start <= a.day <= end and a not in upcoming]
    return upcoming + past[::-1][: max(0, 8 - len(upcoming))]


def _monthly(data: ReportData, checkins: list) -> None:
    """Monthly means of the score symptoms over the 12 months up to the period's end."""
    from poems_tracker.domain import analysis
    from poems_tracker.domain.models import SymptomKind

    first = _year_before(data.end).replace(day=1)
    months = []
    month = first
    while month <= data.end:
        months.append(month)
        month = (month + timedelta(days=32)).replace(day=1)
    months = months[-12:]
    for line in data.symptoms:
        if line.symptom.kind is not SymptomKind.SCORE:
            continue
        sums: dict[date, list[float]] = {}
        for day, value in analysis.series_from_checkins(checkins, line.symptom.key).items():
            if months[0] <= day <= data.end:
                sums.setdefault(day.replace(day=1), []).append(value)
        if sums:
            data.monthly.append((line.label, {m: sum(v) / len(v) for m, v in sums.items()}))
    data.monthly_months = months if data.monthly else []


def _poems_summaries(db: Database, data: ReportData, checkins: list) -> None:
    """The markers with their facts, the treatment courses, symptoms by cycle day.

    The markers reach back to the first result ever but stop at the period's end, so a
    report for an earlier period shows that time's values.
    """
    from poems_tracker import settings
    from poems_tracker.domain.cycle_days import cycle_schedule, summaries_for_period
    from poems_tracker.domain.marker_facts import is_poems_medicine, marker_series
    from poems_tracker.domain.models import SymptomKind
    from poems_tracker.store.labs import list_results
    from poems_tracker.store.medications import list_events, list_medications

    until = min(data.end, data.today)
    courses = list_medications(db)
    data.series = marker_series(
        list_results(db, end=until),
        list_events(db),
        courses,
        until,
        settings.get("prefs/marker_interval_months"),
    )
    for med in sorted(courses, key=lambda m: m.start_date):
        if not is_poems_medicine(med.name) or med.start_date > until:
            continue
        schedule = cycle_schedule(med)
        cycles = 0
        if schedule is not None:
            last = min(med.end_date or until, until)
            cycles = (last - med.start_date).days // schedule.cycle_length + 1
        data.courses.append((med, cycles))
    keys = [line.symptom.key for line in data.symptoms if line.symptom.kind is SymptomKind.SCORE]
    data.cycle_summaries = summaries_for_period(courses, checkins, keys, data.start, data.end)


def _medications(db: Database, start: date, end: date, today: date) -> list[tuple]:
    """Each course active in the period, with its adherence in plain words."""
    from poems_tracker.domain.adherence import adherence
    from poems_tracker.store.medications import dose_counts, list_medications
    from poems_tracker.wording import adherence_in_full, schedule_not_understood

    counts = dose_counts(db, start, end)
    rows = []
    for med in list_medications(db):
        if med.start_date > end or (med.end_date is not None and med.end_date < start):
            continue
        try:
            result = adherence(med, counts.get(med.id, {}), start, end, today)
        except ValueError:
            rows.append((med, schedule_not_understood()))
            continue
        text = adherence_in_full(result)
        rows.append((med, text))
    return rows


def _chart(data: ReportData, width: float) -> tuple[str, bytes | None]:
    """The small marker charts from charts/ as PNG bytes at print resolution, and its HTML."""
    try:
        from poems_tracker.charts.markers import Span, markers_figure
    except ImportError:
        return "", None
    from PySide6.QtCore import QCoreApplication, QLocale

    from poems_tracker.domain.markers import TREATMENT_KINDS
    from poems_tracker.domain.models import EventKind

    until = min(data.end, data.today)
    spans = [
        Span(e.start_date, e.end_date or e.start_date + timedelta(days=1))
        for e in data.events
        if EventKind(e.kind) in TREATMENT_KINDS
    ]
    spans += [Span(med.start_date, med.end_date or until) for med, _cycles in data.courses]
    # a little wider than the window's, so flatter once scaled to the page: room for a
    # quarter on two pages in every language
    figure = markers_figure(
        data.series,
        spans,
        until,
        tr=QCoreApplication.translate,
        width_in=7.5,
        decimal_point=QLocale().decimalPoint(),
    )
    if not figure.axes:
        return "", None
    fig_w, fig_h = figure.get_size_inches()
    buffer = io.BytesIO()
    figure.savefig(
        buffer,
        format="png",
        dpi=CHART_DPI * (width / LAYOUT_DPI) / fig_w,
        pil_kwargs={"compress_level": 1},
    )  # fast: Qt re-encodes it for the PDF
    height = width * fig_h / fig_w
    alt = tr(
        "Charts: each marker over the last two years or more, treatments shaded behind, "
        "the dashed line the top of the lab's range"
    )
    caption = tr(
        "Grey: treatment. Dashed: top of the lab's range. A log scale where values span "
        "more than tenfold."
    )
    return (
        f'<p><img src="{CHART_URL.toString()}" width="{int(width)}" height="{int(height)}"'
        f' alt="{esc(alt)}"><br><small>{esc(caption)}</small></p>'
    ), buffer.getvalue()


@dataclass(frozen=True, slots=True)
class ReportParts:
    """Everything the document is made of, with no Qt object in it, so the slow part (reading
    ten years, drawing the chart) can run off the GUI thread."""

    html: str
    chart_png: bytes | None
    title: str
    page_size_id: int
    body_width: float
    body_height: float


def prepare_report(
    db: Database,
    start: date,
    end: date,
    patient_name: str,
    page_size: str | QPageSize.PageSizeId = "A4",
    today: date | None = None,
) -> ReportParts:
    """Read, summarise and draw the report for START..END (safe in a worker thread)."""
    today = today or end
    layout = page_layout(page_size)
    size = body_size(layout)
    data = gather(db, start, end, patient_name, today)
    body = [
        sections.header_html(data),
        poems_sections.markers_html(data),
    ]
    chart_html, chart = _chart(data, size.width())
    body += [
        chart_html,
        sections.events_html(data),
        sections.function_html(data),
        sections.symptoms_html(data),
        sections.monthly_html(data),
        sections.medications_html(data),
        poems_sections.cycle_days_html(data),
        sections.labs_html(data),
        sections.appointments_html(data),
        sections.questions_html(data),
        sections.notes_html(data),
    ]
    title = tr("POEMS Tracker report {start} to {end}").format(
        start=day_text(start), end=day_text(end)
    )
    if patient_name.strip():
        title = tr("{title}: {name}").format(title=title, name=patient_name.strip())
    return ReportParts(
        "<html><body>" + "".join(body) + "</body></html>",
        chart,
        title,
        layout.pageSize().id().value,
        size.width(),
        size.height(),
    )


def document_from(parts: ReportParts) -> QTextDocument:
    """The one QTextDocument that Print, Print Preview and Save as PDF all use."""
    from poems_tracker.fonts import register_qt_fonts

    register_qt_fonts()  # Japanese and Chinese glyphs even where the computer has no CJK font
    document = QTextDocument()
    document.setDocumentMargin(0)
    font = QFont()
    font.setPointSizeF(9)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(_STYLE)
    document.setPageSize(QSizeF(parts.body_width, parts.body_height))
    document.setProperty("page_size_id", parts.page_size_id)
    document.setHtml(parts.html)
    # after setHtml, which takes the title from the HTML (none) and so clears it
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, parts.title)
    if parts.chart_png is not None:  # after setHtml, which clears the document's resources
        document.addResource(
            QTextDocument.ResourceType.ImageResource,
            CHART_URL,
            QImage.fromData(parts.chart_png, "PNG"),
        )
    keep_headings_with_next(document)
    return document


def keep_headings_with_next(document: QTextDocument, room: float = KEEP_WITH_HEADING) -> None:
    """Start a section on the next page when its heading would end a page alone.

    Qt has no "keep with next"; a heading with less than ROOM (layout units) below it on its
    page gets a page break before it, so the doctor never meets a title with nothing under it.
    """
    from PySide6.QtGui import QTextCursor, QTextFormat

    page = document.pageSize().height()
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == 2:
            rect = layout.blockBoundingRect(block)
            page_end = (int(rect.top() // page) + 1) * page
            if rect.top() % page > 1 and page_end - rect.bottom() < room:
                fmt = block.blockFormat()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(fmt)
        block = block.next()


def build_report(
    db: Database,
    start: date,
    end: date,
    patient_name: str,
    page_size: str | QPageSize.PageSizeId = "A4",
    today: date | None = None,
) -> QTextDocument:
    """The report for START..END (inclusive) laid out for PAGE_SIZE ("A4" or "Letter")."""
    return document_from(prepare_report(db, start, end, patient_name, page_size, today))
