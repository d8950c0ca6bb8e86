"""search folds accents: "pena" finds "Peña" on both databases

Revision ID: d4f7a9c3e8b1
Revises: b8e4c2d6f1a3
Create Date: 2026-11-25 10:00:00.000000

SQLite's index is rebuilt with a tokenizer that folds accents; PostgreSQL's documents are rewritten through
a function that folds them with a fixed table. The statements and the table are a frozen copy of
factcheck/search/schema.py and folding.py at this revision; tests/test_search.py checks that both build the
same objects.

"""
import unicodedata

from alembic import op


# revision identifiers, used by Alembic.
revision = 'd4f7a9c3e8b1'
down_revision = 'b8e4c2d6f1a3'
branch_labels = None
depends_on = None


def _plain_letter(char):
    base, *marks = unicodedata.normalize("NFKD", char)
    if base.isascii() and base.isalpha() and marks and all(unicodedata.combining(mark) for mark in marks):
        return base.lower()
    return None


_TABLE = {char: plain for char in map(chr, range(0xC0, 0x1F00)) if (plain := _plain_letter(char))}

SQLITE_INDEX = ("CREATE VIRTUAL TABLE claim_search USING fts5(text, speaker, article, "
                "tokenize = 'unicode61 remove_diacritics {folding}')")
SQLITE_FILL = ("INSERT INTO claim_search (rowid, text, speaker, article) "
               "SELECT claim_id, text, speaker, article FROM claim_search_source")

FOLD = f"""CREATE FUNCTION claim_search_fold(words text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT translate(words, '{"".join(_TABLE)}', '{"".join(_TABLE.values())}')
    $$"""
REFRESH = """CREATE OR REPLACE FUNCTION claim_search_refresh(ids integer[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO claim_search (claim_id, document, status, category)
    SELECT claim_id, {document}, status, category
    FROM claim_search_source WHERE claim_id = ANY (ids)
    ON CONFLICT (claim_id) DO UPDATE SET document = EXCLUDED.document, status = EXCLUDED.status,
                                                category = EXCLUDED.category
    $$"""
FOLDED_DOCUMENT = """setweight(to_tsvector('simple', claim_search_fold(text)), 'A')
                     || setweight(to_tsvector('simple', claim_search_fold(speaker)), 'B')
                     || setweight(to_tsvector('simple', claim_search_fold(article)), 'C')"""
DOCUMENT = """setweight(to_tsvector('simple', text), 'A') || setweight(to_tsvector('simple', speaker), 'B')
                     || setweight(to_tsvector('simple', article), 'C')"""
REFILL = "SELECT claim_search_refresh(ARRAY(SELECT id FROM claims))"


def upgrade():
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_sqlite(folding=2)
    else:
        op.execute(FOLD)
        op.execute(REFRESH.format(document=FOLDED_DOCUMENT))
        op.execute(REFILL)


def downgrade():
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_sqlite(folding=0)
    else:
        op.execute(REFRESH.format(document=DOCUMENT))
        op.execute("DROP FUNCTION claim_search_fold")
        op.execute(REFILL)


def _rebuild_sqlite(folding):
    op.execute("DROP TABLE claim_search")
    op.execute(SQLITE_INDEX.format(folding=folding))
    op.execute(SQLITE_FILL)
