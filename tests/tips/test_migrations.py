"""The migrations match the models, and go down to 0001 and up again, on both databases."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from tips.db import make_engine
from tips.migrate import alembic_config, upgrade
from tips.models import Base


def test_schema_matches_the_models_after_a_round_trip(database_url: str) -> None:
    command.downgrade(alembic_config(database_url), "0001")
    upgrade(database_url)
    engine = make_engine(database_url)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection)
        assert context.get_current_revision() == "0004"
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()
