"""The extraction result: claims with exact offsets and the speakers behind them."""
import datetime as dt
from dataclasses import asdict, dataclass, field


@dataclass
class Speaker:
    name: str
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    kind: str = "person"  # person | organisation | media | document


@dataclass
class Claim:
    start: int
    end: int
    text: str
    speaker: str | None
    speaker_mention: str | None
    speaker_role: str | None
    speaker_kind: str | None
    cue: str | None
    channel: str | None
    statement_date: str | None  # "YYYY-MM-DD" or "YYYY-MM"
    quote_type: str  # direct | indirect | unattributed
    category: str | None


@dataclass
class Extraction:
    claims: list[Claim]
    speakers: list[Speaker]
    article_date: dt.date | None = None
    characters: int = 0
    warnings: list[str] = field(default_factory=list)  # what could not be parsed sensibly

    def to_dict(self, article: dict | None = None) -> dict:
        """The extraction contract: {"claims": [...], "speakers": [...], "article": {...}};
        the article's "warnings" say what was parsed only in pieces or not at all."""
        details = {"date": self.article_date.isoformat() if self.article_date else None,
                   "characters": self.characters, "warnings": list(self.warnings)}
        details.update(article or {})
        return {
            "claims": [asdict(claim) for claim in self.claims],
            "speakers": [asdict(speaker) for speaker in self.speakers],
            "article": details,
        }
