"""The migrations build exactly the models' schema, on SQLite and on PostgreSQL, from one head."""
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from flask_migrate import downgrade, upgrade

from factcheck.extensions import db, migrate
from factcheck.search.schema import not_search_table


def schema_differences(app):
    with app.app_context(), db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True, "include_name": not_search_table})
        return compare_metadata(context, db.metadata)


def test_migrations_produce_the_models_schema(make_app):
    app = make_app(create_tables=False)
    with app.app_context():
        upgrade()
    assert schema_differences(app) == []


def test_migrations_have_a_single_head(app):
    with app.app_context():
        config = migrate.get_config()
        assert len(ScriptDirectory.from_config(config).get_heads()) == 1


def test_migrations_downgrade_to_nothing(make_app):
    app = make_app(create_tables=False)
    with app.app_context():
        upgrade()
        downgrade(revision="base")
        tables = set(sa.inspect(db.engine).get_table_names()) - {"alembic_version"}
    assert tables == set()
