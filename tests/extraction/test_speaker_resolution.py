"""Who speaks when two people of the same kind alternate, and what a speaker's aliases hold."""
import pytest

from factcheck.extraction import extract


def test_aliases_hold_name_forms_only():
    text = ("Former ambassador Osric Pell said the talks had failed. The envoy said a new round was "
            "planned. Pell said he would attend. He said it would be in Lisbon.")
    result = extract(text)
    (speaker,) = result.speakers
    assert (speaker.name, speaker.aliases) == ("Osric Pell", ["Pell"])
    assert [c.speaker_mention for c in result.claims][1:] == ["The envoy", "Pell", "He"]


def test_a_possessive_beside_a_name_does_not_give_that_person_a_gender(claims_of):
    text = ("Collector Osric Pell says the gallery lost the painting. His lawyer, Clara Bright, wrote that "
            "the frame was broken. The gallery's director, Tomas Lind, said the frame was intact. "
            "Bright disputes that. She said the photographs showed a crack.")
    claims = claims_of(text)
    assert claims[-1].speaker == "Clara Bright"


def test_a_name_in_apposition_to_a_role_noun_is_a_person(claims_of):
    text = ("The museum's chief curator, Agnes Holloway, told the Chronicle that the loan was safe. "
            "She said her team had checked it twice.")
    claims = claims_of(text)
    assert [c.speaker for c in claims] == ["Agnes Holloway", "Agnes Holloway"]
    assert claims[0].speaker_kind == "person"


def test_a_fresh_narration_subject_wins_the_next_pronoun(claims_of):
    text = ("Councillor Jo Marsh said the depot should close. She told the hall that buses could move.\n\n"
            "Her rival, former teacher Ruth Kell, disagreed. She said the move would add twenty minutes.")
    claims = claims_of(text)
    assert claims[-1].speaker == "Ruth Kell"


def test_a_role_ending_in_a_place_keeps_the_whole_phrase():
    text = ("Head of Foreign Relations for the National Harbour Front of Ruritania, Osric Pell, "
            "said the port was closed.")
    (speaker,) = extract(text).speakers
    assert speaker.role == "Head of Foreign Relations for the National Harbour Front of Ruritania"


def test_the_report_points_back_to_the_outlet_told(claims_of):
    text = ("Osric Pell, the harbour master, told Valley Courier on Monday that the port was closed.\n\n"
            "Ships were queueing outside the harbour wall, the report added.")
    claims = claims_of(text)
    assert [c.speaker for c in claims] == ["Osric Pell", "Valley Courier"]
    assert claims[1].speaker_kind == "media"


def test_claims_continuing_an_interview_keep_its_channel_and_date(claims_of):
    text = ("In an interview on Tuesday, Osric Pell said the port would reopen in May. "
            "He said the pier was safe.\n\nHarriet Vance said the port was closed.")
    claims = claims_of(text)
    assert [(c.channel, c.statement_date) for c in claims] == [("interview", "2023-03-07")] * 2 + [(None, None)]


def test_a_role_noun_does_not_take_a_person_who_holds_another_office(claims_of):
    text = ("Transport analyst Mira Olsen said fares would rise. The mayor has denied that the depot will close.")
    claims = claims_of(text)
    assert claims[-1].speaker != "Mira Olsen"


def test_a_plural_role_noun_is_a_group_not_the_last_person_named(claims_of):
    text = ("Dr Ines Vale led the survey of the lake. The researchers also estimated that the fish "
            "stock had halved since 2010.")
    claims = claims_of(text)
    assert claims[-1].speaker != "Ines Vale"


def test_a_role_subject_of_narration_brings_its_holder_back_for_the_next_pronoun(claims_of):
    text = ("Northbay Clinic's chief executive, Ada Moss, said the ward was full. The clinic's medical "
            "director, Dr Ivo Grant, said only ten beds were taken. The chief executive disputed that "
            "figure. She said the true number was forty.")
    claims = claims_of(text)
    assert claims[-1].speaker == "Ada Moss"


