"""Helpers the tests share: free ports, a private Redis, settings, signed Twilio requests."""
