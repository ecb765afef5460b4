"""Trends: symptoms, labs, weight and treatments on one date axis, with plain summaries.

matplotlib costs about half a second to import, so this module does not import it: the
page shows a placeholder at once and builds the canvas on the next turn of the event loop
(architecture.md rule 8). The drawing itself is charts/figures.py, shared with the report.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from poems_tracker import settings
from poems_tracker.domain import analysis
from poems_tracker.store.database import Database
from poems_tracker.ui.shell import clock, data_events
from poems_tracker.ui.shell.data_events import Changes, DataEvents
from poems_tracker.ui.shell.page import Page
from poems_tracker.ui.trends import trends_text
from poems_tracker.ui.trends.trends_compare import ComparePanel
from poems_tracker.ui.trends.trends_data import TrendsData, lab_label, warm_up
from poems_tracker.ui.trends.trends_period import PeriodBar
from poems_tracker.ui.trends.trends_table import Column, TrendsTableModel
from poems_tracker.ui.trends.trends_text import date_words
from poems_tracker.ui.widgets import dialogs, roomy_rows

PIXELS_PER_HEIGHT = 75
__all__ = ["TrendsPage", "warm_up"]
_RANGE_KEY = "state/trends/range"
LOG_KEY = "lab_log"  # the choice "log scale for a lab test spanning over tenfold"
_SHOWN_KEY = "state/trends/shown"
_WATCHED = (
    data_events.CHECKINS,
    data_events.SYMPTOMS,
    data_events.MEDICATIONS,
    data_events.DOSES,
    data_events.EVENTS,
    data_events.LABS,
    data_events.FUNCTION,
)


class _FitWidthScroll(QScrollArea):
    """As wide as its content: check boxes cannot wrap, so at twice the text size a fixed
    width would cut their words off."""

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() in (
            QEvent.Type.LayoutRequest,
            QEvent.Type.FontChange,
        ):
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        inner = self.widget()
        if inner is not None:
            hint.setWidth(
                max(
                    210,
                    inner.sizeHint().width()
                    + self.verticalScrollBar().sizeHint().width()
                    + 2 * self.frameWidth(),
                )
            )
        return hint


class TrendsPage(Page):
    """Choose what to see, for which period; read exact values; save or compare."""

    def __init__(self, db: Database, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(db, events, parent)
        self.data: TrendsData | None = None
        self.figure: Any = None
        self.canvas: Any = None
        self.chart: Any = None
        self.selected_day: date | None = None
        self._checked: dict[str, bool] = self._remembered_choices()
        self._first_visit = not self._checked  # then: pain, the first VEGF, treatments
        self._checked = self._checked or {"sym:pain": True, "treatments": True}
        self._dirty = True
        self._build()
        events.changed.connect(self._on_data_changed)
        QTimer.singleShot(0, self, self._first_draw)  # dropped if the page is closed first

    # -- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        root = QHBoxLayout(self)
        left = QVBoxLayout()
        heading = QLabel(self.tr("<b>Show</b>"))
        left.addWidget(heading)
        self.choices = QWidget()
        self.choices_box = QVBoxLayout(self.choices)
        self.choices_box.setContentsMargins(0, 0, 0, 0)
        scroll = _FitWidthScroll()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.choices)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setAccessibleName(self.tr("What to show"))
        self.choices_scroll = scroll
        left.addWidget(scroll, 1)
        root.addLayout(left)

        right = QVBoxLayout()
        self.period_bar = PeriodBar(self._first_day)
        remembered = str(settings.settings().value(_RANGE_KEY, "90"))
        if remembered in self.period_bar.range_buttons and remembered != "custom":
            self.period_bar.range_key = remembered
            self.period_bar.range_buttons[remembered].setChecked(True)
        self.period_bar.changed.connect(self._on_period_changed)
        right.addWidget(self.period_bar)
        self.readout = QLabel(
            self.tr(
                "Point at the chart, click it, or use the arrow keys on it to read exact values."
            )
        )
        self.readout.setWordWrap(True)
        self.readout.setMinimumHeight(44)
        self.readout.setAccessibleDescription(self.tr("Value at the chosen date"))
        self.readout.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        right.addWidget(self.readout)

        self.tabs = QTabWidget()
        self.chart_scroll = QScrollArea()
        self.chart_scroll.setWidgetResizable(True)
        self.chart_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.chart_scroll.setAccessibleName(self.tr("Chart"))
        self.placeholder = QLabel(self.tr("Drawing your chart…"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_scroll.setWidget(self.placeholder)
        self.tabs.addTab(self.chart_scroll, self.tr("&Chart"))
        self.compare = ComparePanel()
        self.tabs.addTab(self.compare, self.tr("Compare side by s&ide"))
        self.table = QTableView()
        self.table_model = TrendsTableModel(self.table)
        self.table.setModel(self.table_model)
        self.table.setAccessibleName(self.tr("The chart's numbers as a table"))
        roomy_rows(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.tabs.addTab(self.table, self.tr("&Numbers"))
        self.tabs.currentChanged.connect(self._on_tab_changed)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.summary.setAccessibleDescription(self.tr("Summary of the period"))
        summary_scroll = QScrollArea()
        summary_scroll.setWidgetResizable(True)
        summary_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        summary_scroll.setAccessibleName(self.tr("Summary of the period"))
        summary_scroll.setWidget(self.summary)
        # The chart gets the page: the summary is a tab of its own, not a box under it.
        self.tabs.addTab(summary_scroll, self.tr("Su&mmary"))
        self.summary_tab = summary_scroll
        right.addWidget(self.tabs, 1)

        self.save_button = QPushButton(self.tr("Sa&ve chart…"))
        self.save_button.setMinimumHeight(44)
        self.save_button.setAccessibleName(self.tr("Save the chart as an image or PDF"))
        self.save_button.setToolTip(self.tr("Save the chart as PNG, SVG or PDF"))
        self.save_button.clicked.connect(self.save_chart)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        right.addLayout(row)
        root.addLayout(right, 1)

    def _rebuild_choices(self) -> None:
        """One checkbox per thing that can be drawn, grouped; choices survive a reload."""
        assert self.data is not None
        while self.choices_box.count():
            item = self.choices_box.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.checkboxes: dict[str, QCheckBox] = {}

        def group(title: str) -> None:
            heading = QLabel(f"<b>{title}</b>")
            heading.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            self.choices_box.addWidget(heading)

        def box(key: str, text: str) -> None:
            check = QCheckBox(text)
            check.setMinimumHeight(44)
            check.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            check.setChecked(self._checked.get(key, key == LOG_KEY))
            check.setAccessibleName(text)
            check.toggled.connect(lambda on, k=key: self._on_choice(k, on))
            self.checkboxes[key] = check
            self.choices_box.addWidget(check)

        group(self.tr("Symptoms"))
        for key, label in self.data.symptom_labels.items():
            box(f"sym:{key}", label.replace("&", "&&"))
        box("weight", self.tr("Weight"))
        box("function", self.tr("Arm and leg grades"))
        keys = self.data.lab_keys()
        if keys:
            group(self.tr("Lab results"))
            if self._first_visit:  # serum VEGF first: the main marker (domain.md)
                vegf = [k for k in keys if k[0].casefold().startswith("vegf")]
                vegf.sort(key=lambda k: "serum" not in k[0].casefold())
                if vegf:
                    self._checked[f"lab:{vegf[0][0]}|{vegf[0][1]}"] = True
                self._first_visit = False
            tests = [t for t, _ in keys]
            for test, unit in keys:
                text = lab_label(test).replace("&", "&&") + (
                    f" ({analysis.pretty_unit(unit)})" if tests.count(test) > 1 else ""
                )
                box(f"lab:{test}|{unit}", text)
            box(LOG_KEY, self.tr("Log scale for wide ranges"))
        group(self.tr("Medicines"))
        box("adherence", self.tr("Medicines taken (%)"))
        box("treatments", self.tr("Medicines and treatments"))
        self.choices_box.addStretch(1)
        self.choices.layout().activate()
        self.choices_scroll.updateGeometry()  # its width follows the longest choice
        if self.layout() is not None:
            self.layout().activate()

    # -- data ---------------------------------------------------------------------------
    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches(*_WATCHED):
            self._dirty = True
            if self.isVisible() and self.canvas is not None:
                self.refresh()

    def shown(self) -> None:
        if self._dirty and self.canvas is not None:
            self.refresh()

    def refresh(self) -> None:
        """Read the store again and redraw (after a change, or on first draw)."""
        self.data = TrendsData.load(self.db)
        self._dirty = False
        self._rebuild_choices()
        self.compare.set_data(self.data)
        self.redraw()

    def _first_day(self, today: date) -> date:
        return self.data.first_day(today) if self.data else today

    def _first_draw(self) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        from poems_tracker.charts import style

        self.figure = Figure(dpi=style.DPI * self.chart_scale())
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.canvas.setAccessibleName(self.tr("Trends chart"))
        self.canvas.setAccessibleDescription(
            self.tr(
                "Left and Right arrow keys move a day, Page Up and Page Down a month; the values "
                "are read out above the chart. The Numbers tab has the same values as a table."
            )
        )
        self.canvas.setToolTip(self.tr("Click a day to read its values; arrow keys move it"))
        self.canvas.installEventFilter(self)
        self.canvas.mpl_connect("motion_notify_event", self._on_motion)
        self.canvas.mpl_connect("button_press_event", self._on_click)
        self.canvas.mpl_connect("resize_event", self._on_resize)
        self.chart_scroll.setWidget(self.canvas)  # deletes the placeholder
        self.placeholder = None
        self.compare.ready()
        self.refresh()

    # -- range --------------------------------------------------------------------------
    def period(self) -> tuple[date, date]:
        return self.period_bar.period()

    def set_range(self, key: str) -> None:
        self.period_bar.set_range(key)

    # -- drawing ------------------------------------------------------------------------
    def _on_choice(self, key: str, on: bool) -> None:
        self._checked[key] = on
        self._first_visit = False
        self._remember(_SHOWN_KEY, json.dumps(sorted(k for k, v in self._checked.items() if v)))
        self.redraw()

    def _on_period_changed(self) -> None:
        if self.period_bar.range_key != "custom":
            self._remember(_RANGE_KEY, self.period_bar.range_key)
        self.redraw()

    @staticmethod
    def _remember(key: str, value: str) -> None:
        """The next visit opens as the patient left it: fewer clicks for tired hands."""
        store = settings.settings()
        store.setValue(key, value)
        store.sync()

    @staticmethod
    def _remembered_choices() -> dict[str, bool]:
        try:
            shown = json.loads(str(settings.settings().value(_SHOWN_KEY, "")))
        except ValueError:
            shown = None
        return {str(key): True for key in shown} if isinstance(shown, list) else {}

    def choice(self) -> Any:
        from poems_tracker.charts.figures import ChartChoice

        assert self.data is not None
        on = {k for k, v in self._checked.items() if v}
        labs = tuple(
            tuple(k[4:].split("|", 1)) for k in self.checkboxes if k.startswith("lab:") and k in on
        )
        return ChartChoice(
            symptoms=tuple(k for k in self.data.symptom_labels if f"sym:{k}" in on),
            weight="weight" in on,
            labs=labs,
            adherence="adherence" in on,  # type: ignore[arg-type]
            function="function" in on,
            treatments="treatments" in on,
            lab_scale="auto" if self._checked.get(LOG_KEY, True) else "linear",
        )

    def chart_data(self, start: date, end: date) -> Any:
        from poems_tracker.charts.figures import ChartData

        assert self.data is not None
        return ChartData(
            self.data.checkins,
            self.data.labs,
            self.data.medications,
            self.data.events,
            self.data.adherence(start, end, clock.today()),
            self.data.symptom_labels,
            self.data.function_checks,
            self.data.cache,
        )

    def redraw(self) -> None:
        if self.canvas is None or self.data is None:
            return
        from poems_tracker.charts.figures import build_trends, plan_heights, plan_pixels

        start, end = self.period()
        data, choice = self.chart_data(start, end), self.choice()
        heights = plan_heights(data, choice, start, end)
        per_unit = PIXELS_PER_HEIGHT * self.chart_scale()
        dpi = self.figure.get_dpi()
        height = plan_pixels(heights, per_unit, False, dpi)
        viewport = self.chart_scroll.viewport().height() - 2
        # One date axis suffices when the whole stack is in view; a stack that scrolls
        # gets dates under every panel, so none is read without its dates.
        scrolls = height > viewport
        if scrolls:
            height = plan_pixels(heights, per_unit, True, dpi)
        self.canvas.setMinimumHeight(max(height, 300, min(viewport, height * 2)))
        choice = dataclasses.replace(choice, dates_on_every_panel=scrolls)
        self.chart = build_trends(
            data,
            choice,
            start,
            end,
            figure=self.figure,
            width_px=max(400, self.canvas.width()),
            tr=_translate,
            dates=date_words(),
        )
        self.selected_day = None
        self.canvas.draw_idle()
        self._update_summary(start, end)
        self._update_table()
        self.compare.redraw(start, end)

    @staticmethod
    def chart_scale() -> float:
        """The chart's text grows with the window's text size (Preferences, 100–200 %)."""
        from poems_tracker.ui.shell.appearance import text_factor

        return text_factor()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.figure is not None:
            from poems_tracker.charts import style

            self.figure.set_dpi(style.DPI * self.chart_scale())
            self.compare.rescale()
            self.redraw()

    def _on_resize(self, _event: object) -> None:
        from poems_tracker.charts.figures import fit_margins

        fit_margins(self.figure)

    def _update_summary(self, start: date, end: date) -> None:
        assert self.data is not None
        self.summary.setText(trends_text.period_summary(self.data, start, end))

    def _update_table(self) -> None:
        columns = []
        for panel in self.chart.panels if self.chart else []:
            for series in panel.series:
                unit = analysis.pretty_unit(series.unit)
                title = series.label + (f" ({unit})" if unit else "")
                columns.append(Column(title, series.points, series.flags, series.trend))
        self.table_model.set_columns(columns)
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        widths = [trends_text.tr("Date"), *(c.title for c in columns)]
        for index, title in enumerate(widths):  # every heading readable in full
            header.resizeSection(index, max(110, metrics.horizontalAdvance(title) + 28))

    # -- reading values -----------------------------------------------------------------
    def _panel_for(self, axes: object) -> Any:
        for panel in self.chart.panels if self.chart else []:
            if panel.axes is axes:
                return panel
        return None

    def values_at(self, day: date, panels: list | None = None) -> str:
        """Exact values nearest to DAY in each panel, as sentences (hover, click, keys)."""
        if self.chart is None:
            return ""
        text = trends_text.values_at(self.chart, day, panels)
        wanted = panels if panels is not None else self.chart.panels
        if self.data is not None and any(p.kind == "treatments" for p in wanted):
            extra = trends_text.treatments_on(self.data.medications, self.data.events, day)
            if extra:  # the bars' labels may be shortened: here the full words
                text = extra + ("" if panels is not None and len(panels) == 1 else "; " + text)
        return text

    def _on_motion(self, event: Any) -> None:
        panel = self._panel_for(event.inaxes)
        if panel is None or event.xdata is None:
            return
        from poems_tracker.charts.style import number_day

        self.readout.setText(self.values_at(number_day(event.xdata), [panel]))

    def _on_click(self, event: Any) -> None:
        if event.inaxes is None or event.xdata is None:
            return
        from poems_tracker.charts.style import number_day

        self.select_day(number_day(event.xdata))

    def select_day(self, day: date) -> None:
        """Mark DAY with a line on every panel and read out all values there."""
        if self.chart is None:
            return
        from poems_tracker.charts.style import GREY, day_number

        day = min(max(day, self.chart.start), self.chart.end)
        self.selected_day = day
        for panel in self.chart.panels:
            for line in [a for a in panel.axes.lines if a.get_gid() == "cursor"]:
                line.remove()
            panel.axes.axvline(day_number(day), color=GREY, linewidth=1.5, gid="cursor")
        self.canvas.draw_idle()
        self.readout.setText(self.values_at(day))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.canvas and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            steps = {
                Qt.Key.Key_Left: -1,
                Qt.Key.Key_Right: 1,
                Qt.Key.Key_PageUp: -30,
                Qt.Key.Key_PageDown: 30,
            }
            if self.chart is not None and event.key() in steps:
                current = self.selected_day or self.chart.end
                self.select_day(current + timedelta(days=steps[event.key()]))
                return True
            if self.chart is not None and event.key() in (Qt.Key.Key_Home, Qt.Key.Key_End):
                home = event.key() == Qt.Key.Key_Home
                self.select_day(self.chart.start if home else self.chart.end)
                return True
        return super().eventFilter(watched, event)

    # -- saving -------------------------------------------------------------------------
    def _on_tab_changed(self, index: int) -> None:
        self.save_button.setEnabled(
            self.tabs.widget(index) not in (self.table, getattr(self, "summary_tab", None))
        )

    def save_chart(self) -> None:
        """Save what the patient sees (chart or comparison) as PNG, SVG or PDF."""
        figure = self.compare.figure if self.tabs.currentWidget() is self.compare else self.figure
        if figure is None:
            return
        folder = settings.get("state/last_export_dir") or str(Path.home())
        name = str(Path(folder) / f"poems-trends-{clock.today().isoformat()}.png")
        path = dialogs.save_path(
            self,
            self.tr("Save chart"),
            name,
            self.tr("PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".png", ".svg", ".pdf"):
            target = target.with_name(target.name + ".png")
        try:
            figure.savefig(target, format=target.suffix[1:].lower(), dpi=150, facecolor="white")
        except (OSError, ValueError) as exc:
            dialogs.warn(
                self,
                self.tr("Chart not saved"),
                self.tr("The chart could not be saved: {reason}").format(
                    reason=getattr(exc, "strerror", None) or str(exc)
                ),
            )
            return
        settings.put("state/last_export_dir", str(target.parent))
        self.readout.setText(self.tr("Chart saved as {path}.").format(path=str(target)))


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