def test_a_relative_pronoun_speaks_for_the_noun_its_clause_hangs_on(claims_of):
    text = "The plan was backed by former mayor Ada Moss, who said the depot would close by June."
    claims = claims_of(text)
    assert [(c.text, c.speaker) for c in claims] == [("the depot would close by June", "Ada Moss")]


def test_a_statement_is_the_channel_and_its_issuer_the_speaker(claims_of):
    text = ("The tenants' union issued a statement saying the landlord had ignored its letters. "
            "Mayor Ada Moss, citing the cost of repairs, said the council could not step in.")
    claims = claims_of(text)
    assert [c.speaker for c in claims] == ["The tenants' union", "Ada Moss"]


SPEAKER_CASES = {
    "a 'who chairs' clause gives the role that a modified role noun picks out": (
        "Senator Lena Ostrow, who chairs the finance committee, said the delay was costly. Senator Piet Carver, "
        "the chair of the appropriations committee, said the figures were late. The finance chair said "
        "she doubted a vote was possible.",
        ["Lena Ostrow", "Piet Carver", "Lena Ostrow"]),
    "a name in apposition to a member is a person a pronoun can point to": (
        "Its organiser, Nora Pike, said 800 people had signed it. The board's member for roads, Owen Harte, "
        "denied that the town was short of money. He said funding was set by a formula.",
        ["Nora Pike", "Owen Harte", "Owen Harte"]),
    "a place named in the speaker's description is not the next subject": (
        "Dr. Hanne Lisk, a family doctor in the village of Tannford, argued that the study was flawed. "
        "Such prescriptions were good practice, she said.",
        ["Hanne Lisk", "Hanne Lisk"]),
}


@pytest.mark.parametrize(("text", "speakers"), SPEAKER_CASES.values(), ids=SPEAKER_CASES.keys())
def test_speaker_of_each_claim(claims_of, text, speakers):
    assert [c.speaker for c in claims_of(text) if c.quote_type != "unattributed"] == speakers


