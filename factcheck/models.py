"""Every model, imported once so that the metadata is complete (migrations, create_all)."""
from .accounts.models import Role, User
from .articles.models import Article
from .audit.models import Event
from .claims.models import Claim, ClaimOrigin, ClaimStatus, QuoteType, Speaker, SpeakerAlias, SpeakerKind
from .review.models import Comment, Decision, Source, SourceKind, Stance, Verdict

__all__ = [
    "Article", "Claim", "Comment", "ClaimOrigin", "ClaimStatus", "Decision", "Event", "QuoteType", "Role",
    "Source", "SourceKind", "Speaker", "SpeakerAlias", "SpeakerKind", "Stance", "User", "Verdict",
]
