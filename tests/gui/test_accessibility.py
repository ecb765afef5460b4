"""Every page of the window, walked as a screen-reader user and a patient with numb hands would.

For each page in `main_window.PAGES` (with a year of demo records, so lists are full):
- every control that takes keyboard focus has a name a screen reader can say (its own
  accessible name, its text, or the text of the label joined to it with setBuddy);
- buttons and inputs are at least 44 px high (and buttons 44 px wide);
- pressing Tab from the first control reaches every control on the page;
- at twice the text size in a 1280×800 window, no label or button is cut off.
This test is meant to catch pages built elsewhere: a failure names the widget to fix.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTextEdit,
    QToolButton,
    QWidget,
)

from poems_tracker.ui.shell import appearance, clock
from poems_tracker.ui.shell.appearance import apply_text_scale
from poems_tracker.ui.shell.main_window import PAGES, MainWindow

MIN_TARGET = 44
WINDOW_SIZE = (1280, 800)
PAGE_IDS = [spec.target.split(":")[1] for spec in PAGES]
INPUTS = (QLineEdit, QAbstractSpinBox, QComboBox, QTextEdit, QPlainTextEdit, QAbstractButton)


def _describe(widget: QWidget) -> str:
    text = widget.property("text") if isinstance(widget, QAbstractButton | QLabel) else ""
    return (
        f"{type(widget).__name__}(objectName={widget.objectName()!r}, text={text!r}, "
        f"accessibleName={widget.accessibleName()!r})"
    )


def _inside_compound(widget: QWidget, page: QWidget) -> bool:
    """The line edit inside a spin box or combo box belongs to it; only the box counts."""
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def _shown(widget: QWidget, page: QWidget) -> bool:
    return widget.isVisibleTo(page) and widget.width() > 0 and widget.height() > 0


def _in_exclusive_group(widget: QWidget) -> bool:
    if not isinstance(widget, QAbstractButton) or not widget.isCheckable():
        return False
    group = widget.group()
    return widget.autoExclusive() or (group is not None and group.exclusive())


def tab_stops(page: QWidget) -> list[QWidget]:
    """Controls the patient can reach with Tab, as Qt decides (policy, visible, enabled)."""
    stops = []
    for widget in page.findChildren(QWidget):
        if not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isEnabled():
            continue
        if not _shown(widget, page) or _inside_compound(widget, page):
            continue
        if widget.focusProxy() is not None:
            continue
        if _in_exclusive_group(widget) and not widget.isChecked():
            continue  # arrow keys move inside an exclusive group; Tab stops on the chosen one
        stops.append(widget)
    return stops


def spoken_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


@pytest.fixture
def app_font(qapp: QApplication) -> Iterator[None]:
    font = QFont(qapp.font())
    base = appearance._base_point_size
    yield
    qapp.setFont(font)
    appearance._base_point_size = base


def _build_window(qtbot, db, qapp: QApplication, scale: int) -> MainWindow:
    from poems_tracker.demo import fill

    fill(db, years=1, seed=11, today=clock.today())
    apply_text_scale(qapp, scale)
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.resize(*WINDOW_SIZE)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(qtbot, db, qapp: QApplication, app_font) -> MainWindow:
    """The window at the usual text size, 1280×800, over a year of demo records."""
    return _build_window(qtbot, db, qapp, 100)


@pytest.fixture
def big_window(qtbot, db, qapp: QApplication, app_font) -> MainWindow:
    """The same at twice the text size (set before the window is built, as at start-up)."""
    return _build_window(qtbot, db, qapp, 200)


def _open(qtbot, window: MainWindow, index: int) -> QWidget:
    window.show_page(index)
    page = window.page(index)
    qtbot.waitUntil(page.isVisible)
    QApplication.processEvents()
    return page


@pytest.mark.parametrize("index", range(len(PAGES)), ids=PAGE_IDS)
def test_every_control_has_a_spoken_name(qtbot, window: MainWindow, index: int) -> None:
    page = _open(qtbot, window, index)
    unnamed = [_describe(w) for w in tab_stops(page) if not spoken_name(w)]
    assert not unnamed, "controls a screen reader cannot name:\n" + "\n".join(unnamed)


@pytest.mark.parametrize("index", range(len(PAGES)), ids=PAGE_IDS)
def test_targets_are_at_least_44_px(qtbot, window: MainWindow, index: int) -> None:
    page = _open(qtbot, window, index)
    small = []
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not _shown(widget, page):
            continue
        if _inside_compound(widget, page) or widget.parentWidget() is None:
            continue
        if isinstance(widget, QAbstractItemView):
            continue
        if widget.height() < MIN_TARGET:
            small.append(f"{_describe(widget)} is {widget.height()} px high")
        elif isinstance(widget, QPushButton | QToolButton) and widget.width() < MIN_TARGET:
            small.append(f"{_describe(widget)} is {widget.width()} px wide")
    assert not small, "targets too small for numb fingers:\n" + "\n".join(small)


@pytest.mark.parametrize("index", range(len(PAGES)), ids=PAGE_IDS)
def test_tab_reaches_every_control(qtbot, window: MainWindow, index: int) -> None:
    page = _open(qtbot, window, index)
    stops = tab_stops(page)
    if not stops:
        pytest.fail("the page has no control the keyboard can reach")
    window.activateWindow()
    stops[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    reached: set[int] = set()
    by_id = {id(w): w for w in stops}
    for _ in range(3 * len(stops) + 20):
        focus = QApplication.focusWidget()
        owner = focus
        while owner is not None and id(owner) not in by_id:
            owner = owner.parentWidget()
        if owner is not None:
            reached.add(id(owner))
        if len(reached) == len(stops):
            break
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    missing = [_describe(w) for w in stops if id(w) not in reached]
    assert not missing, "Tab never reaches:\n" + "\n".join(missing)


def _clipped(widget: QWidget) -> str:
    """Why WIDGET's text does not fit its box, or "" when it fits."""
    if isinstance(widget, QLabel):
        if widget.pixmap() is not None and not widget.pixmap().isNull():
            return ""
        if not widget.text().strip():
            return ""
        if widget.wordWrap():
            need = widget.heightForWidth(widget.width())
            return f"needs {need} px high, has {widget.height()}" if need > widget.height() else ""
    elif isinstance(widget, QPushButton):
        # sizeHint has a style minimum of ~80 px wide; what matters is the text itself.
        text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        need_w = widget.fontMetrics().horizontalAdvance(text) + 8
        if not widget.icon().isNull():
            need_w += widget.iconSize().width() + 4
        need_h = widget.fontMetrics().height() + 4
        if need_w > widget.width() or need_h > widget.height():
            return f"text needs {need_w}×{need_h}, has {widget.width()}×{widget.height()}"
        return ""
    elif not isinstance(widget, QCheckBox | QRadioButton | QToolButton):
        return ""
    hint, size = widget.sizeHint(), widget.size()
    if hint.width() > size.width() or hint.height() > size.height():
        return f"needs {hint.width()}×{hint.height()}, has {size.width()}×{size.height()}"
    return ""


