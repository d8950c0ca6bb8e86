"""Full-text search in the queue: phrases, aliases, ranking, highlighting, filters, an index that follows
every write, and input that cannot break it; on SQLite (FTS5) and PostgreSQL (tsvector)."""
import re
import sqlite3
import threading

import pytest
import sqlalchemy as sa
from flask_migrate import upgrade

from factcheck.accounts.models import Role, User
from factcheck.articles import manage
from factcheck.articles.models import Article, body_checksum
from factcheck.claims.models import Claim, ClaimStatus, QuoteType, Speaker
from factcheck.claims.services import correct_claim
from factcheck.extensions import db
from factcheck.search.folding import ACCENTED, PLAIN, fold
from factcheck.search.query import MAX_PHRASES, parse
from factcheck.search.sql import matching_ids
from factcheck.speakers import registry

ROW = re.compile(r'<tr data-claim="(\d+)"')


def add_article(title: str, texts: list[str], speakers: list[Speaker | None], outlet: str | None = None,
                **claim_fields) -> list[int]:
    """An article whose body is `texts`, each one a claim by the speaker at the same place."""
    body = " ".join(texts)
    article = Article(title=title, outlet=outlet, body=body, checksum=body_checksum(body))
    db.session.add(article)
    claims, start = [], 0
    for text, speaker in zip(texts, speakers, strict=True):
        claims.append(Claim(article=article, speaker=speaker, text=text, start=start, end=start + len(text),
                            quote_type=QuoteType.DIRECT, **claim_fields))
        start += len(text) + 1
    db.session.add_all(claims)
    db.session.commit()
    return [claim.id for claim in claims]


def found(client, q: str, **filters) -> list[int]:
    response = client.get("/queue", query_string={"q": q, **filters})
    assert response.status_code == 200
    return [int(claim_id) for claim_id in ROW.findall(response.get_data(as_text=True))]


@pytest.fixture
def editor(make_user, login):
    user = make_user(Role.EDITOR)
    login(user)
    return user


def test_a_quoted_phrase_matches_its_words_in_order(app, client, editor):
    with app.app_context():
        in_order, scattered = add_article("Port", [
            "The tanker was seized near the port at dawn.",
            "Near the port, officials said the tanker had not been seized.",
        ], [None, None])
    assert found(client, '"tanker was seized"') == [in_order]
    assert sorted(found(client, "tanker seized")) == sorted([in_order, scattered])
    assert found(client, '"seized tanker"') == []
    assert found(client, '"was seized near') == [in_order]  # an unclosed quote runs to the end


def test_a_speakers_alias_finds_the_claims_credited_to_them(app, client, editor):
    with app.app_context():
        ada, ben = Speaker(name="Ada Quill"), Speaker(name="Ben Rook")
        by_ada, by_ben = add_article("Budget", ["Spending will rise next year.", "Spending will fall."], [ada, ben])
        ada_id = ada.id
    assert found(client, "Barrow") == []
    with app.app_context():
        ada = db.session.get(Speaker, ada_id)
        registry.add_aliases(db.session.get(User, editor.id), ada, ["Barrow"])
        db.session.commit()
    assert found(client, "Barrow") == [by_ada]
    assert found(client, "barrow spending") == [by_ada]  # alias and claim text together
    assert found(client, "Rook") == [by_ben]
    with app.app_context():
        ada = db.session.get(Speaker, ada_id)
        registry.remove_alias(db.session.get(User, editor.id), ada, ada.aliases[0].id)
        db.session.commit()
    assert found(client, "Barrow") == []


def test_accents_do_not_hide_a_claim_either_way(app, client, editor):
    with app.app_context():
        accented, plain = add_article("Señales del Sur", [
            "The fund paid Peña Nieto's consultants twice.",
            "Pena Nieto never met the consultants.",
        ], [Speaker(name="José Ruiz"), None])
    assert sorted(found(client, "pena nieto")) == sorted(found(client, "Peña")) == sorted([accented, plain])
    assert found(client, "jose") == found(client, "JOSÉ") == [accented]
    assert len(found(client, "senales")) == 2  # the article's title
    page = client.get("/queue", query_string={"q": "pena"}).get_data(as_text=True)
    assert "<mark>Peña</mark> Nieto" in page and "<mark>Pena</mark> Nieto" in page


