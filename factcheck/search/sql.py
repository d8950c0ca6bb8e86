"""The claims a search finds, with a rank (higher is better), in the database's own full-text dialect."""
import sqlalchemy as sa

from ..extensions import db
from .query import SearchQuery

# Claim text weighs most, then the speaker's names, then the article's title and outlet.
_SQLITE = ("SELECT rowid AS claim_id, -bm25(claim_search, 4.0, 2.0, 1.0) AS rank "
           "FROM claim_search WHERE claim_search MATCH :terms")
_POSTGRESQL = ("SELECT claim_id, ts_rank(document, terms) AS rank "
               "FROM claim_search, to_tsquery('simple', :terms) AS terms WHERE document @@ terms")


def hits(query: SearchQuery) -> sa.Subquery:
    """A subquery of (claim_id, rank) to join to claims."""
    if db.session.get_bind().dialect.name == "postgresql":
        statement, terms = _POSTGRESQL, query.tsquery()
    else:
        statement, terms = _SQLITE, query.fts5()
    return (sa.text(statement).bindparams(terms=terms)
            .columns(claim_id=sa.Integer, rank=sa.Float).subquery("search_hits"))
