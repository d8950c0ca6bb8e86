"""Transcripts: paragraphs opened by a speaker label and a colon ("ROE: We never agreed.",
"Jane Roe: ...", "Q: ... / A: ..."). Each answer is a direct claim of the labelled speaker;
the interviewer's turns are questions, not claims.

Only a short run of capitalised words can be a label, and only where the article is a
transcript or the label names a person it mentions, so that "Correction: ..." or "The answer
was simple: ..." stays prose. An "A:" answer is the interviewee's: the person the headline
and introduction name most often; unlabelled paragraphs after it go on with the answer.
"""
import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Token

from . import lexicon
from .candidates import DIRECT, Candidate, Cue
from .document import Paragraph
from .quotes import opens_with_quote
from .reported import CLAUSE

# A transcript quoted whole opens each turn with a quotation mark that is never closed: "ROE: ...
_LABEL = re.compile(r"[\"“]?(?P<label>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})(?: \([^()\n]{1,40}\))?: +(?=\S)")
_STAGE_DIRECTION = re.compile(r"[(\[][^()\[\]\n]{1,30}[)\]]")
_SENTENCE_ENDS = ".!?"


@dataclass
class Turn:
    paragraph: Paragraph
    label: str
    colon: Token
    start: int  # of what is said, absolute
    end: int


class Transcript:
    """The labelled turns of an article, by paragraph index."""

    def __init__(self, paragraphs: list[Paragraph]):
        shaped = [t for t in (_turn_of(p) for p in paragraphs[1:]) if t is not None]
        counts = Counter(_key(t.label) for t in shaped)
        people = _surnames(paragraphs) if shaped else set()
        self.turns = {t.paragraph.index: t for t in shaped if _is_speaker_label(t, counts, people)}
        self._interviewers = _interviewer_labels(self.turns.values())
        self._interviewee = _interviewee(paragraphs, self.turns)
        self._last_turn = max(self.turns, default=-1)
        self._answer: Candidate | None = None  # an answer that unlabelled paragraphs may carry on

    def claims(self, paragraph: Paragraph) -> list[Candidate] | None:
        """The claim of the turn this paragraph holds (none for a question); None if it is no turn."""
        turn = self.turns.get(paragraph.index)
        if turn is None:
            return None
        self._answer = None
        if _key(turn.label) in self._interviewers or _asks(paragraph, turn) or turn.start >= turn.end:
            return []
        answer = _key(turn.label) in lexicon.ANSWER_LABELS
        speaker = self._interviewee if answer else _label_head(turn)
        if speaker is None:
            return []
        claim = Candidate(paragraph, turn.start, turn.end, DIRECT, Cue(paragraph, turn.colon, speaker), priority=CLAUSE)
        self._answer = claim if answer else None
        return [claim]

    def carried_on(self, paragraph: Paragraph, found: list[Candidate]) -> list[Candidate]:
        """An unlabelled paragraph between an answer and the next question goes on with the
        answer, unless it reports someone else's words."""
        answer, self._answer = self._answer, None
        text = paragraph.text.rstrip()
        if answer is None or paragraph.index > self._last_turn or text.endswith("?") or any(
                c.cue is not None and c.cue.subject is not None and c.cue.subject.lower_ not in ("i", "we")
                for c in found):
            return found
        self._answer = Candidate(paragraph, paragraph.start, paragraph.start + len(text), DIRECT,
                                 parent=answer, priority=CLAUSE)
        return [self._answer]


def _turn_of(paragraph: Paragraph) -> Turn | None:
    match = _LABEL.match(paragraph.text)
    if match is None:
        return None
    colon = paragraph.token_at(paragraph.start + match.end() - 1)
    while colon is not None and colon.text != ":" and colon.i > 0:
        colon = colon.nbor(-1)
    if colon is None or colon.text != ":":
        return None
    start, end = _without_stage_directions(paragraph.text, match.end(), len(paragraph.text.rstrip()))
    return Turn(paragraph, match.group("label"), colon, paragraph.start + start, paragraph.start + end)


