"""Labels, not codes: the words every page shows for a stored code (a status, kind, rating or category).

`label` is the Jinja filter `label`: `{{ claim.status|label }}` for an enum member, and
`{{ verdict.veracity|label("veracity") }}` or `{{ claim.category|label("category") }}` for the
codes kept as plain strings. A code nobody gave a label still reads as words, never as `a_code`.
"""
import enum
from functools import cache
from pathlib import Path

from .accounts.models import Role
from .articles.models import ArticleStatus, ItemStatus
from .claims.models import ClaimOrigin, ClaimStatus, QuoteType, SpeakerKind
from .extraction.categories import default_path, load_categories
from .review.models import Decision, SourceKind, Stance
from .review.scales import SCALE_NAMES, scales
from .review.workflow import STATUS_LABELS

ENUM_LABELS: dict[type[enum.Enum], dict] = {
    ClaimStatus: STATUS_LABELS,
    QuoteType: {QuoteType.DIRECT: "Direct quote", QuoteType.INDIRECT: "Reported speech",
                QuoteType.UNATTRIBUTED: "Unattributed"},
    ClaimOrigin: {ClaimOrigin.EXTRACTED: "Found by extraction", ClaimOrigin.MANUAL: "Added by hand"},
    Role: {Role.REVIEWER: "Reviewer", Role.EDITOR: "Editor", Role.ADMIN: "Administrator"},
    ArticleStatus: {ArticleStatus.QUEUED: "Queued", ArticleStatus.EXTRACTING: "Extracting",
                    ArticleStatus.READY: "Ready", ArticleStatus.FAILED: "Failed"},
    ItemStatus: {ItemStatus.QUEUED: "Queued", ItemStatus.IMPORTED: "Imported",
                 ItemStatus.DUPLICATE: "Already imported", ItemStatus.FAILED: "Failed"},
    Decision: {Decision.DRAFT: "Draft", Decision.SUBMITTED: "Submitted for approval",
               Decision.APPROVED: "Approved", Decision.RETURNED: "Returned for changes"},
    SourceKind: {SourceKind.PRIMARY: "Primary source", SourceKind.SECONDARY: "Secondary source",
                 SourceKind.ARCHIVE: "Archived copy"},
    Stance: {Stance.SUPPORTS: "Supports the claim", Stance.REFUTES: "Refutes the claim",
             Stance.CONTEXT: "Adds context"},
    SpeakerKind: {SpeakerKind.PERSON: "Person", SpeakerKind.ORGANISATION: "Organisation",
                  SpeakerKind.MEDIA: "Media outlet", SpeakerKind.DOCUMENT: "Document"},
}
# Codes stored as plain strings (audit events, forms, JSON) name their enum by these words.
KINDS: dict[str, type[enum.Enum]] = {
    "status": ClaimStatus, "quote_type": QuoteType, "origin": ClaimOrigin, "role": Role,
    "article_status": ArticleStatus, "item_status": ItemStatus, "decision": Decision,
    "source_kind": SourceKind, "stance": Stance, "speaker_kind": SpeakerKind,
}


def label(value, kind: str | None = None) -> str:
    if value is None or value == "":
        return ""
    if kind in SCALE_NAMES:
        rating = scales()[kind].get(value)
        return rating.label if rating else words(value)
    if kind == "category":
        return category_labels().get(value, words(value))
    enum_cls = type(value) if isinstance(value, enum.Enum) else KINDS.get(kind or "")
    if enum_cls in ENUM_LABELS and value in set(enum_cls):
        return ENUM_LABELS[enum_cls][enum_cls(value)]
    return words(value)


def words(code) -> str:
    """The fallback: `some_code` reads as "Some code"."""
    text = str(getattr(code, "value", code)).replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def category_labels() -> dict[str, str]:
    """Each category's name: its configured label up to the colon ("Arsenal: weapons, ..." -> "Arsenal")."""
    path = default_path()
    return _category_labels(path, path.stat().st_mtime)


@cache
def _category_labels(path: Path, mtime: float) -> dict[str, str]:
    return {c.key: c.label.split(":", 1)[0].strip() for c in load_categories(path).categories}
