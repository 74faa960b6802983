"""api tokens: scoped, expiring, revocable tokens; the tips each audited list showed

A token issued before this revision (one per account, on staff_users) becomes an api_tokens
row with the `read` scope only, expiring 90 days after the migration: the safer default, since
nobody chose what it may do. Its owner asks for a new token to act through the API.

Revision ID: 0008
Revises: 0007
"""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

MIGRATED_SCOPES = "read"
MIGRATED_DAYS = 90
MIGRATED_LABEL = "issued before 0008"


@contextmanager
def _rebuilding_staff_users() -> Iterator[None]:
    """SQLite drops or adds a column of staff_users by rebuilding the table: the old one is
    dropped while other tables point at it, which enforced foreign keys refuse. Enforcement is
    paused for it (SQLite allows that only outside a transaction), and every reference is
    checked once the new table is in place."""
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        yield
        return
    raw = bind.connection.dbapi_connection
    if raw is not None and raw.in_transaction:
        raw.commit()  # what earlier revisions of this run did; the pragma needs no transaction
    bind.exec_driver_sql("PRAGMA foreign_keys = OFF")
    yield
    broken = bind.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise RuntimeError(f"revision 0008 would leave broken references: {broken[:3]}")
    # Ignored if a transaction is open: the connection is used only for this migration run.
    bind.exec_driver_sql("PRAGMA foreign_keys = ON")


def upgrade() -> None:
    tokens = op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=64), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("scopes", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("last_used_at", sa.DateTime(), nullable=True),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("shown", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["staff_id"], ["staff_users.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("token_hash"),
    )
    with op.batch_alter_table("api_tokens", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_api_tokens_staff_id"), ["staff_id"], unique=False)
    _move_old_tokens(tokens)
    with _rebuilding_staff_users(), op.batch_alter_table("staff_users") as batch_op:
        batch_op.drop_column("token_hash")

    with op.batch_alter_table("staff_sessions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("shown", sa.JSON(), nullable=True))

    op.create_table(
        "audit_tips",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("tip_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["audit_events.id"]),
        sa.ForeignKeyConstraint(["tip_id"], ["tips.id"]),
        sa.PrimaryKeyConstraint("event_id", "tip_id"),
    )
    with op.batch_alter_table("audit_tips", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_tips_tip_id"), ["tip_id"], unique=False)


def _move_old_tokens(tokens: sa.Table) -> None:
    """Each account's one token becomes a read-only token that expires in 90 days."""
    now = datetime.now(UTC).replace(tzinfo=None)
    old = op.get_bind().execute(
        sa.text("SELECT id, token_hash FROM staff_users WHERE token_hash IS NOT NULL")
    )
    rows = [
        {"staff_id": staff_id, "label": MIGRATED_LABEL, "token_hash": digest,
         "scopes": MIGRATED_SCOPES, "created_at": now,
         "expires_at": now + timedelta(days=MIGRATED_DAYS)}
        for staff_id, digest in old
    ]  # fmt: skip
    if rows:
        op.bulk_insert(tokens, rows)


def downgrade() -> None:
    with op.batch_alter_table("audit_tips", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_tips_tip_id"))
    op.drop_table("audit_tips")
    with op.batch_alter_table("staff_sessions", schema=None) as batch_op:
        batch_op.drop_column("shown")
    with _rebuilding_staff_users(), op.batch_alter_table("staff_users") as batch_op:
        batch_op.add_column(sa.Column("token_hash", sa.String(length=64), nullable=True))
        batch_op.create_unique_constraint("uq_staff_users_token_hash", ["token_hash"])
    _keep_newest_live_tokens()
    with op.batch_alter_table("api_tokens", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_api_tokens_staff_id"))
    op.drop_table("api_tokens")


def _keep_newest_live_tokens() -> None:
    """Back to one token per account: the newest one neither revoked nor expired."""
    now = datetime.now(UTC).replace(tzinfo=None)
    bind = op.get_bind()
    live = bind.execute(
        sa.text("SELECT staff_id, token_hash FROM api_tokens WHERE revoked_at IS NULL "
                "AND expires_at > :now ORDER BY created_at, id"),
        {"now": now},
    )  # fmt: skip
    newest = {staff_id: digest for staff_id, digest in live}
    for staff_id, digest in newest.items():
        bind.execute(
            sa.text("UPDATE staff_users SET token_hash = :digest WHERE id = :id"),
            {"digest": digest, "id": staff_id},
        )
