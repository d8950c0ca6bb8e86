"""full-text search over claims

Revision ID: 7c1f0e2b9a4d
Revises: 5b1f0c7d9e2a
Create Date: 2026-11-24 17:20:00.000000

An index of each claim's text, its speaker's name and aliases, and its article's title and outlet:
an FTS5 table on SQLite, a tsvector table with a GIN index on PostgreSQL, kept up to date by
triggers. The statements are a frozen copy of factcheck/search/schema.py at this revision;
tests/test_search.py checks that both build the same objects.

"""
from alembic import op


# revision identifiers, used by Alembic.
revision = '7c1f0e2b9a4d'
down_revision = '5b1f0c7d9e2a'
branch_labels = None
depends_on = None

SQLITE = [
    "CREATE VIRTUAL TABLE claim_search USING fts5(text, speaker, article, tokenize = 'unicode61 remove_diacritics 0')",
    """CREATE VIEW claim_search_source AS
SELECT claims.id AS claim_id, claims.text AS text,
       coalesce(speakers.name, '') || ' ' || coalesce((SELECT group_concat(alias, ' ') FROM speaker_aliases
                                                      WHERE speaker_aliases.speaker_id = speakers.id), '') AS speaker,
       articles.title || ' ' || coalesce(articles.outlet, '') AS article
FROM claims JOIN articles ON articles.id = claims.article_id
LEFT JOIN speakers ON speakers.id = claims.speaker_id""",
    """CREATE TRIGGER claim_search_claim_added AFTER INSERT ON claims BEGIN
    DELETE FROM claim_search WHERE rowid IN (NEW.id);
    INSERT INTO claim_search (rowid, text, speaker, article)
    SELECT claim_id, text, speaker, article FROM claim_search_source WHERE claim_id IN (NEW.id);
END""",
    """CREATE TRIGGER claim_search_claim_changed AFTER UPDATE OF text, speaker_id, article_id ON claims BEGIN
    DELETE FROM claim_search WHERE rowid IN (NEW.id);
    INSERT INTO claim_search (rowid, text, speaker, article)
    SELECT claim_id, text, speaker, article FROM claim_search_source WHERE claim_id IN (NEW.id);
END""",
    "CREATE TRIGGER claim_search_claim_deleted AFTER DELETE ON claims BEGIN DELETE FROM claim_search WHERE rowid = OLD.id; END",
    """CREATE TRIGGER claim_search_speaker_renamed AFTER UPDATE OF name ON speakers BEGIN
    DELETE FROM claim_search WHERE rowid IN (SELECT id FROM claims WHERE speaker_id = NEW.id);
    INSERT INTO claim_search (rowid, text, speaker, article)
    SELECT claim_id, text, speaker, article FROM claim_search_source WHERE claim_id IN (SELECT id FROM claims WHERE speaker_id = NEW.id);
END""",
    """CREATE TRIGGER claim_search_alias_added AFTER INSERT ON speaker_aliases BEGIN
    DELETE FROM claim_search WHERE rowid IN (SELECT id FROM claims WHERE speaker_id = NEW.speaker_id);
    INSERT INTO claim_search (rowid, text, speaker, article)
    SELECT claim_id, text, speaker, article FROM claim_search_source WHERE claim_id IN (SELECT id FROM claims WHERE speaker_id = NEW.speaker_id);
END""",
    """CREATE TRIGGER claim_search_alias_changed AFTER UPDATE ON speaker_aliases BEGIN
    DELETE FROM claim_search WHERE rowid IN (SELECT id FROM claims WHERE speaker_id IN (OLD.speaker_id, NEW.speaker_id));
    INSERT INTO claim_search (rowid, text, speaker, article)
    SELECT claim_id, text, speaker, article FROM claim_search_source WHERE claim_id IN (SELECT id FROM claims WHERE speaker_id IN (OLD.speaker_id, NEW.speaker_id));
END""",
    """CREATE TRIGGER claim_search_alias_deleted AFTER DELETE ON speaker_aliases BEGIN
    DELETE FROM claim_search WHERE rowid IN (SELECT id FROM claims WHERE speaker_id = OLD.speaker_id);
    INSERT INTO claim_search (rowid, text, speaker, article)
    SELECT claim_id, text, speaker, article FROM claim_search_source WHERE claim_id IN (SELECT id FROM claims WHERE speaker_id = OLD.speaker_id);
END""",
    """CREATE TRIGGER claim_search_article_renamed AFTER UPDATE OF title, outlet ON articles BEGIN
    DELETE FROM claim_search WHERE rowid IN (SELECT id FROM claims WHERE article_id = NEW.id);
    INSERT INTO claim_search (rowid, text, speaker, article)
    SELECT claim_id, text, speaker, article FROM claim_search_source WHERE claim_id IN (SELECT id FROM claims WHERE article_id = NEW.id);
END""",
    "INSERT INTO claim_search (rowid, text, speaker, article) "
    "SELECT claim_id, text, speaker, article FROM claim_search_source",
]

