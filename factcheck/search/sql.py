"""The claims a search finds, with a rank (higher is better), in the database's own full-text dialect."""
import sqlalchemy as sa

from ..extensions import db
from .query import SearchQuery

# Claim text weighs most, then the speaker's names, then the article's title and outlet. The rank is a
# double so that it survives a round trip through a page link exactly (ts_rank's float4 does not).
_SQLITE = ("SELECT rowid AS claim_id, -bm25(claim_search, 4.0, 2.0, 1.0) AS rank "
           "FROM claim_search WHERE claim_search MATCH :terms")
_POSTGRESQL = ("SELECT claim_id, CAST(ts_rank(document, terms) AS double precision) AS rank "
               "FROM claim_search, to_tsquery('simple', :terms) AS terms WHERE document @@ terms")
# Which claims match, without ranking them: for counts and filters.
_SQLITE_IDS = "SELECT rowid AS claim_id FROM claim_search WHERE claim_search MATCH :terms"
_POSTGRESQL_IDS = "SELECT claim_id FROM claim_search WHERE document @@ to_tsquery('simple', :terms)"


def hits(query: SearchQuery) -> sa.Subquery:
    """A subquery of (claim_id, rank) to join to claims."""
    statement, terms = _dialect(query, _POSTGRESQL, _SQLITE)
    return (sa.text(statement).bindparams(terms=terms)
            .columns(claim_id=sa.Integer, rank=sa.Float).subquery("search_hits"))


def matching_ids(query: SearchQuery) -> sa.Select:
    """The ids of the claims the search finds, unranked."""
    statement, terms = _dialect(query, _POSTGRESQL_IDS, _SQLITE_IDS)
    return sa.select(sa.text(statement).bindparams(terms=terms).columns(claim_id=sa.Integer)
                     .subquery("search_matches").c.claim_id)


def _dialect(query: SearchQuery, postgresql: str, sqlite: str) -> tuple[str, str]:
    if db.session.get_bind().dialect.name == "postgresql":
        return postgresql, query.tsquery()
    return sqlite, query.fts5()
