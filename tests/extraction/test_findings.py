"""Findings of studies, polls and data sets, and the accounts that carry them on (issue 9)."""


def test_finding_cue_closing_the_sentence_is_read_even_when_parsed_as_a_noun(claims_of):
    (claim,) = claims_of("Most tenants in Farrow oppose the planned rent rise, a new survey shows.")
    assert claim.text == "Most tenants in Farrow oppose the planned rent rise"
    assert claim.speaker_kind == "document"
    assert "survey" in claim.speaker


def test_sentence_final_cue_after_an_apposition_names_the_person(claims_of):
    (claim,) = claims_of("The tenants' union vowed to fight the rise at the next board meeting, "
                         "its chairwoman, Ines Harlow, said.")
    assert claim.speaker == "Ines Harlow"
    assert claim.text.startswith("The tenants' union vowed to fight the rise")


def test_data_showing_a_noun_phrase_is_a_finding(claims_of):
    (claim,) = claims_of("Data from the regional water board showed a steady fall in reservoir levels since May.")
    assert claim.text == "a steady fall in reservoir levels since May"
    assert claim.speaker_kind in ("document", "organisation")  # the data or the body behind them


def test_a_vow_with_an_infinitive_is_a_claim(claims_of):
    (claim,) = claims_of("Mayor Ines Harlow vowed to reopen the library before the winter.")
    assert claim.text == "vowed to reopen the library before the winter"
    assert claim.speaker == "Ines Harlow"


def test_a_document_account_carries_on_while_it_adds_figures(claims_of, claim_with):
    text = ("The audit found that the council overspent on roads by 4 million pounds. "
            "Repairs on two bridges cost 1.2 million pounds more than planned. "
            "In addition, the council plans to borrow 6 million pounds next year. "
            "The weather was mild last winter.")
    claims = claims_of(text)
    assert [c.text for c in claims] == [
        "the council overspent on roads by 4 million pounds",
        "Repairs on two bridges cost 1.2 million pounds more than planned",
        "In addition, the council plans to borrow 6 million pounds next year",
    ]
    assert {c.speaker for c in claims} == {claims[0].speaker}
    assert claims[0].speaker_kind == "document"
    assert claim_with(claims, "Repairs").quote_type == "indirect"


def test_a_document_account_carries_on_while_it_compares(claims_of):
    text = ("The survey, by the Tarn Institute, found that 30% of drivers speed near schools. "
            "Speeding was most common on weekday mornings. Drivers under 25 sped more than older drivers.")
    assert [(c.text, c.speaker, c.channel) for c in claims_of(text)] == [
        ("30% of drivers speed near schools", "Tarn Institute", "survey"),
        ("Speeding was most common on weekday mornings", "Tarn Institute", "survey"),
        ("Drivers under 25 sped more than older drivers", "Tarn Institute", "survey"),
    ]


def test_a_persons_account_is_not_carried_on(claims_of):
    claims = claims_of("Osric Pell said the council had spent 4 million pounds on roads. "
                       "Repairs on two bridges cost 1.2 million pounds more than planned.")
    assert [c.text for c in claims] == ["the council had spent 4 million pounds on roads"]


def test_the_report_and_the_document_point_back_to_the_filing(claims_of):
    text = ("The company submitted a filing to the court on Monday. The filing says the lease ended in May. "
            "The tenants owe 30,000 euros in rent, the document says. "
            "According to the report, the landlord refused two offers.")
    claims = claims_of(text)
    assert len(claims) == 3
    assert len({c.speaker for c in claims}) == 1
    assert claims[0].speaker_kind == "document"


def test_a_trailing_finding_cue_may_have_a_participle_in_its_subject(claims_of):
    text = "Wheat yields in the valley have halved since 2015, a study published on Monday has found."
    (claim,) = claims_of(text)
    assert claim.text == "Wheat yields in the valley have halved since 2015"
    assert claim.speaker.casefold().endswith("study")


def test_what_a_court_heard_is_a_claim(claims_of):
    text = "A warehouse manager switched off a fire alarm before the blaze, a court in Dunlow heard on Monday."
    (claim,) = claims_of(text)
    assert claim.text == "A warehouse manager switched off a fire alarm before the blaze"


def test_according_to_inside_a_clause_keeps_the_whole_clause(claims_of):
    text = ("Ticket sales, according to the organisers, have doubled since May.\n\n"
            "Attendance grew by 12%, according to figures released on Friday.")
    claims = claims_of(text)
    assert [c.text for c in claims] == ["Ticket sales, according to the organisers, have doubled since May",
                                        "Attendance grew by 12%"]
