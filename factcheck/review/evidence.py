"""What a reviewer adds to a claim: sources, the draft verdict, comments. Each is audited."""
from dataclasses import asdict, dataclass
from datetime import date

from ..accounts.models import Role, User
from ..audit.services import record
from ..claims.models import Claim, ClaimStatus
from ..errors import Refused, check_version
from ..extensions import db
from ..modeltypes import utcnow
from ..validators import is_web_url
from .models import Comment, Decision, Source, SourceKind, Stance, Verdict
from .scales import scales
from .services import latest_verdict

OPEN_STATUSES = {ClaimStatus.IN_REVIEW, ClaimStatus.CHANGES_REQUESTED}


@dataclass
class SourceInput:
    url: str
    kind: SourceKind
    stance: Stance = Stance.CONTEXT
    title: str | None = None
    publisher: str | None = None
    published_on: date | None = None
    accessed_on: date | None = None
    excerpt: str | None = None

    def __post_init__(self):
        self.kind, self.stance = SourceKind(self.kind), Stance(self.stance or Stance.CONTEXT)


@dataclass
class VerdictInput:
    attribution: str | None
    veracity: str | None
    summary: str = ""
    rationale: str = ""


def require_worker(claim: Claim, actor: User) -> None:
    """Sources and verdicts are the assigned reviewer's work while the claim is being reviewed."""
    if claim.status not in OPEN_STATUSES:
        raise Refused("Take the claim (or reopen it) before working on it.", 409)
    if claim.assignee_id != actor.id and not actor.has_role(Role.EDITOR):
        raise Refused("Only the reviewer assigned to this claim, or an editor, may change it.", 403)


def touch(claim: Claim) -> None:
    """Count the change as an edit of the claim, so concurrent saves see a new version."""
    claim.updated_at = utcnow()


def add_source(claim: Claim, actor: User, data: SourceInput, expected_version: int | None) -> Source:
    require_worker(claim, actor)
    check_version(claim, expected_version)
    if not is_web_url(data.url):
        raise Refused("A source needs a web address starting with http:// or https://.", 400)
    source = Source(claim=claim, added_by=actor, **asdict(data))
    db.session.add(source)
    touch(claim)
    db.session.flush()
    record(actor, "source_added", claim_id=claim.id, article_id=claim.article_id,
           details={"source": source.id, "url": source.url, "kind": source.kind.value})
    return source


def check_ratings(data: VerdictInput) -> None:
    for name in ("attribution", "veracity"):
        key = getattr(data, name)
        if key and scales()[name].get(key) is None:
            raise Refused(f"“{key}” is not on the {name} scale.", 400)


def save_verdict(claim: Claim, actor: User, data: VerdictInput, expected_version: int | None) -> Verdict:
    if claim.assignee_id != actor.id:
        raise Refused("Only the reviewer assigned to this claim writes its verdict.", 403)
    require_worker(claim, actor)
    check_version(claim, expected_version)
    check_ratings(data)
    verdict = latest_verdict(claim, Decision.DRAFT) or new_draft(claim, actor)
    verdict.reviewer = actor
    for name, value in asdict(data).items():
        setattr(verdict, name, value or None)
    touch(claim)
    db.session.flush()
    record(actor, "verdict_saved", claim_id=claim.id, article_id=claim.article_id,
           details={"verdict": verdict.id, "attribution": verdict.attribution, "veracity": verdict.veracity})
    return verdict


def new_draft(claim: Claim, actor: User) -> Verdict:
    """A returned verdict stays as it was; the next round is a new draft, keeping any correction note."""
    previous = latest_verdict(claim)
    verdict = Verdict(claim=claim, reviewer=actor)
    if previous is not None:
        verdict.correction_note = previous.correction_note
    db.session.add(verdict)
    return verdict


def add_comment(claim: Claim, actor: User, body: str) -> Comment:
    if not body.strip():
        raise Refused("The comment is empty.", 400)
    comment = Comment(claim=claim, author=actor, body=body.strip())
    db.session.add(comment)
    db.session.flush()
    record(actor, "comment_added", claim_id=claim.id, article_id=claim.article_id,
           details={"comment": comment.id})
    return comment
