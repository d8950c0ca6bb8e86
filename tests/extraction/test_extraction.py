"""Attribution on constructions of wire-style English, with invented people and outlets."""

def test_direct_quote_split_by_cue_gives_two_claims_of_one_speaker(claims_of):
    text = "“The bridge will open in May,” Harriet Vance said. “We have the money.”"
    first, second = claims_of(text)
    assert (first.text, second.text) == ("The bridge will open in May,", "We have the money.")
    assert first.speaker == second.speaker == "Harriet Vance"
    assert first.quote_type == second.quote_type == "direct"
    assert first.cue == "said"


def test_quote_over_several_sentences_is_one_claim(claims_of):
    text = '"Prices rose. Wages did not. Families noticed," said Osric Pell.'
    (claim,) = claims_of(text)
    assert claim.text == "Prices rose. Wages did not. Families noticed,"
    assert claim.speaker == "Osric Pell"


def test_quote_continuing_over_paragraphs_keeps_its_speaker(claims_of):
    text = ("Transport minister Osric Pell told lawmakers: “The line will close for a year.\n\n"
            "“After that, trains will run every ten minutes.\n\n"
            "“Nobody will be worse off.”\n\nThe vote is on Friday.")
    claims = claims_of(text)
    assert [c.text for c in claims] == ["The line will close for a year.",
                                        "After that, trains will run every ten minutes.",
                                        "Nobody will be worse off."]
    assert {c.speaker for c in claims} == {"Osric Pell"}
    assert {c.quote_type for c in claims} == {"direct"}


def test_uncued_first_paragraph_of_a_long_quote_takes_the_later_cue(claims_of):
    text = ("Mayor Harriet Vance spoke on Tuesday.\n\n“The works are on schedule.\n\n"
            "“Nobody should expect delays,” she added.")
    claims = claims_of(text)
    assert [c.speaker for c in claims] == ["Harriet Vance", "Harriet Vance"]


def test_colon_introduction(claims_of):
    text = "Harriet Vance, the mayor, continued: “We will not raise fares this year.”"
    (claim,) = claims_of(text)
    assert claim.text == "We will not raise fares this year."
    assert claim.speaker == "Harriet Vance"
    assert claim.speaker_role == "mayor"


def test_colon_at_end_of_paragraph_introduces_next_paragraph(claims_of):
    text = "Osric Pell wrote on his blog:\n\n“The report is a whitewash and everyone knows it.”"
    (claim,) = claims_of(text)
    assert claim.speaker == "Osric Pell"
    assert claim.channel == "blog"


def test_partial_quote_inside_reported_speech(claims_of):
    text = "Harriet Vance said the proposal was “dead on arrival” in its current form."
    (claim,) = claims_of(text)
    assert claim.text == "the proposal was “dead on arrival” in its current form"
    assert claim.quote_type == "direct"


def test_stray_quote_mark_does_not_wreck_the_rest(claims_of, claim_with):
    text = ("The council spoke of “reform at the start of the year.\n\n"
            "“Costs are falling,” Osric Pell said.\n\n"
            "Harriet Vance said the figures were wrong.")
    claims = claims_of(text)
    assert claim_with(claims, "Costs are falling").speaker == "Osric Pell"
    assert claim_with(claims, "figures were wrong").speaker == "Harriet Vance"
    assert claim_with(claims, "figures were wrong").quote_type == "indirect"


def test_reported_speech_with_that_clause(claims_of):
    (claim,) = claims_of("Osric Pell warned that the reservoir would run dry by August.")
    assert claim.text == "the reservoir would run dry by August"
    assert (claim.speaker, claim.quote_type, claim.cue) == ("Osric Pell", "indirect", "warned")


def test_inverted_cue(claims_of, claim_with):
    claims = claims_of("Osric Pell chaired the panel. The cuts are unfair and will be reversed, added Pell.")
    claim = claim_with(claims, "cuts are unfair")
    assert claim.text == "The cuts are unfair and will be reversed"
    assert claim.speaker == "Osric Pell"


