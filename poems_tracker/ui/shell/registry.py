"""Where the shell finds the features: every page, Today panel and File-menu action, by name.

Features are named as "module:attribute" strings and imported on first use. That keeps
start-up light (a page is built on its first visit) and keeps the import graph one-way:
features import the shell, the shell never imports a feature's module at load time.
A new page, panel or menu action is one line here.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

from poems_tracker.domain.text import N_


@dataclass(frozen=True, slots=True)
class PageSpec:
    """A page: its translatable title, where its class lives, and its spoken name.

    Titles carry no Alt letter: the pages answer to Ctrl+1…9, and leaving the letters to
    the menus and the visible page keeps every Alt letter with one owner.
    """

    title: str
    target: str  # "module:Class"
    accessible: str


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        N_("MainWindow", "Today"),
        "poems_tracker.ui.checkin.checkin_page:CheckInPage",
        N_("MainWindow", "Today's check-in"),
    ),
    PageSpec(
        N_("MainWindow", "History"),
        "poems_tracker.ui.checkin.history_page:HistoryPage",
        N_("MainWindow", "History of check-ins"),
    ),
    PageSpec(
        N_("MainWindow", "Trends"),
        "poems_tracker.ui.trends.trends_page:TrendsPage",
        N_("MainWindow", "Trends over time"),
    ),
    PageSpec(
        N_("MainWindow", "Medicines"),
        "poems_tracker.ui.medicines.medications_page:MedicationsPage",
        N_("MainWindow", "Medicines and doses"),
    ),
    PageSpec(
        N_("MainWindow", "Treatments"),
        "poems_tracker.ui.medicines.treatments_page:TreatmentsPage",
        N_("MainWindow", "Treatments and milestones"),
    ),
    PageSpec(
        N_("MainWindow", "Labs"),
        "poems_tracker.ui.labs.labs_page:LabsPage",
        N_("MainWindow", "Lab and hormone results"),
    ),
    PageSpec(
        N_("MainWindow", "Appointments"),
        "poems_tracker.ui.appointments.appointments_page:AppointmentsPage",
        N_("MainWindow", "Appointments and questions"),
    ),
    PageSpec(
        N_("MainWindow", "Function check"),
        "poems_tracker.ui.function_check.function_check_page:FunctionCheckPage",
        N_("MainWindow", "Weekly function check"),
    ),
    PageSpec(
        N_("MainWindow", "Cycle days"),
        "poems_tracker.ui.trends.cycle_day_view:CycleDayPage",
        N_("MainWindow", "Symptoms by cycle day"),
    ),
)

#: Panels other features show on the Today page, each built with (db, events).
TODAY_PANELS: dict[str, str] = {
    "function_prompt": "poems_tracker.ui.function_check.function_check_prompt:FunctionCheckPrompt",
    "doses": "poems_tracker.ui.medicines.todays_doses:TodaysDosesPanel",
    "markers_due": "poems_tracker.ui.labs.markers_due:MarkersDueLine",
}

#: Functions that add a feature's actions to the File menu, called with the main window,
#: in this order (each puts its actions above Quit).
FILE_MENU_ACTIONS: tuple[str, ...] = (
    "poems_tracker.ui.data.exchange_actions:install_exchange_actions",
    "poems_tracker.ui.labs.lab_report_import:install_lab_report_action",
    "poems_tracker.ui.appointments.calendar_export:install_calendar_export_action",
    "poems_tracker.ui.data.backup_dialogs:install_backup_actions",
    "poems_tracker.ui.shell.preferences_dialog:install_preferences_action",
)


def load(target: str) -> Any:
    """The attribute a "module:attribute" TARGET names, importing its module if needed."""
    module_name, attribute = target.split(":")
    return getattr(importlib.import_module(module_name), attribute)
