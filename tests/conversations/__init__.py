"""Scripted conversations played through the whole running system, for people to judge."""
