"""message ids hashed: Twilio's MessageSid kept only as a keyed hash

Revision ID: 0006
Revises: 0005

A MessageSid (inbound) or a Twilio message id (a staff reply sent) looks up, at Twilio, the
number it came from or went to. Each stored one becomes the keyed hash the edge now stores
(tips.crypto.message_id_digest under LANTERN_PSEUDONYM_KEY), so a retry of a message taken
before this migration is still known. Without the key in the environment they are dropped:
only the recognition of a retry still in flight is lost. Nothing comes back on downgrade.
"""

import re

import sqlalchemy as sa
from alembic import op

from tips.config import Settings
from tips.crypto import message_id_digest

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

HASHED = re.compile(r"[0-9a-f]{64}")  # what message_id_digest makes; a Twilio id never is
BATCH = 1000
messages = sa.table("messages", sa.column("id", sa.Integer), sa.column("external_id", sa.String))


def upgrade() -> None:
    key = Settings().pseudonym_key
    connection = op.get_bind()
    clear = (
        sa.select(messages.c.id, messages.c.external_id)
        .where(messages.c.external_id.is_not(None))
        .order_by(messages.c.id)
    )
    rows = [(i, v) for i, v in connection.execute(clear) if not HASHED.fullmatch(v)]
    change = (
        messages.update()
        .where(messages.c.id == sa.bindparam("row_id"))
        .values(external_id=sa.bindparam("digest"))
    )
    for start in range(0, len(rows), BATCH):
        batch = rows[start : start + BATCH]
        connection.execute(
            change,
            [{"row_id": i, "digest": message_id_digest(key, v) if key else None} for i, v in batch],
        )


def downgrade() -> None:
    pass  # a keyed hash cannot be turned back into the id, nor should it be
