import sqlalchemy as sa
from flask import Blueprint, flash, redirect, render_template, url_for
from sqlalchemy.orm import joinedload

from ..claims.forms import ManualClaimForm
from ..claims.highlight import highlight_runs
from ..claims.models import Claim
from ..extensions import db
from ..permissions import actor
from ..review.workflow import STATUS_LABELS
from . import services
from .forms import ArticleImportForm
from .models import Article

bp = Blueprint("articles", __name__, url_prefix="/articles")

DETAIL_FIELDS = ("title", "outlet", "author", "published_on", "url")


@bp.get("/")
def index():
    articles = db.session.scalars(sa.select(Article).order_by(Article.imported_at.desc())).all()
    return render_template("articles/index.html", articles=articles)


@bp.get("/<int:article_id>")
def show(article_id: int):
    article = db.get_or_404(Article, article_id)
    claims = db.session.scalars(sa.select(Claim).where(Claim.article_id == article.id)
                                .options(joinedload(Claim.speaker)).order_by(Claim.start)).all()
    return render_template("articles/show.html", article=article, claims=claims,
                           runs=highlight_runs(article.body, claims), claim_form=ManualClaimForm(),
                           status_labels=STATUS_LABELS)


@bp.route("/import", methods=["GET", "POST"])
def import_article():
    form = ArticleImportForm()
    if not form.validate_on_submit():
        return render_template("articles/import.html", form=form), 400 if form.is_submitted() else 200
    try:
        draft = draft_from(form)
        if form.preview.data:
            return show_preview(form, draft)
        article = services.import_article(actor(), draft)
    except services.DuplicateArticle as duplicate:
        return render_template("articles/import.html", form=form, duplicate=duplicate.existing), 409
    except services.InvalidArticle as invalid:
        getattr(form, invalid.field).errors.append(invalid.message)
        return render_template("articles/import.html", form=form), 400
    db.session.commit()
    flash(f"Imported “{article.title}”.", "success")
    return redirect(url_for("articles.show", article_id=article.id))


def draft_from(form: ArticleImportForm) -> services.ArticleDraft:
    if form.upload.data and form.upload.data.filename:
        draft = services.draft_from_upload(form.upload.data.filename, form.upload.data.read())
    else:
        draft = services.draft_from_paste(form.body.data)
    for name in DETAIL_FIELDS:
        if value := getattr(form, name).data:
            setattr(draft, name, value)
    return draft


def show_preview(form: ArticleImportForm, draft: services.ArticleDraft):
    """Show the form again with the details found in the text; nothing is stored."""
    services.check_body(draft.body)
    services.complete(draft)
    form.body.data = draft.body
    for name in DETAIL_FIELDS:
        getattr(form, name).data = getattr(draft, name)
    return render_template("articles/import.html", form=form)
