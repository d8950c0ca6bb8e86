"""Reported speech found on the dependency parse: "X said (that) ...", "according to X, ...",
"X accused Y of ...", "X called it ...", and the quotations such cues introduce."""
from collections.abc import Iterator

from spacy.tokens import Token

from . import lexicon
from .candidates import DIRECT, INDIRECT, Candidate, Cue, inside_quotes
from .clauses import clause_spans, gerund_clause, misattached_complement, opens_with_that, statement_clause
from .cues import SUBJECT_DEPS, cue_verb, goes_on_with, hypothetical, is_document, subject_of
from .document import Paragraph
from .quotes import Quote
from .spans import clean_span, ends_on_comma, is_quote_mark

CLAUSE, FRAME, PARENTHETICAL, ACCORDING = range(4)
_QUESTION_MARKS = frozenset(("whether", "if"))
_MIN_CONDEMNED_TOKENS = 4
_MAX_TRAILING_SUBJECT = 8
_MAX_INVERTED_SUBJECT = 12
_TOPIC_PREPOSITIONS = frozenset(("about", "of", "for", "against", "on"))
_MIN_TRAILING_CLAUSE = 4
_MIN_EVIDENCE_WORDS = 4
_FINAL_PUNCTUATION = frozenset(".!)")
# Finding verbs the tagger takes for nouns after a long subject: "Images released by X show ...".
_NOUN_TAGGED_FINDINGS = frozenset("show shows suggest suggests reveal reveals indicate indicates".split())


def reported_candidates(paragraph: Paragraph, quotes: list[Quote], in_quote: list[bool]) -> Iterator[Candidate]:
    """Claims carried by cues outside quotation marks. A clause lying wholly inside one
    quotation is yielded as that quotation, so the quote keeps its exact bounds."""
    trailing = [found for sentence in paragraph.doc.sents
                for found in [_trailing_attribution(paragraph, sentence, quotes, in_quote)] if found]
    cue_words = {candidate.cue.word.i for candidate in trailing}
    yield from (_as_quote_if_inside(candidate, quotes, in_quote) for candidate in trailing)
    for token in paragraph.doc:
        if in_quote[token.i] or token.i in cue_words:
            continue
        if token.lower_ == "according":
            found = _according_to(paragraph, token, quotes)
        elif token.pos_ == "NOUN" and token.lower_ in _NOUN_TAGGED_FINDINGS:
            found = _noun_tagged_finding(paragraph, token, quotes)
        elif token.pos_ == "NOUN" and token.lemma_.lower() in lexicon.SPEECH_NOUNS:
            found = _owned_statement(paragraph, token, quotes)
        else:
            found = _verb_frames(paragraph, token, quotes)
        for candidate in found:
            yield _as_quote_if_inside(candidate, quotes, in_quote)


def _trailing_attribution(paragraph: Paragraph, sentence, quotes: list[Quote],
                          in_quote: list[bool]) -> Candidate | None:
    """"Most commuters oppose the rise, a new poll shows." / "..., its chairman, Jo Roe, told
    reporters on Monday." / "..., said the firm's chief executive, Jo Roe.": a cue closing the
    sentence, its subject between it and the last comma of the clause or, inverted, after it.
    Read on the words, because the parser often takes such a cue for a noun or loses its subject."""
    doc = paragraph.doc
    words = [t for t in sentence if not (t.is_punct and t.text in _FINAL_PUNCTUATION)]
    if len(words) < 6 or in_quote[words[-1].i] or is_quote_mark(words[0]) or in_quote[words[1].i]:
        return None  # a sentence opening with a quotation: the quotation's own cue
    verb = _closing_verb(words, in_quote)
    if verb is None:
        return None
    begin = verb.i
    while begin > sentence.start and doc[begin - 1].dep_ == "aux":
        begin -= 1  # "has found"
    if begin > sentence.start and doc[begin - 1].text == "," and verb.i < words[-1].i:
        comma, phrase = doc[begin - 1], [t for t in words if t.i > verb.i and not t.is_punct]  # inverted
        if not 1 <= len(phrase) <= _MAX_INVERTED_SUBJECT or phrase[0].pos_ == "ADP" or verb.tag_ == "VBN":
            return None
        phrase = _inverted_subject_words(verb, phrase)
    else:
        comma = _clause_comma(doc, sentence, begin)
        if comma is None:
            return None
        phrase = [t for t in doc[comma.i + 1 : verb.i] if not t.is_punct]
        if not 1 <= len(phrase) <= _MAX_TRAILING_SUBJECT:
            return None
    names_someone = any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in phrase)
    if not names_someone or comma.i - sentence.start < _MIN_TRAILING_CLAUSE:
        return None
    span = clean_span(paragraph, doc[sentence.start], doc[comma.i - 1], quotes)
    if span is None:
        return None
    return _make(paragraph, span, Cue(paragraph, verb, _speaker_word(phrase)), quotes, CLAUSE)


