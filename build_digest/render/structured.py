"""schema.org data of an article page: the NewsArticle and the Quotations it reports.

The build step serializes it for the page head (:func:`script_json`): ``<``, ``>``, ``&`` and
``'`` are written as JSON escapes, so seed text can neither close the script element nor appear
as markup anywhere in the generated Markdown, front matter included, while JSON readers still
get the exact text.
"""

from __future__ import annotations

import json
from typing import Any

from ..doc import Document
from .site import ARTICLES_DIR, SiteContext, page_url


def article_url(doc: Document, ctx: SiteContext) -> str | None:
    """The canonical address of an article page (None when the site address is unknown)."""
    return f"{ctx.site_url}{page_url(ARTICLES_DIR, doc.id)}" if ctx.site_url else None


def quotation_schema(doc: Document, ctx: SiteContext) -> list[dict[str, Any]]:
    """One schema.org Quotation per direct quote, attributed to its speaker when known."""
    base = article_url(doc, ctx)
    items = []
    for quote in doc.quotes:
        item: dict[str, Any] = {"@type": "Quotation", "text": quote.text,
                                "inLanguage": doc.meta.language}
        if quote.speaker:
            item["spokenByCharacter"] = {"@type": "Person", "name": quote.speaker}
        if base:
            item["url"] = f"{base}#{quote.id}"
            item["isPartOf"] = {"@id": base}
        items.append(item)
    return items


def article_schema(doc: Document, ctx: SiteContext) -> dict[str, Any]:
    """JSON-LD of an article page: the NewsArticle, plus a Quotation per quote."""
    article = ctx.news_article_schema(doc)
    url = article_url(doc, ctx)
    if url:
        article.update({"@id": url, "url": url, "mainEntityOfPage": url})
    quotes = quotation_schema(doc, ctx)
    if not quotes:
        return article
    context = article.pop("@context")
    return {"@context": context, "@graph": [article, *quotes]}


_SCRIPT_UNSAFE = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026", ord("'"): "\\u0027"}


def script_json(data: Any) -> str:
    """JSON safe to print raw inside ``<script type="application/ld+json">``."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_UNSAFE)