def test_inverted_cue_after_quote(claims_of):
    (claim,) = claims_of('"The harbour is closed until further notice", added the Coastal Authority.')
    assert claim.text == "The harbour is closed until further notice"
    assert "Coastal Authority" in claim.speaker


def test_according_to(claims_of):
    (claim,) = claims_of("The port will reopen next week, according to the harbour authority.")
    assert claim.text == "The port will reopen next week"
    assert claim.speaker == "the harbour authority"
    assert claim.quote_type == "indirect"


def test_according_to_with_relay(claims_of):
    text = "According to the Valley Courier, quoting the Ruritanian interior ministry, the border will stay shut."
    (claim,) = claims_of(text)
    assert claim.text == "the border will stay shut"
    assert "interior ministry" in claim.speaker
    assert claim.channel == "the Valley Courier"


def test_accusation(claims_of):
    (claim,) = claims_of("In February, Osric Pell accused the council of hiding the true costs.")
    assert claim.text == "accused the council of hiding the true costs"
    assert claim.speaker == "Osric Pell"
    assert claim.statement_date == "2023-02"


def test_organisation_speaker(claims_of):
    (claim,) = claims_of("The Ruritanian Ministry of Transport has said the timetable is realistic.")
    assert claim.speaker == "Ruritanian Ministry of Transport"
    assert claim.speaker_kind == "organisation"
    assert claim.cue == "has said"


def test_document_speaker(claims_of, claim_with):
    text = "The company filed its plans in May. It will hire 300 drivers, according to the document."
    claim = claim_with(claims_of(text), "300 drivers")
    assert claim.speaker == "the document"
    assert claim.speaker_kind == "document"


def test_bare_organisation_noun_points_back_to_the_named_one(claims_of, claim_with):
    text = "The Ruritanian Ministry of Defence issued a statement. The ministry said the exercise was over."
    claim = claim_with(claims_of(text), "exercise was over")
    assert claim.speaker == "Ruritanian Ministry of Defence"


def test_full_name_from_first_mention_and_pronoun(claims_of):
    text = ("Harriet Vance, security chief of the Northern Rail Company, told the Valley Courier that "
            "two depots had been robbed. Vance said the thieves were armed. She added that nobody was hurt.")
    claims = claims_of(text)
    assert [c.speaker for c in claims] == ["Harriet Vance"] * 3
    assert claims[0].speaker_role == "security chief of the Northern Rail Company"
    assert claims[0].channel == "the Valley Courier"
    assert claims[1].speaker_mention == "Vance"
    assert claims[2].speaker_mention == "She"


def test_pronoun_follows_gender_known_from_the_text(claims_of):
    base = "Ms. Harriet Vance chaired the hearing. Osric Pell gave evidence. "
    she = claims_of(base + "She said the evidence was thin.")
    he = claims_of(base + "He said the evidence was solid.")
    assert [c.speaker for c in she] == ["Harriet Vance"]
    assert [c.speaker for c in he] == ["Osric Pell"]


def test_pronoun_prefers_the_speaker_just_quoted(claims_of, claim_with):
    text = ("Osric Pell said the strike would last a week. Marcus Dunn, a union organiser, "
            "told reporters the members were united. He said the dispute was about safety.")
    claim = claim_with(claims_of(text), "about safety")
    assert claim.speaker == "Marcus Dunn"


def test_role_noun_linked_to_the_person_with_that_role(claims_of, claim_with):
    text = ("Osric Pell, the ambassador to Ruritania, met the finance minister Harriet Vance in Lisbon. "
            "The diplomat said the talks had gone well.")
    claim = claim_with(claims_of(text), "talks had gone well")
    assert claim.speaker == "Osric Pell"
    assert claim.speaker_mention == "The diplomat"