def _closing_verb(words: list[Token], in_quote: list[bool]) -> Token | None:
    """The cue among the sentence's last words: the last word itself, or a reporting verb followed
    only by whom it was said to and when ("told a Senate panel on Wednesday") or by its subject
    ("said the company's chief executive, Jo Roe") - words with no verb of their own."""
    if _is_cue_word(words[-1]):
        return words[-1]
    for verb in reversed(words[-_MAX_INVERTED_SUBJECT - 1 : -1]):
        after = words[words.index(verb) + 1 :]
        if any(in_quote[t.i] or is_quote_mark(t) or t.pos_ in ("VERB", "AUX") for t in after):
            return None
        if _is_cue_word(verb) and verb.pos_ == "VERB" and not hypothetical(verb):
            return verb if all(_says_where_or_when(verb, c) for c in verb.rights) else None
    return None


def _says_where_or_when(verb: Token, child: Token) -> bool:
    """What may follow a closing cue besides its subject: whom it was said to ("told reporters"),
    where, when or how ("in an interview", "on Monday", "by telephone") - not what it was said
    about ("bragged about his debates") nor an object that is itself what was said ("said enough")."""
    if child.is_punct or child.dep_ in ("nsubj", "appos", "npadvmod", "agent"):
        return True
    if child.dep_ == "dobj":
        return verb.lemma_.lower() == "tell"
    return child.dep_ == "prep" and child.lower_ not in _TOPIC_PREPOSITIONS


def _inverted_subject_words(verb: Token, phrase: list[Token]) -> list[Token]:
    """"said one source in the room": the subject's own words, without what qualifies it."""
    cut = next((i for i, t in enumerate(phrase) if t.pos_ == "ADP" and t.ent_type_ != "ORG"), len(phrase))
    return phrase[:cut] or phrase


def _clause_comma(doc, sentence, begin: int) -> Token | None:
    """The comma closing the reported clause before the cue's subject: the last one before a
    verb, a conjunction or a quotation's own closing mark ("“A,” the guard, Jo Roe, said"
    is the quotation's cue, not a clause's)."""
    subject = []
    for token in reversed(doc[sentence.start : begin]):
        if is_quote_mark(token):
            if token.i > sentence.start and doc[token.i - 1].is_punct:
                return None
            break  # quoted words inside the clause: "even on a \"steady\" income, he said"
        participle = token.dep_ == "acl" and token.tag_ == "VBN"  # "a study published on Tuesday"
        verb_like = token.pos_ in ("VERB", "AUX") and not participle
        if verb_like or token.lower_ == "that" or token.dep_ == "cc":
            break
        subject.append(token)
    return next((t for t in reversed(subject) if t.text == ","), None)


