"""The extraction pipeline: a chain of small named steps over one document.

Like markdown-it's rule chains, each step is a plain function ``(doc, lexicon) -> None`` that
adds annotations; the order is the list below. Corpus-wide steps (speaker merging, related
statements, inferred dates) run afterwards in :mod:`build_digest.corpus`.
"""

from __future__ import annotations

from collections.abc import Callable

from .doc import Document
from .lexicon import Lexicon
from .steps.attribution.step import apply_quote_overrides, attribute_quotes
from .steps.boilerplate import mark_boilerplate
from .steps.dates import mark_dates
from .steps.elapsed import mark_elapsed
from .steps.events import extract_events
from .steps.metadata import detect_language, extract_metadata
from .steps.paragraphs import mark_paragraphs
from .steps.published import decide_published
from .steps.quotes import detect_quotes
from .steps.repair import mark_glued_paragraphs

Step = Callable[[Document, Lexicon], None]

STEPS: list[tuple[str, Step]] = [
    ("language", detect_language),
    ("boilerplate", mark_boilerplate),
    ("repair", mark_glued_paragraphs),
    ("metadata", extract_metadata),
    ("paragraphs", mark_paragraphs),
    ("quotes", detect_quotes),
    ("attribution", attribute_quotes),
    ("quote_overrides", apply_quote_overrides),
    ("dates", mark_dates),
    ("elapsed", mark_elapsed),
    ("published", decide_published),
    ("events", extract_events),
]


def run_steps(doc: Document, lex: Lexicon, steps: list[tuple[str, Step]] | None = None) -> Document:
    """Run every step in order and return the enriched document."""
    for _name, step in steps or STEPS:
        step(doc, lex)
    return doc
