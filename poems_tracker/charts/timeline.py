"""Medicine courses and treatment events on the shared date axis.

Each medicine gets a row of bars (one per course); events get rows of labelled spans or
markers, laid out so that labels do not run over each other. Behind the other panels the
same events show as a light wash, so "pain fell after cycle 3" can be read straight down.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from matplotlib.axes import Axes

from poems_tracker.charts import style
from poems_tracker.domain.models import EventKind, Medication, TreatmentEvent
from poems_tracker.domain.text import N_

Translate = Callable[[str, str], str]

EVENT_LABELS = {
    EventKind.DIAGNOSIS: N_("events", "Diagnosis"),
    EventKind.TRANSPLANT: N_("events", "Stem cell transplant"),
    EventKind.RADIATION: N_("events", "Radiotherapy"),
    EventKind.CHEMOTHERAPY: N_("events", "Chemotherapy"),
    EventKind.HOSPITAL: N_("events", "Hospital stay"),
    EventKind.PROCEDURE: N_("events", "Procedure"),
    EventKind.OTHER: N_("events", "Other"),
}
#: Kinds that last until an end date; without one they are still going on.
_LASTING = {EventKind.CHEMOTHERAPY, EventKind.RADIATION, EventKind.HOSPITAL}
_CHARS_ACROSS = 70  # about how many label characters fit across the plot
_LABEL_CHARS = 30


def event_span(event: TreatmentEvent, end: date) -> tuple[date, date]:
    """First and last day an event covers; an open lasting one runs to END."""
    if event.end_date is not None:
        return event.start_date, max(event.start_date, event.end_date)
    if event.kind in _LASTING:
        return event.start_date, max(event.start_date, end)
    return event.start_date, event.start_date


def event_label(event: TreatmentEvent, tr: Translate) -> str:
    """The event's own words (first line, shortened), else its kind."""
    text = event.description.strip().splitlines()[0] if event.description.strip() else ""
    if not text:
        text = tr("events", EVENT_LABELS.get(event.kind, EVENT_LABELS[EventKind.OTHER]))
    return text if len(text) <= _LABEL_CHARS else text[: _LABEL_CHARS - 1] + "…"


def _visible_events(
    events: Sequence[TreatmentEvent], start: date, end: date
) -> list[TreatmentEvent]:
    return sorted(
        (e for e in events if e.start_date <= end and event_span(e, end)[1] >= start),
        key=lambda e: e.start_date,
    )


def _medicine_rows(
    medications: Sequence[Medication], start: date, end: date
) -> dict[str, list[Medication]]:
    rows: dict[str, list[Medication]] = {}
    for med in sorted(medications, key=lambda m: (m.start_date, m.name.casefold())):
        if med.start_date <= end and (med.end_date is None or med.end_date >= start):
            rows.setdefault(med.name, []).append(med)
    return rows


def _event_lanes(
    events: Sequence[TreatmentEvent], start: date, end: date, tr: Translate
) -> list[list[TreatmentEvent]]:
    """Greedy lanes: an event goes in the first lane whose last label it does not overlap."""
    span = max(1, (end - start).days + 1)
    lanes: list[list[TreatmentEvent]] = []
    ends: list[date] = []
    for event in _visible_events(events, start, end):
        first, last = event_span(event, end)
        first = max(first, start)
        label_days = int(len(event_label(event, tr)) * span / _CHARS_ACROSS) + 1
        busy_until = max(last, first + timedelta(days=label_days))
        for i, lane_end in enumerate(ends):
            if lane_end < first:
                lanes[i].append(event)
                ends[i] = busy_until
                break
        else:
            lanes.append([event])
            ends.append(busy_until)
    return lanes


def treatment_rows(
    medications: Sequence[Medication], events: Sequence[TreatmentEvent], start: date, end: date
) -> int:
    """How many rows the treatments panel needs (for sizing before drawing)."""
    return len(_medicine_rows(medications, start, end)) + len(
        _event_lanes(events, start, end, lambda c, t: t)
    )


def _letters(ax: Axes, fraction: float) -> int:
    """How many average letters of the label font fit in FRACTION of the axes' width."""
    width_in = ax.get_position().width * ax.figure.get_size_inches()[0] * fraction
    return int(width_in * 72 / (style.SMALL * 0.62)) - 2


def shorten(text: str, letters: int) -> str:
    """TEXT cut to about LETTERS average letters (wide CJK letters count double), with "…"."""
    if style.text_width(text) <= letters:
        return text
    out = ""
    for char in text:
        if style.text_width(out + char) > max(1, letters - 1):
            break
        out += char
    return out.rstrip() + "…"


