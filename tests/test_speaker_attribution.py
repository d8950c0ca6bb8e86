"""Whatever articles come in, in whatever order, every stored speaker is the one extraction named.

Checked on generated fictional articles (hypothesis) and on the dev corpus imported through
`factcheck import`: no claim is credited to a speaker from another article, and each stored name
equals the name `factcheck extract` gives for that claim.
"""
import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings, strategies as st

from factcheck.articles.models import Article
from factcheck.articles.services import DuplicateArticle, draft_from_paste, import_article
from factcheck.claims.models import Claim
from factcheck.cli import cli
from factcheck.extensions import db
from factcheck.extraction import extract

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"

GIVEN = ["Ada", "Bo", "Cyra", "Dmitri", "Esme", "Farid", "Greta", "Hugo"]
FAMILY = ["Quill", "Rook", "Marsh", "Brekke", "Okafor", "Lind"]
ROLES = ["envoy", "minister", "spokeswoman", "mayor", "analyst", "director"]
CLAUSES = ["the port would reopen in May", "the budget was short by a third", "talks had stalled",
           "twelve tanks had been moved north", "the ferry was older than the law allows"]


@st.composite
def sentences(draw) -> str:
    given_name, family, role = draw(st.sampled_from(GIVEN)), draw(st.sampled_from(FAMILY)), draw(st.sampled_from(ROLES))
    clause = draw(st.sampled_from(CLAUSES))
    forms = [f"{given_name} {family}, the {role}, said {clause}.", f"{family} said {clause}.",
             f"The {role} said {clause}.", f"“{clause.capitalize()},” said {given_name} {family}.",
             f"He told reporters that {clause}.", f"Officials said {clause}.", f"The report found that {clause}."]
    return draw(st.sampled_from(forms))


articles = st.lists(sentences(), min_size=1, max_size=4).map(lambda lines: "Dispatch\n\n" + "\n\n".join(lines) + "\n")


def check_credits(article: Article) -> None:
    """Each claim's stored speaker is the extractor's name for it; a shared name appears in the article."""
    expected = {(c.start, c.end): c.speaker for c in extract(article.body, article.published_on).claims}
    for claim in article_claims(article):
        assert expected.get((claim.start, claim.end), "missing") == (claim.speaker.name if claim.speaker else None)
        if claim.speaker is not None and claim.speaker.article_id is None:
            assert claim.speaker.name.casefold() in " ".join(article.body.split()).casefold()
        elif claim.speaker is not None:
            assert claim.speaker.article_id == article.id


def article_claims(article: Article):
    return db.session.scalars(sa.select(Claim).where(Claim.article_id == article.id)).all()


def import_all(texts) -> list[Article]:
    imported = []
    for text in texts:
        try:
            imported.append(import_article(None, draft_from_paste(text)))
            db.session.commit()
        except DuplicateArticle:
            db.session.rollback()
    return imported


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(articles, min_size=2, max_size=4))
def test_generated_articles_in_any_order_keep_their_own_speakers(make_app, texts):
    app = make_app()
    with app.app_context():
        for article in import_all(texts):
            check_credits(article)
        db.session.remove()
        db.drop_all()


@pytest.mark.parametrize("order", ["forward", "backward"])
def test_dev_corpus_imported_in_any_order_keeps_every_speaker_as_extracted(app_context, order):
    if not DEV.is_dir():
        pytest.skip("the shared dev corpus is not available")
    paths = sorted(DEV.glob("*.txt"), reverse=order == "backward")
    imported = import_all(path.read_text(encoding="utf-8") for path in paths)
    assert len(imported) == len(paths)
    for article in imported:
        check_credits(article)


def test_claims_command_lists_stored_speakers(app, runner):
    with app.app_context():
        [article] = import_all(["Dispatch\n\nAda Quill, the envoy, said talks had stalled. The envoy said "
                                "the port would reopen in May.\n"])
        article_id = article.id
    result = runner.invoke(cli, ["claims", "--article", str(article_id), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)["claims"]
    assert [(row["speaker"], row["speaker_mention"], row["speaker_scope"]) for row in rows] == [
        ("Ada Quill", "Ada Quill", "shared"), ("Ada Quill", "The envoy", "shared")]
    assert all(row["status"] == "new" and row["end"] > row["start"] for row in rows)
    table = runner.invoke(cli, ["claims", "--format", "table"]).output
    assert "Ada Quill" in table and "The envoy" in table
