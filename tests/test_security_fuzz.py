"""Hostile values for every form field and query parameter of every route, as every role.

Routes come from the app's url_map and field names from the forms its own pages render, so routes
and forms added later are covered without touching this file. No answer may be a 500, and a
refused request (4xx) must leave every table exactly as it was.
"""
from html.parser import HTMLParser

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings, strategies as st
from werkzeug.datastructures import MultiDict
from werkzeug.routing import AnyConverter, IntegerConverter

from factcheck.accounts.models import Role, User
from factcheck.extensions import db
from factcheck.review.services import TransitionInput, take_transition
from factcheck.review.workflow import BY_NAME
from tests.report_setup import BODY, add_claim, make_report_article, publish, review

ROLES = [Role.REVIEWER, Role.EDITOR, Role.ADMIN]  # and anonymous
SEEDED_IDS = range(1, 7)
HOSTILE = [
    "\x00", "a\x00b", "", " ", "0", "1", "2", "-1", "1.5", "1e308", "NaN", "abc", "true", "[]", "{}",
    "9223372036854775807", "99999999999999999999999", "2147483648", "١٢", "１２", "x" * 5000,
    "<script>alert(1)</script>", "' OR 1=1 --", "%", "_", "\\", "\u202e\u200b\ufeff", "😀" * 300,
    "https://evil.example/", "//evil.example", "javascript:alert(1)", "2026-02-30", "new", "approved",
]
values = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=60),
    st.integers().map(str),
)
SEED_CLAIMS = [(BODY[start:start + 18], speaker) for start, speaker in
               ((0, "Ada Quill"), (20, "Ada Quill"), (52, "Ada Quill"), (90, "transport ministry"),
                (150, "Ben Rook"), (170, "Ben Rook"))]


def seed_desk(app, people: dict[str, User]) -> None:
    """Claims in every state, taken there by the real workflow, with a speaker, sources and comments."""
    with app.app_context():
        reviewer, editor = (db.session.get(User, people[role].id) for role in (Role.REVIEWER, Role.EDITOR))
        article = make_report_article()
        fresh, taken, submitted, published, returned, dismissed = (
            add_claim(article, fragment, speaker) for fragment, speaker in SEED_CLAIMS)
        take_transition("take", taken, reviewer, TransitionInput())
        review(submitted, reviewer)
        publish(published, reviewer, editor)
        review(returned, reviewer)
        take_transition("return", returned, editor, TransitionInput(comment="Check the date."))
        take_transition("dismiss", dismissed, editor, TransitionInput(reason="Not checkable."))
        make_report_article("Second article")
        db.session.commit()


def snapshot(app) -> dict:
    with app.app_context():
        return {table.name: db.session.execute(sa.select(table).order_by(*table.primary_key.columns)).all()
                for table in db.metadata.sorted_tables}


def act_as(client, app, user: User | None) -> None:
    """The session of `user` (anonymous for None), with the user's current session token."""
    with client.session_transaction() as session:
        session.clear()
        if user is not None:
            with app.app_context():
                session["_user_id"] = db.session.get(User, user.id).get_id()
            session["_fresh"] = True


def routes(app) -> list[tuple[str, str]]:
    return sorted((rule.endpoint, method) for rule in app.url_map.iter_rules() if rule.endpoint != "static"
                  for method in rule.methods - {"HEAD", "OPTIONS"})


def converters(app, endpoint: str) -> dict:
    [rule] = [rule for rule in app.url_map.iter_rules() if rule.endpoint == endpoint]
    return rule._converters


def seeded_path(app, endpoint: str, n: int, method: str = "GET") -> str:
    """The route's URL naming seeded record `n` (the first choice for other arguments)."""
    parts = {name: n if isinstance(converter, IntegerConverter) else
             sorted(getattr(converter, "items", None) or BY_NAME)[0]
             for name, converter in converters(app, endpoint).items()}
    return app.url_map.bind("localhost").build(endpoint, parts, method=method)


def path_values(app, endpoint: str):
    """A strategy for the rule's URL arguments: seeded ids mostly, anything the converter admits."""
    parts = {}
    for name, converter in converters(app, endpoint).items():
        if isinstance(converter, IntegerConverter):
            parts[name] = st.one_of(st.sampled_from(SEEDED_IDS), st.integers(0, converter.max))
        elif isinstance(converter, AnyConverter):
            parts[name] = st.sampled_from(sorted(converter.items))
        else:
            parts[name] = st.one_of(st.sampled_from(sorted(BY_NAME)), values.filter(bool))
    return st.fixed_dictionaries(parts)


