"""Column helpers shared by the models."""
import enum
from datetime import UTC, datetime

import sqlalchemy as sa


def utcnow() -> datetime:
    return datetime.now(UTC)


def enum_column(enum_cls: type[enum.Enum], name: str) -> sa.Enum:
    """A portable enum: VARCHAR plus a named CHECK constraint holding the values."""
    return sa.Enum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        validate_strings=True,
        length=max(len(member.value) for member in enum_cls),
        values_callable=lambda members: [member.value for member in members],
    )


def timestamp(**kwargs) -> sa.orm.MappedColumn:
    return sa.orm.mapped_column(sa.DateTime(timezone=True), **kwargs)


LIKE_ESCAPE = "\\"


def escape_like(text: str) -> str:
    """`text` with LIKE's wildcards taken literally (use with escape=LIKE_ESCAPE)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def plain(value):
    """A value as JSON holds it: dates as ISO text, enums as their value."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return getattr(value, "value", value)
