"""Bulleted lines under a lead that ends in a colon and names who says them:
"The audit found:" / "Among its main findings:", then "• 14 jobs were billed twice." Each line
is that source's claim."""
from .candidates import INDIRECT, Candidate, Cue
from .direct import colon_cue
from .document import Paragraph
from .reported import CLAUSE

BULLETS = frozenset("•◦▪‣●*-")
# Nouns for what a study or an inquiry states, whose owner is the speaker: "its findings:".
FINDING_NOUNS = frozenset("finding findings conclusion conclusions result results".split())


def is_bulleted(paragraph: Paragraph) -> bool:
    text = paragraph.text.lstrip()
    return len(text) > 2 and text[0] in BULLETS and text[1] == " "


def list_cue(lead: Paragraph) -> Cue | None:
    """The cue of a list's lead: a reporting verb before its closing colon, or a finding noun with its owner."""
    doc = lead.doc
    if len(doc) < 2 or doc[-1].text != ":":
        return None
    cue = colon_cue(lead)
    if cue is not None and cue.subject is not None:
        return cue
    noun = doc[-2]
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if noun.lower_ in FINDING_NOUNS and owner is not None:
        return Cue(lead, noun, owner)
    return None


def bulleted_claim(paragraph: Paragraph, cue: Cue) -> Candidate | None:
    """The line after its bullet, as the lead's source's claim."""
    text = paragraph.text
    start = len(text) - len(text.lstrip()) + 2
    end = len(text.rstrip())
    if end - start < 2:
        return None
    return Candidate(paragraph, paragraph.start + start, paragraph.start + end, INDIRECT, cue, priority=CLAUSE)
