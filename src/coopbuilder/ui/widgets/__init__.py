"""Widgets the wizard pages share: fields, rows of records, the rating control, the radar chart,
marks for bands and check severities, and message lists."""
