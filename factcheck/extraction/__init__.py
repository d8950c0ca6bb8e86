"""Claim extraction: text in, attributed claims with exact character offsets out.

Pure Python on spaCy; it imports neither Flask nor the database.
"""
from .categories import Categories, load_categories
from .dates import detect_article_date
from .model import Claim, Extraction, Speaker
from .pipeline import extract

__all__ = ["Categories", "Claim", "Extraction", "Speaker", "detect_article_date", "extract", "load_categories"]
