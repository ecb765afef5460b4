"""The frame every feature lives in: start-up, the main window and its menus, the pages'
base class, the data-changed events, the job runner, reminders, preferences, the clock.

Features may import the shell; the shell names feature pages and actions by
"module:attribute" strings and imports them on first use, so start-up stays light and
no import cycle runs between the shell and a feature.
"""
