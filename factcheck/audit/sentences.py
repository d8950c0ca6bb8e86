"""Audit events told as sentences ("Ed Itor approved the verdict."), for the history on a page.

Codes in the details become labels; an event type not listed here still reads as words.
"""
from ..labels import label, words
from .models import Event

# What each action did, after the actor's name; {placeholders} come from the event's details.
CLAIM_ACTIONS = {
    "take": "took the claim",
    "assign": "assigned the claim to {assignee_name}",
    "reassign": "reassigned the claim to {assignee_name}",
    "submit": "submitted the verdict for approval",
    "approve": "approved the verdict",
    "return": "returned the verdict{comment}",
    "dismiss": "dismissed the claim{reason}",
    "restore": "restored the claim",
    "reopen": "reopened the claim for correction{reason}",
    "claim_added": "added the claim by hand",
    "source_added": "added a source: {url}",
    "comment_added": "commented",
}
SPEAKER_ACTIONS = {
    "speaker_created": "registered the speaker {speaker}",
    "speaker_role_set": "gave {speaker} the role “{role}”",
    "speaker_aliases_added": "added the aliases {aliases} to {speaker}",
    "speaker_alias_removed": "removed the alias “{alias}” from {speaker}",
    "speaker_split": "moved claims {claims} from {from_name} to {to_name}",
    "speakers_merged": "merged {merged_name} into {kept_name}, moving {claims_moved} claims",
    "speaker_merge_undone": "undid the merge of {restored_name} into {kept_name}, returning {claims_returned} claims",
    "speaker_suggestion_accepted": "confirmed that {speaker} is {same_as}",
    "speaker_suggestion_declined": "answered that {speaker} is not {not}",
}
ACTIONS = CLAIM_ACTIONS | SPEAKER_ACTIONS
QUOTED = ("comment", "reason")  # shown after a colon, in quotation marks, when the event has them
CORRECTED_FIELDS = {
    "speaker": "the speaker", "speaker_mention": "the name as written", "speaker_role": "the role",
    "cue": "the cue", "channel": "the channel", "statement_date": "the date said",
    "quote_type": "the quote type", "category": "the category", "start": "the start", "end": "the end",
}
SPEAKER_FIELDS = {"external_id": "identifier"}
LABELLED_FIELDS = {"quote_type": "quote_type", "category": "category", "kind": "source_kind",
                   "attribution": "attribution", "veracity": "veracity", "role": "role"}


def sentence(event: Event) -> str:
    who = event.actor.display_name if event.actor else "The system"
    return f"{who} {what_happened(event)}{status_change(event)}."


def what_happened(event: Event) -> str:
    details = event.details or {}
    if event.action == "verdict_saved":
        return saved_ratings(details)
    if event.action == "claim_corrected":
        return "corrected " + "; ".join(change(name, values) for name, values in details.items())
    if event.action == "speaker_edited":
        changes = details.get("changes") or {}
        return f"edited {details.get('speaker', 'the speaker')}: " + "; ".join(
            speaker_change(name, values) for name, values in changes.items())
    template = ACTIONS.get(event.action)
    if template is None:
        return fallback(event.action, details)
    show = as_written if event.action in SPEAKER_ACTIONS else shown
    values = {key: show(key, value) for key, value in details.items()}
    values.setdefault("assignee_name", values.get("assignee") or "someone")  # older events kept the email only
    for key in QUOTED:
        values[key] = f": “{values[key]}”" if values.get(key) else ""
    return template.format_map(_Blank(values))


def saved_ratings(details: dict) -> str:
    ratings = [f"{scale} to {label(details[scale], scale)}"
               for scale in ("attribution", "veracity") if details.get(scale)]
    return "set " + " and ".join(ratings) if ratings else "saved a draft verdict"


def change(name: str, values) -> str:
    old, new = (values + [None, None])[:2] if isinstance(values, list) else (None, values)
    field_name = CORRECTED_FIELDS.get(name, words(name).lower())
    return f"{field_name} from {shown(name, old) or '—'} to {shown(name, new) or '—'}"


def as_written(_key: str, value) -> str:
    """A speaker's details are names and roles as written, not codes."""
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)


def speaker_change(name: str, values: list) -> str:
    old, new = (label(value, "speaker_kind") if name == "kind" and value else value for value in values)
    return f"{SPEAKER_FIELDS.get(name, name)} from {old or '—'} to {new or '—'}"


def status_change(event: Event) -> str:
    if not event.from_status or event.from_status == event.to_status:
        return ""
    return f" ({label(event.from_status, 'status')} → {label(event.to_status, 'status')})"


def fallback(action: str, details: dict) -> str:
    """An event type without a sentence of its own: its name in words, and its details as pairs."""
    pairs = ", ".join(f"{words(key).lower()}: {shown(key, value)}" for key, value in details.items()
                      if value not in (None, "", [], {}))
    return words(action).lower() + (f" ({pairs})" if pairs else "")


def shown(key: str, value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(shown(key, item) for item in value)
    if isinstance(value, dict):
        return "; ".join(f"{words(name).lower()} {shown(name, item)}" for name, item in value.items())
    if key in LABELLED_FIELDS:
        return label(value, LABELLED_FIELDS[key])
    return str(value)


class _Blank(dict):
    """Format values: a detail missing from an old event leaves a blank, not an error."""

    def __missing__(self, key: str) -> str:
        return ""
