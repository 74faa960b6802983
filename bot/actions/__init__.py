"""Custom actions for the Lantern conversation: the tip form, danger replies, submission.

The action server imports every module in this package. Nothing here opens a connection
at import time; the internal API is reached over HTTP only when an action runs.
"""