# Who speaks for a document, a person given an age, a common noun for a person, two people at once.
# Each case: the text, then (speaker, kind, role, channel) of each claim in order.
SPEAKER_DETAIL_CASES = {
    "a document's named author speaks, the document is the channel": (
        "A fundraising email sent by Senator Ada Moss on Tuesday warned that the mills would close.",
        [("Ada Moss", "person", "Senator", "fundraising email")]),
    "a statement from a body is that body's": (
        "The ministry of transport runs the ports. A statement from the ministry said the border would reopen.",
        [("The ministry of transport", "organisation", None, "statement")]),
    "a possessive names the author": (
        "The Dunlow council met on Monday. The council's statement said the depot would stay open.",
        [("The Dunlow council", "organisation", None, "statement")]),
    "a campaign's video is the campaign's": (
        "A video released by the Brandt campaign claims that the mayor missed 40 votes.",
        [("the Brandt campaign", "organisation", None, "video")]),
    "tweets from an account are its holder's": (
        "The Dunlow council runs the bins. Tweets from the council's account said the bins would go on Friday.",
        [("The Dunlow council", "organisation", None, "tweets")]),
    "a document without a named author speaks for itself": (
        "A fundraising email warned that the mills would close.",
        [("fundraising email", "document", None, None)]),
    "the writer of a document stays unnamed when someone else is named next": (
        "The email, sent by a junior official to colleagues, said the budget had no line for repairs. "
        "Ivo Brandt, the finance minister, said the money would be found.",
        [("junior official", "person", None, "email"), ("Ivo Brandt", "person", "finance minister", None)]),
    "the email met again speaks for its sender": (
        "A fundraising email sent by Senator Ada Moss warned that the mills would close. "
        "The email said that donors should give.",
        [("Ada Moss", "person", "Senator", "fundraising email")] * 2),
    "a statement issued is the issuer's, and its channel": (
        "The tenants' union issued a statement saying the landlord had ignored its letters.",
        [("The tenants' union", "organisation", None, "statement")]),
    "a response fired back is its sender's": (
        "Ada Moss fired back a response saying she would not resign.",
        [("Ada Moss", "person", None, "response")]),
    "an article the subject answered in is the subject's": (
        "The Dunlow Herald hit back in an article stating that the figures were right.",
        [("Dunlow Herald", "media", None, "article")]),
    "a share of those polled answers the pollster's poll": (
        "In a poll by Tarn Research, 54 percent of voters said the mayor should resign.",
        [("Tarn Research", "organisation", None, None)]),
    "an age is not a role": (
        "Edna Pike, 84, said she had lived in the town for sixty years.",
        [("Edna Pike", "person", None, None)]),
    "an age before the role is passed over": (
        "Walter Finch, 79, a retired docker, said the pier was unsafe.",
        [("Walter Finch", "person", "retired docker", None)]),
    "'one of them' is no role": (
        "One of them, Nora Pike, 63, said the fence was new.",
        [("Nora Pike", "person", None, None)]),
    "a person introduced with an age is the unnamed speaker just before": (
        "The driver of the lorry told the court that the road was icy. Tomas Vey, 52, of Dunlow, said he "
        "had braked in time.",
        [("Tomas Vey", "person", "driver of the lorry", None)] * 2),
    "a common noun for a person is a person": (
        "A waitress at the cafe said the mayor ate there every day. A fisherman at the harbour said the "
        "catch had halved.",
        [("waitress at the cafe", "person", None, None), ("fisherman at the harbour", "person", None, None)]),
    "a person noun points back to the person the text gave it to": (
        "Maria Costa, a passenger on the bus, said it was going too fast. The passenger said the driver "
        "was on his phone.",
        [("Maria Costa", "person", "passenger on the bus", None)] * 2),
    "an everyday person noun is not the last person named": (
        "Ada Moss said the school would close. The driver who takes the children to school said the road "
        "was flooded.",
        [("Ada Moss", "person", None, None), ("The driver", "person", None, None)]),
    "two people speaking jointly are one speaker naming both, and each alone after": (
        "Senator Ada Moss had called for a vote. Senators Ivo Brandt, R-Tenn., and Lena Hart, D-Ore., said "
        "a deal is close. Brandt said talks would go on.",
        [("Ivo Brandt and Lena Hart", "person", None, None), ("Ivo Brandt", "person", "R-Tenn.", None)]),
    "one name with 'and' in it is one speaker": (
        "The Department for Roads and Infrastructure said it had given councils an extra £150m.",
        [("Department for Roads and Infrastructure", "organisation", None, None)]),
}


@pytest.mark.parametrize(("text", "expected"), SPEAKER_DETAIL_CASES.values(), ids=SPEAKER_DETAIL_CASES.keys())
def test_speaker_kind_role_and_channel(claims_of, text, expected):
    claims = [c for c in claims_of(text) if c.quote_type != "unattributed"]
    assert [(c.speaker, c.speaker_kind, c.speaker_role, c.channel) for c in claims] == expected


def test_a_name_tagged_as_a_gerund_still_speaks(claims_of):
    text = ('Mayor Carla Denning spoke first. Denning told reporters at a campaign stop on Wednesday that she '
            'had "cut waste, not services," and that the tax rises had paid for new police officers.')
    (claim,) = claims_of(text)
    assert (claim.speaker, claim.quote_type) == ("Carla Denning", "direct")


def test_a_quoted_name_for_the_object_the_parser_took_for_a_complement(claims_of):
    text = ('In a new radio ad, Mayor Carla Denning calls her challenger, city councilman Rick Alvarado, '
            '"a man who has never balanced a budget in his life."')
    (claim,) = claims_of(text)
    assert claim.text.startswith("her challenger") and claim.text.endswith('life."')
    assert (claim.speaker, claim.channel) == ("Carla Denning", "ad")


def test_a_name_after_a_title_is_a_person_though_the_tagger_missed_it(claims_of, claim_with):
    text = ("State Senator Dale Whitford posted three messages on Sunday accusing Governor Ines "
            "Calloway of planning \"a tax on every nurse.\"\n\n"
            "The feud began in March, when the governor accused Whitford of \"blocking every repair bill.\"")
    claims = claims_of(text)
    assert claim_with(claims, "blocking every repair bill").speaker == "Ines Calloway"