def _noun_tagged_finding(paragraph: Paragraph, word: Token, quotes: list[Quote]) -> Iterator[Candidate]:
    """"Satellite images published by a monitoring group show forty new huts", "Records show
    that ...": a finding verb the tagger took for a noun after a document's name, which is the
    speaker; the claim is its object or, after "that", the rest of the sentence."""
    subject = next((c for c in word.children if c.dep_ in SUBJECT_DEPS), word.sent.root)
    if word.is_title or subject.i >= word.i or not is_document(subject) or word.i + 1 >= len(word.doc):
        return
    following = word.doc[word.i + 1]
    if following.lower_ == "that" and following.i + 1 < word.sent.end:
        first = word.doc[following.i + 1]
        last = max((t for t in word.sent if not t.is_punct), key=lambda t: t.i)
    elif any(c.dep_ in ("dobj", "ccomp") and c.i > word.i for c in word.children):
        first, last = following, word.right_edge
    else:
        return
    span = clean_span(paragraph, first, last, quotes)
    if span is not None:
        yield _make(paragraph, span, Cue(paragraph, word, subject), quotes, CLAUSE)


def _owned_statement(paragraph: Paragraph, noun: Token, quotes: list[Quote]) -> Iterator[Candidate]:
    """"Roe's claim that the plant is unsafe", "claims by the agency that ...", "her response was that
    ...": a statement noun with its owner, who is the speaker, and a "that" clause giving its content."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None) or _by_whom(noun)
    if owner is None:
        return
    holders = [noun, noun.head] if noun.dep_ == "nsubj" and noun.head.lemma_ == "be" else [noun]
    clause = next((c for holder in holders for c in holder.children if c.i > noun.i and _that_clause(c)), None)
    if clause is not None:
        span = clean_span(paragraph, clause.left_edge, clause.right_edge, quotes)
        if span is not None:
            yield _make(paragraph, span, Cue(paragraph, noun, owner), quotes, CLAUSE)


def _that_clause(clause: Token) -> bool:
    return clause.dep_ in ("acl", "ccomp", "relcl") and opens_with_that(clause)


def _by_whom(noun: Token) -> Token | None:
    by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def _is_cue_word(token: Token) -> bool:
    """A reporting verb, or a word the tagger took for a noun - but not a real noun phrase
    ("towns across the county", "in a report")."""
    if token.lemma_.lower() not in lexicon.REPORTING_VERBS or token.is_title:
        return False
    if token.pos_ == "NOUN":
        return token.dep_ not in ("pobj", "dobj", "attr", "appos")
    return token.pos_ == "VERB"


def _speaker_word(phrase: list[Token]) -> Token:
    """The word naming the speaker: a person's name, else the last name or noun, leaving out
    a participle's own words ("a study published on Tuesday" is the study)."""
    modifying = {t.i for p in phrase if p.dep_ == "acl" for t in p.subtree}
    phrase = [t for t in phrase if t.i not in modifying] or phrase
    people = [t for t in phrase if t.ent_type_ == "PERSON"]
    nouns = [t for t in phrase if t.pos_ in ("PROPN", "NOUN", "PRON")]
    return (people or nouns)[-1]


def _verb_frames(paragraph: Paragraph, verb: Token, quotes: list[Quote]) -> Iterator[Candidate]:
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX"):
        return
    statement = statement_clause(verb)
    if statement is not None:
        yield from _candidate(paragraph, verb, statement.left_edge, statement.right_edge, quotes, CLAUSE)
    elif cue_verb(verb):
        clauses = clause_spans(verb, [c for c in verb.children if c.dep_ == "ccomp" and not _is_question(c)]
                                or gerund_clause(verb) or misattached_complement(verb))
        for first, last in clauses:
            yield from _candidate(paragraph, verb, first, last, quotes, CLAUSE)
        if not clauses:
            yield from _object_or_parenthetical(paragraph, verb, quotes)
    elif lemma in lexicon.BELIEF_VERBS and _holds_view(verb):
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and not _is_question(c)):
            yield from _candidate(paragraph, verb, clause.left_edge, clause.right_edge, quotes, CLAUSE)
    elif (evidence := _cited_evidence(verb)) is not None:
        yield from _candidate(paragraph, verb, evidence.left_edge, evidence.right_edge, quotes, FRAME)
    elif lemma == "put" and not hypothetical(verb):
        # "As one driver put it, ...": the idiom is a cue only in an "as" clause.
        content = _as_clause_content(verb)
        if content is not None and subject_of(verb) is not None:
            yield from _candidate(paragraph, verb, *content, quotes, PARENTHETICAL)
    elif lemma in lexicon.NAMING_VERBS:
        yield from _naming(paragraph, verb, quotes)
    elif lemma in lexicon.DESCRIBING_VERBS:
        yield from _describing(paragraph, verb, quotes)
    elif lemma in lexicon.ACCUSING_VERBS:
        yield from _accusing(paragraph, verb, quotes, lexicon.ACCUSING_VERBS[lemma])
    elif lemma in lexicon.CONDEMNING_VERBS:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if objects and len(list(objects[0].subtree)) >= _MIN_CONDEMNED_TOKENS:
            yield from _candidate(paragraph, verb, objects[0].left_edge, objects[0].right_edge, quotes, FRAME)