class FormFields(HTMLParser):
    """The names of a page's form fields, each with the values the page offers for it."""

    def __init__(self, found: dict[str, set[str]]):
        super().__init__()
        self.found, self.select = found, None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        name, value = attributes.get("name"), attributes.get("value")
        if tag == "select":
            self.select = name
        if tag == "option" and self.select:
            name = self.select
        if tag in ("input", "textarea", "select", "button", "option") and name:
            self.found.setdefault(name, set()).update([value] if value else [])

    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None


def page_fields(app, client, people: list[User]) -> dict[str, list[str]]:
    """Every field the app's own pages render (forms and filters) to each of `people`, with its values."""
    found: dict[str, set[str]] = {}
    for person, (endpoint, method) in ((p, route) for p in people for route in routes(app)):
        act_as(client, app, person)
        for n in SEEDED_IDS if method == "GET" else ():
            with client.get(seeded_path(app, endpoint, n)) as response:
                if response.mimetype != "text/html":
                    break  # a PDF or an export: no forms in it
                FormFields(found).feed(response.get_data(as_text=True))
    return {name: sorted(offered) for name, offered in sorted(found.items())}


@pytest.fixture
def desk(app, client, make_user):
    people = {role: make_user(role) for role in ROLES}
    seed_desk(app, people)
    return {"people": people, "fields": page_fields(app, client, [people[Role.REVIEWER], people[Role.ADMIN]])}


def check_request(app, client, method: str, path: str, query: MultiDict, form: MultiDict) -> None:
    before = snapshot(app)
    response = client.open(path, method=method, query_string=query, data=form)
    label = f"{method} {path} query={dict(query.lists())} form={dict(form.lists())}"
    assert response.status_code < 500, f"{response.status_code} for {label}"
    if response.status_code >= 400:
        assert snapshot(app) == before, f"refused ({response.status_code}) but changed state: {label}"


def sweep_payloads(fields: dict[str, list[str]]) -> list[MultiDict]:
    """Payloads where every field holds what the page offers, except every fourth (in turn) a hostile
    value; and one hostile throughout."""
    without_nul = [value for value in HOSTILE if "\x00" not in value]
    payloads = [MultiDict([(name, without_nul[(n + turn) % len(without_nul)] if n % 4 == turn else
                            (offered or ["1"])[turn % len(offered or ["1"])])
                           for n, (name, offered) in enumerate(fields.items())]) for turn in range(4)]
    return [*payloads, MultiDict([(name, HOSTILE[n % len(HOSTILE)]) for n, name in enumerate(fields)])]


def hostile_fields(fields: dict[str, list[str]]):
    """Some fields, each with one or two values: offered by the page, hostile, or random."""
    def field(name: str):
        offered = st.sampled_from(fields[name]) if fields[name] else st.nothing()
        return st.tuples(st.just(name), st.lists(st.one_of(offered, values), min_size=1, max_size=2))

    return st.lists(st.sampled_from(sorted(fields)).flatmap(field), max_size=8).map(
        lambda pairs: MultiDict([(name, value) for name, items in pairs for value in items]))


def test_every_route_and_field_refuses_hostile_input_cleanly(app, client, desk):
    people = {None: None, **desk["people"]}
    for role, (endpoint, method) in ((r, route) for r in people for route in routes(app)):
        for n, payload in enumerate(sweep_payloads(desk["fields"])):
            act_as(client, app, people[role])
            path = seeded_path(app, endpoint, SEEDED_IDS[n % 3], method)
            check_request(app, client, method, path, payload, payload)

    @settings(max_examples=80, deadline=None, database=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(data=st.data())
    def one_request(data):
        role = data.draw(st.sampled_from(list(people)))
        endpoint, method = data.draw(st.sampled_from(routes(app)))
        path = app.url_map.bind("localhost").build(endpoint, data.draw(path_values(app, endpoint)), method=method)
        act_as(client, app, people[role])
        check_request(app, client, method, path, data.draw(hostile_fields(desk["fields"])),
                      data.draw(hostile_fields(desk["fields"])))

    one_request()
