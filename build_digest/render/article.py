"""The article page: metadata block, the cleaned text with its annotations, and sections."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..doc import Document, Span
from .dates import published_html
from .escape import esc, meta_text
from .facets import search_facets
from .frontmatter import front_matter
from .related import render_backlinks, render_related_section
from .site import SiteContext, label
from .structured import article_schema, script_json


@dataclass(frozen=True, slots=True)
class Inline:
    """Markup to wrap around ``text[start:end]`` inside the page body (already-safe HTML)."""

    start: int
    end: int
    open: str
    close: str
    order: int = 0  # outer wrappers first when two start at the same offset


InlineSource = Callable[[Document, SiteContext], list[Inline]]
# Features add inline markup (quote highlights, event anchors) by appending here.
INLINE_SOURCES: list[InlineSource] = []
# Features add page sections (quotes list, related statements) by appending here. A section
# that shows another document must be covered by pagegroups.article_reads (rebuilds keep a
# page whose documents did not change; tests/test_incremental.py checks it).
SectionSource = Callable[[Document, SiteContext], str]
SECTION_SOURCES: list[SectionSource] = []
SECTION_SOURCES.extend([render_related_section, render_backlinks])


def _quote_inlines(doc: Document, ctx: SiteContext) -> list[Inline]:
    from .quotes import quote_inlines  # imported late: it builds on this module

    return quote_inlines(doc, ctx)


def _quotes_section(doc: Document, ctx: SiteContext) -> str:
    from .quotes import quotes_section

    return quotes_section(doc, ctx)


INLINE_SOURCES.append(_quote_inlines)
SECTION_SOURCES.append(_quotes_section)


def _lead_inline(doc: Document, ctx: SiteContext) -> list[Inline]:
    return [Inline(s.start, s.end, '<span class="bd-lead">', "</span>", order=-1)
            for s in doc.spans_of("lead")]


def render_paragraph(doc: Document, start: int, end: int, inlines: list[Inline]) -> str:
    """Escape ``text[start:end]`` and weave in the inline markup that overlaps it."""
    events: list[tuple[int, int, int, str]] = []  # (offset, kind, order, html)
    for item in inlines:
        a, b = max(item.start, start), min(item.end, end)
        if a >= b and not (item.start == item.end and start <= item.start <= end):
            continue
        events.append((a, 1, item.order, item.open))
        events.append((b, 0, -item.order, item.close))
    events.sort()
    out: list[str] = []
    cursor = start
    for offset, _kind, _order, html in events:
        if offset > cursor:
            out.append(esc(doc.text[cursor:offset]))
            cursor = offset
        out.append(html)
    out.append(esc(doc.text[cursor:end]))
    return "".join(out)


def _with_inlines(paragraphs: list[Span], inlines: list[Inline]
                  ) -> Iterator[tuple[Span, list[Inline]]]:
    """Each paragraph (sorted) with the inlines that may touch it: one sweep, not paragraphs x
    inlines, so an article of many paragraphs and many quotes renders in linear time."""
    pending = sorted(inlines, key=lambda i: (i.start, i.end))
    active: list[Inline] = []
    next_item = 0
    for span in paragraphs:
        while next_item < len(pending) and pending[next_item].start <= span.end:
            active.append(pending[next_item])
            next_item += 1
        active = [i for i in active if i.end >= span.start]
        yield span, active


def render_body(doc: Document, ctx: SiteContext) -> str:
    inlines = _lead_inline(doc, ctx)
    for source in INLINE_SOURCES:
        inlines.extend(source(doc, ctx))
    lang = "" if doc.meta.language == ctx.language else f' lang="{esc(doc.meta.language)}"'
    paragraphs = sorted(doc.spans_of("paragraph"), key=lambda s: s.start)
    parts = [f'<div class="bd-body"{lang} markdown="0">']
    for number, (span, near) in enumerate(_with_inlines(paragraphs, inlines), 1):
        html = render_paragraph(doc, span.start, span.end, near)
        parts.append(f'<p id="p{number}" data-offset="{span.start}">{html}</p>')
    parts.append("</div>")
    return "\n".join(parts) + "\n\n"


def _row(name: str, value_html: str) -> str:
    return f"<div><dt>{esc(label(name))}</dt><dd>{value_html}</dd></div>"


def render_meta_block(doc: Document, ctx: SiteContext) -> str:
    meta = doc.meta
    unknown = f'<span class="bd-unknown">{esc(label("unknown"))}</span>'
    rows = [_row("outlet", esc(meta.outlet) if meta.outlet else unknown)]
    rows.append(_row("published", published_html(meta)))
    if meta.dateline:
        rows.append(_row("dateline", esc(meta.dateline)))
    if meta.wire:
        rows.append(_row("wire", esc(", ".join(meta.wire))))
    if meta.editor:
        rows.append(_row("editor", esc(meta.editor)))
    if meta.author:
        rows.append(_row("author", esc(meta.author)))
    if meta.source_url:
        rows.append(_row("source_url", f'<a href="{esc(meta.source_url)}" rel="nofollow noopener"'
                         f' class="bd-source-link">{esc(meta.source_url)}</a>'))
    rows.append(_row("source_file", f"<code>{esc(doc.source)}</code>"))
    html = ['<dl class="bd-meta" markdown="0">', *rows, "</dl>"]
    if meta.notes:
        notes = "".join(f"<p>{esc(n)}</p>" for n in meta.notes)
        html.append(f'<aside class="bd-notes" markdown="0"><strong>{esc(label("notes"))}</strong>'
                    f"{notes}</aside>")
    return "\n".join(html) + "\n\n"


def page_description(doc: Document, limit: int = 200) -> str:
    first = next(iter(sorted(doc.spans_of("paragraph"), key=lambda s: s.start)), None)
    if first is None:
        return ""
    text = doc.text[first.start:first.end]
    lead = next((s for s in doc.spans_of("lead") if s.start == first.start), None)
    if lead:
        text = doc.text[lead.end:first.end]
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit] + "…"


def article_front_matter(doc: Document, ctx: SiteContext) -> dict:
    meta = doc.meta
    fields: dict = {
        "title": meta_text(meta.title or doc.id),
        "description": meta_text(page_description(doc)),
    }
    if meta.published:
        fields["date"] = meta.published.isoformat()
    fields["tags"] = [meta_text(t) for t in [*((meta.outlet and [meta.outlet]) or []), *meta.tags]]
    fields["bd_article"] = {
        "id": doc.id,
        "outlet": meta.outlet,
        "published": meta.published.isoformat() if meta.published else None,
        "published_inferred": meta.published_inferred,
        "language": meta.language,
    }
    fields["bd_jsonld"] = script_json(article_schema(doc, ctx))
    fields["bd_search"] = search_facets(doc)
    return fields


def render_article(doc: Document, ctx: SiteContext) -> str:
    """The whole Markdown page of one article."""
    parts = [
        front_matter(article_front_matter(doc, ctx)),
        f'<h1 class="bd-title">{esc(doc.meta.title or doc.id)}</h1>\n\n',
        render_meta_block(doc, ctx),
        render_body(doc, ctx),
    ]
    parts.extend(source(doc, ctx) for source in SECTION_SOURCES)
    return "".join(parts)