def _overlaps(root: QWidget) -> list[str]:
    """Controls and labels drawn over one another (a layout squeezed below its minimum)."""
    found = []
    kinds = (QLabel, *INPUTS)
    by_parent: dict[int, list[QWidget]] = {}
    for widget in root.findChildren(QWidget):
        if (
            isinstance(widget, kinds)
            and _shown(widget, root)
            and widget.parentWidget()
            and not _inside_compound(widget, root)
        ):
            by_parent.setdefault(id(widget.parentWidget()), []).append(widget)
    for siblings in by_parent.values():
        for i, first in enumerate(siblings):
            for second in siblings[i + 1 :]:
                if first.isAncestorOf(second) or second.isAncestorOf(first):
                    continue
                common = first.geometry().intersected(second.geometry())
                if common.width() > 2 and common.height() > 2:
                    found.append(
                        f"{_describe(first)} and {_describe(second)} overlap by "
                        f"{common.width()}×{common.height()} px"
                    )
    return found


@pytest.mark.parametrize("index", range(len(PAGES)), ids=PAGE_IDS)
def test_nothing_clipped_at_double_text_size(qtbot, big_window: MainWindow, index: int) -> None:
    window = big_window
    page = _open(qtbot, window, index)
    window.resize(*WINDOW_SIZE)
    qtbot.wait(1000)  # deferred builds (the first chart) and layouts settle over several passes
    problems = []
    if window.width() > WINDOW_SIZE[0] or window.height() > WINDOW_SIZE[1]:
        # The page stack is as wide as its widest built page: name them all.
        asks = ", ".join(
            f"{type(p).__name__} {p.minimumSizeHint().width()}×{p.minimumSizeHint().height()}"
            for p in (window.page(i) for i in range(index + 1))
        )
        problems.append(
            f"the window cannot shrink to 1280×800 at 200 %: it stays "
            f"{window.width()}×{window.height()} (pages ask for at least: {asks})"
        )
    problems += [
        f"{_describe(w)}: {why}"
        for w in page.findChildren(QWidget)
        if _shown(w, page) and (why := _clipped(w))
    ]
    problems += _overlaps(page)
    for area in page.findChildren(QScrollArea):
        if not _shown(area, page):
            continue
        # A scrolling box must show a useful part of what it holds: five lines at least.
        least = max(200, 5 * area.fontMetrics().lineSpacing())
        if area.verticalScrollBar().maximum() > 0 and area.viewport().height() < least:
            problems.append(
                f"{_describe(area)} shows only {area.viewport().height()} px of "
                f"its {area.widget().sizeHint().height()} px; give it {least} px"
            )
        # Scrolling down a form is fine; scrolling sideways hides the end of every line.
        if area.horizontalScrollBar().maximum() > 0:
            inner = area.widget()
            problems.append(
                f"{_describe(area)} scrolls sideways: its form needs "
                f"{inner.minimumSizeHint().width() if inner else '?'} px, "
                f"the page gives {area.viewport().width()} px"
            )
    assert not problems, "cut off at 200 % text size:\n" + "\n".join(problems)


