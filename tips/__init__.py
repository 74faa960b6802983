"""Lantern's domain and storage: conversations, messages, tips, assessments, staff, audit."""
