"""Cues we used to miss (issue 9, round 7c): a cue closing the sentence after its addressee or before
its subject, "as X noted" clauses, "told Y that", statement nouns with their owner, cited evidence."""


def test_closing_cue_followed_by_its_addressee_and_day(claims_of, claim_with):
    claims = claims_of("The new depot will employ sixty mechanics, Transport Secretary Nell Arden told "
                       "a House panel Thursday.")
    claim = claim_with(claims, "sixty mechanics")
    assert (claim.text, claim.speaker) == ("The new depot will employ sixty mechanics", "Nell Arden")


def test_closing_cue_before_its_subject(claims_of, claim_with):
    claims = claims_of("The orchard is surviving, but it is under growing strain from cheap imported apples, "
                       "said the farm's general manager, Tomas Brill.")
    claim = claim_with(claims, "orchard")
    assert claim.speaker == "Tomas Brill"
    assert claim.text.endswith("imported apples")


def test_closing_cue_after_a_clause_with_quoted_words(claims_of, claim_with):
    claims = claims_of("Ida Crane runs the credit union.\n\n"
                       "Families who borrow to buy a car fall behind, even on a \"steady\" income, she said.")
    assert claim_with(claims, "borrow to buy").speaker == "Ida Crane"


def test_closing_cue_about_a_topic_is_no_attribution(claims_of):
    claims = claims_of("Rivals usually fare better against weak opponents, yet Gil Moran often boasts "
                       "about his record.")
    assert all(c.quote_type == "unattributed" or "fare better" not in c.text for c in claims)


def test_as_clause_after_a_conjunction_opens_the_claim(claims_of, claim_with):
    claims = claims_of("But as Clara Voss noted, the new voters will give the mayor a second look if he wins.")
    claim = claim_with(claims, "second look")
    assert claim.speaker == "Clara Voss"
    assert claim.text.startswith("the new voters")


def test_as_clause_closing_the_sentence(claims_of, claim_with):
    claims = claims_of("Most of the grant went to outside consultants, as the Harlow Gazette reported.")
    assert claim_with(claims, "consultants").text == "Most of the grant went to outside consultants"


def test_as_someone_put_it(claims_of, claim_with):
    claims = claims_of("Meg Dorran chairs the residents' group. As Dorran put it, "
                       "\u201can island without a ferry is a waiting room.\u201d")
    assert claim_with(claims, "waiting room").speaker == "Meg Dorran"


def test_as_meaning_while_is_no_cue(claims_of):
    claims = claims_of("As the choir sang the anthem, the mayor of Tressel left the hall.")
    assert not [c for c in claims if c.quote_type != "unattributed"]


def test_told_an_addressee_that(claims_of, claim_with):
    claims = claims_of("Senator Ola Brandt attacked the bill on Monday, telling a radio host that "
                       "the mayor had opposed every safety amendment.")
    claim = claim_with(claims, "safety amendment")
    assert (claim.text, claim.speaker) == ("the mayor had opposed every safety amendment", "Ola Brandt")
    assert claim.cue == "telling a radio host"


def test_owner_of_a_claim_is_its_speaker(claims_of, claim_with):
    claims = claims_of("Union officials rejected Ada Pell's assertion that the car park would open by 2027.")
    claim = claim_with(claims, "car park")
    assert (claim.text, claim.speaker) == ("the car park would open by 2027", "Ada Pell")


def test_response_was_that(claims_of, claim_with):
    claims = claims_of("Lorna Greer runs the trust. Her response to critics was that the fee would pay for 400 spaces.")
    claim = claim_with(claims, "400 spaces")
    assert (claim.text, claim.speaker) == ("the fee would pay for 400 spaces", "Lorna Greer")


def test_statement_noun_without_owner_is_no_claim(claims_of):
    claims = claims_of("The idea that the bridge would reopen by May was quietly dropped last week.")
    assert not [c for c in claims if c.quote_type != "unattributed"]


def test_cited_evidence(claims_of, claim_with):
    claims = claims_of("Oren Batt runs the ferry company. He cited a 40 percent jump in diesel prices since spring.")
    claim = claim_with(claims, "diesel")
    assert (claim.text, claim.speaker) == ("a 40 percent jump in diesel prices since spring", "Oren Batt")


def test_cited_without_a_speaker_or_in_the_passive_is_no_claim(claims_of):
    claims = claims_of("The bureau cited in the leaflet does not exist. The report cited examples of long forms.")
    assert not [c for c in claims if c.quote_type != "unattributed"]


def test_reported_figures_are_the_claim(claims_of, claim_with):
    claims = claims_of("The Holloway Bank reported a loss of $2 million, its first in a decade, the newspaper said.\n\n"
                       "Police reported 12 arrests late on Saturday, although most people were later released.")
    assert claim_with(claims, "12 arrests").text == "12 arrests"
    assert claim_with(claims, "12 arrests").speaker is not None


def test_reporting_for_work_is_no_claim(claims_of):
    claims = claims_of("Nell Tarrant reported for duty at 9 a.m. on Monday and left at noon.")
    assert not [c for c in claims if c.quote_type != "unattributed"]


def test_citing_a_bare_pointer_is_no_claim(claims_of):
    claims = claims_of("Senator Ola Brandt praised the union, citing its work.")
    assert not [c for c in claims if "work" in c.text and c.quote_type != "unattributed"]
