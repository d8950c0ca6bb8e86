"""A desk at newsroom scale, written straight into the database with bulk inserts.

Default: 100,000 claims over 2,000 articles and 5,000 shared speakers, with sources, verdicts,
publications, comments and audit events in the proportions of a working desk. One article holds
1,000 claims and one speaker 2,000, for the article and speaker pages' worst cases.
"""
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from factcheck.accounts.models import Role, User
from factcheck.articles.models import Article, ArticleStatus, body_checksum
from factcheck.audit.models import Event
from factcheck.claims.models import Claim, ClaimStatus, QuoteType, Speaker, SpeakerAlias, SpeakerKind, name_key
from factcheck.extensions import db
from factcheck.review.models import Comment, Decision, Publication, Source, SourceKind, Stance, Verdict

PASSWORD = "bench password 123"
FIRST = ["Ada", "Bela", "Cyra", "Dario", "Esme", "Farid", "Gita", "Hugo", "Ines", "Jonas", "Kemal", "Lina",
         "Milo", "Nora", "Omar", "Petra", "Quinn", "Rosa", "Sven", "Tala", "Umar", "Vera", "Wim", "Xena", "Yusuf"]
LAST = ["Abbot", "Brenn", "Castell", "Dorsey", "Eklund", "Fontaine", "Garrow", "Hallam", "Ivers", "Jansen",
        "Kettle", "Lorne", "Marsh", "Novak", "Orwin", "Pryce", "Quarry", "Rusk", "Stroud", "Tarrant"]
THINGS = ["harbour", "bridge", "missile stockpile", "summit", "budget", "drone fleet", "rail line", "treaty"]
STATUS_SHARES = [(ClaimStatus.NEW, 50), (ClaimStatus.IN_REVIEW, 15), (ClaimStatus.CHANGES_REQUESTED, 5),
                 (ClaimStatus.AWAITING_APPROVAL, 10), (ClaimStatus.APPROVED, 15), (ClaimStatus.DISMISSED, 5)]
REVIEWED = {ClaimStatus.CHANGES_REQUESTED, ClaimStatus.AWAITING_APPROVAL, ClaimStatus.APPROVED}
BATCH = 5_000


@dataclass
class Scale:
    claims: int = 100_000
    articles: int = 2_000
    speakers: int = 5_000
    big_article_claims: int = 1_000
    busy_speaker_claims: int = 2_000
    reviewers: int = 20


@dataclass
class Landmarks:
    """Rows the benchmark's pages point at."""
    big_article: int
    busy_speaker: int
    published_claim: int
    reviewer_id: int
    reviewer_email: str
    editor_email: str
    admin_email: str
    deep_after: str = ""  # the queue's page link to row 10,000, set once the rows are in


def build(scale: Scale, seed: int = 7) -> Landmarks:
    """Fill an empty (migrated) database inside the current app context."""
    rng = random.Random(seed)
    users = make_users(scale.reviewers)
    speakers = insert_speakers(scale.speakers)
    articles, per_article = insert_articles(scale, rng)
    claims = insert_claims(scale, rng, articles, per_article, speakers, users)
    insert_review_trail(claims, users, rng)
    db.session.commit()
    published = db.session.scalar(sa.select(sa.func.min(Publication.claim_id)))
    return Landmarks(articles[0], speakers[0], published, users["reviewers"][0].id, users["reviewers"][0].email,
                     users["editors"][0].email, users["admin"].email)


def make_users(reviewers: int) -> dict:
    template = User(email="x", display_name="x", role=Role.REVIEWER)
    template.set_password(PASSWORD)  # hashing is slow on purpose: hash once, share the hash

    def user(email: str, name: str, role: Role) -> User:
        made = User(email=email, display_name=name, role=role, active=True, password_hash=template.password_hash)
        db.session.add(made)
        return made

    made = {"admin": user("admin@bench.invalid", "Bench Admin", Role.ADMIN),
            "editors": [user(f"editor{n}@bench.invalid", f"Bench Editor {n}", Role.EDITOR) for n in range(3)],
            "reviewers": [user(f"reviewer{n}@bench.invalid", f"Bench Reviewer {n}", Role.REVIEWER)
                          for n in range(reviewers)]}
    db.session.flush()
    return made


