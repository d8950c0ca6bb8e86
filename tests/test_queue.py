"""The queue: filters, counts, sorting, pages, "my claims" and bulk actions for editors."""
import sqlalchemy as sa

from factcheck.accounts.models import Role
from factcheck.articles.models import Article, body_checksum
from factcheck.audit.models import Event
from factcheck.claims.models import Claim, ClaimStatus as S, QuoteType, Speaker, SpeakerAlias
from factcheck.extensions import db
from tests.helpers import page_link

BODY = "".join(f"Sentence number {n} about missiles and talks. " for n in range(40))


def seed(app, reviewer_id: int) -> dict[str, int]:
    """Thirty claims: statuses, categories and two speakers spread across them."""
    with app.app_context():
        article = Article(title="Seeded", body=BODY, checksum=body_checksum(BODY))
        ada, ben = Speaker(name="Ada Quill"), Speaker(name="Ben Rook")
        db.session.add_all([article, ada, ben])
        for n in range(30):
            start = BODY.index(f"Sentence number {n} ")
            status = [S.NEW, S.IN_REVIEW, S.DISMISSED][n % 3]
            db.session.add(Claim(
                article=article, start=start, end=start + 20, text=BODY[start:start + 20],
                quote_type=QuoteType.DIRECT, status=status, speaker=ada if n < 10 else ben,
                category="arsenal" if n % 2 else None,
                assignee_id=reviewer_id if status == S.IN_REVIEW else None))
        db.session.commit()
        return {"article": article.id, "ada": ada.id, "ben": ben.id}


def listed(response) -> int:
    return response.get_data(as_text=True).count('<tr data-claim="')


def test_counts_filters_and_pages(app, client, make_user, login):
    reviewer = make_user(Role.REVIEWER)
    ids = seed(app, reviewer.id)
    login(reviewer)
    page = client.get("/queue").get_data(as_text=True)
    assert "All (30)" in page and "New (10)" in page and "In review (10)" in page and "Dismissed (10)" in page
    assert listed(client.get("/queue")) == 25  # PER_PAGE
    assert listed(client.get(page_link(page, "next"))) == 5
    assert listed(client.get("/queue?status=new")) == 10
    assert listed(client.get("/queue?category=arsenal")) == 15
    assert listed(client.get(f"/queue?speaker={ids['ada']}")) == 10
    assert listed(client.get(f"/queue?speaker={ids['ben']}&status=dismissed")) == 7
    assert listed(client.get(f"/queue?article={ids['article']}&q=number 1")) == 11  # 1, 10-19
    assert listed(client.get("/queue?q=Ada Quill")) == 10  # free text finds the speaker too
    assert listed(client.get("/queue?mine=1")) == 10
    assert listed(client.get("/queue?q=100%25")) == 0  # % is a character, not a wildcard
    counts = client.get("/queue?category=arsenal").get_data(as_text=True)
    assert "All (15)" in counts


def test_sorting(app, client, make_user, login):
    reviewer = make_user(Role.REVIEWER)
    seed(app, reviewer.id)
    login(reviewer)
    newest = client.get("/queue").get_data(as_text=True)
    oldest = client.get("/queue?sort=oldest").get_data(as_text=True)
    assert newest.index("Sentence number 29") < newest.index("Sentence number 28")
    assert oldest.index("Sentence number 0 ") < oldest.index("Sentence number 1 ")
    assert client.get("/queue?sort=nonsense&status=bogus").status_code == 200


def test_bulk_assign_and_dismiss(app, client, make_user, login):
    reviewer, editor = make_user(Role.REVIEWER), make_user(Role.EDITOR)
    seed(app, reviewer.id)
    with app.app_context():
        new_ids = db.session.scalars(sa.select(Claim.id).where(Claim.status == S.NEW).limit(4)).all()
    login(editor)
    response = client.post("/queue/bulk", data={"action": "assign", "assignee_id": reviewer.id,
                                                "claim_ids": new_ids[:2]})
    assert response.status_code == 302
    response = client.post("/queue/bulk", data={"action": "dismiss", "reason": "Not checkable",
                                                "claim_ids": new_ids[2:]})
    assert response.status_code == 302
    with app.app_context():
        statuses = {cid: db.session.get(Claim, cid).status for cid in new_ids}
        assert list(statuses.values()) == [S.IN_REVIEW, S.IN_REVIEW, S.DISMISSED, S.DISMISSED]
        assert db.session.scalar(sa.select(sa.func.count(Event.id)).where(Event.action.in_(["assign", "dismiss"]))) == 4


def test_bulk_is_for_editors(app, client, make_user, login):
    reviewer = make_user(Role.REVIEWER)
    seed(app, reviewer.id)
    login(reviewer)
    assert client.post("/queue/bulk", data={"action": "dismiss", "claim_ids": [1]}).status_code == 403


def test_speaker_and_article_are_picked_by_suggestion_link_or_whole_name(app, client, make_user, login):
    reviewer = make_user(Role.REVIEWER)
    ids = seed(app, reviewer.id)
    login(reviewer)
    assert listed(client.get(f"/queue?speaker=Ada+Quill+%23{ids['ada']}")) == 10  # a suggestion, "Name #12"
    assert listed(client.get("/queue?speaker=ada quill")) == 10  # a whole name, case aside
    assert listed(client.get("/queue?article=seeded&speaker=Ben Rook")) == 20
    page = client.get(f"/queue?speaker={ids['ada']}").get_data(as_text=True)
    assert f'value="Ada Quill #{ids["ada"]}"' in page and "Ben Rook</option>" not in page  # no list of everyone
    nobody = client.get("/queue?speaker=Ada")  # not a whole name: no guess
    assert listed(nobody) == 0 and "No speaker is called “Ada”" in nobody.get_data(as_text=True)


def test_suggestions_find_names_aliases_and_titles_by_word(app, client, make_user, login):
    reviewer = make_user(Role.REVIEWER)
    ids = seed(app, reviewer.id)
    with app.app_context():
        db.session.add(SpeakerAlias(speaker_id=ids["ben"], alias="Harbourmaster Rook"))
        db.session.add(Speaker(name="Quilla 100% Sure"))
        db.session.commit()
    login(reviewer)
    values = [item["value"] for item in client.get("/speakers/lookup.json?q=qui").get_json()]
    assert values == [f"Ada Quill #{ids['ada']}", values[1]] and values[1].startswith("Quilla")
    assert [item["value"] for item in client.get("/speakers/lookup.json?q=harbourm").get_json()] == [
        f"Ben Rook #{ids['ben']}"]
    assert client.get("/speakers/lookup.json?q=%25").get_json() == []  # % is a character, not a wildcard
    assert [item["value"] for item in client.get("/articles/lookup.json?q=EEDE").get_json()] == [
        f"Seeded #{ids['article']}"]
