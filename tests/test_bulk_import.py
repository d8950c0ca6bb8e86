"""Bulk upload on the real queue: files and .zip archives, duplicates and bad files reported per file."""
import io
import zipfile

import sqlalchemy as sa

from factcheck.articles.models import Article
from factcheck.claims.models import Claim
from factcheck.cli import cli
from factcheck.extensions import db
from factcheck.jobs.worker import worker_threads
from tests.helpers import TEST_PASSWORD, wait_until

FERRY = "Ferry fares to rise\n\n“We need another month,” said Petra Lind, the council's chair.\n"
BRIDGE = "Bridge to reopen\n\nThe mayor said on Tuesday that the bridge would open in June.\n"


def zip_of(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_zip_with_a_duplicate_and_a_bad_file(queue_app, make_user):
    client = queue_app.test_client()
    user = make_user()
    client.post("/login", data={"email": user.email, "password": TEST_PASSWORD})
    archive = zip_of({"ferry.txt": FERRY.encode(), "copy/ferry-again.txt": FERRY.encode(),
                      "latin1.txt": "Caf\xe9 prices rose, the owners said.".encode("latin-1"),
                      "notes.pdf": b"%PDF-1.7", "__MACOSX/._ferry.txt": b"junk"})
    response = client.post("/articles/bulk", content_type="multipart/form-data", data={"files": [
        (io.BytesIO(archive), "week.zip"), (io.BytesIO(BRIDGE.encode()), "bridge.txt"),
        (io.BytesIO(b"PK\x03\x04 not really"), "broken.zip")]})
    assert response.status_code == 302
    url = response.headers["Location"] + ".json"
    assert {item["state"] for item in client.get(url).json["items"]} == {"queued", "failed"}  # no worker yet

    with worker_threads(queue_app, workers=2):
        state = wait_until(lambda: (s := client.get(url).json)["finished"] and s, what="the bulk import")
    states = {item["filename"]: (item["state"], item["message"]) for item in state["items"]}
    twins = sorted([states["week.zip/ferry.txt"], states["week.zip/copy/ferry-again.txt"]], key=str)
    assert twins == [("done", None), ("duplicate", "This text was imported before.")]  # whichever worker won
    assert states["week.zip/latin1.txt"][0] == "failed" and "not UTF-8" in states["week.zip/latin1.txt"][1]
    assert "not supported" in states["week.zip/notes.pdf"][1]
    assert states["bridge.txt"][0] == "done"
    assert states["broken.zip"][0] == "failed" and "not a readable .zip" in states["broken.zip"][1]
    assert len(states) == 6  # the archive's hidden junk is skipped
    with queue_app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(Article.id))) == 2
        assert db.session.scalar(sa.select(sa.func.count(Claim.id)).where(Claim.text.contains("another month"))) == 1
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "week.zip/latin1.txt" in page and "All files are done." in page


def test_someone_elses_upload_is_not_shown_to_a_reviewer(app, make_user):
    owner, other = app.test_client(), app.test_client()
    for client, user in ((owner, make_user()), (other, make_user())):
        client.post("/login", data={"email": user.email, "password": TEST_PASSWORD})
    response = owner.post("/articles/bulk", content_type="multipart/form-data",
                          data={"files": [(io.BytesIO(BRIDGE.encode()), "bridge.txt")]})
    assert other.get(response.headers["Location"] + ".json").status_code == 403


def test_upload_without_files_is_a_form_error(app, client, make_user, login):
    login(make_user())
    response = client.post("/articles/bulk", content_type="multipart/form-data", data={})
    assert response.status_code == 400
    assert "Choose at least one file." in response.get_data(as_text=True)


def test_import_command_waits_with_a_progress_bar(queue_app, tmp_path):
    first, copy, bad = tmp_path / "one.txt", tmp_path / "copy.txt", tmp_path / "bad.txt"
    first.write_text(FERRY, encoding="utf-8")
    copy.write_text(FERRY, encoding="utf-8")
    bad.write_bytes(b"\xff\xfe broken")
    result = queue_app.test_cli_runner().invoke(cli, ["import", str(first), str(copy), str(bad)])
    assert result.exit_code == 1
    assert "Importing" in result.output
    assert f"imported  {first} -> article 1" in result.output
    assert f"duplicate {copy} = article 1" in result.output
    assert f"refused   {bad}" in result.output


def test_import_command_can_only_enqueue(queue_app, tmp_path):
    (tmp_path / "one.txt").write_text(BRIDGE, encoding="utf-8")
    result = queue_app.test_cli_runner().invoke(cli, ["import", "--no-wait", str(tmp_path / "one.txt")])
    assert result.exit_code == 0 and "Queued 1 file(s) as upload 1" in result.output
    with queue_app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(Article.id))) == 0  # a worker does the rest


def test_a_new_version_in_an_upload_is_reported_not_stored_twice(app, client, make_user, login):
    login(make_user())
    story = FERRY + ("The council will meet again in June to decide on the fares for the coming winter season, "
                     "after the operator has published its accounts and the harbour board has approved the new "
                     "timetable. Passengers' groups asked for a hearing before any rise, and the mayor said the "
                     "islanders who commute every day should pay less than the visitors who come in summer.\n")
    client.post("/articles/import", data={"body": story})
    response = client.post("/articles/bulk", content_type="multipart/form-data", data={
        "files": [(io.BytesIO(story.replace("June", "July").encode()), "ferry-v2.txt")]})
    [item] = client.get(response.headers["Location"] + ".json").json["items"]
    assert item["state"] == "duplicate" and "looks like a new version of “Ferry fares to rise”" in item["message"]
    with app.app_context():
        assert db.session.scalar(sa.select(sa.func.count(Article.id))) == 1


def test_an_archive_that_unpacks_to_too_much_text_is_refused(make_app, make_user):
    app = make_app(MAX_ARTICLE_BYTES=1000)
    client = app.test_client()
    client.post("/login", data={"email": make_user().email, "password": TEST_PASSWORD})
    archive = zip_of({f"{n}.txt": b"a" * 999 for n in range(51)})
    response = client.post("/articles/bulk", content_type="multipart/form-data",
                           data={"files": [(io.BytesIO(archive), "many.zip")]})
    [item] = client.get(response.headers["Location"] + ".json").json["items"]
    assert item["state"] == "failed" and "more than 50 articles' worth of text" in item["message"]
