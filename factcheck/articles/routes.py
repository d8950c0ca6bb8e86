import sqlalchemy as sa
from flask import Blueprint, current_app, flash, jsonify, redirect, render_template, request, url_for

from ..accounts.models import Role
from ..claims.forms import ManualClaimForm
from ..claims.highlight import highlight_runs
from ..claims.models import Claim, Speaker
from ..errors import Refused
from ..extensions import db
from ..forms import ActionForm, require_valid
from ..keyset import newest_first
from ..labels import label
from ..lookup import article_suggestions
from ..permissions import actor, role_required
from ..review.workflow import STATUS_LABELS
from . import manage, services, workspace
from .forms import ArticleEditForm, ArticleImportForm
from .listing import ArticleFilter
from .models import Article, ArticleStatus

bp = Blueprint("articles", __name__, url_prefix="/articles")

DETAIL_FIELDS = manage.DETAILS


@bp.get("/")
def index():
    filters = ArticleFilter.from_args(request.args)
    page = newest_first(filters.query(), Article.id, request.args, current_app.config["PER_PAGE"])
    return render_template("articles/index.html", page=page, filters=filters,
                           claim_counts=filters.claim_counts([article.id for article in page.items]))


@bp.get("/lookup.json")
def lookup():
    """Suggestions for an article picker."""
    return jsonify(article_suggestions(request.args.get("q", "")[:300]))


@bp.get("/<int:article_id>")
def show(article_id: int):
    article = db.get_or_404(Article, article_id)
    # plain rows, not claim objects: a long article has a thousand highlights
    claims = db.session.execute(
        sa.select(Claim.id, Claim.start, Claim.end, Claim.status, Speaker.name.label("speaker_name"))
        .outerjoin(Speaker, Speaker.id == Claim.speaker_id).where(Claim.article_id == article.id)
        .order_by(Claim.start)).all()
    return render_template("articles/show.html", article=article, claims=claims,
                           runs=highlight_runs(article.body, claims), claim_form=ManualClaimForm(),
                           action_form=ActionForm(), published=manage.published_claims(article),
                           panel=workspace.panel_from_args(article, request.args),
                           speakers=workspace.speaker_choices(article), **panel_labels())


@bp.get("/<int:article_id>/panel.json")
def panel(article_id: int):
    """A page of the workspace's claims panel, for the page's script: the text is not sent again."""
    article = db.get_or_404(Article, article_id)
    panel = workspace.panel_from_args(article, request.args)
    return jsonify(rows=render_template("articles/_panel_rows.html", article=article, panel=panel, **panel_labels()),
                   total=panel.total, next=panel.next_query)


def panel_labels() -> dict:
    return {"status_labels": STATUS_LABELS, "quote_type_labels": workspace.QUOTE_TYPE_LABELS,
            "category_labels": workspace.category_labels()}


@bp.get("/<int:article_id>/status.json")
def status(article_id: int):
    article = db.get_or_404(Article, article_id)
    claims = db.session.scalar(sa.select(sa.func.count(Claim.id)).where(Claim.article_id == article.id))
    return jsonify(id=article.id, status=article.status.value, label=label(article.status), progress=article.progress,
                   reason=article.status_reason, claims=claims)


@bp.route("/import", methods=["GET", "POST"])
def import_article():
    form = ArticleImportForm()
    if not form.validate_on_submit():
        return render_template("articles/import.html", form=form), 400 if form.is_submitted() else 200
    try:
        draft = draft_from(form)
        if form.preview.data:
            return show_preview(form, draft)
        if form.update_existing.data and form.version_of.data:
            return update_existing(int(form.version_of.data), draft)
        article = services.import_article(actor(), draft, separate_version=bool(form.import_separately.data))
    except services.DuplicateArticle as duplicate:
        return render_template("articles/import.html", form=form, duplicate=duplicate.existing), 409
    except services.NearDuplicate as near:
        form.version_of.data = str(near.existing.id)
        return render_template("articles/import.html", form=form, near=near), 409
    except services.InvalidArticle as invalid:
        getattr(form, invalid.field).errors.append(invalid.message)
        return render_template("articles/import.html", form=form), 400
    db.session.commit()
    flash(f"Imported “{article.title}”; its claims are being extracted.", "success")
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


def update_existing(article_id: int, draft: services.ArticleDraft):
    article = db.get_or_404(Article, article_id)
    manage.replace_with_version(article, actor(), draft)
    db.session.commit()
    flash(f"Updated “{article.title}” to the new version; its claims followed their text.", "success")
    return redirect(url_for("articles.show", article_id=article.id))


@bp.route("/<int:article_id>/edit", methods=["GET", "POST"])
@role_required(Role.EDITOR)
def edit(article_id: int):
    article = db.get_or_404(Article, article_id)
    form = ArticleEditForm(obj=article)
    if not form.validate_on_submit():
        return render_template("articles/edit.html", article=article, form=form), 400 if form.is_submitted() else 200
    changed = manage.edit_details(article, actor(), {name: getattr(form, name).data or None for name in DETAIL_FIELDS})
    db.session.commit()
    flash("Details saved." if changed else "Nothing changed.", "success")
    return redirect(url_for("articles.show", article_id=article.id))


@bp.post("/<int:article_id>/extract")
def extract(article_id: int):
    """Retry a failed extraction (anyone who imports), or re-run a finished one (editors)."""
    require_valid(ActionForm())
    article = db.get_or_404(Article, article_id)
    if article.status != ArticleStatus.FAILED and not actor().has_role(Role.EDITOR):
        raise Refused("Only an editor may re-run the extraction of an article.", 403)
    manage.reextract(article, actor())
    db.session.commit()
    flash("Extraction queued; claims people worked on are kept.", "success")
    return redirect(url_for("articles.show", article_id=article.id))


@bp.post("/<int:article_id>/archive")
@role_required(Role.EDITOR)
def archive(article_id: int):
    return change(article_id, manage.archive, "Archived")


@bp.post("/<int:article_id>/restore")
@role_required(Role.EDITOR)
def restore(article_id: int):
    return change(article_id, manage.restore, "Restored")


@bp.post("/<int:article_id>/delete")
@role_required(Role.EDITOR)
def delete(article_id: int):
    change(article_id, manage.delete, "Deleted")
    return redirect(url_for("articles.index"))


def change(article_id: int, service, done: str):
    require_valid(ActionForm())
    article = db.get_or_404(Article, article_id)
    title = article.title
    service(article, actor())
    db.session.commit()
    flash(f"{done} “{title}”.", "success")
    return redirect(url_for("articles.show", article_id=article_id))
