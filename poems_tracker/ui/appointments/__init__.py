"""Appointments, the visit calendar and the questions to ask at each visit."""