def test_queries_fold_accents_as_sqlites_index_does():
    """PostgreSQL's index and every query fold with one table; SQLite's tokenizer folds by itself."""
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE VIRTUAL TABLE words USING fts5(word, tokenize = 'unicode61 remove_diacritics 2')")
    connection.executemany("INSERT INTO words VALUES (?)", [(char,) for char in ACCENTED])
    left_whole = {char for char, plain in zip(ACCENTED, PLAIN, strict=True) if not connection.execute(
        "SELECT 1 FROM words WHERE word = ? AND words MATCH ?", (char, f'"{plain}"')).fetchone()}
    assert len(ACCENTED) > 400 and fold("Łódź Ærø Peña ÉCOLE") == "Łodz Ærø Pena eCOLE"
    assert left_whole <= {"Ǡ", "ǡ"}  # SQLite keeps A with dot and macron: two letters only


def test_matches_in_the_claim_text_rank_above_the_speaker_and_the_article(app, client, editor):
    with app.app_context():
        twice, once, in_speaker = add_article("Shipping news", [
            "Drought hit farms; drought cut yields.",
            "Officials said a long and unusual drought in the east had lowered the yields of several farms.",
            "Yields of several farms fell in the east.",
        ], [None, None, Speaker(name="Drought Monitor")])
        in_title, = add_article("Drought report", ["Reservoirs are lower than last year."], [None])
    assert found(client, "drought") == [twice, once, in_speaker, in_title]
    newest_first = found(client, "drought", sort="newest")
    assert newest_first == sorted(newest_first, reverse=True)


def test_matches_are_marked_and_the_rest_stays_escaped_text(app, client, editor):
    with app.app_context():
        add_article("Forum <b>live</b>", ['A post read <script>alert("tanker")</script> on the forum.'],
                    [Speaker(name="Tanker <i>Crew</i>")])
    page = client.get("/queue", query_string={"q": "tanker"}).get_data(as_text=True)
    assert "<script>alert" not in page and "<i>Crew" not in page and "<b>live" not in page
    assert "&lt;script&gt;alert(&#34;<mark>tanker</mark>&#34;)&lt;/script&gt;" in page
    assert "<mark>Tanker</mark> &lt;i&gt;Crew&lt;/i&gt;" in page


def test_search_combines_with_every_queue_filter(app, client, editor, make_user):
    reviewer = make_user(Role.REVIEWER)
    with app.app_context():
        ada, ben = Speaker(name="Ada Quill"), Speaker(name="Ben Rook")
        first = add_article("Harbour", ["Fuel prices rose.", "Fuel stocks fell.", "Bread prices rose."],
                            [ada, ben, ada], category="arsenal")
        second = add_article("Market", ["Fuel prices rose again."], [ada], status=ClaimStatus.IN_REVIEW,
                             assignee_id=reviewer.id)
        article_id, ben_id = db.session.get(Claim, first[0]).article_id, ben.id
    assert sorted(found(client, "fuel")) == sorted(first[:2] + second)
    assert found(client, "fuel", status="in_review") == second
    assert found(client, "fuel", assignee=reviewer.id) == second
    assert sorted(found(client, "fuel", category="arsenal")) == first[:2]
    assert found(client, "fuel", speaker=ben_id) == [first[1]]
    assert found(client, "fuel prices", article=article_id) == [first[0]]
    assert found(client, "fuel", category="arsenal", speaker=ben_id) == [first[1]]
    assert found(client, "fuel", category="arsenal", status="in_review") == []
    page = client.get("/queue", query_string={"q": "fuel"}).get_data(as_text=True)
    assert "All (3)" in page and "New (2)" in page and "In review (1)" in page
    narrowed = {"q": "fuel", "category": "arsenal", "status": "new"}
    page = client.get("/queue", query_string=narrowed).get_data(as_text=True)
    assert "All (2)" in page and "New (2)" in page and "In review (0)" in page


