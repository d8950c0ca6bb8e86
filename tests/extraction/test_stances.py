"""Reported clauses - denials, disputes, views, findings, and clauses the parser misplaces or splits;
speakers named only after they speak, and what a court heard: which words are the claim, and
whose it is. Each text gives its claims in order."""
import pytest

CASES = {
    "a disputed statement noun gives its that-clause": (
        "Brightwater Foods has denied reports that it will cut 500 jobs at its Dunlow plant.",
        [("it will cut 500 jobs at its Dunlow plant", "Brightwater Foods")]),
    "a view held in the present is a claim, a past thought in narration is not": (
        "Economist Lena Hart believes the new tax will slow growth.\n\nA guard mistakenly thought the parcel was lost.",
        [("the new tax will slow growth", "Lena Hart")]),
    "a named person's past view is a claim": (
        "Ada Moss thought the depot would close by June.",
        [("the depot would close by June", "Ada Moss")]),
    "a view said and said again": (
        "Councillor Ada Moss is continuing to maintain she will publish the accounts.",
        [("she will publish the accounts", "Ada Moss")]),
    "a poll's object with what it says of it": (
        "Councillor Ivo Brandt trails.\n\nThe Pellham survey shows him behind by 12 points in the west.",
        [("him behind by 12 points in the west", "The Pellham survey")]),
    "a denied act in a gerund is the claim": (
        "Councillor Ada Moss denied receiving any payments from the developer.",
        [("receiving any payments from the developer", "Ada Moss")]),
    "a clause is not cut at an inserted phrase": (
        "The audit warned that the cost of the backlog, now put at 1.9 billion marks, would grow by 8% a year.",
        [("the cost of the backlog, now put at 1.9 billion marks, would grow by 8% a year", "The audit")]),
    "an as-clause attributes the sentence it opens": (
        "As the audit notes, most of the money went to outside consultants.",
        [("most of the money went to outside consultants", "the audit")]),
    "an as-clause with an addressee": (
        "As Ada Moss told the Dunlow Herald, the ferry will run twice a day from May.",
        [("the ferry will run twice a day from May", "Ada Moss")]),
    "an as that means while is no cue": (
        "As the choir sang the anthem, Ivo Brandt left the hall by a side door.", []),
    "a gerund subject taken for a complement": (
        "Senator Ivo Brandt spoke on Tuesday.\n\nHe said reopening it could put two hundred miners back to work.",
        [("reopening it could put two hundred miners back to work", "Ivo Brandt")]),
    "a clause stops where the narration goes on": (
        "Senator Ivo Brandt spoke on Monday. He said the real problem is the budget, and he then "
        "walked out of the studio. He said the cuts were made and that nobody was told.",
        [("the real problem is the budget", "Ivo Brandt"),
         ("the cuts were made and that nobody was told", "Ivo Brandt")]),
    "a that-clause hung on a nearby noun is still what was told": (
        "Senator Ivo Brandt told Hale at the hearing that the funds had run out in March.",
        [("the funds had run out in March", "Ivo Brandt")]),
    "a noun ending the sentence is not a closing cue": (
        "Analyst Ivo Brandt said rents would rise fastest in the older, though well-kept, towns across the state.",
        [("rents would rise fastest in the older, though well-kept, towns across the state", "Ivo Brandt")]),
    "a that-clause hung on the statement it was said in": (
        "The Harrow water board said in a statement that the reservoir would be refilled by June.",
        [("the reservoir would be refilled by June", "The Harrow water board")]),
    "a claim about what others said is not the speaker's": (
        "Councillor Ada Moss responded to claims that she had hidden the accounts.", []),
    "a condition opening the sentence is part of what was said": (
        "If the strike goes ahead, Mayor Ada Moss said, the buses will stop for a week.",
        [("If the strike goes ahead, Mayor Ada Moss said, the buses will stop for a week", "Ada Moss")]),
    "a time clause opening the sentence is narration": (
        "When the vote ended, Councillor Ada Moss said the result was fair.",
        [("the result was fair", "Ada Moss")]),
    "a wire dateline is not the speaker": (
        "KESTREL (Tarn Press) - Ada Moss said the ferry would run twice a day.",
        [("the ferry would run twice a day", "Ada Moss")]),
    "what someone is called, with the day it was said on": (
        "Councillor Ada Moss called both Brandt and the mayor \"reckless\" on Monday.",
        [('both Brandt and the mayor "reckless"', "Ada Moss")]),
    "a quotation the parser does not join to the naming verb": (
        "Councillor Ada Moss called his plan \u201ca small step forward on housing\u201d in a post.",
        [("his plan \u201ca small step forward on housing\u201d", "Ada Moss")]),
    "calling on someone is a request": (
        "Councillor Ada Moss called on the council to publish the accounts.", []),
    "what emails show is a finding": (
        "Leaked emails showed council staff favouring the bid from Tarn Homes.",
        [("council staff favouring the bid from Tarn Homes", "Leaked emails")]),
    "an unnamed role speaking first is the person named just after": (
        "A former harbour director told the inquiry that the crane had failed twice. Tomas Vey, 61, "
        "said the warnings had been ignored.",
        [("the crane had failed twice", "Tomas Vey"), ("the warnings had been ignored", "Tomas Vey")]),
    "a role met again by its office keeps the person named": (
        "A senior Dunlow minister has said the border will reopen in May.\n\n"
        "Transport Minister Ada Moss told reporters that the checks would be lifted first.",
        [("the border will reopen in May", "Ada Moss"), ("the checks would be lifted first", "Ada Moss")]),
    "a spokesman stays unnamed when someone else is named next": (
        "A council spokesman said the library would stay open. Ivo Brandt, a resident, said he doubted it.",
        [("the library would stay open", "council spokesman"), ("he doubted it", "Ivo Brandt")]),
    "a person named with another office is someone else": (
        "A retired judge said the sentence was too short. Economist Lena Hart said the fine was too low.",
        [("the sentence was too short", "retired judge"), ("the fine was too low", "Lena Hart")]),
    "what a court heard was said by the prosecutor named beside it": (
        "A former nurse stole drugs from the ward, a court heard. Prosecutor Ivo Brandt told Dunlow "
        "Crown Court that the thefts went on for a year.",
        [("A former nurse stole drugs from the ward", "Ivo Brandt"), ("the thefts went on for a year", "Ivo Brandt")]),
    "the jury was told by the lawyer who told it": (
        "Defence lawyer Ada Moss told the jury that the van was never there. The jury was told that "
        "the cameras had been switched off.",
        [("the van was never there", "Ada Moss"), ("the cameras had been switched off", "Ada Moss")]),
    "with no party named, the court stays the speaker": (
        "The driver had been drinking before the crash, the court heard.",
        [("The driver had been drinking before the crash", "the court")]),
    "a finding verb tagged as a noun takes its object": (
        "Aerial photographs taken by the coastguard show two wrecks near the pier.",
        [("two wrecks near the pier", "Aerial photographs")]),
    "a finding verb tagged as a noun, then that; the figures' named author speaks": (
        "Figures compiled by the water board show that leaks rose by a fifth.",
        [("leaks rose by a fifth", "the water board")]),
    "a finding verb tagged as a noun heading its sentence": (
        "Records kept by the harbour office show that the pier was inspected twice.",
        [("the pier was inspected twice", "Records")]),
    "shows that are performances are no cue": (
        "The band played two shows that night in Dunlow.", []),
    "a that-clause after but, which the parser hangs on the cue, is still what was said": (
        "The ferry company said in a statement that it had hired six new crews, but that storms had kept "
        "two boats in port.",
        [("it had hired six new crews, but that storms had kept two boats in port", "The ferry company")]),
    "but that as a pronoun is the narration going on": (
        "Ada Moss said the bridge was safe, but that is not what the engineers found.",
        [("the bridge was safe", "Ada Moss")]),
    "a that-clause hung on a place named after the addressee": (
        "Ivo Brandt told reporters in the port city, Dunlow, that the strike would end on Monday.",
        [("the strike would end on Monday", "Ivo Brandt")]),
}


@pytest.mark.parametrize(("text", "expected"), CASES.values(), ids=CASES.keys())
def test_claim_text_and_speaker(claims_of, text, expected):
    claims = [c for c in claims_of(text) if c.quote_type != "unattributed"]
    assert [(c.text, c.speaker) for c in claims] == expected