def _cited_evidence(verb: Token) -> Token | None:
    """"cited a rise in fuel prices": the evidence a speaker gives, a statement of fact in its own
    right. Not "the bureau cited in the post" (passive), "the report cited examples" or "citing the
    cost of repairs" (no fact stated) nor a citing no one speaks. ("pointed to" points at people and places
    as often as at facts.)"""
    if verb.lemma_.lower() != "cite":
        return None
    evidence = next((c for c in verb.children if c.dep_ == "dobj"), None)
    passive = verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children)
    if evidence is None or passive or hypothetical(verb) or evidence.pos_ == "PRON":
        return None
    if evidence.lemma_.lower() in lexicon.POINTER_NOUNS or evidence.lower_ in lexicon.POINTER_NOUNS:
        return None
    if not _states_a_fact(evidence):
        return None
    speaker = subject_of(verb)
    return evidence if speaker is not None and (speaker.pos_ == "PRON" or _can_speak(speaker)) else None


def _states_a_fact(phrase: Token) -> bool:
    """"a 40 percent jump in fuel prices", "low growth and rising debt", "the families who lost their
    homes": a phrase of some length with a figure, a quality or a clause of its own; "the audit",
    "her work" or "the cost of repairs" only point at something."""
    words = [t for t in phrase.subtree if not t.is_punct]
    return len(words) >= _MIN_EVIDENCE_WORDS and any(t.like_num or t.pos_ in ("ADJ", "VERB") for t in words)


def _holds_view(verb: Token) -> bool:
    """"she believes the tax will fail", "Roe thought the plan was dead": a view someone named
    holds or held; "a guard thought the parcel was lost" is the reporter's narration."""
    if hypothetical(verb) or verb.tag_ not in ("VBZ", "VBP", "VBD"):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return verb.tag_ != "VBD" or (subject is not None and (subject.pos_ == "PROPN" or subject.lower_ in ("he", "she")))


def _is_question(clause: Token) -> bool:
    return any(child.dep_ == "mark" and child.lower_ in _QUESTION_MARKS for child in clause.children)