def test_a_searchs_counts_by_status_follow_every_status_change(app, client, editor):
    with app.app_context():
        first, second, third = add_article("Harbour", ["Fuel prices rose.", "Fuel stocks fell.", "Fuel ran out."],
                                           [None, None, None])
        db.session.get(Claim, first).status = ClaimStatus.DISMISSED
        db.session.commit()
        # bulk SQL, as bulk actions and re-extraction write
        db.session.execute(sa.update(Claim).where(Claim.id.in_([second, third]))
                           .values(status=ClaimStatus.IN_REVIEW, assignee_id=editor.id))
        db.session.commit()
    page = client.get("/queue", query_string={"q": "fuel"}).get_data(as_text=True)
    assert "All (3)" in page and "Dismissed (1)" in page and "In review (2)" in page and "New (0)" in page
    assert found(client, "fuel", status="in_review") == [third, second]
    with app.app_context():
        db.session.execute(sa.delete(Claim).where(Claim.id == third))
        db.session.commit()
    page = client.get("/queue", query_string={"q": "fuel"}).get_data(as_text=True)
    assert "All (2)" in page and "In review (1)" in page


def test_the_index_follows_edits_merges_and_deletes(app, client, editor):
    with app.app_context():
        actor = db.session.get(User, editor.id)
        ada, ben = Speaker(name="Ada Quill"), Speaker(name="Ben Rook")
        kept, edited, dropped = add_article("Harbour", ["Ferries run late.", "Fares went up.", "Docks closed."],
                                            [ada, ben, ben])
        claim = db.session.get(Claim, edited)
        correct_claim(claim, actor, {"start": claim.start, "end": claim.start + len("Fares")}, claim.version)
        registry.edit_speaker(actor, ada, "Ada Quill-Barrow", None, "person", None)
        manage.edit_details(db.session.get(Article, claim.article_id), actor, {"outlet": "Coast Herald"})
        db.session.commit()
        ada_id, ben_id = ada.id, ben.id
    assert found(client, "went") == [] and found(client, '"fares"') == [edited]
    assert found(client, "Barrow") == [kept]
    assert sorted(found(client, "herald")) == sorted([kept, edited, dropped])
    with app.app_context():
        actor = db.session.get(User, editor.id)
        registry.merge_speakers(actor, db.session.get(Speaker, ada_id), db.session.get(Speaker, ben_id))
        db.session.commit()
    assert sorted(found(client, "Barrow")) == sorted([kept, edited, dropped])
    with app.app_context():
        db.session.execute(sa.delete(Claim).where(Claim.id == dropped))  # bulk SQL, as re-extraction does
        db.session.commit()
    assert sorted(found(client, "herald")) == sorted([kept, edited])
    with app.app_context():
        manage.delete(db.session.get(Article, db.session.get(Claim, kept).article_id),
                      db.session.get(User, editor.id))
        db.session.commit()
        assert index_size() == 0
    assert found(client, "herald") == []


def test_a_rename_racing_a_claim_edit_leaves_both_in_the_index(app, client, editor):
    with app.app_context():
        ada = Speaker(name="Ada Quill")
        claim_id, = add_article("Port", ["Ferries run late."], [ada])
        ada_id, engine = ada.id, db.engine
    edit = engine.connect()
    transaction = edit.begin()
    edit.execute(sa.text("UPDATE claims SET text = 'Ferries run early.', status = 'dismissed' WHERE id = :id"),
                 {"id": claim_id})

    def rename() -> None:
        with engine.begin() as connection:
            connection.execute(sa.text("UPDATE speakers SET name = 'Ada Barrow' WHERE id = :id"), {"id": ada_id})

    renaming = threading.Thread(target=rename)
    renaming.start()
    renaming.join(timeout=1)
    assert renaming.is_alive()  # the rename waits for the edit's transaction
    transaction.commit()
    edit.close()
    renaming.join(timeout=30)
    assert found(client, '"ada barrow" "run early"', status="dismissed") == [claim_id]


def index_size() -> int:
    return db.session.scalar(sa.text("SELECT count(*) FROM claim_search"))


HOSTILE = ['"', '""', '"unclosed', 'tanker"', "AND OR NOT", "NEAR(tanker port)", "*", "tanker*", "text:tanker",
           "^tanker", "'", "\\", "((((", ")", ":*", "!", "& | <-> !", "-tanker", "+", "'tanker' & 'x'",
           "tanker:*B", "💥", "ǅemal", "_", "%", "x" * 3000, " ".join(["w"] * 400), '"' * 301, "\u202e",
           "tank\u200ber"]


@pytest.mark.parametrize("text", HOSTILE)
def test_no_input_breaks_the_search(app, client, editor, text):
    with app.app_context():
        add_article("Port", ["The tanker was seized."], [None])
    response = client.get("/queue", query_string={"q": text})
    assert response.status_code == 200
    assert ("has no word to search for" in response.get_data(as_text=True)) == (not parse(text))


