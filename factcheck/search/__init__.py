"""Full-text search over claims: their text, their speaker's name and aliases, their article's title and outlet.

SQLite uses an FTS5 table, PostgreSQL a tsvector table with a GIN index; database triggers keep either
in step with every write (schema.py), so bulk SQL, cascades and merges cannot leave it stale.
"""
