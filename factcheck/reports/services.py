"""Building reports: the article report's content, ClaimReview for it, the feed."""
from dataclasses import dataclass

from flask import current_app, render_template, url_for

from ..articles.models import Article
from ..review.scales import scales
from ..settings import REPO_ROOT
from .claimreview import claim_review
from .queries import PublishedClaim, articles_with_published_claims, published_for_article, unpublished_count


@dataclass
class ArticleReport:
    article: Article
    claims: list[PublishedClaim]
    pending: int
    reviews: list[dict]


def organisation() -> dict:
    return {"name": current_app.config["ORGANISATION_NAME"], "url": current_app.config["ORGANISATION_URL"]}


def report_url(article: Article) -> str:
    base = current_app.config["PUBLIC_BASE_URL"].rstrip("/")
    return base + url_for("reports.article_report", article_id=article.id)


def article_report(article: Article) -> ArticleReport:
    claims = published_for_article(article)
    url = report_url(article)
    return ArticleReport(article, claims, unpublished_count(article),
                         [claim_review(item.publication, article, url, organisation()) for item in claims])


def claim_review_feed(only: Article | None = None) -> list[dict]:
    """The ClaimReview of every published verdict, or of one article's."""
    feed = []
    for article in [only] if only else articles_with_published_claims():
        feed.extend(article_report(article).reviews)
    return feed


def render_report(article: Article, for_pdf: bool = False) -> str:
    inline_css = (REPO_ROOT / "factcheck" / "static" / "report.css").read_text() if for_pdf else None
    return render_template("reports/article.html", report=article_report(article), scales=scales(),
                           inline_css=inline_css)
