"""pages collapsed: a burst of critical tips from one source shares one page

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("pages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("collapsed_into", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            "fk_pages_collapsed_into_pages", "pages", ["collapsed_into"], ["id"]
        )
        batch_op.create_index(batch_op.f("ix_pages_collapsed_into"), ["collapsed_into"])


def downgrade() -> None:
    with op.batch_alter_table("pages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pages_collapsed_into"))
        batch_op.drop_constraint("fk_pages_collapsed_into_pages", type_="foreignkey")
        batch_op.drop_column("collapsed_into")