def test_hostile_input_still_searches_its_words(app, client, editor):
    with app.app_context():
        claim_id, = add_article("Port", ["The tanker was seized."], [None])
    assert found(client, 'NEAR(tanker* OR "seized') == []  # "near" and "or" are words like any other
    assert found(client, '(tanker) & -"was seized"') == [claim_id]
    assert client.get("/queue", query_string={"q": "tanker\x00"}).status_code == 400  # refused before search
    assert parse("tanker\x00 seized") == parse("tanker seized")
    assert len(parse(" ".join(f"w{n}" for n in range(100))).phrases) == MAX_PHRASES


def test_a_search_costs_the_same_statements_for_few_rows_as_for_many(app, client, editor):
    with app.app_context():
        speakers = [Speaker(name=f"Speaker {n}") for n in range(20)]
        add_article("Many", [f"Statement {n} on grain." for n in range(20)], speakers)
        add_article("Few", ["Barley exports rose.", "Barley stocks fell."], [Speaker(name="Cara Lind"), None])
    assert len(found(client, "grain")) == 20 and len(found(client, "barley")) == 2
    assert statements_for(app, client, "/queue?q=grain") == statements_for(app, client, "/queue?q=barley")
    # best match ranks narrow rows first, then fetches the page's claims: one statement more, never more
    newest = statements_for(app, client, "/queue?q=grain&sort=newest")
    assert statements_for(app, client, "/queue?q=grain") == newest + 1


def statements_for(app, client, url: str) -> int:
    statements = []

    def count(*_args) -> None:
        statements.append(1)

    with app.app_context():
        engine = db.engine
    sa.event.listen(engine, "before_cursor_execute", count)
    try:
        assert client.get(url).status_code == 200
    finally:
        sa.event.remove(engine, "before_cursor_execute", count)
    return len(statements)


def search_objects() -> list:
    """Definitions of the search index's tables, view, functions and triggers, as the database holds them."""
    if db.engine.dialect.name == "sqlite":
        query = "SELECT type, name, sql FROM sqlite_master WHERE name LIKE 'claim_search%' ORDER BY name"
    else:
        query = """
            SELECT 'trigger', tgname, pg_get_triggerdef(pg_trigger.oid) FROM pg_trigger
                JOIN pg_class ON pg_class.oid = tgrelid AND relnamespace = current_schema()::regnamespace
                WHERE tgname LIKE 'claim_search%'
            UNION ALL SELECT 'function', proname, pg_get_functiondef(oid) FROM pg_proc
                WHERE proname LIKE 'claim_search%' AND pronamespace = current_schema()::regnamespace
            UNION ALL SELECT 'view', viewname, definition FROM pg_views
                WHERE viewname LIKE 'claim_search%' AND schemaname = current_schema()
            UNION ALL SELECT 'index', indexname, indexdef FROM pg_indexes
                WHERE tablename = 'claim_search' AND schemaname = current_schema()
            UNION ALL SELECT 'column', column_name, data_type || is_nullable FROM information_schema.columns
                WHERE table_name = 'claim_search' AND table_schema = current_schema()
            UNION ALL SELECT 'constraint', conname, pg_get_constraintdef(oid) FROM pg_constraint
                WHERE conrelid = to_regclass('claim_search')
            ORDER BY 1, 2"""
    with db.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(sa.text(query))]


def test_the_migration_builds_the_same_index_as_create_all_and_indexes_existing_claims(app):
    with app.app_context():
        from_models = search_objects()
        db.drop_all()
        assert search_objects() == []
        upgrade(revision="e67be56b553e")  # the schema before search
        claim_id, = add_article("Port", ["The tanker was seized at Señora Bay."], [Speaker(name="Ada Quill")])
        db.session.close()  # no transaction of ours holds the tables while later migrations alter them
        upgrade()
        assert search_objects() == from_models and len(from_models) > 5
        hits = db.session.execute(sa.text(
            "SELECT claim_id FROM claim_search_source WHERE claim_id IN (SELECT claim_id FROM claim_search)"))
        assert hits.scalars().all() == [claim_id]
        assert db.session.execute(matching_ids(parse("senora"))).scalars().all() == [claim_id]
        if db.engine.dialect.name == "postgresql":  # the index's copy of each claim's status is filled in
            assert db.session.execute(sa.text("SELECT status FROM claim_search")).scalars().all() == ["new"]
