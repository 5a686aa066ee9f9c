"""Editors' decisions on links, from the sidecar key ``links:``.

    links:
      - quote: q3                      # a quote of this article
        other: 001-70cb9827bcca99bd#q5  # <article id>#<quote id> of another article
        status: confirm                # confirm | reject

``confirm`` makes the two quotes one statement (score 1.0, reason "editor") whatever the matcher
found; ``reject`` removes every link between them, in both articles. When editors disagree on a
pair, ``reject`` wins. A decision naming a quote that no longer exists is reported as a warning of
the article and ignored (quote ids can change when the text changes).
"""

from __future__ import annotations

import re
from typing import Any

from ..doc import Document, RelatedLink

STATUSES = ("confirm", "reject")
_ID = re.compile(r"^[\w.-]{1,120}$")


class LinkError(ValueError):
    """A malformed ``links`` entry; the message says which and what is expected."""


def validate_links(value: Any) -> list[dict[str, str]]:
    """Check the ``links`` sidecar value; return clean decisions or raise :class:`LinkError`."""
    if not isinstance(value, list):
        raise LinkError("expected a list of {quote, other, status} entries")
    clean = []
    for number, item in enumerate(value, 1):
        where = f"entry {number}"
        if not isinstance(item, dict):
            raise LinkError(f"{where}: expected 'quote', 'other' and 'status' keys")
        unknown = sorted(set(map(str, item)) - {"quote", "other", "status", "note"})
        if unknown:
            raise LinkError(f"{where}: unknown key {unknown[0]!r} (use quote, other, status, note)")
        quote, other, status = item.get("quote"), item.get("other"), item.get("status")
        if not isinstance(quote, str) or not _ID.match(quote.strip()):
            raise LinkError(f"{where}: 'quote' must be the id of a quote of this article (e.g. q3)")
        if not isinstance(other, str) or other.count("#") != 1 or not all(
                _ID.match(part.strip()) for part in other.split("#")):
            raise LinkError(f"{where}: 'other' must read <article id>#<quote id> "
                            "(e.g. 001-70cb9827bcca99bd#q5)")
        if status not in STATUSES:
            raise LinkError(f"{where}: 'status' must be confirm or reject, not {status!r}")
        article, other_quote = (part.strip() for part in other.split("#"))
        clean.append({"quote": quote.strip(), "article": article, "other_quote": other_quote,
                      "status": status})
    return clean


def _drop_between(doc: Document, quote: str, article: str, other_quote: str) -> None:
    doc.related = [link for link in doc.related
                   if not (link.quote == quote and link.article == article
                           and link.other_quote == other_quote)]


def apply_decisions(docs: list[Document]) -> None:
    """Honour every sidecar's ``links`` decisions on the computed links (confirms, then rejects)."""
    by_id = {doc.id: doc for doc in docs}
    decisions: list[tuple[Document, str, Document, str, str]] = []
    for doc in docs:
        for number, item in enumerate(doc.sidecar.get("links", []), 1):
            other = by_id.get(item["article"])
            problem = None
            if not any(q.id == item["quote"] for q in doc.quotes):
                problem = f"no quote {item['quote']!r} in this article"
            elif other is None:
                problem = f"no article {item['article']!r} in this build"
            elif other is doc:
                problem = "'other' names this same article"
            elif not any(q.id == item["other_quote"] for q in other.quotes):
                problem = f"no quote {item['other_quote']!r} in article {item['article']!r}"
            if problem or other is None:
                doc.warnings.append(f"sidecar links, entry {number}: {problem}; the decision was "
                                    "ignored (check the quote ids in the extract output)")
                continue
            decisions.append((doc, item["quote"], other, item["other_quote"], item["status"]))
    for status in STATUSES:
        for doc, quote, other, other_quote, wanted in decisions:
            if wanted != status:
                continue
            _drop_between(doc, quote, other.id, other_quote)
            _drop_between(other, other_quote, doc.id, quote)
            if status == "confirm":
                doc.related.append(RelatedLink(quote, other.id, other_quote, "same_statement", 1.0,
                                               ["editor"], source="editor"))
                other.related.append(RelatedLink(other_quote, doc.id, quote, "same_statement", 1.0,
                                                 ["editor"], source="editor"))
