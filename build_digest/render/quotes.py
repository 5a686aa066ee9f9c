"""Quotes on the article page: highlights in the text and the list of the article's quotes."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..doc import Document, Quote
from ..speakers import speaker_slugs
from ..textutil import shorten
from .article import Inline
from .escape import esc
from .site import ARTICLES_DIR, SPEAKERS_DIR, SiteContext, label, page_path, page_url, relative_url

_LIST_CHARS = 180


def slugs(ctx: SiteContext, doc: Document) -> dict[str, str]:
    """Speaker page slugs of the whole site (computed once per context)."""
    cached = ctx.extra.get("speaker_slugs")
    if cached is None:
        docs = list(ctx.docs.values()) or [doc]
        if doc.id not in ctx.docs:
            docs.append(doc)
        cached = ctx.extra["speaker_slugs"] = speaker_slugs(docs)
    return cached


def speaker_href(ctx: SiteContext, doc: Document, from_md: str, speaker: str) -> str | None:
    slug = slugs(ctx, doc).get(speaker)
    return relative_url(from_md, page_url(SPEAKERS_DIR, slug)) if slug else None


def quote_span(quote: Quote) -> tuple[int, int]:
    """The highlighted range: the quote with its marks."""
    end = quote.close_mark + 1 if quote.close_mark is not None else quote.end
    return quote.open_mark, end


def attribution_note(quote: Quote) -> str:
    """Plain-text explanation of an attribution (for tooltips): speaker, evidence, confidence."""
    who = quote.speaker or label("unknown_speaker")
    parts = [who]
    if quote.speaker_evidence:
        parts.append(f"{label('evidence')}: {quote.speaker_evidence}")
    if quote.speaker:
        parts.append(f"{label('confidence')}: {quote.confidence:.2f}")
    return " · ".join(parts)


def speaker_html(ctx: SiteContext, doc: Document, quote: Quote, from_md: str) -> str:
    if not quote.speaker:
        return f'<span class="bd-unknown">{esc(label("unknown_speaker"))}</span>'
    href = speaker_href(ctx, doc, from_md, quote.speaker)
    name = esc(quote.speaker)
    return f'<a class="bd-speaker" href="{href}">{name}</a>' if href else name


def quote_inlines(doc: Document, ctx: SiteContext) -> list[Inline]:
    """Each quote wrapped in ``<mark>`` (the id on its first piece only), then its permalink and
    speaker."""
    from_md = page_path(ARTICLES_DIR, doc.id)
    paragraphs = sorted((s.start, s.end) for s in doc.spans_of("paragraph"))
    out: list[Inline] = []
    for quote in doc.quotes:
        start, end = quote_span(quote)
        near = paragraphs[max(bisect_right(paragraphs, (start, start)) - 1, 0):
                          bisect_left(paragraphs, (end, end))]  # sorted, disjoint: bisect
        pieces = [(max(a, start), min(b, end)) for a, b in near if a < end and start < b]
        classes = "bd-quote bd-quote-partial" if quote.partial else "bd-quote"
        speaker_attr = f' data-speaker="{esc(quote.speaker)}"' if quote.speaker else ""
        title = esc(attribution_note(quote))
        for n, (a, b) in enumerate(pieces or [(start, end)]):
            anchor = f' id="{esc(quote.id)}"' if n == 0 else ""
            opening = f'<mark class="{classes}"{anchor}{speaker_attr} title="{title}">'
            closing = "</mark>"
            if n == len(pieces) - 1 or not pieces:
                closing += (f'<a class="bd-permalink" href="#{esc(quote.id)}" '
                            f'title="{esc(label("quote_permalink"))}">#</a>'
                            f'<span class="bd-quote-by"> \u2014 '
                            f"{speaker_html(ctx, doc, quote, from_md)}</span>")
            out.append(Inline(a, b, opening, closing, order=1))
    return out


def quotes_section(doc: Document, ctx: SiteContext) -> str:
    """The article's quotes in text order, each linking to its place and to its speaker's page."""
    if not doc.quotes:
        return ""
    from_md = page_path(ARTICLES_DIR, doc.id)
    items = []
    for quote in doc.quotes:
        kind = f' <span class="bd-partial">({esc(label("partial_quote"))})</span>' if quote.partial else ""
        evidence = (f' <span class="bd-evidence" title="{esc(attribution_note(quote))}">'
                    f"({esc(quote.speaker_evidence)})</span>" if quote.speaker_evidence else "")
        excerpt = esc(shorten(quote.text, _LIST_CHARS))
        items.append(f'<li><a href="#{esc(quote.id)}">\u201c{excerpt}\u201d</a>{kind}'
                     f" \u2014 {speaker_html(ctx, doc, quote, from_md)}{evidence}</li>")
    return (f"## {esc(label('quotes'))}\n\n"
            f'<ol class="bd-quote-list" markdown="0">\n' + "\n".join(items) + "\n</ol>\n\n")
