"""the search index carries each claim's status and category (PostgreSQL), so a search narrowed or counted by them reads it alone

Revision ID: b8e4c2d6f1a3
Revises: 9d3e5a7b1c20
Create Date: 2026-11-24 23:00:00.000000

The view gains the two columns on both databases; on PostgreSQL the index table stores them and the
claim trigger also fires when they change. The statements are a frozen copy of
factcheck/search/schema.py at this revision; tests/test_search.py checks that both build the same objects.

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = 'b8e4c2d6f1a3'
down_revision = '9d3e5a7b1c20'
branch_labels = None
depends_on = None

VIEW = """CREATE VIEW claim_search_source AS
SELECT claims.id AS claim_id, claims.text AS text,
       coalesce(speakers.name, '') || ' ' || coalesce((SELECT {aggregate} FROM speaker_aliases
                                                      WHERE speaker_aliases.speaker_id = speakers.id), '') AS speaker,
       articles.title || ' ' || coalesce(articles.outlet, '') AS article{facets}
FROM claims JOIN articles ON articles.id = claims.article_id
LEFT JOIN speakers ON speakers.id = claims.speaker_id"""
FACETS = """, claims.status AS status,
       claims.category AS category"""
AGGREGATE = {"sqlite": "group_concat(alias, ' ')", "postgresql": "string_agg(alias, ' ')"}

REFRESH = """CREATE OR REPLACE FUNCTION claim_search_refresh(ids integer[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO claim_search (claim_id, document{columns})
    SELECT claim_id, setweight(to_tsvector('simple', text), 'A') || setweight(to_tsvector('simple', speaker), 'B')
                     || setweight(to_tsvector('simple', article), 'C'){values}
    FROM claim_search_source WHERE claim_id = ANY (ids)
    ON CONFLICT (claim_id) DO UPDATE SET document = EXCLUDED.document{updates}
    $$"""
REFRESH_FACETS = {"columns": ", status, category", "values": ", status, category",
                  "updates": """, status = EXCLUDED.status,
                                                category = EXCLUDED.category"""}
TRIGGER = ("CREATE TRIGGER claim_search_claim_written AFTER INSERT OR UPDATE OF text, speaker_id, article_id{facets} "
           "ON claims FOR EACH ROW EXECUTE FUNCTION claim_search_claim_written()")


def upgrade():
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("ALTER TABLE claim_search ADD COLUMN status text, ADD COLUMN category text")
        op.execute("UPDATE claim_search SET status = claims.status, category = claims.category FROM claims "
                   "WHERE claims.id = claim_search.claim_id")
        op.execute("ALTER TABLE claim_search ALTER COLUMN status SET NOT NULL")
    op.execute("DROP VIEW claim_search_source")
    op.execute(VIEW.format(aggregate=AGGREGATE[dialect], facets=FACETS))
    if dialect == "postgresql":
        op.execute(REFRESH.format(**REFRESH_FACETS))
        op.execute("DROP TRIGGER claim_search_claim_written ON claims")
        op.execute(TRIGGER.format(facets=", status, category"))


def downgrade():
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("DROP TRIGGER claim_search_claim_written ON claims")
        op.execute(TRIGGER.format(facets=""))
        op.execute(REFRESH.format(columns="", values="", updates=""))
    op.execute("DROP VIEW claim_search_source")
    op.execute(VIEW.format(aggregate=AGGREGATE[dialect], facets=""))
    if dialect == "postgresql":
        op.execute("ALTER TABLE claim_search DROP COLUMN status, DROP COLUMN category")