def test_role_noun_without_known_role_goes_to_the_last_speaker(claims_of, claim_with):
    text = ("“We will win back the north,” Harriet Vance said on Monday.\n\n"
            "The former prime minister appeared to rule out a coalition, warning that any deal "
            "“would be a betrayal.”")
    claim = claim_with(claims_of(text), "would be a betrayal")
    assert claim.speaker == "Harriet Vance"
    assert claim.text == "any deal “would be a betrayal.”"
    assert claim.quote_type == "direct"


def test_channels(claims_of):
    claims = claims_of(
        "Osric Pell told the Valley Courier that fares would rise. "
        "In a tweet, Harriet Vance said fares would fall. "
        "In an interview on Sunday, Marcus Dunn said the buses were late.")
    assert [c.channel for c in claims] == ["the Valley Courier", "tweet", "interview"]


def test_statement_dates(claims_of):
    claims = claims_of(
        "Osric Pell said on March 2 that the dam was safe. "
        "On Tuesday, Harriet Vance said the dam was not safe. "
        "In an interview the following day, Pell said the engineers agreed with him. "
        "Last December, Marcus Dunn said inspections had been skipped.")
    assert [c.statement_date for c in claims] == ["2023-03-02", "2023-03-07", "2023-03-08", "2022-12"]


def test_questions_and_calls_are_not_claims(claims_of):
    text = ("Osric Pell called on the council to publish the figures. "
            "Harriet Vance asked whether the plan was legal. "
            "“Who will pay for this?” Marcus Dunn said.")
    assert claims_of(text) == []


def test_scare_quotes_without_cue_are_not_claims(claims_of):
    assert claims_of("The so-called “fast track” scheme opens to applicants on Monday.") == []


def test_chanted_words_inside_a_reported_clause_keep_it_indirect(claims_of):
    text = "Protesters in the square, Vance noted, were chanting: “Down with the dam!”"
    (claim,) = claims_of(text)
    assert claim.quote_type == "indirect"
    assert claim.speaker == "Vance"


def test_categories_from_the_default_config(claims_of):
    claims = claims_of("Osric Pell said the army had moved missiles and artillery to the border. "
                       "Harriet Vance said the foreign minister would meet her counterpart in Lisbon.")
    assert [c.category for c in claims] == ["arsenal", "diplomatic_meeting"]


def test_speakers_list_and_contract_json():
    from factcheck.extraction import extract

    text = "Osric Pell, the harbour master, said the port was closed. Pell said ships were waiting."
    result = extract(text)
    (speaker,) = result.speakers
    assert speaker.name == "Osric Pell"
    assert speaker.kind == "person"
    assert speaker.role == "harbour master"
    data = result.to_dict({"title": "Port closed"})
    assert set(data) == {"claims", "speakers", "article"}
    assert data["article"]["title"] == "Port closed"
    assert set(data["claims"][0]) == {"start", "end", "text", "speaker", "speaker_mention", "speaker_role",
                                      "speaker_kind", "cue", "channel", "statement_date", "quote_type",
                                      "category"}


def test_place_after_a_description_does_not_become_the_speaker(claims_of):
    text = "Economists in Velmora said the recession was over."
    (claim,) = claims_of(text)
    assert claim.speaker == "Economists"
    assert claim.speaker_kind == "person"


def test_surname_alone_points_back_to_the_full_name(claims_of, claim_with):
    text = ("The delegation's head, Ilse Markova, said the talks had stalled.\n\n"
            "Markova replied that the other side had broken the accord.")
    claims = claims_of(text)
    assert claim_with(claims, "broken the accord").speaker == "Ilse Markova"


def test_outlet_named_after_a_media_noun_is_the_channel(claims_of):
    text = "Osric Pell told the state broadcaster KVT that the plant would close."
    (claim,) = claims_of(text)
    assert claim.channel == "KVT"
    assert claim.cue == "told the state broadcaster KVT"


def test_document_by_a_named_author_is_the_authors_channel(claims_of):
    text = "According to a report by the national audit office, road spending fell by a third."
    (claim,) = claims_of(text)
    assert (claim.speaker, claim.channel) == ("national audit office", "report")
    assert claim.quote_type == "indirect"
