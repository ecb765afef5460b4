"""Checks on drawn matplotlib figures that a patient would notice: text over text, text
cut by the edge. Measured with the renderer's own text extents, not guessed."""

from __future__ import annotations

from typing import Any


def _texts(figure: Any) -> list[tuple[str, Any]]:
    """Every visible, non-empty text of FIGURE, named for the failure message."""
    found: list[tuple[str, Any]] = [("figure text", t) for t in figure.texts]
    for n, ax in enumerate(figure.axes):
        found += [(f"axes {n} title", t) for t in (ax.title, ax._left_title, ax._right_title)]
        found += [(f"axes {n} y label", ax.yaxis.label), (f"axes {n} x label", ax.xaxis.label)]
        # only the ticks inside the view are drawn (the locator may return more)
        found += [(f"axes {n} x tick", t.label1) for t in ax.xaxis._update_ticks()]
        found += [(f"axes {n} y tick", t.label1) for t in ax.yaxis._update_ticks()]
        found += [(f"axes {n} text", t) for t in ax.texts]
        legend = ax.get_legend()
        if legend is not None:
            found += [(f"axes {n} legend", t) for t in legend.get_texts()]
    return [(name, t) for name, t in found if t.get_visible() and t.get_text().strip()]


def overprints(figure: Any) -> list[str]:
    """Pairs of texts drawn over one another, and texts that leave the figure."""
    canvas = figure.canvas
    canvas.draw()
    renderer = canvas.get_renderer()
    boxes = []
    for name, text in _texts(figure):
        box = text.get_window_extent(renderer)
        if text.get_clip_on() and text.axes is not None:
            box = box.intersection(box, text.axes.bbox) or box
        boxes.append((f"{name} {text.get_text()!r}", box))
    problems = []
    width, height = figure.bbox.width, figure.bbox.height
    for name, box in boxes:
        if box.x0 < -1 or box.y0 < -1 or box.x1 > width + 1 or box.y1 > height + 1:
            problems.append(f"{name} leaves the figure ({box.bounds})")
    for i, (first, a) in enumerate(boxes):
        for second, b in boxes[i + 1 :]:
            w = min(a.x1, b.x1) - max(a.x0, b.x0)
            h = min(a.y1, b.y1) - max(a.y0, b.y0)
            if w > 1 and h > 1:
                problems.append(f"{first} overprints {second} by {w:.0f}×{h:.0f} px")
    return problems


def cut_by_axes(figure: Any) -> list[str]:
    """Texts written inside an axes (labels on bars) that run past its edge."""
    canvas = figure.canvas
    canvas.draw()
    renderer = canvas.get_renderer()
    problems = []
    for ax in figure.axes:
        for text in ax.texts:
            if not text.get_visible() or not text.get_text().strip():
                continue
            box, edge = text.get_window_extent(renderer), ax.bbox
            if box.x0 < edge.x0 - 1 or box.x1 > edge.x1 + 1:
                problems.append(f"{text.get_text()!r} runs past the chart's edge")
    return problems
