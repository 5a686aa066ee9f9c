"""schema.org data of an article page: the NewsArticle and the Quotations it reports.

Plain data for the page head; the template serializes it with ``tojson``, which escapes ``<``,
``>``, ``&`` and ``'``, so seed text cannot close the script element.
"""

from __future__ import annotations

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
