"""Custom actions for the Lantern conversation: one reply per message, and the session start.

The action server imports every module in this package. Nothing here opens a connection
at import time; the internal API is reached over HTTP only when an action runs.
"""