POSTGRESQL = [
    "CREATE TABLE claim_search (claim_id integer PRIMARY KEY REFERENCES claims (id) ON DELETE CASCADE, document tsvector NOT NULL)",
    "CREATE INDEX claim_search_document ON claim_search USING gin (document)",
    """CREATE VIEW claim_search_source AS
SELECT claims.id AS claim_id, claims.text AS text,
       coalesce(speakers.name, '') || ' ' || coalesce((SELECT string_agg(alias, ' ') FROM speaker_aliases
                                                      WHERE speaker_aliases.speaker_id = speakers.id), '') AS speaker,
       articles.title || ' ' || coalesce(articles.outlet, '') AS article
FROM claims JOIN articles ON articles.id = claims.article_id
LEFT JOIN speakers ON speakers.id = claims.speaker_id""",
    """CREATE FUNCTION claim_search_refresh(ids integer[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO claim_search (claim_id, document)
    SELECT claim_id, setweight(to_tsvector('simple', text), 'A') || setweight(to_tsvector('simple', speaker), 'B')
                     || setweight(to_tsvector('simple', article), 'C')
    FROM claim_search_source WHERE claim_id = ANY (ids)
    ON CONFLICT (claim_id) DO UPDATE SET document = EXCLUDED.document
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
    "CREATE TRIGGER claim_search_claim_written AFTER INSERT OR UPDATE OF text, speaker_id, article_id ON claims FOR EACH ROW EXECUTE FUNCTION claim_search_claim_written()",
    "CREATE TRIGGER claim_search_speaker_renamed AFTER UPDATE OF name ON speakers FOR EACH ROW EXECUTE FUNCTION claim_search_speaker_written()",
    "CREATE TRIGGER claim_search_alias_written AFTER INSERT OR UPDATE OR DELETE ON speaker_aliases FOR EACH ROW EXECUTE FUNCTION claim_search_speaker_written()",
    "CREATE TRIGGER claim_search_article_renamed AFTER UPDATE OF title, outlet ON articles FOR EACH ROW EXECUTE FUNCTION claim_search_article_written()",
    "SELECT claim_search_refresh(ARRAY(SELECT id FROM claims))",
]

DROP = {
    "sqlite": [
        "DROP TRIGGER claim_search_claim_added", "DROP TRIGGER claim_search_claim_changed",
        "DROP TRIGGER claim_search_claim_deleted", "DROP TRIGGER claim_search_speaker_renamed",
        "DROP TRIGGER claim_search_alias_added", "DROP TRIGGER claim_search_alias_changed",
        "DROP TRIGGER claim_search_alias_deleted", "DROP TRIGGER claim_search_article_renamed",
        "DROP VIEW claim_search_source", "DROP TABLE claim_search",
    ],
    "postgresql": [
        "DROP TRIGGER claim_search_claim_written ON claims", "DROP TRIGGER claim_search_speaker_renamed ON speakers",
        "DROP TRIGGER claim_search_alias_written ON speaker_aliases",
        "DROP TRIGGER claim_search_article_renamed ON articles",
        "DROP FUNCTION claim_search_claim_written, claim_search_speaker_written, claim_search_article_written, "
        "claim_search_refresh_speaker, claim_search_refresh",
        "DROP VIEW claim_search_source", "DROP TABLE claim_search",
    ],
}


def upgrade():
    statements = {"sqlite": SQLITE, "postgresql": POSTGRESQL}
    for statement in statements.get(op.get_bind().dialect.name, []):
        op.execute(statement)


def downgrade():
    for statement in DROP.get(op.get_bind().dialect.name, []):
        op.execute(statement)
