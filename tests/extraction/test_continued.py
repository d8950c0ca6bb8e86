"""Accounts carried on over following sentences without a new cue."""


def test_a_finding_continues_in_the_reported_tense(claims_of):
    text = ("The inspection report found that 40 of the 90 lifts were unsafe. Repairs on most of them "
            "had been postponed at least twice. The council meets on Monday.")
    claims = claims_of(text)
    assert [c.text for c in claims] == ["40 of the 90 lifts were unsafe",
                                        "Repairs on most of them had been postponed at least twice"]
    assert claims[1].speaker == claims[0].speaker


def test_a_person_account_continues_only_in_the_reported_tense(claims_of):
    text = ("Harbour master Ivo Brandt said the channel was closed for dredging. The work would take "
            "a month. Ships now anchor in the bay.")
    claims = claims_of(text)
    assert [c.text for c in claims] == ["the channel was closed for dredging", "The work would take a month"]
    assert {c.speaker for c in claims} == {"Ivo Brandt"}
