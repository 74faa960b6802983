"""Alembic environment: migrates the database named by the caller's configuration."""

from alembic import context
from sqlalchemy import Connection

from tips.db import make_engine
from tips.models import Base


def run(connection: Connection) -> None:
    """Run the migrations on an open connection."""
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


url = context.config.get_main_option("sqlalchemy.url")
engine = make_engine(url or "")
with engine.connect() as conn:
    run(conn)
engine.dispose()
