"""Issue 9, round 5: speakers named after they speak, court reporting, findings and long
reported clauses. Each text gives its claims' texts and speakers in order; the texts are invented."""
import pytest

CASES = {
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
    "a finding verb tagged as a noun, then that": (
        "Figures compiled by the water board show that leaks rose by a fifth.",
        [("leaks rose by a fifth", "Figures")]),
    "a finding verb tagged as a noun heading its sentence": (
        "Records kept by the harbour office show that the pier was inspected twice.",
        [("the pier was inspected twice", "Records")]),
    "shows that are performances are no cue": (
        "The band played two shows that night in Dunlow.", []),
}


@pytest.mark.parametrize(("text", "expected"), CASES.values(), ids=CASES.keys())
def test_claim_text_and_speaker(claims_of, text, expected):
    claims = [c for c in claims_of(text) if c.quote_type != "unattributed"]
    assert [(c.text, c.speaker) for c in claims] == expected
