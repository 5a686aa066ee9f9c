"""Search facets of an article page: the values Pagefind offers as filters.

They travel in the page's front matter (``bd_search``), HTML-escaped here like every seed value
there, and the template writes them as ``data-pagefind-filter`` elements
(overrides/partials/bd-search-facets.html).
"""

from __future__ import annotations

from typing import Any

from ..doc import Document
from .escape import display, meta_text


def quoted_speakers(doc: Document) -> list[str]:
    """Everyone quoted in the article, once each, in order of first quote."""
    seen: dict[str, None] = {}
    for quote in doc.quotes:
        name = " ".join(display(quote.speaker or "").split())
        if name:
            seen.setdefault(name, None)
    return list(seen)


def search_facets(doc: Document) -> dict[str, Any]:
    return {"speakers": [meta_text(name) for name in quoted_speakers(doc)]}
