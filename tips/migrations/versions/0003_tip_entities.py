"""tip entities: keyed hashes of phone numbers, plates, places that relate tips

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tip_entities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tip_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["tip_id"], ["tips.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("tip_id", "kind", "digest"),
    )
    with op.batch_alter_table("tip_entities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tip_entities_tip_id"), ["tip_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_tip_entities_digest"), ["digest"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("tip_entities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tip_entities_digest"))
        batch_op.drop_index(batch_op.f("ix_tip_entities_tip_id"))
    op.drop_table("tip_entities")
