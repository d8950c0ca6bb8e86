"""Two imports of one text racing: the loser is told it is a duplicate, not a new version of itself."""
import threading

import pytest
import sqlalchemy as sa

from factcheck.articles.services import DuplicateArticle, draft_from_paste, import_article
from factcheck.extensions import db

TEXT = "Ferry fares to rise\n\n“We need another month,” said Petra Lind, the council's chair.\n"


class CommitRivalBeforeVersionCheck:
    """Lets a rival import of the same text commit just as the first one looks for earlier versions,
    after it found no identical text: the interleaving two bulk-import workers can hit."""

    def __init__(self, app):
        self.app = app
        self.fired = False
        self.errors: list = []

    def __call__(self, _conn, _cursor, statement: str, *_args) -> None:
        if self.fired or "fingerprint IS NOT NULL" not in statement:
            return
        self.fired = True
        rival = threading.Thread(target=self._import)
        rival.start()
        rival.join(timeout=60)

    def _import(self) -> None:
        try:
            with self.app.app_context():
                import_article(None, draft_from_paste(TEXT))
                db.session.commit()
        except Exception as error:  # noqa: BLE001  (reported by the test below)
            self.errors.append(error)


def test_identical_text_committed_mid_import_is_reported_as_a_duplicate(app):
    rival = CommitRivalBeforeVersionCheck(app)
    with app.app_context():
        engine = db.engine
    sa.event.listen(engine, "before_cursor_execute", rival)
    try:
        with app.app_context(), pytest.raises(DuplicateArticle) as refused:
            import_article(None, draft_from_paste(TEXT))
    finally:
        sa.event.remove(engine, "before_cursor_execute", rival)
    assert rival.fired and rival.errors == []
    assert refused.value.message == "This text was imported before."