def _label_at(
    ax: Axes, x0: float, x1: float, y: float, text: str, start: date, end: date, gid: str
) -> None:
    """Write TEXT at the start of a bar, or ending at its end when it starts far right;
    shortened with "…" to the room up to the chart's edge, never cut mid-letter by it
    (the full words are in the readout and the Numbers tab)."""
    right_side = x0 > style.day_number(start) + 0.7 * (end - start).days
    first, last = style.day_number(start) - 0.5, style.day_number(end) + 0.5
    room = (x1 - first) if right_side else (last - x0)
    ax.text(
        x1 if right_side else x0,
        y,
        f" {shorten(text, _letters(ax, room / max(1.0, last - first)))} ",
        **style.font(style.SMALL),
        va="center",
        ha="right" if right_side else "left",
        clip_on=True,
        gid=gid,
    )


def draw_treatments(
    ax: Axes,
    medications: Sequence[Medication],
    events: Sequence[TreatmentEvent],
    start: date,
    end: date,
    tr: Translate,
) -> None:
    """Labelled bars: events first (spans, or diamonds for one day), then one row per
    medicine with a bar per course. Words on the bars, so no name is cut off at the edge."""
    y = 0.0
    for lane in _event_lanes(events, start, end, tr):
        for event in lane:
            first, last = event_span(event, end)
            colour = style.EVENT_COLOURS.get(str(event.kind), style.GREY)
            x0 = style.day_number(max(first, start)) - 0.5
            x1 = style.day_number(min(last, end)) + 0.5
            if first == last:
                ax.plot(
                    [x0 + 0.5],
                    [y],
                    linestyle="none",
                    marker="D",
                    markersize=11,
                    color=colour,
                    markeredgecolor="black",
                    gid="event",
                )
                x0 += 0.5 + (end - start).days / 150
            else:
                ax.broken_barh(
                    [(x0, x1 - x0)],
                    (y - 0.4, 0.8),
                    facecolors=colour,
                    alpha=0.35,
                    edgecolor="black",
                    linewidth=0.8,
                    gid="event",
                )
            _label_at(ax, x0, x1, y, event_label(event, tr), start, end, "event-label")
        y -= 1.0
    for i, (name, courses) in enumerate(_medicine_rows(medications, start, end).items()):
        colour = style.CYCLE[i % len(style.CYCLE)]
        bars = []
        for med in courses:
            x0 = style.day_number(max(med.start_date, start)) - 0.5
            x1 = style.day_number(min(med.end_date or end, end)) + 0.5
            bars.append((x0, x1 - x0))
            _label_at(
                ax, x0, x1, y, f"{name} {med.dose:g} {med.unit}", start, end, "medicine-label"
            )
        ax.broken_barh(
            bars,
            (y - 0.4, 0.8),
            facecolors=colour,
            alpha=0.35,
            edgecolor=colour,
            linewidth=1.5,
            gid="medicine",
        )
        y -= 1.0
    ax.set_yticks([])
    if y == 0.0:
        ax.text(
            0.5,
            0.5,
            tr("charts", "No medicines or treatments in this period."),
            transform=ax.transAxes,
            ha="center",
            va="center",
            **style.font(style.FONT),
        )
        ax.set_ylim(-1, 1)
        return
    ax.set_ylim(y + 0.5, 0.5)
    ax.spines["left"].set_visible(False)


def draw_event_wash(ax: Axes, events: Sequence[TreatmentEvent], start: date, end: date) -> None:
    """A light band (or a dashed line for one day) behind a panel for each event."""
    for event in _visible_events(events, start, end):
        first, last = event_span(event, end)
        colour = style.EVENT_COLOURS.get(str(event.kind), style.GREY)
        if first == last:
            ax.axvline(
                style.day_number(first),
                color=colour,
                linestyle="--",
                linewidth=1.2,
                alpha=0.7,
                gid="event-wash",
            )
        else:
            ax.axvspan(
                style.day_number(max(first, start)) - 0.5,
                style.day_number(min(last, end)) + 0.5,
                color=colour,
                alpha=0.09,
                linewidth=0,
                gid="event-wash",
            )


def draw_course_wash(ax: Axes, medications: Sequence[Medication], start: date, end: date) -> None:
    """A light band behind a panel for each course (the side-by-side view)."""
    for med in medications:
        if med.start_date <= end and (med.end_date is None or med.end_date >= start):
            ax.axvspan(
                style.day_number(max(med.start_date, start)) - 0.5,
                style.day_number(min(med.end_date or end, end)) + 0.5,
                color=style.SKY_BLUE,
                alpha=0.18,
                linewidth=0,
                gid="course-wash",
            )


_TEXTS = (N_("charts", "No medicines or treatments in this period."),)
