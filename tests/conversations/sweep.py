"""Run the system's periodic sweep once, in this process: `python -m tests.conversations.sweep`.

Beat runs `triage.tasks.sweep` every minute and it files a conversation as a quiet tip once
LANTERN_QUIET_AFTER_MINUTES have passed. The conversation runner starts this module with the
running system's environment and a threshold of 0, so a conversation that was just cut off counts
as quiet now instead of in 30 minutes. The sweep's own code runs unchanged; the assessments it
queues go through the system's broker to its real worker. Prints `SWEEP {summary}`.
"""

from __future__ import annotations

import json


def main() -> int:
    """Run the sweep task eagerly and print its summary."""
    from worker import celery  # builds the Celery app from the settings in the environment

    summary = celery.tasks["triage.tasks.sweep"].apply().get()
    print("SWEEP " + json.dumps(summary), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
