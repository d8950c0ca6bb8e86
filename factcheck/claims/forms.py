from flask_wtf import FlaskForm
from wtforms import IntegerField, SelectChoice, SelectField, StringField
from wtforms.validators import InputRequired, Length, NumberRange, Optional, Regexp

from ..extraction.categories import load_categories
from ..review.forms import VersionedForm, enum_choices
from ..validators import record_id
from .models import QuoteType, SpeakerKind

DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"


def category_choices() -> list[SelectChoice]:
    return [SelectChoice("", "— none —"),
            *(SelectChoice(c.key, c.label) for c in load_categories().categories)]


class CorrectionForm(VersionedForm):
    speaker_id = SelectField("Speaker", coerce=record_id, validate_choice=False)
    new_speaker = StringField("…or another speaker by name", validators=[Optional(), Length(max=200)])
    new_speaker_kind = SelectField("who is a", choices=enum_choices(SpeakerKind), validate_choice=False,
                                   filters=[lambda kind: kind if kind in set(SpeakerKind) else SpeakerKind.PERSON])
    aliases = StringField("Other names of this speaker (comma-separated)", validators=[Optional(), Length(max=1000)])
    speaker_role = StringField("Role", validators=[Optional(), Length(max=300)])
    cue = StringField("Cue", validators=[Optional(), Length(max=300)])
    channel = StringField("Channel", validators=[Optional(), Length(max=300)])
    statement_date = StringField("Date said", validators=[
        Optional(), Regexp(DATE_PATTERN, message="Use YYYY-MM-DD, YYYY-MM or YYYY.")])
    quote_type = SelectField("Quote type", choices=enum_choices(QuoteType))
    category = SelectField("Category")
    start = IntegerField("Start", validators=[InputRequired(), NumberRange(min=0)])
    end = IntegerField("End", validators=[InputRequired(), NumberRange(min=1)])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.category.choices = category_choices()


class ManualClaimForm(FlaskForm):
    start = IntegerField(validators=[InputRequired(), NumberRange(min=0)])
    end = IntegerField(validators=[InputRequired(), NumberRange(min=1)])
    selected_text = StringField(validators=[Optional()])
    speaker_name = StringField("Speaker", validators=[Optional(), Length(max=200)])
    quote_type = SelectField("Quote type", choices=enum_choices(QuoteType))
