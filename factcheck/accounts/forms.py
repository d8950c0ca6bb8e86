from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField, SelectChoice, SelectField, StringField
from wtforms.validators import DataRequired, Email, EqualTo, Length

from ..labels import label
from .models import Role

NEW_PASSWORD = [DataRequired(), Length(min=10, max=200)]
ROLE_CHOICES = [SelectChoice(role.value, label(role)) for role in Role]


class LoginForm(FlaskForm):
    email = EmailField("Email", validators=[DataRequired(), Length(max=254)])
    password = PasswordField("Password", validators=[DataRequired(), Length(max=200)])


class UserCreateForm(FlaskForm):
    email = EmailField("Email", validators=[DataRequired(), Email(check_deliverability=False), Length(max=254)])
    display_name = StringField("Display name", validators=[DataRequired(), Length(max=120)])
    role = SelectField("Role", choices=ROLE_CHOICES, default=Role.REVIEWER.value)
    password = PasswordField("Password", validators=NEW_PASSWORD)


class RoleForm(FlaskForm):
    role = SelectField("Role", choices=ROLE_CHOICES)


class PasswordChangeForm(FlaskForm):
    current = PasswordField("Current password", validators=[DataRequired(), Length(max=200)])
    new = PasswordField("New password", validators=NEW_PASSWORD)
    confirm = PasswordField("New password again", validators=[EqualTo("new", "The two new passwords differ.")])


class PasswordResetForm(FlaskForm):
    password = PasswordField("New password", validators=NEW_PASSWORD)
