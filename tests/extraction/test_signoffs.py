"""Quotations signed with a dash, as in vox pops and readers' replies."""


def test_dash_after_a_quotation_names_its_speaker(claims_of, claim_with):
    text = ("We asked shoppers about the new car park charges.\n\n"
            "\"I come in twice a week and it now costs me more than the bus.\" — Hana Petrov, pensioner\n\n"
            "\"The town centre needs the money,\" – Lewis Ambler, shop owner")
    claims = claims_of(text)
    assert claim_with(claims, "twice a week").speaker == "Hana Petrov"
    assert claim_with(claims, "needs the money").speaker == "Lewis Ambler"


def test_signature_line_names_the_quoted_paragraphs_above_it(claims_of, claim_with):
    text = ("Readers wrote in about the ferry timetable.\n\n"
            "\"The early boat is always late. I have missed three connections this month.\"\n"
            "― Ada Quist, commuter\n\n"
            "\"The new boats are quieter.\n\n"
            "\"They also run on time, which the old ones never did.\"\n"
            "— Piet Moran, Westhaven")
    claims = claims_of(text)
    assert claim_with(claims, "three connections").speaker == "Ada Quist"
    assert claim_with(claims, "quieter").speaker == "Piet Moran"
    assert claim_with(claims, "run on time").speaker == "Piet Moran"


def test_dash_in_a_sentence_is_no_signature(claims_of):
    text = "The plan — which the council approved in May — will cost 4 million pounds."
    assert claims_of(text) == []
