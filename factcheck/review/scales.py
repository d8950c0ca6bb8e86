"""The verdict scales from config/verdict_scales.toml."""
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..settings import config_dir

SCALE_NAMES = ("attribution", "veracity")


@dataclass(frozen=True)
class Rating:
    key: str
    label: str
    value: int
    rated: bool = True


@dataclass(frozen=True)
class Scale:
    name: str
    label: str
    ratings: tuple[Rating, ...]

    def get(self, key: str | None) -> Rating | None:
        return next((rating for rating in self.ratings if rating.key == key), None)

    @property
    def best(self) -> int:
        return max(rating.value for rating in self.ratings if rating.rated)

    @property
    def worst(self) -> int:
        return min(rating.value for rating in self.ratings if rating.rated)


def load_scales(path: Path) -> dict[str, Scale]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {
        name: Scale(name, data[name]["label"], tuple(Rating(**item) for item in data[name]["ratings"]))
        for name in SCALE_NAMES
    }


@cache
def _cached_scales(path: Path, mtime: float) -> dict[str, Scale]:
    return load_scales(path)


def scales() -> dict[str, Scale]:
    """The configured scales, re-read when the file changes."""
    path = config_dir() / "verdict_scales.toml"
    return _cached_scales(path, path.stat().st_mtime)
