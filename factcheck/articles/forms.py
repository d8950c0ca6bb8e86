from flask_wtf import FlaskForm
from flask_wtf.file import FileAllowed, FileField, MultipleFileField
from wtforms import DateField, HiddenField, StringField, SubmitField, TextAreaField, URLField
from wtforms.validators import DataRequired, Length, Optional

from ..validators import web_url
from .services import UNSUPPORTED_UPLOAD

UPLOAD_TYPES = ["txt", "html", "htm", "docx"]


class ArticleDetailsForm(FlaskForm):
    title = StringField("Title", validators=[Optional(), Length(max=500)])
    outlet = StringField("Outlet", validators=[Optional(), Length(max=200)])
    author = StringField("Author", validators=[Optional(), Length(max=200)])
    published_on = DateField("Published on", validators=[Optional()])
    url = URLField("URL", validators=[Optional(), Length(max=2000), web_url])


class ArticleEditForm(ArticleDetailsForm):
    title = StringField("Title", validators=[DataRequired(), Length(max=500)])
    submit = SubmitField("Save details")


class ArticleImportForm(ArticleDetailsForm):
    body = TextAreaField("Article text")
    upload = FileField("…or upload a file", validators=[
        FileAllowed(UPLOAD_TYPES, UNSUPPORTED_UPLOAD),
    ])
    # Set when the text was recognised as a new version of a stored article.
    version_of = HiddenField()
    preview = SubmitField("Fill in details from the text")
    submit = SubmitField("Import")
    update_existing = SubmitField("Update the existing article")
    import_separately = SubmitField("Import as a separate article")

    def validate(self, extra_validators=None) -> bool:
        valid = super().validate(extra_validators)
        has_text = bool(self.body.data and self.body.data.strip())
        has_upload = bool(self.upload.data and self.upload.data.filename)
        if has_text and has_upload:
            self.body.errors.append("Paste the text or upload a file, not both.")
            return False
        if not has_text and not has_upload:
            self.body.errors.append("The article is empty: paste its text or upload a file.")
            return False
        return valid


class BulkUploadForm(FlaskForm):
    files = MultipleFileField("Files (.txt, .html, .docx, or .zip archives of them)",
                              validators=[DataRequired("Choose at least one file.")])
    submit = SubmitField("Upload and import")
