from flask_wtf import FlaskForm
from wtforms import IntegerField, SelectField, SelectMultipleField, StringField
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional
from wtforms.widgets import HiddenInput

from ..claims.models import SpeakerKind
from ..review.forms import enum_choices
from ..validators import MAX_ID, record_id


class SpeakerForm(FlaskForm):
    name = StringField("Name", validators=[DataRequired(), Length(max=200)])
    role = StringField("Role or title now", validators=[Optional(), Length(max=300)])
    kind = SelectField("Kind", choices=enum_choices(SpeakerKind))
    external_id = StringField("External identifier (Wikidata QID or address)",
                              validators=[Optional(), Length(max=300)])


class AliasForm(FlaskForm):
    aliases = StringField("Other names (comma-separated)", validators=[DataRequired(), Length(max=1000)])


class SplitForm(FlaskForm):
    claim_ids = SelectMultipleField("Claims", coerce=record_id, validate_choice=False)
    target_id = StringField("Move them to (a speaker's name)", validators=[Optional(), Length(max=300)])
    new_name = StringField("…or to a new speaker named", validators=[Optional(), Length(max=200)])


class MergeForm(FlaskForm):
    other_id = IntegerField("Merge into", widget=HiddenInput(), validators=[InputRequired(), NumberRange(1, MAX_ID)])
