"""schema.org ClaimReview for published verdicts, and a validator for what Google requires.

Mapping (documented in config/verdict_scales.toml): reviewRating is the veracity rating —
ratingValue is its value, bestRating/worstRating the scale's ends, alternateName its label.
Ratings off the numeric scale (unproven, opinion) carry alternateName only. When the attribution
rating is not "accurate", alternateName names it too ("False; attribution: misquoted").
"""
from datetime import date, datetime

from ..claims.models import SpeakerKind
from ..review.scales import scales
from .queries import PublishedClaim

CLAIM_REVIEWED_LIMIT = 75
FAITHFUL_ATTRIBUTION = "accurate"
PERSON_KINDS = {SpeakerKind.PERSON}


def shorten(text: str, limit: int = CLAIM_REVIEWED_LIMIT) -> str:
    """Fewer than `limit` characters, cut at a word with an ellipsis."""
    text = " ".join(text.split()).strip("“”\"' ,")
    if len(text) < limit:
        return text
    cut = text[: limit - 2].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def review_rating(attribution: str | None, veracity: str | None) -> dict:
    veracity_rating = scales()["veracity"].get(veracity)
    attribution_rating = scales()["attribution"].get(attribution)
    name = veracity_rating.label if veracity_rating else "Not rated"
    if attribution_rating and attribution != FAITHFUL_ATTRIBUTION:
        name += f"; attribution: {attribution_rating.label.lower()}"
    rating = {"@type": "Rating", "alternateName": name}
    if veracity_rating and veracity_rating.rated:
        scale = scales()["veracity"]
        rating.update(ratingValue=veracity_rating.value, bestRating=scale.best, worstRating=scale.worst)
    return rating


def _iso(value: date | datetime | str | None) -> str | None:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def claim_author(published: PublishedClaim) -> dict:
    speaker = published.claim.speaker
    if speaker is None:
        return {"@type": "Person", "name": published.claim.speaker_mention or "Unknown"}
    author = {"@type": "Person" if speaker.kind in PERSON_KINDS else "Organization", "name": speaker.name}
    if role := (published.claim.speaker_role or speaker.role):
        author["jobTitle" if speaker.kind in PERSON_KINDS else "description"] = role
    return author


def claim_review(published: PublishedClaim, report_url: str, organisation: dict) -> dict:
    claim, verdict, article = published.claim, published.verdict, published.claim.article
    appearance = {"@type": "CreativeWork", "headline": article.title}
    if article.url:
        appearance["url"] = article.url
    if article.outlet:
        appearance["publisher"] = {"@type": "Organization", "name": article.outlet}
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"{report_url}#claim-{claim.id}",
        "claimReviewed": shorten(claim.text),
        "datePublished": _iso(verdict.decided_at),
        "author": {"@type": "Organization", "name": organisation["name"], "url": organisation["url"]},
        "reviewRating": review_rating(verdict.attribution, verdict.veracity),
        "itemReviewed": {
            "@type": "Claim",
            "author": claim_author(published),
            "datePublished": claim.statement_date or _iso(article.published_on),
            "appearance": appearance,
        },
    }


def validate_claim_review(data: dict) -> list[str]:
    """Problems with one ClaimReview: Google's required fields, and the ones we always promise."""
    problems = []
    if data.get("@type") != "ClaimReview":
        problems.append("@type must be ClaimReview")
    if not str(data.get("url", "")).startswith(("http://", "https://")):
        problems.append("url must be an absolute http(s) address")
    reviewed = data.get("claimReviewed") or ""
    if not reviewed.strip():
        problems.append("claimReviewed is required")
    elif len(reviewed) >= CLAIM_REVIEWED_LIMIT:
        problems.append(f"claimReviewed must be under {CLAIM_REVIEWED_LIMIT} characters")
    problems += _rating_problems(data.get("reviewRating") or {})
    author = data.get("author") or {}
    if author.get("@type") not in ("Organization", "Person") or not author.get("name"):
        problems.append("author needs @type Organization or Person and a name")
    item = data.get("itemReviewed") or {}
    if item.get("@type") != "Claim":
        problems.append("itemReviewed must be a Claim")
    claim_author_ = item.get("author") or {}
    if claim_author_.get("@type") not in ("Organization", "Person") or not claim_author_.get("name"):
        problems.append("itemReviewed.author needs @type Organization or Person and a name")
    return problems


def _rating_problems(rating: dict) -> list[str]:
    problems = []
    if rating.get("@type") != "Rating":
        problems.append("reviewRating must be a Rating")
    if not rating.get("alternateName"):
        problems.append("reviewRating.alternateName is required")
    numbers = [rating.get(key) for key in ("ratingValue", "bestRating", "worstRating")]
    if any(n is not None for n in numbers):
        if not all(isinstance(n, int | float) for n in numbers):
            problems.append("ratingValue, bestRating and worstRating go together, as numbers")
        elif not numbers[2] <= numbers[0] <= numbers[1]:
            problems.append("ratingValue must lie between worstRating and bestRating")
    return problems
