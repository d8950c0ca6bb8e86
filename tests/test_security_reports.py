"""Finding 2: with PUBLIC_REPORTS on, only articles with something published are readable anonymously."""
import pytest

from factcheck.accounts.models import Role, User
from factcheck.extensions import db
from factcheck.reports.pdf import pdf_unavailable_reason
from tests.report_setup import add_claim, make_report_article, publish, review


@pytest.fixture
def articles(app, make_user):
    reviewer, editor = make_user(Role.REVIEWER), make_user(Role.EDITOR)
    with app.app_context():
        reviewer, editor = db.session.get(User, reviewer.id), db.session.get(User, editor.id)
        published, unpublished = make_report_article("Published one"), make_report_article("Secret import")
        publish(add_claim(published, "We have the money,", "Ada Quill"), reviewer, editor)
        review(add_claim(unpublished, "We have the money,", "Ada Quill"), reviewer)
        db.session.commit()
        return {"published": published.id, "unpublished": unpublished.id, "editor": editor.email}


@pytest.fixture
def public(make_app):
    return make_app(create_tables=False, PUBLIC_REPORTS=True).test_client()


def test_unpublished_article_report_is_not_found_anonymously(public, articles):
    for suffix in ("report", "report.pdf"):
        response = public.get(f"/articles/{articles['unpublished']}/{suffix}")
        assert response.status_code == 404
        assert "Secret import" not in response.get_data(as_text=True)
    assert public.get("/articles/999999/report").status_code == 404  # the same answer as for no article


def test_published_article_report_is_public(public, articles):
    page = public.get(f"/articles/{articles['published']}/report").get_data(as_text=True)
    assert "Published one" in page and "We have the money," in page


def test_the_desk_still_previews_unpublished_reports(client, login, articles):
    login(articles["editor"])
    assert "Secret import" in client.get(f"/articles/{articles['unpublished']}/report").get_data(as_text=True)


def test_anonymous_pdf_rendering_is_rate_limited(make_app, articles):
    if reason := pdf_unavailable_reason():
        pytest.skip(reason)
    public = make_app(create_tables=False, PUBLIC_REPORTS=True, PUBLIC_PDF_LIMIT="2 per minute").test_client()
    codes = [public.get(f"/articles/{articles['published']}/report.pdf").status_code for _ in range(3)]
    assert codes == [200, 200, 429]
