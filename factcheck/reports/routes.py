import sqlalchemy as sa
from flask import Blueprint, Response, abort, jsonify, render_template, request, stream_with_context
from flask_login import current_user

from ..accounts.models import Role
from ..articles.models import Article
from ..claims.queue import QueueFilter
from ..extensions import db
from ..permissions import role_required
from ..review.models import Publication
from ..validators import parse_id
from . import exports
from .pdf import html_to_pdf, pdf_unavailable_reason
from .services import claim_review_feed, render_report

bp = Blueprint("reports", __name__)


def article_is_public(article: Article) -> bool:
    """Whether readers who are not logged in may see the article's report: once something is published."""
    return bool(db.session.scalar(sa.select(sa.exists().where(Publication.article_id == article.id))))


def report_article(article_id: int) -> Article:
    """The article, for the desk always; for anyone else only once public (otherwise: no such page)."""
    article = db.get_or_404(Article, article_id)
    if not current_user.is_authenticated and not article_is_public(article):
        abort(404)
    return article


@bp.get("/articles/<int:article_id>/report")
def article_report(article_id: int):
    return render_report(report_article(article_id))


@bp.get("/articles/<int:article_id>/report.pdf")
def article_report_pdf(article_id: int):
    article = report_article(article_id)
    if reason := pdf_unavailable_reason():
        return render_template("errors/error.html", code=503, title="PDF not available", message=reason), 503
    pdf = html_to_pdf(render_report(article, for_pdf=True))
    return Response(pdf, mimetype="application/pdf", headers={
        "Content-Disposition": f'inline; filename="factcheck-article-{article.id}.pdf"'})


@bp.get("/claimreview.json")
def claimreview_feed():
    """Every published ClaimReview, or (?article=ID) one article's, under the same rules as its report."""
    article_id = parse_id(request.args.get("article"), "article")
    return jsonify(claim_review_feed(report_article(article_id) if article_id is not None else None))


@bp.get("/exports/claims.<any(csv, json):fmt>")
@role_required(Role.EDITOR)
def export_claims(fmt: str):
    filters = QueueFilter.from_args(request.args)
    chunks = exports.csv_chunks if fmt == "csv" else exports.json_chunks
    mimetype = "text/csv" if fmt == "csv" else "application/json"
    body = stream_with_context(chunks(exports.rows(filters)))
    return Response(body, content_type=f"{mimetype}; charset=utf-8", headers={
        "Content-Disposition": f'attachment; filename="factcheck-claims.{fmt}"'})

