"""Whose words a cue reports when the parser offers the wrong subject: participles closing a
clause, cues set off by commas, documents and the people behind them (issue 9, round 7b)."""
from spacy.tokens import Doc
from spacy.vocab import Vocab

from factcheck.extraction.cues import subject_of


def test_a_participle_after_a_comma_speaks_for_the_clause_subject(claims_of, claim_with):
    text = ("Ms. Orr was dismissive when questioned about the surveyor who said he was underpaid, saying, "
            "\"His drawings were late and wrong.\"")
    claims = claims_of(text)
    assert claim_with(claims, "drawings").speaker == "Orr"


def test_a_participle_after_the_object_is_not_the_object_speaking(claims_of, claim_with):
    text = ("On Tuesday evening Mr. Dane made a fresh attempt to rebut Ms. Orr's attack, writing on "
            "Facebook that the main question in the race was housing.")
    claims = claims_of(text)
    assert claim_with(claims, "housing").speaker == "Dane"


def test_a_series_of_tweets_speaks_for_the_one_who_sent_them(claims_of, claim_with):
    text = "Senator Dale Whitford posted a string of messages criticizing Calder Vance, the transport chief."
    claims = claims_of(text)
    assert claim_with(claims, "Calder Vance").speaker == "Dale Whitford"


def test_a_speech_someone_gave_speaks_for_them(claims_of, claim_with):
    text = ("The new levy is meant to slow the sale of farmland, according to a speech Ines Calloway "
            "delivered at the county show in July.")
    claims = claims_of(text)
    assert claim_with(claims, "sale of farmland").speaker == "Ines Calloway"


def test_a_cue_set_off_by_commas_names_its_speaker_between_them(claims_of, claim_with):
    text = ("Any fair account of the mayor's budget, said Jo Pratt, a lecturer in public finance, would "
            "call it a gamble.")
    claims = claims_of(text)
    assert claim_with(claims, "gamble").speaker == "Jo Pratt"


def test_a_participle_after_a_lead_followed_is_still_the_subjects(claims_of, claim_with):
    text = ("Two other councillors, Jo Fell and Ben Cole, have copied Mr. Dane's approach, "
            "saying the audit is open to question.")
    claims = claims_of(text)
    assert claim_with(claims, "open to question").speaker != "Dane"


def test_of_two_subjects_a_place_is_not_the_speaker():
    # The parser sometimes leaves a place and a name both as subjects ("In Salem, Oregon, Roe said"); its
    # choice varies with the words around them, so the parse is built here rather than left to the model.
    words = ["In", "Salem", ",", "Oregon", ",", "Roe", "said", "it", "closed", "."]
    heads = [6, 0, 1, 6, 6, 6, 6, 8, 6, 6]
    deps = ["prep", "pobj", "punct", "nsubj", "punct", "nsubj", "ROOT", "nsubj", "ccomp", "punct"]
    pos = ["ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "VERB", "PRON", "VERB", "PUNCT"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos,
              ents=["O", "B-GPE", "O", "B-GPE", "O", "O", "O", "O", "O", "O"])
    assert subject_of(doc[6]).text == "Roe"
