"""Cues the parser hides (issue 9, round 8): "reported at the time that", "went on to say", an "as"
clause after "Yet,", and "according to" phrases the parser swallows or breaks."""


def test_reported_at_a_time_that(claims_of, claim_with):
    claims = claims_of("The Harbor Gazette reported at the time that the council had spent twice its budget "
                       "on the fountain.")
    claim = claim_with(claims, "twice its budget")
    assert (claim.text, claim.speaker) == ("the council had spent twice its budget on the fountain", "Harbor Gazette")


def test_went_on_to_say_speaks_for_the_subject(claims_of, claim_with):
    claims = claims_of("Mayor Ilse Brandt thanked the road crews. She went on to say the bridge would reopen in May.")
    claim = claim_with(claims, "reopen")
    assert (claim.text, claim.speaker) == ("the bridge would reopen in May", "Ilse Brandt")


def test_refused_to_say_is_still_no_claim(claims_of):
    claims = claims_of("Councillor Tomas Veld refused to say whether the district needed two more schools.")
    assert claims == []


def test_as_clause_after_an_opening_adverb_and_comma(claims_of, claim_with):
    claims = claims_of("But, as the auditor noted, by the end of the decade the pension fund had lost half "
                       "its value.")
    claim = claim_with(claims, "pension fund")
    assert claim.speaker == "the auditor"
    assert claim.text == "by the end of the decade the pension fund had lost half its value"


def test_according_to_a_phrase_the_parser_swallows(claims_of, claim_with):
    # The parser takes the whole sentence for the "according to" phrase: the source ends at the comma.
    claims = claims_of("According to retired judge Ola Benn, the ruling smells of haste.")
    claim = claim_with(claims, "haste")
    assert (claim.text, claim.speaker) == ("the ruling smells of haste", "Ola Benn")


def test_according_to_a_phrase_the_parser_breaks(claims_of, claim_with):
    # "play" taken for a verb leaves "to" with no object: the source is the phrase's last noun.
    claims = claims_of("The council cut the budget in secret, according to play organizers.")
    claim = claim_with(claims, "budget")
    assert (claim.text, claim.speaker) == ("The council cut the budget in secret", "organizers")


def test_according_to_closing_a_sentence_keeps_its_parsed_source(claims_of, claim_with):
    claims = claims_of("Ticket sales fell by a fifth, according to the promoter's survey of the three venues.")
    assert claim_with(claims, "Ticket sales").speaker.startswith("the promoter's survey")
