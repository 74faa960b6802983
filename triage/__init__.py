"""Triage: the pure rubric that turns a tip into indicators, urgency and a queue."""
