from flask_wtf import FlaskForm
from wtforms import DateField, IntegerField, SelectChoice, SelectField, StringField, TextAreaField, URLField
from wtforms.validators import DataRequired, InputRequired, Length, Optional
from wtforms.widgets import HiddenInput

from ..labels import label
from ..validators import record_id, web_url
from .models import SourceKind, Stance
from .scales import scales
from .services import MAX_NOTE


def enum_choices(enum_cls) -> list[SelectChoice]:
    return [SelectChoice(member.value, label(member)) for member in enum_cls]


def rating_choices(scale_name: str) -> list[SelectChoice]:
    scale = scales()[scale_name]
    return [SelectChoice("", "— choose —"), *(SelectChoice(r.key, r.label) for r in scale.ratings)]


class VersionedForm(FlaskForm):
    """Every change of a claim says which version of it the user saw."""

    version = IntegerField(widget=HiddenInput(), validators=[InputRequired()])


class TransitionForm(VersionedForm):
    assignee_id = SelectField("Assign to", coerce=record_id, validate_choice=False, default=0)
    comment = TextAreaField("Comment", validators=[Length(max=MAX_NOTE)])
    reason = TextAreaField("Reason", validators=[Length(max=MAX_NOTE)])


class SourceForm(VersionedForm):
    url = URLField("URL", validators=[DataRequired(), Length(max=2000), web_url])
    title = StringField("Title", validators=[Optional(), Length(max=500)])
    publisher = StringField("Publisher", validators=[Optional(), Length(max=200)])
    published_on = DateField("Published on", validators=[Optional()])
    accessed_on = DateField("Accessed on", validators=[Optional()])
    excerpt = TextAreaField("Excerpt", validators=[Optional(), Length(max=20_000)])
    kind = SelectField("Kind", choices=enum_choices(SourceKind))
    stance = SelectField("It", choices=enum_choices(Stance), default=Stance.CONTEXT.value)


class VerdictForm(VersionedForm):
    attribution = SelectField("Attribution")
    veracity = SelectField("Veracity")
    summary = TextAreaField("Summary", validators=[Length(max=2_000)])
    rationale = TextAreaField("Rationale", validators=[Length(max=50_000)])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.attribution.choices = rating_choices("attribution")
        self.veracity.choices = rating_choices("veracity")


class CommentForm(FlaskForm):
    body = TextAreaField("Comment", validators=[DataRequired(), Length(max=10_000)])
