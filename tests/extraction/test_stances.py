"""Denials, disputes and other stances whose content is a clause: who holds it, and where it is."""


def test_a_disputed_statement_noun_gives_its_that_clause(claims_of):
    text = ("Brightwater Foods has denied reports that it will cut 500 jobs at its Dunlow plant. "
            "Its chairman rejected claims that the board had ignored the warnings.")
    claims = claims_of(text)
    assert [c.text for c in claims] == ["it will cut 500 jobs at its Dunlow plant",
                                        "the board had ignored the warnings"]
    assert claims[0].speaker == "Brightwater Foods"


def test_a_view_held_in_the_present_is_a_claim_a_past_thought_is_narration(claims_of):
    text = ("Economist Lena Hart believes the new tax will slow growth next year.\n\n"
            "A guard mistakenly thought the parcel contained a weapon.")
    claims = [c for c in claims_of(text) if c.quote_type != "unattributed"]
    assert [c.text for c in claims] == ["the new tax will slow growth next year"]
    assert claims[0].speaker == "Lena Hart"


def test_a_reported_clause_is_not_cut_at_an_inserted_phrase(claims_of):
    text = ("The audit warned that the cost of the backlog, now put at 1.9 billion marks, would grow "
            "by about 8% a year if nothing changed.")
    (claim,) = claims_of(text)
    assert claim.text.startswith("the cost of the backlog") and claim.text.endswith("if nothing changed")


def test_an_as_clause_attributes_the_sentence_it_opens(claims_of):
    text = "As the audit notes, most of the money went to outside consultants."
    (claim,) = claims_of(text)
    assert claim.text == "most of the money went to outside consultants"


def test_a_clause_opening_with_a_gerund_subject_is_the_whole_claim(claims_of):
    text = ("Senator Ivo Brandt spoke in Dunlow on Tuesday.\n\n"
            "He said reopening it could put two hundred miners back to work.")
    (claim,) = claims_of(text)
    assert claim.text == "reopening it could put two hundred miners back to work"


def test_a_denied_or_admitted_act_is_the_claim(claims_of):
    text = "Councillor Ada Moss denied receiving any payments from the developer."
    (claim,) = claims_of(text)
    assert (claim.text, claim.speaker) == ("receiving any payments from the developer", "Ada Moss")


def test_a_reported_clause_stops_where_the_narration_goes_on(claims_of):
    text = ("Senator Ivo Brandt spoke on Monday. He said the real problem is the budget, and he then "
            "walked out of the studio. He said the cuts were made and that nobody was told.")
    claims = claims_of(text)
    assert [c.text for c in claims] == ["the real problem is the budget",
                                        "the cuts were made and that nobody was told"]


def test_a_noun_at_the_end_of_a_sentence_is_not_a_closing_cue(claims_of):
    text = ("Analyst Ivo Brandt said rents would rise fastest in the older, though well-kept, "
            "towns across the state.")
    (claim,) = claims_of(text)
    assert (claim.speaker, claim.cue) == ("Ivo Brandt", "said")


def test_a_that_clause_hung_on_a_nearby_noun_is_still_what_was_told(claims_of):
    text = "Senator Ivo Brandt told Hale at the hearing that the funds had run out in March."
    (claim,) = claims_of(text)
    assert (claim.text, claim.speaker) == ("the funds had run out in March", "Ivo Brandt")


def test_a_named_person_s_past_view_is_a_claim(claims_of):
    text = "Ada Moss thought the depot would close by June."
    (claim,) = claims_of(text)
    assert (claim.text, claim.speaker) == ("the depot would close by June", "Ada Moss")
