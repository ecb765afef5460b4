"""matplotlib Figures built from domain data; never a window (architecture.md rule 4).

Import `poems_tracker.charts.figures` inside the function that needs it: matplotlib costs
about half a second, which the window must not pay at start-up.
"""
