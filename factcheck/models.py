"""Every model, imported once so that the metadata is complete (migrations, create_all)."""
from .accounts.models import Role, User
from .articles.models import Article, ImportBatch, ImportItem
from .audit.models import Event
from .claims.models import Claim, ClaimOrigin, ClaimStatus, QuoteType, Speaker, SpeakerAlias, SpeakerKind
from .extensions import db
from .review.models import Comment, Decision, Publication, Source, SourceKind, Stance, Verdict
from .search import schema as search_schema
from .speakers.models import SpeakerDistinction, SpeakerMerge

search_schema.install(db.metadata)

__all__ = [
    "Article", "Claim", "Comment", "ClaimOrigin", "ClaimStatus", "Decision", "Event", "ImportBatch", "ImportItem",
    "Publication", "QuoteType", "Role", "Source", "SourceKind", "Speaker", "SpeakerAlias", "SpeakerDistinction",
    "SpeakerKind", "SpeakerMerge", "Stance", "User", "Verdict",
]
