"""Transcripts: speaker labels with a colon, Q/A interviews, stage directions, and what is not a label."""


def test_capitalised_label_is_the_named_speaker(claims_of, claim_with):
    text = ("Council leaders Petra Lindqvist and Omar Haddad met in a radio debate on Monday.\n\n"
            "LINDQVIST: The bridge will be finished by the spring. (APPLAUSE)\n\n"
            "HADDAD: It was promised for last spring as well.\n\n"
            "LINDQVIST: The steel arrived late, and that was not our doing.\n\n"
            "MODERATOR: Ms Lindqvist, will you resign if it is not?")
    claims = claims_of(text)
    bridge = claim_with(claims, "bridge will be finished")
    assert (bridge.speaker, bridge.quote_type) == ("Petra Lindqvist", "direct")
    assert bridge.text == "The bridge will be finished by the spring."
    assert claim_with(claims, "last spring").speaker == "Omar Haddad"
    assert not [c for c in claims if "resign" in c.text]


def test_answers_belong_to_the_interviewee_and_questions_are_not_claims(claims_of):
    text = ("We spoke to Tamsin Orr, who runs the county's food bank, about the winter.\n\n"
            "Q: How many families come to you each week?\n\n"
            "A: About 400, twice as many as two years ago.\n\n"
            "Q: What would help most?\n\n"
            "A: Rents that people can pay.")
    claims = claims_of(text)
    assert [(c.text, c.speaker) for c in claims] == [
        ("About 400, twice as many as two years ago.", "Tamsin Orr"),
        ("Rents that people can pay.", "Tamsin Orr")]


def test_interviewer_named_in_labels_asks_rather_than_claims(claims_of):
    text = ("Omar Haddad spoke to presenter Ines Varo on Tuesday.\n\n"
            "Ines Varo: Will the depot close?\n\n"
            "Omar Haddad: No. The depot stays open until 2030.\n\n"
            "Ines Varo: And the staff?\n\n"
            "Omar Haddad: Every job is safe.")
    claims = claims_of(text)
    assert {c.speaker for c in claims} == {"Omar Haddad"}
    assert len(claims) == 2


def test_names_heading_sections_are_not_speakers(claims_of):
    text = ("What each council candidate needs on Thursday.\n\n"
            "Petra Lindqvist: Hold the east. She won the ward by 40 votes last time.\n\n"
            "Omar Haddad: Win the students. Turnout at the university was 12 percent in 2022.")
    assert not [c for c in claims_of(text) if c.cue == ":"]


def test_name_before_a_quotation_is_its_speaker(claims_of, claim_with):
    text = ("Analysts were split on the result.\n\n"
            "Mirela Costa: \"The swing in the suburbs is the largest we have measured.\"")
    assert claim_with(claims_of(text), "largest we have measured").speaker == "Mirela Costa"


def test_colon_after_a_clause_or_a_note_is_not_a_label(claims_of):
    text = ("The answer was simple: the council had run out of money.\n\n"
            "Correction: An earlier version of this article gave the wrong date for the vote.")
    assert claims_of(text) == []


def test_quoted_subhead_is_not_the_last_speaker_going_on(claims_of):
    text = ("\"The wards are full every night,\" said Rhiannon Bale, a nurse.\n\n"
            "'Nobody Answered the Phone'\n\n"
            "\"We rang the ward eleven times before anyone picked up and told us where he was.\"\n\n"
            "Graham Tuck said his family had waited a day for news.")
    claims = claims_of(text)
    assert not [c for c in claims if "Nobody Answered" in c.text]
    assert all(c.speaker != "Rhiannon Bale" for c in claims if "eleven times" in c.text)


def test_a_transcript_quoted_whole_opens_each_turn_with_a_quotation_mark(claims_of, claim_with):
    text = ("On Sunday's broadcast of \"The Week in Review,\" Senator Oren Vane said the housing plan "
            "would not pass.\n\nPartial transcript as follows:\n\n"
            "\"HOLLIS: Senator, will the plan pass?\n\n"
            "\"VANE: No. The votes are simply not there, and the Ruritanian people deserve better.\n\n"
            "\"HOLLIS: Why not?\n\n"
            "\"VANE: Because it costs too much. Every economist I know says so.")
    claims = claims_of(text)
    votes = claim_with(claims, "votes are simply not there")
    assert (votes.speaker, votes.quote_type) == ("Oren Vane", "direct")
    assert claim_with(claims, "costs too much").speaker == "Oren Vane"
    assert not [c for c in claims if "Why not" in c.text or "will the plan pass" in c.text]
