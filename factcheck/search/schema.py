"""The search index's tables, view and triggers, per database; created with the models' tables.

Triggers, not application code, keep the index right: every path that writes claims, speakers, aliases
or articles (ORM, bulk SQL in re-extraction, foreign-key cascades, merges) goes through them, in the
writer's own transaction. The migration that adds search holds a frozen copy of these statements;
tests/test_search.py checks that both build the same objects.
"""
import sqlalchemy as sa

from .folding import ACCENTED, PLAIN

# How the names of the objects below start (the models do not describe them).
PREFIX = "claim_search"

_SOURCE = """CREATE VIEW claim_search_source AS
SELECT claims.id AS claim_id, claims.text AS text,
       coalesce(speakers.name, '') || ' ' || coalesce((SELECT {aggregate} FROM speaker_aliases
                                                      WHERE speaker_aliases.speaker_id = speakers.id), '') AS speaker,
       articles.title || ' ' || coalesce(articles.outlet, '') AS article, claims.status AS status,
       claims.category AS category
FROM claims JOIN articles ON articles.id = claims.article_id
LEFT JOIN speakers ON speakers.id = claims.speaker_id"""

_SQLITE_REFRESH = """
    DELETE FROM claim_search WHERE rowid IN ({ids});
    INSERT INTO claim_search (rowid, text, speaker, article)
    SELECT claim_id, text, speaker, article FROM claim_search_source WHERE claim_id IN ({ids});
"""


def _sqlite_trigger(name: str, event: str, ids: str) -> str:
    return f"CREATE TRIGGER {name} AFTER {event} BEGIN{_SQLITE_REFRESH.format(ids=ids)}END"


SQLITE = [
    "CREATE VIRTUAL TABLE claim_search USING fts5(text, speaker, article, tokenize = 'unicode61 remove_diacritics 2')",
    _SOURCE.format(aggregate="group_concat(alias, ' ')"),
    _sqlite_trigger("claim_search_claim_added", "INSERT ON claims", "NEW.id"),
    _sqlite_trigger("claim_search_claim_changed", "UPDATE OF text, speaker_id, article_id ON claims", "NEW.id"),
    "CREATE TRIGGER claim_search_claim_deleted AFTER DELETE ON claims BEGIN "
    "DELETE FROM claim_search WHERE rowid = OLD.id; END",
    _sqlite_trigger("claim_search_speaker_renamed", "UPDATE OF name ON speakers",
                    "SELECT id FROM claims WHERE speaker_id = NEW.id"),
    _sqlite_trigger("claim_search_alias_added", "INSERT ON speaker_aliases",
                    "SELECT id FROM claims WHERE speaker_id = NEW.speaker_id"),
    _sqlite_trigger("claim_search_alias_changed", "UPDATE ON speaker_aliases",
                    "SELECT id FROM claims WHERE speaker_id IN (OLD.speaker_id, NEW.speaker_id)"),
    _sqlite_trigger("claim_search_alias_deleted", "DELETE ON speaker_aliases",
                    "SELECT id FROM claims WHERE speaker_id = OLD.speaker_id"),
    _sqlite_trigger("claim_search_article_renamed", "UPDATE OF title, outlet ON articles",
                    "SELECT id FROM claims WHERE article_id = NEW.id"),
]


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


