import json

from click.testing import CliRunner

from factcheck.extraction.cli import extract_command

ARTICLE = ("Ferry strike ends\n\nTuesday, March 7, 2023\n\n"
           "“The boats sail again tomorrow,” harbour master Osric Pell said on Monday.\r\n"
           "Pell said in a tweet that fares would not change.\n")


def run(*args, input=None):
    result = CliRunner().invoke(extract_command, list(args), input=input)
    assert result.exit_code == 0, result.output
    return result.output


def test_json_follows_the_contract_and_offsets_index_the_text_as_read(tmp_path):
    path = tmp_path / "article.txt"
    path.write_bytes(ARTICLE.encode("utf-8"))
    data = json.loads(run(str(path), "--format", "json"))
    body = path.read_text(encoding="utf-8")  # universal newlines, like the scorer
    assert len(data["claims"]) == 2
    for claim in data["claims"]:
        assert body[claim["start"] : claim["end"]] == claim["text"]
        assert claim["speaker"] == "Osric Pell"
    assert data["article"]["date"] == "2023-03-07"
    assert data["claims"][0]["statement_date"] == "2023-03-06"
    assert data["claims"][1]["channel"] == "tweet"
    assert data["speakers"][0]["name"] == "Osric Pell"


def test_date_option_overrides_the_dateline():
    data = json.loads(run("-", "--date", "2023-03-10", input=ARTICLE))
    assert data["article"]["date"] == "2023-03-10"
    assert data["claims"][0]["statement_date"] == "2023-03-06"


def test_table_format_is_readable():
    output = run("-", "--format", "table", input=ARTICLE)
    assert "Osric Pell" in output
    assert "2 claims, 1 speakers" in output


def test_bad_date_is_refused():
    result = CliRunner().invoke(extract_command, ["-", "--date", "March"], input=ARTICLE)
    assert result.exit_code != 0
    assert "YYYY-MM-DD" in result.output


def test_warnings_go_to_stderr_and_json_stays_clean(tmp_path):
    path = tmp_path / "hostile.txt"
    path.write_text("Osric Pell said the dam was safe.\n" + "!?" * 500, encoding="utf-8")
    result = CliRunner().invoke(extract_command, [str(path), "--format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert [c["text"] for c in data["claims"]] == ["the dam was safe"]
    assert "warning:" in result.stderr and "not parsed" in result.stderr
    assert data["article"]["warnings"]
