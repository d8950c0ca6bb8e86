from factcheck.extraction import extract, load_categories
from factcheck.extraction.categories import default_path

TEXT = "Harriet Vance said the farm had lost its harvest of plums and apricots to the frost."


def test_default_config_has_the_required_categories():
    assert {"arsenal", "diplomatic_meeting"} <= set(load_categories().keys())


def test_lemmas_match_inflected_words():
    (claim,) = extract("Osric Pell said the rebels still held three missiles.").claims
    assert claim.category == "arsenal"


def test_meeting_words_need_an_official_nearby():
    (claim,) = extract("Osric Pell said his neighbours would meet at the school on Friday.").claims
    assert claim.category is None


def test_a_new_category_needs_only_a_config_file(tmp_path, monkeypatch):
    (tmp_path / "categories.toml").write_text(
        '[categories.agriculture]\nlabel = "Farming"\nterms = ["harvest", "apricot"]\n'
        'phrases = ["crop failure"]\n', encoding="utf-8")
    categories = load_categories(tmp_path / "categories.toml")
    (claim,) = extract(TEXT, categories=categories).claims
    assert claim.category == "agriculture"

    monkeypatch.setenv("FACTCHECK_CONFIG_DIR", str(tmp_path))
    assert default_path() == tmp_path / "categories.toml"
    assert load_categories().keys() == ["agriculture"]
    (claim,) = extract(TEXT).claims
    assert claim.category == "agriculture"


def test_multi_word_phrases(tmp_path):
    path = tmp_path / "categories.toml"
    path.write_text('[categories.weather]\nlabel = "Weather"\nphrases = ["late frost"]\n', encoding="utf-8")
    (claim,) = extract("Osric Pell said late frosts had ruined the crop.", categories=load_categories(path)).claims
    assert claim.category == "weather"
