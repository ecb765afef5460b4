"""Side by side: one symptom above a medicine's courses or a lab test, on the same dates.

An honest view: the two are drawn one above the other and the averages before and after a
medicine started are given as numbers; the wording never says one caused the other.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from poems_tracker.domain import analysis
from poems_tracker.ui.trends import trends_text

if TYPE_CHECKING:
    from poems_tracker.ui.trends.trends_data import TrendsData


def _treatment_first(name: str) -> tuple[int, str]:
    """POEMS treatments first (the catalogue's order: lenalidomide before aspirin), then the
    patient's other medicines by name: the likeliest question is "since I started X"."""
    from poems_tracker.domain.medication_catalog import MEDICINES

    order = [m.name.casefold() for m in MEDICINES]
    key = name.casefold()
    return (order.index(key) if key in order else len(order), key)


class ComparePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: TrendsData | None = None
        self.figure: Any = None
        self.canvas: Any = None
        self.period: tuple[date, date] | None = None
        self._dirty = True
        # At twice the text size the words, the chart and the averages do not fit under
        # the period bar at 800 px: the tab scrolls (down only) instead of pushing the
        # window taller than the screen.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setAccessibleName(self.tr("Compare side by side"))
        inner = QWidget()
        self.scroll.setWidget(inner)
        outer.addWidget(self.scroll)
        layout = QVBoxLayout(inner)
        row = QHBoxLayout()
        self.symptom_combo = QComboBox()
        self.other_combo = QComboBox()
        for text, combo, name in (
            (self.tr("Sym&ptom:"), self.symptom_combo, self.tr("Symptom to compare")),
            (
                self.tr("&Beside it:"),
                self.other_combo,
                self.tr("Medicine or lab test to show beside it"),
            ),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            combo.setMinimumHeight(44)
            combo.setMinimumWidth(200)
            combo.setAccessibleName(name)
            combo.currentIndexChanged.connect(self._on_combo)
            row.addWidget(label)
            row.addWidget(combo)
        row.addStretch(1)
        layout.addLayout(row)
        self.caution = QLabel(trends_text.caution())
        self.caution.setWordWrap(True)
        layout.addWidget(self.caution)
        self.holder = QVBoxLayout()
        self.placeholder = QLabel(self.tr("Drawing…"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.holder.addWidget(self.placeholder)
        layout.addLayout(self.holder, 1)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAccessibleDescription(self.tr("Averages before and after"))
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        layout.addWidget(self.text)

    def ready(self) -> None:
        """Called once matplotlib is loaded: swap the placeholder for a canvas."""
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        from poems_tracker.charts import style
        from poems_tracker.charts.figures import fit_margins
        from poems_tracker.ui.shell.appearance import text_factor

        self.figure = Figure(dpi=style.DPI * text_factor())
        self.canvas = FigureCanvasQTAgg(self.figure)
        # The rest of the page is about 500 px at 1280×800: the chart takes what is left
        # and never pushes the window taller than the screen.
        self.canvas.setMinimumHeight(220)
        self.canvas.setAccessibleName(self.tr("Side-by-side chart"))
        self.canvas.mpl_connect("resize_event", lambda _e: fit_margins(self.figure))
        self.holder.replaceWidget(self.placeholder, self.canvas)
        self.placeholder.deleteLater()

    def rescale(self) -> None:
        """Follow a new text size (the chart's words grow with the window's)."""
        from poems_tracker.charts import style
        from poems_tracker.ui.shell.appearance import text_factor

        if self.figure is not None:
            self.figure.set_dpi(style.DPI * text_factor())
            self._dirty = True

    def set_data(self, data: TrendsData) -> None:
        """Fill the lists (keeping the patient's picks where they still exist)."""
        self.data = data
        symptom = self.symptom_combo.currentData()
        other = self.other_combo.currentData()
        for combo in (self.symptom_combo, self.other_combo):
            combo.blockSignals(True)
            combo.clear()
        for key, label in data.symptom_labels.items():
            self.symptom_combo.addItem(label, key)
        self.symptom_combo.addItem(QCoreApplication.translate("TrendsPage", "Weight"), "weight_kg")
        from poems_tracker.ui.trends.trends_data import lab_label

        for name in sorted({m.name for m in data.medications}, key=_treatment_first):
            self.other_combo.addItem(self.tr("Medicine: {name}").format(name=name), f"med:{name}")
        for test, unit in data.lab_keys():
            self.other_combo.addItem(
                self.tr("Lab: {test} ({unit})").format(
                    test=lab_label(test), unit=analysis.pretty_unit(unit)
                ),
                f"lab:{test}|{unit}",
            )
        for combo, previous in ((self.symptom_combo, symptom), (self.other_combo, other)):
            index = combo.findData(previous) if previous is not None else -1
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)
        self._dirty = True

    def redraw(self, start: date, end: date) -> None:
        """Remember the period; draw now only if the patient is looking at this view."""
        self.period = (start, end)
        self._dirty = True
        if self.isVisible():
            self.draw()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.draw()

    def _on_combo(self, _index: int) -> None:
        self._dirty = True
        if self.isVisible():
            self.draw()

    def draw(self) -> None:
        if self.canvas is None or self.data is None or self.period is None:
            return
        from poems_tracker.charts.figures import (
            ChartChoice,
            ChartData,
            build_trends,
            plan_heights,
            plan_pixels,
        )
        from poems_tracker.ui.shell.appearance import text_factor

        start, end = self.period
        key = self.symptom_combo.currentData() or "pain"
        kind, _, name = str(self.other_combo.currentData() or "").partition(":")
        labels = dict(self.data.symptom_labels)
        medicines = [m for m in self.data.medications if kind == "med" and m.name == name]
        labs = (tuple(name.split("|", 1)),) if kind == "lab" else ()
        choice = ChartChoice(
            symptoms=() if key == "weight_kg" else (key,),
            weight=key == "weight_kg",
            labs=labs,
            treatments=bool(medicines),
            wash_medicines=bool(medicines),
        )
        data = ChartData(
            self.data.checkins,
            self.data.labs,
            medicines,
            (),
            symptom_labels=labels,
            cache=self.data.cache,
        )
        heights = plan_heights(data, choice, start, end)
        # panels as tall as on the Chart tab, for the text size in use
        self.canvas.setMinimumHeight(
            max(220, plan_pixels(heights, 75 * text_factor(), False, self.figure.get_dpi()))
        )
        build_trends(
            data,
            choice,
            start,
            end,
            figure=self.figure,
            width_px=max(400, self.canvas.width()),
            tr=lambda c, t: QCoreApplication.translate(c, t),
            dates=trends_text.date_words(),
        )
        self.canvas.draw_idle()
        self._dirty = False
        label = self.symptom_combo.currentText()
        points = analysis.series_from_checkins(self.data.checkins, key)
        lines = []
        if medicines:
            lines = trends_text.compare_lines(
                label, points, name, [(m.start_date, m.end_date) for m in medicines]
            )
        elif labs:
            from poems_tracker.ui.trends.trends_data import lab_label

            lines = [
                trends_text.lab_change_line(c, lab_label(c.test))
                for c in analysis.lab_changes(self.data.labs, start, end)
                if (c.test, c.unit) == labs[0]
            ]
            lines.append(trends_text.summary_line(label, analysis.summarise(points, start, end)))
        self.text.setText("\n".join(lines))