def test_a_name_beside_a_noun_for_a_person_is_a_person(claims_of, claim_with):
    text = ("Board chair Oyelaran Fitzwilliam said the board had changed its mind.\n\n"
            "Zoltan Ihejirika, a builder whose firm is putting up 120 of the new houses, said most buyers "
            "were young families. He said half of them had asked about the school.")
    claims = claims_of(text)
    assert claim_with(claims, "half of them").speaker == "Zoltan Ihejirika"
    assert claim_with(claims, "young families").speaker_kind == "person"


def test_a_pronoun_between_two_people_of_unknown_gender_teaches_neither(claims_of, claim_with):
    text = ("Councillor Jo Castell described the developer Kim Arbery as \"a menace\" after she attacked the parks "
            "budget.\n\n"
            "\"She should be ashamed,\" Castell said.\n\n"
            "On a radio show on Tuesday, Arbery criticized inspector Lee Danvers for shutting a gym run by "
            "Amos Crane, a volunteer coach.\n\n"
            "Photos of the gym show Crane with a group of children, but Danvers said he ignored two safety notices.\n\n"
            "He was fined after a ceiling panel fell.\n\n"
            "Danvers later said she suspected Crane had removed the warning signs.")
    claims = claims_of(text)
    assert claim_with(claims, "safety notices").speaker == "Lee Danvers"
    assert claim_with(claims, "warning signs").speaker == "Lee Danvers"


def test_they_points_back_to_a_pair_named_as_the_subject(claims_of, claim_with):
    text = ("The Westmarch Tribune said the toll would raise 30 million dollars.\n\n"
            "Senator Dale Whitford and Representative Gail Norquist issued a joint statement on Monday "
            "urging the state to use its surplus instead. The surplus, they said, stood at 210 million dollars.")
    claims = claims_of(text)
    assert claim_with(claims, "210 million").speaker == "Dale Whitford and Gail Norquist"


def test_the_doer_of_a_passive_about_a_thing_is_the_next_pronouns(claims_of, claim_with):
    text = ("Council leader Adair Penhallow said the library would close in June.\n\n"
            "The campaign to save it was led by Priya Okafor-Lund, a retired nurse. "
            "She said 3,000 people had signed a petition.")
    claims = claims_of(text)
    assert claim_with(claims, "3,000 people").speaker == "Priya Okafor-Lund"


def test_a_name_the_tagger_cut_short_keeps_its_first_word(claims_of, claim_with):
    text = "Analysts at Morrow Bancorp said the fine would not hurt the company's finances."
    claims = claims_of(text)
    assert "Morrow Bancorp" in claim_with(claims, "would not hurt").speaker


def test_the_agency_is_the_body_described_as_a_regulator(claims_of, claim_with):
    text = ("The Securities Board of Ostmark, the country's financial regulator, fined Quillpay on Wednesday.\n\n"
            "The Ostmark Consumers' Federation said the fine was too small.\n\n"
            "The agency said the refunds would cost the company 11 million dollars. The regulator said "
            "it would publish its findings.")
    claims = claims_of(text)
    assert claim_with(claims, "11 million").speaker == "Securities Board of Ostmark"
    assert claim_with(claims, "publish its findings").speaker == "Securities Board of Ostmark"


def test_a_capitalised_office_points_back_to_its_holder(claims_of, claim_with):
    text = ("Sen. Ted Crane of Vermont spoke on Monday.\n\n"
            "The Senator from Vermont says he will not vote for the budget.")
    claims = claims_of(text)
    assert claim_with(claims, "will not vote").speaker == "Ted Crane"


def test_a_role_beside_a_name_gives_its_gender(claims_of, claim_with):
    text = ("Marin Okafor, a mother of three, said the reading room was always full. Her complaint was "
            "sent to Adair Penhallow, the council leader. He said the library would close anyway.")
    claims = claims_of(text)
    assert claim_with(claims, "close anyway").speaker == "Adair Penhallow"