def _without_stage_directions(text: str, start: int, end: int) -> tuple[int, int]:
    """"(CROSSTALK)", "[laughs]" at either end of a turn are the transcriber's, not the speaker's."""
    while (found := _STAGE_DIRECTION.match(text, start)) and _is_stage_direction(found.group()):
        start = _skip_spaces(text, found.end())
    for found in reversed(list(_STAGE_DIRECTION.finditer(text, start, end))):
        if found.end() != end or not _is_stage_direction(found.group()):
            break
        end = len(text[: found.start()].rstrip())
    return start, end


def _is_stage_direction(group: str) -> bool:
    inner = group[1:-1]
    return inner.isupper() or group.startswith("[") or inner.lower() in lexicon.STAGE_DIRECTIONS


def _skip_spaces(text: str, position: int) -> int:
    return len(text) - len(text[position:].lstrip())


def _key(label: str) -> str:
    return label.casefold().rstrip(".")


def _is_speaker_label(turn: Turn, counts: Counter, surnames: set[str]) -> bool:
    """Q and A together; an interviewer's role; or a person's name (or a label met again) where
    someone speaks twice, or before a quotation: "Jo Roe: “...”". "Jeb Roe: Student loans", once
    for each of several people, heads a section; "Editor's Note" is no one."""
    key = _key(turn.label)
    if key in lexicon.QUESTION_LABELS or key in lexicon.ANSWER_LABELS:
        return (any(k in counts for k in lexicon.QUESTION_LABELS)
                and any(k in counts for k in lexicon.ANSWER_LABELS))
    if key in lexicon.INTERVIEWER_LABELS:
        return sum(counts.values()) > 1
    if "'s" in key or "’s" in key:
        return False
    dialogue = any(n > 1 for n in counts.values())
    quoting = opens_with_quote(turn.paragraph.text[turn.start - turn.paragraph.start :])
    return (key.split()[-1] in surnames or counts[key] > 1) and (dialogue or quoting)


def _surnames(paragraphs: list[Paragraph]) -> set[str]:
    """Last words of the people the article names."""
    return {e[-1].lower_ for p in paragraphs for e in p.doc.ents if e.label_ == "PERSON"}


def _interviewer_labels(turns) -> set[str]:
    """The question labels, and any label whose turns are mostly questions."""
    asked, spoken = Counter(), Counter()
    for turn in turns:
        spoken[_key(turn.label)] += 1
        asked[_key(turn.label)] += _asks(turn.paragraph, turn)
    return ({k for k in spoken if 2 * asked[k] >= spoken[k]}
            | (set(spoken) & (lexicon.QUESTION_LABELS | lexicon.INTERVIEWER_LABELS)))


def _asks(paragraph: Paragraph, turn: Turn) -> bool:
    said = paragraph.text[turn.start - paragraph.start : turn.end - paragraph.start]
    return said.rstrip(" \"”’'").endswith("?")


def _label_head(turn: Turn) -> Token | None:
    """The label's last word: "VARGA", "Hale" in "Viktor Hale"."""
    return turn.colon.nbor(-1) if turn.colon.i > 0 else None


def _interviewee(paragraphs: list[Paragraph], turns: dict[int, Turn]) -> Token | None:
    """The person the headline and introduction name most often: an interview's subject is
    named again and again, its writer (in the byline) and others it mentions once."""
    if not any(_key(t.label) in lexicon.ANSWER_LABELS for t in turns.values()):
        return None
    named: dict[str, list] = {}
    for paragraph in paragraphs[: min(turns)]:
        people = ([e for e in paragraph.doc.ents if e.label_ == "PERSON"]
                  or [e for e in paragraph.doc.ents if _mistagged_person(e)])
        for person in people:
            named.setdefault(person[-1].lower_, []).append(person)
    if not named:
        return None
    mentions = max(reversed(named.values()), key=len)  # of equals, the nearest the transcript
    return max(mentions, key=len).root


def _mistagged_person(name) -> bool:
    """A two-word proper name the tagger took for a place or a body: "Tamsin Orr" as a GPE."""
    return name.label_ in ("GPE", "ORG") and len(name) == 2 and all(t.pos_ == "PROPN" and t.is_title for t in name)