def speaker_name(n: int) -> str:
    return f"{FIRST[n % len(FIRST)]} {LAST[(n // len(FIRST)) % len(LAST)]} {n}"


def insert_speakers(count: int) -> list[int]:
    rows = [{"name": speaker_name(n), "name_key": name_key(speaker_name(n)), "kind": SpeakerKind.PERSON,
             "role": "minister" if n % 3 == 0 else None} for n in range(count)]
    insert(Speaker, rows)
    ids = db.session.scalars(sa.select(Speaker.id).order_by(Speaker.id)).all()
    aliases = [{"speaker_id": id_, "alias": LAST[(n // len(FIRST)) % len(LAST)] + f" {n}",
                "alias_key": name_key(LAST[(n // len(FIRST)) % len(LAST)] + f" {n}")}
               for n, id_ in enumerate(ids) if n % 5 == 0]
    insert(SpeakerAlias, aliases)
    return ids


def claims_per_article(scale: Scale) -> list[int]:
    rest = scale.claims - scale.big_article_claims
    others = scale.articles - 1
    return [scale.big_article_claims] + [rest // others + (1 if n < rest % others else 0) for n in range(others)]


def sentence(article: int, k: int, rng: random.Random) -> str:
    return f"Official {article}-{k} said the {rng.choice(THINGS)} would cost {rng.randint(2, 900)} million. "


def insert_articles(scale: Scale, rng: random.Random) -> tuple[list[int], list[list[str]]]:
    per_article = [[sentence(a, k, rng) for k in range(n)] for a, n in enumerate(claims_per_article(scale))]
    start = datetime(2026, 1, 1, tzinfo=UTC)
    rows = []
    for a, sentences in enumerate(per_article):
        body = "".join(sentences)
        rows.append({"title": f"Desk story {a}: the {THINGS[a % len(THINGS)]}", "body": body,
                     "checksum": body_checksum(body), "outlet": f"Outlet {a % 40}", "url": f"https://news.invalid/{a}",
                     "status": ArticleStatus.READY, "progress": 100, "attempts": 1,
                     "imported_at": start + timedelta(hours=a)})
    insert(Article, rows)
    return db.session.scalars(sa.select(Article.id).order_by(Article.id)).all(), per_article


def insert_claims(scale, rng, articles, per_article, speakers, users) -> list[dict]:
    statuses = [status for status, share in STATUS_SHARES for _ in range(share)]
    reviewers = users["reviewers"]
    rows, busy_left = [], scale.busy_speaker_claims
    for article_id, sentences in zip(articles, per_article, strict=True):
        offset = 0
        for text in sentences:
            status = rng.choice(statuses)
            speaker = speakers[0] if busy_left > 0 and rng.random() < 0.05 else rng.choice(speakers[1:])
            busy_left -= speaker == speakers[0]
            rows.append({"article_id": article_id, "speaker_id": speaker, "quote_type": QuoteType.INDIRECT,
                         "text": text.strip(), "start": offset, "end": offset + len(text.strip()),
                         "category": "arsenal" if "missile" in text or "drone" in text else None,
                         "status": status, "cue": "said",
                         "assignee_id": None if status in (ClaimStatus.NEW, ClaimStatus.DISMISSED)
                         else rng.choice(reviewers).id})
            offset += len(text)
    top_up_busy_speaker(rows, speakers[0], busy_left)
    insert(Claim, rows)
    ids = db.session.scalars(sa.select(Claim.id).order_by(Claim.id)).all()
    for row, id_ in zip(rows, ids, strict=True):
        row["id"] = id_
    return rows


def top_up_busy_speaker(rows: list[dict], busy: int, missing: int) -> None:
    for row in rows[::7][:max(0, missing)]:
        row["speaker_id"] = busy


def insert_review_trail(claims: list[dict], users: dict, rng: random.Random) -> None:
    editors, when = users["editors"], datetime(2026, 6, 1, tzinfo=UTC)
    sources, verdicts, comments, events = [], [], [], []
    for claim in claims:
        status = claim["status"]
        if status == ClaimStatus.NEW:
            continue
        actor = claim["assignee_id"] or editors[0].id
        events.append(event(claim, actor, "take" if claim["assignee_id"] else "dismiss", when))
        if claim["assignee_id"]:
            sources.append({"claim_id": claim["id"], "url": f"https://records.invalid/{claim['id']}",
                            "kind": SourceKind.PRIMARY, "stance": Stance.REFUTES, "added_by_id": actor,
                            "title": "Budget records", "added_at": when})
        if status in REVIEWED:
            verdicts.append(verdict(claim, rng.choice(editors).id, status, when))
            events.append(event(claim, actor, "submit", when))
        if status == ClaimStatus.CHANGES_REQUESTED:
            comments.append({"claim_id": claim["id"], "author_id": editors[0].id, "body": "Add the budget line.",
                             "created_at": when})
    insert(Source, sources)
    insert(Comment, comments)
    insert(Event, events)
    insert(Verdict, verdicts)
    insert_publications(claims, users, when)


def event(claim: dict, actor: int, action: str, when: datetime) -> dict:
    return {"actor_id": actor, "action": action, "claim_id": claim["id"], "article_id": claim["article_id"],
            "from_status": ClaimStatus.NEW.value, "to_status": claim["status"].value, "details": {},
            "created_at": when}


def verdict(claim: dict, editor: int, status: ClaimStatus, when: datetime) -> dict:
    decision = {ClaimStatus.APPROVED: Decision.APPROVED, ClaimStatus.CHANGES_REQUESTED: Decision.RETURNED}.get(
        status, Decision.SUBMITTED)
    return {"claim_id": claim["id"], "attribution": "accurate", "veracity": "false", "summary": "It is not so.",
            "rationale": "The budget records say otherwise.", "reviewer_id": claim["assignee_id"],
            "editor_id": editor if decision != Decision.SUBMITTED else None, "decision": decision,
            "published": decision == Decision.APPROVED, "created_at": when, "submitted_at": when,
            "decided_at": when if decision != Decision.SUBMITTED else None}


def insert_publications(claims: list[dict], users: dict, when: datetime) -> None:
    approved = {row["id"]: row for row in claims if row["status"] == ClaimStatus.APPROVED}
    verdict_ids = dict(db.session.execute(sa.select(Verdict.claim_id, Verdict.id)
                                          .where(Verdict.decision == Decision.APPROVED)).all())
    speakers = dict(db.session.execute(sa.select(Speaker.id, Speaker.name)).all())
    editor = users["editors"][0]
    names = {user.id: user.display_name for user in users["reviewers"]}
    rows = [{"claim_id": id_, "article_id": row["article_id"], "verdict_id": verdict_ids[id_], "text": row["text"],
             "start": row["start"], "end": row["end"], "quote_type": row["quote_type"].value, "cue": row["cue"],
             "category": row["category"], "speaker_id": row["speaker_id"], "speaker_name": speakers[row["speaker_id"]],
             "speaker_kind": SpeakerKind.PERSON.value, "attribution": "accurate", "veracity": "false",
             "summary": "It is not so.", "rationale": "The budget records say otherwise.", "sources": [],
             "reviewer_id": row["assignee_id"], "reviewer_name": names[row["assignee_id"]],
             "approver_id": editor.id, "approver_name": editor.display_name, "submitted_at": when,
             "published_at": when} for id_, row in approved.items()]
    insert(Publication, rows)


def insert(model, rows: list[dict]) -> None:
    for start in range(0, len(rows), BATCH):
        db.session.execute(sa.insert(model), rows[start:start + BATCH])
