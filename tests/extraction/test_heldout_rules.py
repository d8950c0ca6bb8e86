"""General rules found missing on the held-out articles (tests/extraction/heldout)."""


def test_headline_states_no_claim(claims_of):
    claims = claims_of("Drone strikes hit depots, state media says\n\nThe minister said the depots were empty.")
    assert [c.text for c in claims] == ["the depots were empty"]


def test_single_quoted_statement_is_direct(claims_of, claim_with):
    claims = claims_of("Jane Roe runs the council.\n\n'We cannot fill them fast enough,' she said.")
    claim = claim_with(claims, "fast enough")
    assert (claim.speaker, claim.quote_type) == ("Jane Roe", "direct")


def test_agency_quoting_a_person_relays_that_person(claims_of, claim_with):
    claims = claims_of("The state news agency, quoting regional governor Mila Drevenko, said one worker had been hurt.")
    claim = claim_with(claims, "one worker")
    assert claim.speaker == "Mila Drevenko"
    assert claim.channel is not None and "agency" in claim.channel


def test_letters_after_a_name_are_not_the_speaker(claims_of, claim_with):
    claims = claims_of("Opening the case, Sarah Linwood KC told the jury that the accounts had been emptied.")
    assert claim_with(claims, "accounts").speaker == "Sarah Linwood"


def test_colon_after_a_clause_about_a_person_introduces_her_words(claims_of, claim_with):
    text = ("Agnes Morvell has run the harbour for forty years. On the changes, she is blunt: "
            "\"There were 60 boats here. Now there are nine.\"\n\n"
            "Her advice to young skippers is simple: \"Check the forecast twice and trust it once.\"")
    claims = claims_of(text)
    assert claim_with(claims, "60 boats").speaker == "Agnes Morvell"
    assert claim_with(claims, "forecast twice").speaker == "Agnes Morvell"


def test_paragraph_in_quotes_continues_an_indirect_claim(claims_of, claim_with):
    text = ("Agnes Morvell says the appointment caused a stir.\n\n"
            "\"There was a petition against me. I kept a copy in my drawer for years.\"")
    assert claim_with(claims_of(text), "petition").speaker == "Agnes Morvell"


def test_answer_after_an_asked_paragraph(claims_of, claim_with):
    text = ("Agnes Morvell, who runs the harbour, said she would retire in June.\n\n"
            "Asked about the storm of 1998, she pauses for a long time.\n\n"
            "\"That night I was on the radio for eleven hours. We got everyone in but two.\"")
    assert claim_with(claims_of(text), "eleven hours").speaker == "Agnes Morvell"


def test_name_with_a_who_clause_is_a_person(claims_of, claim_with):
    text = ("Ms Linwood said the losses were found in 2022. Eleanor Pask, who chaired the trust’s board, "
            "told the court she had no reason to doubt him. She said the board had approved the accounts.")
    assert claim_with(claims_of(text), "approved the accounts").speaker == "Eleanor Pask"


def test_it_points_back_to_an_unnamed_body_the_narration_made_subject(claims_of, claim_with):
    text = ("The new Drennick General Hospital is late. The national audit office thinks it is over budget. "
            "In a report, it said the contract had been poorly managed.")
    assert "national audit office" in claim_with(claims_of(text), "poorly managed").speaker


def test_post_modifying_description_is_kept_without_its_relative_clause(claims_of, claim_with):
    claims = claims_of("A person familiar with the matter said the supplier had been replaced. "
                       "An executive at a retailer, who declined to be named, said sales had stopped.")
    assert claim_with(claims, "supplier").speaker == "person familiar with the matter"
    assert claim_with(claims, "sales had stopped").speaker == "executive at a retailer"