def _object_or_parenthetical(paragraph: Paragraph, verb: Token, quotes: list[Quote]) -> Iterator[Candidate]:
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    lemma = verb.lemma_.lower()
    infinitives = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    if objects and (_has_quote(paragraph, objects[0], quotes) or _states_content(verb, objects[0])):
        last = _rightmost(verb)
        yield from _candidate(paragraph, verb, objects[0].left_edge, last, quotes, FRAME)
    elif objects and _reports_figure(verb, objects[0]):
        yield from _candidate(paragraph, verb, objects[0].left_edge, objects[0].right_edge, quotes, FRAME)
    elif infinitives and lemma in lexicon.PROMISE_VERBS and verb.tag_ != "VBG":
        # "vowed to fight the plan": the commitment, verb included, is the claim.
        yield from _candidate(paragraph, verb, verb, infinitives[0].right_edge, quotes, FRAME)
    elif _closing_cue(verb):
        # "The manager ignored the alarm, a court heard on Monday", parsed as a clause of its own.
        comma = verb.doc[_own_subject(verb).left_edge.i - 1]
        yield from _candidate(paragraph, verb, verb.head.left_edge, comma, quotes, CLAUSE)
    elif (content := _as_clause_content(verb)) is not None and subject_of(verb) is not None:
        # "As the report notes, most of the money went to consultants": the rest of the sentence is the claim.
        yield from _candidate(paragraph, verb, *content, quotes, PARENTHETICAL)
    elif verb.dep_ == "parataxis" and subject_of(verb) is not None:
        # "The plan, she said, will fail": the whole clause, cue included, is the claim.
        head = verb.head
        yield from _candidate(paragraph, verb, head.left_edge, head.right_edge, quotes, PARENTHETICAL)


def _closing_cue(verb: Token) -> bool:
    """A cue and its subject closing the sentence after a comma, hung by the parser on the
    clause it reports rather than the other way round."""
    subject = _own_subject(verb)
    if verb.dep_ not in ("advcl", "parataxis") or subject is None or verb.head.i > subject.i:
        return False
    before = subject.left_edge.i - 1
    after = _words_after(verb)
    return (not after and before > verb.head.left_edge.i and ends_on_comma(verb.doc, before)
            and verb.head.left_edge.i == verb.sent.start)


def _words_after(verb: Token) -> list[Token]:
    """The words of the sentence after the cue, but for the speaker's own next words hung on the
    clause it closes ("..., she said, adding that ...")."""
    asides = [c for c in verb.head.children if c.i > verb.i and goes_on_with(c, verb)]
    skipped = {t.i for aside in asides for t in aside.subtree}
    return [t for t in verb.doc[verb.right_edge.i + 1 : verb.sent.end] if not t.is_punct and t.i not in skipped]


def _own_subject(verb: Token) -> Token | None:
    return next((child for child in verb.children if child.dep_ in SUBJECT_DEPS and child.i < verb.i), None)


def _as_clause_content(verb: Token) -> tuple[Token, Token] | None:
    """A cue in a clause marked "as", set off by a comma at either end of the sentence: "(But) as
    the report notes, ..." or "..., as the Herald reported." - not "As the choir sang the anthem, ..."
    nor "As the minister waited for a deal, ...", where "as" means while. The content is the
    clause the "as" clause hangs on, without it."""
    doc, sentence = verb.doc, verb.sent
    mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    if mark is None and sentence[0].lower_ == "as" and verb.i > sentence.start:
        mark = sentence[0]  # the parser did not hang the mark on the verb
    if mark is None or verb.dep_ not in ("advcl", "parataxis") or not _only_where_and_when(verb):
        return None
    last = verb.right_edge
    while last.is_punct and last.i > verb.i:
        last = doc[last.i - 1]
    following = _next_word(doc, last.i + 1, sentence.end)
    opening = all(t.dep_ in ("cc", "advmod") or t.is_punct for t in doc[sentence.start : mark.i])
    if verb.i < verb.head.i and opening and following is not None and doc[last.i + 1].text == ",":
        return following, sentence[-1]
    if verb.head.i < verb.i and following is None and mark.i > sentence.start + 1 and doc[mark.i - 1].text == ",":
        return sentence[0], doc[mark.i - 2]
    return None


def _next_word(doc, index: int, end: int) -> Token | None:
    while index < end and doc[index].is_punct:
        index += 1
    return doc[index] if index < end else None


def _only_where_and_when(verb: Token) -> bool:
    """"as she told the Herald", "as he put it", "as the report notes on page 4": no object
    that is itself what was said."""
    allowed = ("advmod", "npadvmod", "punct", "prep")
    return all((c.dep_ in allowed and (c.dep_ != "prep" or c.lower_ in ("in", "on")))
               or (c.dep_ == "dobj" and _addressee_or_it(verb, c)) for c in verb.rights)