# PostgreSQL: a claim's document is rewritten under an advisory lock on its speaker and article, in a
# statement that starts after the lock is granted, so it reads what a racing rename committed; renames
# take the lock exclusively, claim writes share it. The row also carries the claim's status and category,
# so that a search narrowed or counted by them reads the index alone (search/sql.py: FACETS). Accents are
# folded as search/folding.py folds queries.
POSTGRESQL = [
    "CREATE TABLE claim_search (claim_id integer PRIMARY KEY REFERENCES claims (id) ON DELETE CASCADE, "
    "document tsvector NOT NULL, status text NOT NULL, category text)",
    "CREATE INDEX claim_search_document ON claim_search USING gin (document)",
    _SOURCE.format(aggregate="string_agg(alias, ' ')"),
    f"""CREATE FUNCTION claim_search_fold(words text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT translate(words, {_literal(ACCENTED)}, {_literal(PLAIN)})
    $$""",
    """CREATE FUNCTION claim_search_refresh(ids integer[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO claim_search (claim_id, document, status, category)
    SELECT claim_id, setweight(to_tsvector('simple', claim_search_fold(text)), 'A')
                     || setweight(to_tsvector('simple', claim_search_fold(speaker)), 'B')
                     || setweight(to_tsvector('simple', claim_search_fold(article)), 'C'), status, category
    FROM claim_search_source WHERE claim_id = ANY (ids)
    ON CONFLICT (claim_id) DO UPDATE SET document = EXCLUDED.document, status = EXCLUDED.status,
                                                category = EXCLUDED.category
    $$""",
    """CREATE FUNCTION claim_search_claim_written() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM pg_advisory_xact_lock_shared(hashtext('claim_search.speaker'), NEW.speaker_id);
        PERFORM pg_advisory_xact_lock_shared(hashtext('claim_search.article'), NEW.article_id);
        PERFORM claim_search_refresh(ARRAY[NEW.id]);
        RETURN NULL;
    END $$""",
    """CREATE FUNCTION claim_search_refresh_speaker(speaker integer) RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('claim_search.speaker'), speaker);
        PERFORM claim_search_refresh(ARRAY(SELECT id FROM claims WHERE speaker_id = speaker));
    END $$""",
    """CREATE FUNCTION claim_search_speaker_written() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_TABLE_NAME = 'speakers' THEN
            PERFORM claim_search_refresh_speaker(NEW.id);
            RETURN NULL;
        END IF;
        IF TG_OP <> 'INSERT' THEN PERFORM claim_search_refresh_speaker(OLD.speaker_id); END IF;
        IF TG_OP <> 'DELETE' THEN PERFORM claim_search_refresh_speaker(NEW.speaker_id); END IF;
        RETURN NULL;
    END $$""",
    """CREATE FUNCTION claim_search_article_written() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('claim_search.article'), NEW.id);
        PERFORM claim_search_refresh(ARRAY(SELECT id FROM claims WHERE article_id = NEW.id));
        RETURN NULL;
    END $$""",
    "CREATE TRIGGER claim_search_claim_written AFTER INSERT OR UPDATE OF text, speaker_id, article_id, status, "
    "category ON claims FOR EACH ROW EXECUTE FUNCTION claim_search_claim_written()",
    "CREATE TRIGGER claim_search_speaker_renamed AFTER UPDATE OF name ON speakers "
    "FOR EACH ROW EXECUTE FUNCTION claim_search_speaker_written()",
    "CREATE TRIGGER claim_search_alias_written AFTER INSERT OR UPDATE OR DELETE ON speaker_aliases "
    "FOR EACH ROW EXECUTE FUNCTION claim_search_speaker_written()",
    "CREATE TRIGGER claim_search_article_renamed AFTER UPDATE OF title, outlet ON articles "
    "FOR EACH ROW EXECUTE FUNCTION claim_search_article_written()",
]

DROP = {
    "sqlite": ["DROP VIEW IF EXISTS claim_search_source", "DROP TABLE IF EXISTS claim_search"],
    "postgresql": ["DROP TABLE IF EXISTS claim_search", "DROP VIEW IF EXISTS claim_search_source CASCADE",
                   "DROP FUNCTION IF EXISTS claim_search_refresh, claim_search_fold, claim_search_claim_written, "
                   "claim_search_refresh_speaker, claim_search_speaker_written, claim_search_article_written CASCADE"],
}


def not_search_table(name: str | None, type_: str, _parent_names) -> bool:
    """Alembic's include_name hook: the models' schema comparisons leave the search tables out."""
    return not (type_ == "table" and name and name.startswith(PREFIX))


def install(metadata: sa.MetaData) -> None:
    """Build the index when db.create_all() creates the claims table; drop it when db.drop_all() drops it."""
    sa.event.listen(metadata, "after_create", _run({"sqlite": SQLITE, "postgresql": POSTGRESQL}))
    sa.event.listen(metadata, "before_drop", _run(DROP))


def _run(statements: dict[str, list[str]]):
    def run(_metadata, connection, tables=(), **_kwargs) -> None:
        if any(table.name == "claims" for table in tables):
            for statement in statements.get(connection.dialect.name, []):
                connection.execute(sa.DDL(statement))
    return run
