"""POEMS Tracker: a private, offline journal for people living with POEMS syndrome."""

__version__ = "0.1.0"
APP_NAME = "POEMS Tracker"
