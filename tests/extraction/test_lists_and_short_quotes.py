"""Claims we used to miss (issue 9, round 7c): a short quoted sentence going on after a cued quotation,
and bulleted lines under a lead that ends in a colon and names their source."""


def test_short_quoted_sentence_after_a_cued_quotation(claims_of, claim_with):
    claims = claims_of("\u201cWe were assured, again and again, that the system worked,\u201d Rhoda Kell said. "
                       "\u201cIt did not.\u201d")
    assert claim_with(claims, "It did not").speaker == "Rhoda Kell"


def test_quoted_word_after_a_cued_quotation_is_no_claim(claims_of):
    claims = claims_of("\u201cThe plan is finished,\u201d Rhoda Kell said. "
                       "\u201cDead\u201d was the word used by her aides.")
    assert not [c for c in claims if c.text.startswith("Dead")]


def test_bulleted_findings_under_a_colon(claims_of):
    text = ("The council overspent by £2 million, an audit published on Monday found.\n\n"
            "Among its main findings:\n\n"
            "• 14 of the 52 jobs sampled had been billed twice.\n\n"
            "• The highways team had not carried out a spot check since 2019.\n\n"
            "The council's leader, Gary Pane, said he would respond next week.")
    listed = [c for c in claims_of(text) if c.text.startswith(("14 of", "The highways"))]
    assert len(listed) == 2
    assert all(c.speaker is not None and c.quote_type == "indirect" for c in listed)


def test_bulleted_lines_under_a_colon_without_a_source_are_no_claims(claims_of):
    text = ("Here are key moments in the dispute:\n\n"
            "• The board votes 5-2 to begin draining in September.\n\n"
            "• The reservoir is lowered by five metres.")
    assert not [c for c in claims_of(text) if c.quote_type != "unattributed"]


def test_quotation_after_a_long_addressee_of_told(claims_of, claim_with):
    claims = claims_of("Former envoy Jon Bolte told Harbour Radio morning host Matt Boyne, "
                       "\u201cThe campaign has no plan for the harbour.\u201d")
    claim = claim_with(claims, "no plan")
    assert (claim.speaker, claim.quote_type) == ("Jon Bolte", "direct")
    assert claim.cue == "told Harbour Radio morning host Matt Boyne"