def test_the_clipping_check_sees_cut_text(qtbot) -> None:
    """The 200 % check would notice a label or button too small for its words."""
    label = QLabel("Tingling / pins and needles")
    button = QPushButton("&Delete this day…")
    wrapped = QLabel("Scores: 0 = none, 10 = worst imaginable. " * 3)
    wrapped.setWordWrap(True)
    for widget in (label, button, wrapped):
        qtbot.addWidget(widget)
        widget.setFixedSize(60, 20)
        widget.show()
        assert _clipped(widget), widget
    roomy = QLabel("Numbness")
    qtbot.addWidget(roomy)
    roomy.resize(roomy.sizeHint())
    assert _clipped(roomy) == ""


@pytest.fixture
def app_palette(qapp: QApplication) -> Iterator[None]:
    palette = QPalette(qapp.palette())
    yield
    qapp.setPalette(palette)


def test_app_colours_reach_4_5_to_1(qapp: QApplication, app_palette) -> None:
    """The chosen score and selected rows (Highlight) read as well as the rest of the text."""
    from poems_tracker.ui.shell.appearance import PAIRS, contrast_ratio, ensure_readable_palette

    ensure_readable_palette(qapp)
    palette = qapp.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for text, background in PAIRS:
            ratio = contrast_ratio(palette.color(group, text), palette.color(group, background))
            assert ratio >= 4.5, (group, text, background, round(ratio, 2))


def test_a_readable_desktop_theme_is_left_alone(qapp: QApplication, app_palette) -> None:
    from poems_tracker.ui.shell.appearance import ensure_readable_palette

    palette = QPalette(qapp.palette())
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#003a80"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    qapp.setPalette(palette)
    ensure_readable_palette(qapp)
    assert qapp.palette().color(QPalette.ColorRole.Highlight) == QColor("#003a80")


