from factcheck.extraction.document import split_paragraphs
from factcheck.extraction.quotes import find_quotes


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for paragraph in find_quotes(list(split_paragraphs(text))) for q in paragraph]


def test_curly_and_straight_quotes_are_paired():
    assert quoted('“One,” she said, and "two" too.') == ["One,", "two"]


def test_quote_split_by_the_cue_gives_two_stretches():
    assert quoted("“We are ready,” he said. “The rest is noise.”") == ["We are ready,", "The rest is noise."]


def test_quote_running_over_paragraphs_is_one_stretch_per_paragraph():
    text = "She said: “The first part.\n\n“The second part.\n\n“The end.”"
    paragraphs = find_quotes(list(split_paragraphs(text)))
    assert [text[q.start : q.end] for p in paragraphs for q in p] == ["The first part.", "The second part.", "The end."]
    assert [q.runs_on for p in paragraphs for q in p] == [True, True, False]
    assert [q.continues for p in paragraphs for q in p] == [False, True, True]


def test_stray_quote_mark_only_affects_its_own_paragraph():
    text = "He spoke of “reform and left.\nLater she said “yes” and “no”."
    assert quoted(text) == ["yes", "no"]


def test_a_new_opening_mark_restarts_after_a_stray_one():
    assert quoted("The “plan was, he said, “not finished” yet.") == ["not finished"]


def test_apostrophes_and_inch_marks_do_not_open_quotes():
    assert quoted("It's a 12\" pipe, the engineer's note said.") == []


def test_british_single_quotes_are_paired():
    text = "'We cannot fill them fast enough,' she said. 'The money isn't there.'"
    assert quoted(text) == ["We cannot fill them fast enough,", "The money isn't there."]
    assert quoted("A ‘spent funds on racehorse’, court hears") == ["spent funds on racehorse"]


def test_apostrophes_do_not_make_single_quotes():
    assert quoted("Don't wait: at seven o'clock the Smiths' van and the charity’s bus left.") == []
    assert quoted("In the '90s the 1990s' fashion and the Users' Alliance returned.") == []


def test_single_quote_closes_after_a_plural_possessive_only_when_nothing_later_can():
    assert quoted("'The Smiths' house is empty,' she said.") == ["The Smiths' house is empty,"]
    assert quoted("He said the plan was 'for decades' too.") == ["for decades"]
    assert quoted("She said the 1990s' approach had 'stored up problems'.") == ["stored up problems"]


def test_nested_quotes_stay_inside_the_outer_stretch():
    assert quoted('He said "it\'s the \'best\' plan" today.') == ["it's the 'best' plan"]
    assert quoted("She said 'he told me \"no\" twice' then left.") == ['he told me "no" twice']


def test_a_quotation_closing_on_a_nested_quotation_takes_its_trailing_cue(claims_of):
    text = ("“I told him, ‘The gate is open again,’ and he said, ‘Leave it, it is always like that,’” "
            "the guard, Ivo Brandt, said.")
    (claim,) = claims_of(text)
    assert claim.text.startswith("I told him") and claim.text.endswith("like that,’")
    assert (claim.speaker, claim.quote_type) == ("Ivo Brandt", "direct")


def test_less_common_reporting_verbs_attribute_too(claims_of):
    text = "“We will be back next year,” the coach joked. Ada Moss lamented that the pitch had been sold."
    claims = claims_of(text)
    assert [c.cue for c in claims] == ["joked", "lamented"]


def test_continued_after_a_quotation_is_its_cue(claims_of):
    claims = claims_of('"The first loser would be the town," Ada Moss continued. "It will cost us all."')
    assert [(c.text, c.speaker) for c in claims] == [
        ("The first loser would be the town,", "Ada Moss"), ("It will cost us all.", "Ada Moss")]


def test_continued_without_a_quotation_is_no_cue(claims_of):
    assert claims_of("The rain continued until dawn, and the ferry stayed in port.") == []
