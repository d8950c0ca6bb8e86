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