def test_colours_written_into_the_code_are_readable(qapp: QApplication, app_palette) -> None:
    """Every `color: #…` in a style sheet of ui/ reads at 4.5:1 on the window and on fields,
    and the one error red reads at 4.5:1 on a light and on a dark palette."""
    import re
    from pathlib import Path

    from poems_tracker.ui.shell.appearance import contrast_ratio, ensure_readable_palette
    from poems_tracker.ui.widgets.field_error import error_colour

    palette = ensure_readable_palette(qapp)
    ui = Path(__file__).resolve().parents[2] / "poems_tracker" / "ui"
    found = []
    for path in ui.rglob("*.py"):
        for match in re.finditer(
            r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3})\b",
            path.read_text(encoding="utf-8"),
        ):
            colour = QColor(match.group(1))
            for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
                ratio = contrast_ratio(colour, palette.color(role))
                found.append((path.name, match.group(1), role.name, round(ratio, 2)))
    dark = QPalette(palette)
    for role, colour in (
        (QPalette.ColorRole.Window, "#202020"),
        (QPalette.ColorRole.Base, "#2a2a2a"),
    ):
        dark.setColor(role, QColor(colour))
    for name, pal in (("light", palette), ("dark", dark)):
        red = QColor(error_colour(pal))
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            found.append(
                (
                    f"error red, {name}",
                    red.name(),
                    role.name,
                    round(contrast_ratio(red, pal.color(role)), 2),
                )
            )
    low = [f for f in found if f[3] < 4.5]
    assert not low, low


def test_every_menu_shortcut_is_listed_under_help(window: MainWindow) -> None:
    """Help ▸ Keyboard shortcuts names every key that a menu action answers to."""
    from PySide6.QtGui import QKeySequence

    listed = "\n".join(window.shortcut_lines())
    missing = []
    menus = [a.menu() for a in window.menuBar().actions() if a.menu()]
    while menus:
        menu = menus.pop()
        for action in menu.actions():
            if action.menu():
                menus.append(action.menu())
            for key in action.shortcuts():
                text = key.toString(QKeySequence.SequenceFormat.PortableText)
                if text and text not in listed:
                    missing.append(f"{text} ({action.text().replace('&', '')})")
    assert not missing, "not listed under Help ▸ Keyboard shortcuts: " + ", ".join(missing)


DIALOGS = (
    "WelcomeDialog",
    "PreferencesDialog",
    "SymptomsDialog",
    "SymptomGroupsDialog",
    "MedicationDialog",
    "AppointmentDialog",
    "LabPanelDialog",
    "LabReportDialog",
    "ReportPeriodDialog",
    "RestoreDialog",
)


