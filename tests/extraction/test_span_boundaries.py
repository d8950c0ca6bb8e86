"""Where a reported clause ends: the speaker's next words, hung by the parser on the clause, are
not part of it ("said A, adding that B", "said A and warned that B"), but a claim of their own."""


def _speakers_and_texts(claims):
    return [(c.speaker, c.text) for c in claims]


def test_participle_of_saying_is_a_second_claim_of_the_speaker(claims_of):
    claims = claims_of("Nora Quill said the contract had been awarded to a local firm, adding that the work "
                       "would start in May.")
    assert _speakers_and_texts(claims) == [("Nora Quill", "the contract had been awarded to a local firm"),
                                           ("Nora Quill", "the work would start in May")]


def test_naming_participle_ends_the_reported_clause(claims_of, claim_with):
    claims = claims_of('Ivo Marsh told the board the audit had been rushed, calling it "a box-ticking exercise".')
    assert claim_with(claims, "audit").text == "the audit had been rushed"
    named = claim_with(claims, "box-ticking")
    assert (named.speaker, named.quote_type) == ("Ivo Marsh", "direct")


def test_citing_participle_is_left_out_of_the_claim(claims_of):
    claims = claims_of("Dara Venn said the mill would close in the spring, citing the price of cotton.")
    assert [c.text for c in claims] == ["the mill would close in the spring"]


def test_participle_that_is_not_of_saying_stays_in_the_claim(claims_of):
    claims = claims_of("Dara Venn said the river had burst its banks overnight, flooding thirty homes.")
    assert [c.text for c in claims] == ["the river had burst its banks overnight, flooding thirty homes"]


def test_participle_of_showing_goes_on_with_the_finding(claims_of):
    claims = claims_of("Rex Amond said the figures were worse than expected, showing a fall of a tenth in a year.")
    assert [c.text for c in claims] == ["the figures were worse than expected, showing a fall of a tenth in a year"]


def test_second_reporting_verb_is_a_second_claim(claims_of):
    claims = claims_of("Ola Brenn said rents had risen by a fifth and warned that more families would move away.")
    assert _speakers_and_texts(claims) == [("Ola Brenn", "rents had risen by a fifth"),
                                           ("Ola Brenn", "more families would move away")]


def test_second_verb_with_a_quotation(claims_of, claim_with):
    claims = claims_of('Ola Brenn said the board had known about the damp for years but added, '
                       '"Every spring they find another excuse to wait."')
    assert claim_with(claims, "known").text == "the board had known about the damp for years"
    quoted = claim_with(claims, "excuse")
    assert (quoted.speaker, quoted.quote_type) == ("Ola Brenn", "direct")


def test_second_verb_of_saying_after_a_present_clause(claims_of):
    claims = claims_of("Ola Brenn said the scheme is fair but conceded that it had been slow.")
    assert _speakers_and_texts(claims) == [("Ola Brenn", "the scheme is fair"),
                                           ("Ola Brenn", "it had been slow")]


def test_verb_not_of_saying_stays_in_the_clause(claims_of):
    claims = claims_of("Ola Brenn said the police had arrived and arrested two men.")
    assert [c.text for c in claims] == ["the police had arrived and arrested two men"]


def test_participle_after_a_quotation_closing_on_a_comma(claims_of, claim_with):
    claims = claims_of('Rex Amond said the survey was "a fairy tale," describing its methods as sloppy.')
    assert claim_with(claims, "survey").text == 'the survey was "a fairy tale,"'
    assert claim_with(claims, "methods").speaker == "Rex Amond"


def test_contrasted_source_is_a_claim_of_its_own(claims_of):
    claims = claims_of("Most voters said the economy was the main issue, while a third said they cared more "
                       "about schools.")
    assert [c.text for c in claims] == ["the economy was the main issue", "they cared more about schools"]


def test_answer_set_against_the_first_group_is_another_claim(claims_of):
    claims = claims_of("Six in ten members said the fees were too high, compared to about a quarter who said "
                       "they were fair.")
    assert [c.text for c in claims] == ["the fees were too high", "they were fair"]


def test_second_predicate_in_the_clauses_own_tense_goes_on_with_it(claims_of):
    claims = claims_of("Ivo Marsh said he hoped to win back his seat, and then would step down in a year.")
    assert [c.text for c in claims] == ["he hoped to win back his seat, and then would step down in a year"]


def test_speaker_going_on_in_the_present_is_still_reported(claims_of):
    claims = claims_of("Ivo Marsh said he wants to run the marathon again, but he accepts his knee may not allow it.")
    assert [c.text for c in claims] == ["he wants to run the marathon again, but he accepts his knee may not allow it"]


def test_speaker_going_on_in_the_past_is_the_narration(claims_of):
    claims = claims_of("Mara Holt said she was tired, and she then took questions from the floor.")
    assert [c.text for c in claims] == ["she was tired"]


def test_subject_taken_for_the_cues_object_starts_the_claim(claims_of):
    claims = claims_of("Ivo Marsh said fans of the rival side, also called the Reds, were buying up the tickets.")
    assert [c.text for c in claims] == ["fans of the rival side, also called the Reds, were buying up the tickets"]


def test_closing_cue_with_a_participle_after_it(claims_of):
    claims = claims_of("The plan will fail, Holt said, blaming the council for the delay.")
    assert _speakers_and_texts(claims) == [("Holt", "The plan will fail"),
                                           ("Holt", "blaming the council for the delay")]


def test_quotation_before_a_closing_cue_and_a_participle(claims_of, claim_with):
    claims = claims_of('Ivo Marsh walked out of the meeting. "Far too much noise," Marsh said, blaming most of it '
                       'on the chairman.')
    assert claim_with(claims, "noise").text == "Far too much noise,"
