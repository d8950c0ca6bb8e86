"""The article's own assertions in a configured category, offered unattributed (issue 9)."""


def test_reporters_own_category_assertion_is_listed_without_speaker(claims_of):
    text = ("The foreign minister said talks would resume in May.\n\n"
            "The government has even welcomed defensive arms from its northern neighbour.")
    claims = claims_of(text)
    assert [c.quote_type for c in claims] == ["indirect", "unattributed"]
    unattributed = claims[1]
    assert unattributed.text == "The government has even welcomed defensive arms from its northern neighbour"
    assert (unattributed.speaker, unattributed.cue, unattributed.category) == (None, None, "arsenal")


def test_only_plain_assertions_in_a_category_are_listed(claims_of):
    text = ("The army could move its artillery to the border next year. "
            "Will the army move its artillery to the border? "
            "We moved our artillery to the border last week. "
            "The bakery on the high street sold bread all morning. "
            "The general said the army had moved artillery to the border.")
    claims = claims_of(text)
    assert [c.quote_type for c in claims] == ["indirect"]


def test_meeting_without_an_official_in_the_sentence_is_not_listed(claims_of):
    claims = claims_of("The book club meets in the library every Tuesday evening for two hours.")
    assert claims == []