def _dialog(name: str, db, tmp_path) -> QWidget:
    """Build one of the dialogs the pages open, as they open it (imports stay lazy)."""
    from datetime import time

    from poems_tracker.ui.shell.data_events import DataEvents

    events = DataEvents()
    today = clock.today()
    if name == "WelcomeDialog":
        from poems_tracker.ui.shell.welcome import WelcomeDialog

        return WelcomeDialog()
    if name == "PreferencesDialog":
        from poems_tracker.ui.shell.preferences_dialog import PreferencesDialog

        return PreferencesDialog()
    if name == "SymptomsDialog":
        from poems_tracker.ui.checkin.symptoms_dialog import SymptomsDialog

        return SymptomsDialog(db, events)
    if name == "SymptomGroupsDialog":
        from poems_tracker.ui.checkin.symptom_groups_dialog import SymptomGroupsDialog

        return SymptomGroupsDialog(db, events)
    if name == "MedicationDialog":
        from poems_tracker.ui.medicines.medication_dialog import MedicationDialog

        return MedicationDialog(db, None, today)
    if name == "AppointmentDialog":
        from poems_tracker.domain.models import Appointment
        from poems_tracker.ui.appointments.appointment_dialog import AppointmentDialog

        return AppointmentDialog(db, Appointment(today, time(10, 0)), "Add a visit")
    if name == "LabPanelDialog":
        from poems_tracker.ui.labs.lab_panel_dialog import LabPanelDialog
        from poems_tracker.ui.labs.labs_page import LabsPage

        page = LabsPage(db, events)
        dialog = LabPanelDialog(db, today, page.panel_tests())
        dialog.destroyed.connect(page.deleteLater)
        return dialog
    if name == "LabReportDialog":
        from pathlib import Path

        from poems_tracker.exchange.lab_reports import read_reports
        from poems_tracker.ui.labs.lab_report_dialog import LabReportDialog

        sample = Path(__file__).resolve().parents[1] / "data" / "lab-reports" / "uk-portal.txt"
        reading = read_reports([sample], given=None, today=today)
        return LabReportDialog(db, reading, today)
    if name == "ReportPeriodDialog":
        from poems_tracker.ui.data.exchange_dialogs import ReportPeriodDialog

        return ReportPeriodDialog(today, "A4")
    from poems_tracker.ui.data.backup_dialogs import RestoreDialog

    return RestoreDialog(tmp_path)


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("name", DIALOGS)
def test_dialogs_are_named_large_reachable_and_uncut(
    qtbot, db, qapp: QApplication, app_font, tmp_path, name: str, scale: int
) -> None:
    """The dialogs the pages open pass the same walk, at the usual and at double size."""
    apply_text_scale(qapp, scale)
    dialog = _dialog(name, db, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    problems = [f"unnamed: {_describe(w)}" for w in tab_stops(dialog) if not spoken_name(w)]
    for widget in dialog.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not _shown(widget, dialog):
            continue
        if _inside_compound(widget, dialog) or isinstance(widget, QAbstractItemView):
            continue
        if widget.height() < MIN_TARGET:
            problems.append(f"{_describe(widget)} is {widget.height()} px high")
    problems += [
        f"cut: {_describe(w)}: {why}"
        for w in dialog.findChildren(QWidget)
        if _shown(w, dialog) and (why := _clipped(w))
    ]
    problems += _overlaps(dialog)
    if dialog.width() > WINDOW_SIZE[0] or dialog.height() > WINDOW_SIZE[1]:
        problems.append(f"the dialog needs {dialog.width()}×{dialog.height()}")
    assert not problems, f"{name} at {scale} %:\n" + "\n".join(problems)


def test_the_started_application_uses_the_readable_palette(
    qapp: QApplication, app_palette
) -> None:
    from poems_tracker.ui.shell.app import application
    from poems_tracker.ui.shell.appearance import contrast_ratio

    palette = application().palette()
    ratio = contrast_ratio(
        palette.color(QPalette.ColorRole.Highlight),
        palette.color(QPalette.ColorRole.HighlightedText),
    )
    assert ratio >= 4.5


def _cut_or_overlapping(page: QWidget) -> list[str]:
    problems = [
        f"{_describe(w)}: {why}"
        for w in page.findChildren(QWidget)
        if _shown(w, page) and (why := _clipped(w))
    ]
    return problems + _overlaps(page)


@pytest.mark.parametrize("scale", [100, 200])
def test_window_never_taller_than_the_screen_whatever_tab_is_open(
    qtbot, db, qapp: QApplication, app_font, scale: int
) -> None:
    """Every page and every tab on it (Compare side by side included) fits the screen it
    is on (offscreen: 800×600): no Save button or summary pushed below the bottom."""
    from PySide6.QtWidgets import QTabWidget

    window = _build_window(qtbot, db, qapp, scale)
    room = window.screen().availableGeometry()
    problems = []
    for index in range(len(PAGES)):
        page = _open(qtbot, window, index)
        tab_widgets = [t for t in page.findChildren(QTabWidget) if t.isVisibleTo(page)]
        for tabs in tab_widgets or [None]:
            for tab in range(tabs.count()) if tabs is not None else [0]:
                if tabs is not None:
                    tabs.setCurrentIndex(tab)
                qtbot.wait(50)
                window.resize(room.width(), room.height())
                QApplication.processEvents()
                if window.height() > room.height() or window.width() > room.width():
                    where = tabs.tabText(tab) if tabs is not None else ""
                    problems.append(
                        f"{PAGE_IDS[index]} {where!r}: {window.width()}×{window.height()}"
                    )
    assert not problems, (
        f"taller or wider than the {room.width()}×{room.height()} screen at {scale} %:\n"
        + "\n".join(problems)
    )


@pytest.mark.parametrize("scale", [100, 200])
def test_compare_tab_reads_cleanly(qtbot, db, qapp: QApplication, app_font, scale: int) -> None:
    """Compare side by side at 1280×800: nothing cut, nothing over anything, the chart's
    own words apart, and the window no taller than the screen."""
    from tests.chart_checks import overprints

    window = _build_window(qtbot, db, qapp, scale)
    page = _open(qtbot, window, window.index_of("TrendsPage"))
    qtbot.waitUntil(lambda: page.canvas is not None, timeout=10_000)
    page.tabs.setCurrentWidget(page.compare)
    qtbot.waitUntil(lambda: page.compare.canvas is not None and page.compare.canvas.isVisible())
    window.resize(*WINDOW_SIZE)
    qtbot.wait(300)
    problems = _cut_or_overlapping(page.compare)
    if window.height() > WINDOW_SIZE[1]:
        problems.append(f"the window grew to {window.width()}×{window.height()}")
    page.compare.draw()
    problems += overprints(page.compare.figure)
    assert page.compare.text.isVisible() and page.save_button.isVisible()
    assert not problems, f"Compare at {scale} %:\n" + "\n".join(problems)


@pytest.mark.parametrize("scale", [100, 200])
def test_cycle_heat_map_reads_cleanly(qtbot, db, qapp: QApplication, app_font, scale) -> None:
    """The Cycle days picture at 1280×800: labelled, no text over text, nothing cut, and
    its text larger at 200 % than at 100 %."""
    from tests.chart_checks import overprints

    window = _build_window(qtbot, db, qapp, scale)
    page = _open(qtbot, window, window.index_of("CycleDayPage"))
    assert page.medicine.count() > 0, "the demo data has a medicine taken in cycles"
    qtbot.waitUntil(lambda: page.canvas is not None and page.canvas.width() > 600)
    window.resize(*WINDOW_SIZE)
    qtbot.wait(300)
    page._paint_heatmap()
    problems = _cut_or_overlapping(page) + overprints(page.figure)
    assert spoken_name(page.canvas)
    heat = page.figure.axes[1]
    assert heat.get_xlabel() == "Cycle day" and heat.get_yticklabels()
    assert page.figure.get_dpi() == pytest.approx(scale, rel=0.01)  # text grows with it
    if window.height() > WINDOW_SIZE[1]:
        problems.append(f"the window grew to {window.width()}×{window.height()}")
    assert not problems, f"Cycle days at {scale} %:\n" + "\n".join(problems)


def _short_rows(root: QWidget) -> list[str]:
    from PySide6.QtWidgets import QListView, QTableView

    short = []
    for view in root.findChildren(QAbstractItemView):
        if not _shown(view, root) or view.model() is None or view.model().rowCount() == 0:
            continue
        if isinstance(view, QTableView):
            height = view.rowHeight(0)
        elif isinstance(view, QListView):
            height = view.visualRect(view.model().index(0, 0)).height()
        else:
            continue
        if height < MIN_TARGET:
            short.append(f"{_describe(view)}: rows {height} px high")
    return short


@pytest.mark.parametrize("index", range(len(PAGES)), ids=PAGE_IDS)
def test_rows_to_pick_from_are_44_px(qtbot, window: MainWindow, index: int) -> None:
    from PySide6.QtWidgets import QTabWidget

    page = _open(qtbot, window, index)
    short: list[str] = []
    tabs = [t for t in page.findChildren(QTabWidget) if t.isVisibleTo(page)]
    for tab_widget in tabs or [None]:
        for tab in range(tab_widget.count()) if tab_widget is not None else [0]:
            if tab_widget is not None:
                tab_widget.setCurrentIndex(tab)
            QApplication.processEvents()
            short += [s for s in _short_rows(page) if s not in short]
    assert not short, "rows too low for numb fingers:\n" + "\n".join(short)


def test_my_symptoms_rows_are_44_px(qtbot, db, tmp_path) -> None:
    dialog = _dialog("SymptomsDialog", db, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _short_rows(dialog) == []


def test_a_field_error_is_red_bold_and_follows_the_text_size(
    qapp: QApplication, app_palette
) -> None:
    from PySide6.QtWidgets import QWidget

    from poems_tracker.ui.widgets.field_error import FieldError, error_colour

    holder = QWidget()
    error = FieldError(holder)
    error.show_message("Weight must be a number.")
    assert error.text() == "⚠ Weight must be a number."  # a sign and words, not colour alone
    colour = error.palette().color(QPalette.ColorRole.WindowText)
    assert colour == QColor(error_colour(holder.palette()))
    assert error.font().bold()
    bigger = holder.font()
    bigger.setPointSizeF(bigger.pointSizeF() * 2)
    holder.setFont(bigger)
    assert error.font().pointSizeF() == bigger.pointSizeF()  # the size is inherited
    assert error.font().bold()
