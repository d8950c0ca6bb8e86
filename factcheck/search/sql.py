"""The claims a search finds, with a rank (higher is better), in the database's own full-text dialect."""
import sqlalchemy as sa

from ..extensions import db
from .query import SearchQuery

# Claim text weighs most, then the speaker's names, then the article's title and outlet. The rank is a
# double so that it survives a round trip through a page link exactly (ts_rank's float4 does not).
# PostgreSQL's index rows also carry the claim's status and category (its facets), so that a search
# narrowed or counted by them reads no claims; on SQLite the claims are read (reading a column of an
# FTS5 row costs as much).
FACETS = ("status", "category")
_HITS = {
    "sqlite": ("SELECT rowid AS claim_id, -bm25(claim_search, 4.0, 2.0, 1.0) AS rank "
               "FROM claim_search WHERE claim_search MATCH :terms", ()),
    "postgresql": ("SELECT claim_id, CAST(ts_rank(document, terms) AS double precision) AS rank, status, category "
                   "FROM claim_search, to_tsquery('simple', :terms) AS terms WHERE document @@ terms", FACETS),
}
# Which claims match, without ranking them: for filters.
_MATCHES = {
    "sqlite": "SELECT rowid AS claim_id FROM claim_search WHERE claim_search MATCH :terms",
    "postgresql": "SELECT claim_id FROM claim_search WHERE document @@ to_tsquery('simple', :terms)",
}


def hits(query: SearchQuery) -> sa.Subquery:
    """A subquery of (claim_id, rank), plus the facets where the index carries them, to join to claims."""
    statement, facets = _HITS[_dialect()]
    return (sa.text(statement).bindparams(terms=_terms(query))
            .columns(claim_id=sa.Integer, rank=sa.Float, **{name: sa.String for name in facets})
            .subquery("search_hits"))


def matching_ids(query: SearchQuery) -> sa.Select:
    """The ids of the claims the search finds, unranked."""
    return sa.select(sa.text(_MATCHES[_dialect()]).bindparams(terms=_terms(query)).columns(claim_id=sa.Integer)
                     .subquery("search_matches").c.claim_id)


def _dialect() -> str:
    return db.session.get_bind().dialect.name


def _terms(query: SearchQuery) -> str:
    return query.tsquery() if _dialect() == "postgresql" else query.fts5()
