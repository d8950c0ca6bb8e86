"""schema.org ClaimReview for published verdicts, and a validator for what Google requires.

Mapping (documented in config/verdict_scales.toml): reviewRating is the veracity rating —
ratingValue is its value, bestRating/worstRating the scale's ends, alternateName its label.
Ratings off the numeric scale (unproven, opinion) carry alternateName only. When the attribution
rating is not "accurate", alternateName names it too ("False; attribution: misquoted").
"""
from datetime import date, datetime

from ..articles.models import Article
from ..review.models import Publication
from ..review.scales import scales

CLAIM_REVIEWED_LIMIT = 75
FAITHFUL_ATTRIBUTION = "accurate"
PERSON_KINDS = {"person"}
WIKIDATA = "https://www.wikidata.org/wiki/"


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


def claim_author(publication: Publication) -> dict:
    """The speaker as approved; an identifier (Wikidata QID or address) becomes sameAs."""
    if publication.speaker_name is None:
        return {"@type": "Person", "name": publication.speaker_mention or "Unknown"}
    is_person = publication.speaker_kind in PERSON_KINDS
    author = {"@type": "Person" if is_person else "Organization", "name": publication.speaker_name}
    if publication.speaker_role:
        author["jobTitle" if is_person else "description"] = publication.speaker_role
    if identifier := publication.speaker_external_id:
        author["sameAs"] = WIKIDATA + identifier if identifier.startswith("Q") else identifier
    return author


def claim_review(publication: Publication, article: Article, report_url: str, organisation: dict) -> dict:
    appearance = {"@type": "CreativeWork", "headline": article.title}
    if article.url:
        appearance["url"] = article.url
    if article.outlet:
        appearance["publisher"] = {"@type": "Organization", "name": article.outlet}
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"{report_url}#claim-{publication.claim_id}",
        "claimReviewed": shorten(publication.text),
        "datePublished": _iso(publication.published_at),
        "author": {"@type": "Organization", "name": organisation["name"], "url": organisation["url"]},
        "reviewRating": review_rating(publication.attribution, publication.veracity),
        "itemReviewed": {
            "@type": "Claim",
            "author": claim_author(publication),
            "datePublished": publication.statement_date or _iso(article.published_on),
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