def _addressee_or_it(verb: Token, obj: Token) -> bool:
    lemma = verb.lemma_.lower()
    return lemma == "tell" or (lemma == "put" and obj.lower_ == "it")


def _reports_figure(verb: Token, obj: Token) -> bool:
    """"The company reported a loss of $2 million", "police reported 12 arrests": a figure someone
    reports is what they stated."""
    return (verb.lemma_.lower() in lexicon.FIGURE_VERBS and any(t.like_num for t in obj.subtree)
            and subject_of(verb) is not None)


def _states_content(verb: Token, obj: Token) -> bool:
    """"The data showed a steady rise", "the survey shows him with a narrow edge": a study's or a data
    set's object (with what the verb says of it) is itself the finding."""
    if verb.lemma_.lower() not in lexicon.FINDING_VERBS:
        return False
    described = any(c.dep_ in ("prep", "advmod", "oprd") and c.i > obj.i for c in verb.children)
    if (obj.pos_ == "PRON" and not described) or (len(list(obj.subtree)) < 2 and not described):
        return False
    subject = subject_of(verb)
    return subject is not None and is_document(subject)


def _naming(paragraph: Paragraph, verb: Token, quotes: list[Quote]) -> Iterator[Candidate]:
    """"called the plan reckless", "called his plan \u201ca crucial step\u201d": the object and what it is called.
    Not "called on the council to ..." nor "called for an inquiry", requests."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    complements = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "acomp")]
    if not objects:
        # "calls her rival, Jo Roe, “a man who ...”": the parser took the object, with the quoted
        # name hung on it, for the complement.
        objects = [c for c in complements if c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN")
                   and any(paragraph.offset(c) < q.start < paragraph.end_offset(c.right_edge) for q in quotes)]
        complements = objects[:1]
    if not objects or any(c.dep_ == "prep" and c.lower_ in ("on", "for") and c.i == verb.i + 1 for c in verb.children):
        return
    last = complements[-1].right_edge if complements else _quoted_after(paragraph, objects[0], quotes)
    if last is not None:
        yield from _candidate(paragraph, verb, objects[0].left_edge, _with_closing_mark(paragraph, last, quotes),
                              quotes, FRAME)


def _with_closing_mark(paragraph: Paragraph, last: Token, quotes: list[Quote]) -> Token:
    """The quotation mark right after the phrase when it closes a quotation the phrase ends."""
    following = paragraph.doc[last.i + 1] if last.i + 1 < len(paragraph.doc) else None
    if following is not None and is_quote_mark(following) and any(q.end == paragraph.offset(following) for q in quotes):
        return following
    return last


def _quoted_after(paragraph: Paragraph, phrase: Token, quotes: list[Quote]) -> Token | None:
    """The last word of a quotation opening right after the phrase, which the parser did not join to it."""
    after = paragraph.end_offset(phrase.right_edge)  # the opening mark may hang on the phrase itself
    quote = next((q for q in quotes if after - 1 <= q.start <= after + 2 and q.end > after), None)
    return paragraph.token_at(quote.end - 1) if quote is not None else None


def _describing(paragraph: Paragraph, verb: Token, quotes: list[Quote]) -> Iterator[Candidate]:
    target = [c for c in verb.children if c.dep_ == "dobj"
              or (c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" for g in c.children))]
    as_phrase = [c for c in _with_object_children(verb) if c.dep_ == "prep" and c.lower_ == "as"]
    if as_phrase and target:
        first = target[0].left_edge if target[0].dep_ == "dobj" else _after(target[0])
        if first is not None:
            yield from _candidate(paragraph, verb, first, as_phrase[0].right_edge, quotes, FRAME)


def _accusing(paragraph: Paragraph, verb: Token, quotes: list[Quote], preposition: str) -> Iterator[Candidate]:
    charge = [c for c in _with_object_children(verb) if c.dep_ == "prep" and c.lower_ == preposition]
    if charge and any(c.dep_ == "dobj" for c in verb.children):
        yield from _candidate(paragraph, verb, verb, charge[0].right_edge, quotes, FRAME)


def _according_to(paragraph: Paragraph, according: Token, quotes: list[Quote]) -> Iterator[Candidate]:
    doc = paragraph.doc
    following = doc[according.i + 1] if according.i + 1 < len(doc) else None
    if following is None or following.lower_ != "to":
        return
    source = next((t for t in following.children if t.dep_ == "pobj"), None)
    phrase_end = max(according.right_edge.i, following.right_edge.i)
    opens_sentence = all(t.is_punct or t.dep_ == "cc" for t in doc[according.sent.start : according.i])
    if source is None or (opens_sentence and phrase_end + 1 >= according.sent.end - 1):
        source, phrase_end = _source_before_comma(following)
        if source is None:
            return
    relay = None
    quoting = _quoting_after(doc, phrase_end)
    if quoting is not None:
        quoted = next((c for c in quoting.children if c.dep_ in ("dobj", "pobj")), None)
        if quoted is not None:
            relay, source = source, quoted
            phrase_end = max(phrase_end, quoting.right_edge.i)
    sentence = according.sent
    before = [t for t in doc[sentence.start : according.i] if t.dep_ not in ("punct", "cc")]
    after = [t for t in doc[phrase_end + 1 : sentence.end] if t.dep_ != "punct"]
    content = after if len(after) >= len(before) else before
    if before and after and _interrupts_clause(sentence, before, after):
        content = before + after  # "Ticket sales, according to the organisers, have doubled."
    if len(content) < 3:
        return
    span = clean_span(paragraph, content[0], content[-1], quotes)
    if span:
        yield _make(paragraph, span, Cue(paragraph, according, source, relay), quotes, ACCORDING)


def _source_before_comma(to: Token) -> tuple[Token | None, int]:
    """"According to talk radio host Jo Roe, the move ...": where the parser swallowed the sentence
    into the phrase (or found no object), the source is the last noun before the next comma."""
    sentence = to.sent
    end = next((t.i for t in to.doc[to.i + 1 : sentence.end] if t.text == ","), sentence.end)
    nouns = [t for t in to.doc[to.i + 1 : end] if t.pos_ in ("NOUN", "PROPN")]
    return (nouns[-1] if nouns else None), end - 1


def _interrupts_clause(sentence, before: list[Token], after: list[Token]) -> bool:
    """Whether the "according to" phrase sits inside one clause: its subject on one side, its
    verb on the other."""
    root = sentence.root
    side = before if root.i < before[-1].i + 1 else after
    other = after if side is before else before
    return any(t.head.i == root.i and t.dep_ in SUBJECT_DEPS | {"advcl", "prep", "npadvmod", "advmod"} for t in other)


def _quoting_after(doc, index: int) -> Token | None:
    for token in doc[index + 1 : index + 3]:
        if token.lemma_.lower() in ("quote", "cite") and token.tag_ == "VBG":
            return token
        if not token.is_punct:
            return None
    return None


def _candidate(paragraph: Paragraph, verb: Token, first: Token, last: Token,
               quotes: list[Quote], priority: int) -> Iterator[Candidate]:
    span = clean_span(paragraph, first, last, quotes)
    if span is not None:
        yield _make(paragraph, span, relayed_cue(paragraph, verb, subject_of(verb)), quotes, priority)


def relayed_cue(paragraph: Paragraph, verb: Token, subject: Token | None) -> Cue:
    """"The agency, quoting the governor, said ...": the governor speaks, the agency relays."""
    if subject is None:
        return Cue(paragraph, verb, subject)
    # The participle hangs on the subject or, between subject and verb, on the verb itself.
    participles = [*subject.children, *(c for c in verb.children if subject.i < c.i < verb.i)]
    quoting = next((c for c in participles if c.dep_ in ("acl", "advcl") and c.tag_ == "VBG"
                    and c.lemma_.lower() in ("quote", "cite")), None)
    source = next((c for c in quoting.children if c.dep_ == "dobj"), None) if quoting is not None else None
    if source is None or not _can_speak(source):
        return Cue(paragraph, verb, subject)
    return Cue(paragraph, verb, source, relay=subject)


def _can_speak(token: Token) -> bool:
    """A name or a word for people, an organisation or an outlet: "citing officials", not "citing costs"."""
    lemma = token.lemma_.lower()
    return (token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
            or lemma in lexicon.PERSON_ROLE_NOUNS or lemma in lexicon.ORGANISATION_NOUNS
            or lemma in lexicon.MEDIA_NOUNS or lemma in lexicon.DOCUMENT_NOUNS or lemma in ("source", "official"))


def _make(paragraph: Paragraph, span: tuple[int, int], cue: Cue, quotes: list[Quote], priority: int) -> Candidate:
    return Candidate(paragraph, *span, _quote_type(paragraph, span, quotes), cue, priority=priority)


def _quote_type(paragraph: Paragraph, span: tuple[int, int], quotes: list[Quote]) -> str:
    """Direct when the clause quotes the speaker; words quoted after a colon inside the
    clause ("protesters chanted: ...") belong to someone else and do not count."""
    start, end = span
    for quote in quotes:
        if quote.start < end and start < quote.end and not _introduced_by_colon(paragraph, quote, start):
            return DIRECT
    return INDIRECT


def _introduced_by_colon(paragraph: Paragraph, quote: Quote, span_start: int) -> bool:
    before = paragraph.text[max(0, span_start - paragraph.start) : quote.start - paragraph.start - 1]
    return before.rstrip().endswith(":")


def _as_quote_if_inside(candidate: Candidate, quotes: list[Quote], in_quote: list[bool]) -> Candidate:
    """A clause whose words all sit inside one quotation becomes that whole quotation."""
    words = _edge_words(candidate)
    if words and in_quote[words[0].i] and in_quote[words[1].i]:
        quote = inside_quotes(quotes, candidate.paragraph.offset(words[0]), candidate.paragraph.end_offset(words[1]))
        if quote is not None:
            candidate.start, candidate.end = quote.start, quote.end
            candidate.quote_type = DIRECT
            candidate.priority = CLAUSE
    return candidate


def _edge_words(candidate: Candidate) -> tuple[Token, Token] | None:
    """The first and last word (not punctuation) of the candidate's span."""
    paragraph, doc = candidate.paragraph, candidate.paragraph.doc
    first, last = paragraph.token_at(candidate.start), paragraph.token_at(candidate.end - 1)
    if first is None or last is None:
        return None
    i, j = first.i + (paragraph.offset(first) < candidate.start), last.i
    while i <= j and doc[i].is_punct:
        i += 1
    while j >= i and doc[j].is_punct:
        j -= 1
    return (doc[i], doc[j]) if i <= j else None


def _with_object_children(verb: Token) -> list[Token]:
    """The verb's dependents and its object's: the parser hangs "of"/"as" on either."""
    children = list(verb.children)
    for child in verb.children:
        if child.dep_ == "dobj":
            children.extend(child.children)
        elif child.dep_ == "prep":
            objects = (grandchild for grandchild in child.children if grandchild.dep_ == "pobj")
            children.extend(g for obj in objects for g in obj.children)
    return children


def _has_quote(paragraph: Paragraph, phrase: Token, quotes: list[Quote]) -> bool:
    start, end = paragraph.offset(phrase.left_edge), paragraph.end_offset(phrase.right_edge)
    return any(q.start < end and start < q.end for q in quotes)


def _rightmost(verb: Token) -> Token:
    children = [c for c in verb.rights if not c.is_punct and c.dep_ not in ("cc", "conj")]
    return children[-1].right_edge if children else verb


def _after(token: Token) -> Token | None:
    """The first token after a preposition: "referred to [the plan]"."""
    doc = token.doc
    return doc[token.i + 1] if token.i + 1 < len(doc) else None
