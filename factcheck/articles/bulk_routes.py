"""Bulk upload: several files or .zip archives at once, and a page that follows their import live."""
from flask import abort, flash, jsonify, redirect, render_template, url_for

from ..extensions import db
from ..permissions import actor
from .batches import Upload, batch_state, create_batch
from .forms import BulkUploadForm
from .models import ImportBatch
from .routes import bp


@bp.route("/bulk", methods=["GET", "POST"])
def bulk_upload():
    form = BulkUploadForm()
    uploads = [Upload(f.filename, f.read()) for f in form.files.data or [] if getattr(f, "filename", "")]
    if not form.validate_on_submit() or not uploads:
        if form.is_submitted() and not form.files.errors:
            form.files.errors.append("Choose at least one file.")
        return render_template("articles/bulk.html", form=form), 400 if form.is_submitted() else 200
    batch = create_batch(actor(), uploads)
    db.session.commit()
    flash(f"{len(batch.items)} file(s) queued for import; you may leave this page, the work goes on.", "success")
    return redirect(url_for("articles.batch", batch_id=batch.id))


@bp.get("/batches/<int:batch_id>")
def batch(batch_id: int):
    found = visible_batch(batch_id)
    return render_template("articles/batch.html", batch=found, state=batch_state(found))


@bp.get("/batches/<int:batch_id>.json")
def batch_json(batch_id: int):
    return jsonify(batch_state(visible_batch(batch_id)))


def visible_batch(batch_id: int) -> ImportBatch:
    found = db.get_or_404(ImportBatch, batch_id)
    if found.created_by_id != actor().id and not actor().has_role("editor"):
        abort(403, description="This upload is someone else's.")
    return found
