"""Speaker pages and the speakers index."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from ..doc import Document, Quote
from ..speakers import speaker_slugs
from .escape import esc, meta_text
from .frontmatter import front_matter
from .site import (
    ARTICLES_DIR,
    SPEAKERS_DIR,
    SiteContext,
    format_date,
    label,
    page_path,
    page_url,
    relative_url,
)

SPEAKERS_INDEX = f"{SPEAKERS_DIR}/index.md"


def chronological(statements: list[tuple[Document, Quote]]) -> list[tuple[Document, Quote]]:
    """By the article's publication date (undated last), then article, then place in the text."""
    def key(item: tuple[Document, Quote]) -> tuple:
        doc, quote = item
        published = doc.meta.published
        return (published is None, published or dt.date.max, doc.id, quote.open_mark)
    return sorted(statements, key=key)


def statements_by_speaker(docs: list[Document]) -> dict[str, list[tuple[Document, Quote]]]:
    found: dict[str, list[tuple[Document, Quote]]] = defaultdict(list)
    for doc in docs:
        for quote in doc.quotes:
            if quote.speaker:
                found[quote.speaker].append((doc, quote))
    return {name: chronological(items) for name, items in found.items()}


def speaker_part(name: str, slug: str):
    """What the page of speaker ``name`` reads of one article, written out (see
    :func:`.chronology.chronology_part`): the statements it lists from it, with their order."""
    from_md = page_path(SPEAKERS_DIR, slug)

    def part(doc: Document) -> str:
        published = doc.meta.published
        return repr([((published is None, published or dt.date.max, doc.id, quote.open_mark),
                      statement_item(doc, quote, from_md))
                     for quote in doc.quotes if quote.speaker == name])
    return part


def _when(doc: Document) -> str:
    meta = doc.meta
    if not meta.published:
        return f'<span class="bd-unknown">{esc(label("undated"))}</span>'
    shown = esc(format_date(meta.published, meta.published_precision or "day"))
    if meta.published_inferred:
        shown += f' <span class="bd-inferred">({esc(label("inferred"))})</span>'
    return f'<time datetime="{meta.published.isoformat()}">{shown}</time>'


def statement_item(doc: Document, quote: Quote, from_md: str) -> str:
    """One statement: the quote linking to its anchor, then date · outlet · article."""
    article = relative_url(from_md, page_url(ARTICLES_DIR, doc.id))
    outlet = (esc(doc.meta.outlet) if doc.meta.outlet
              else f'<span class="bd-unknown">{esc(label("unknown"))}</span>')
    partial = (f' <span class="bd-partial">({esc(label("partial_quote"))})</span>'
               if quote.partial else "")
    return (f'<li class="bd-statement"><blockquote><a href="{article}#{esc(quote.id)}">'
            f"\u201c{esc(quote.text)}\u201d</a>{partial}</blockquote>"
            f'<p class="bd-statement-source">{_when(doc)} · <span class="bd-outlet">{outlet}</span>'
            f' · <a href="{article}">{esc(doc.meta.title or doc.id)}</a></p></li>')


def render_speaker_page(name: str, statements: list[tuple[Document, Quote]], slug: str) -> str:
    from_md = page_path(SPEAKERS_DIR, slug)
    items = "\n".join(statement_item(d, q, from_md) for d, q in statements)
    return "".join([
        front_matter({"title": meta_text(name),
                      "description": meta_text(f"{label('speakers')}: {name}")}),
        f'<h1 class="bd-title">{esc(name)}</h1>\n\n',
        f"{esc(label('speaker_intro'))} {len(statements)} {esc(label('quote_count'))}.\n\n",
        f'<ol class="bd-statement-list" markdown="0">\n{items}\n</ol>\n',
    ])


def render_speakers_index(docs: list[Document], by_speaker: dict[str, list[tuple[Document, Quote]]],
                          slugs: dict[str, str]) -> str:
    """The speakers index: every speaker, most quoted first, and the unattributed count."""
    ranked = sorted(by_speaker, key=lambda n: (-len(by_speaker[n]), n.casefold()))
    rows = [f'<li><a href="{relative_url(SPEAKERS_INDEX, page_url(SPEAKERS_DIR, slugs[n]))}">'
            f"{esc(n)}</a> \u2014 {len(by_speaker[n])} {esc(label('quote_count'))}</li>" for n in ranked]
    unattributed = sum(1 for d in docs for q in d.quotes if not q.speaker)
    body = ('<ul class="bd-speaker-list" markdown="0">\n' + "\n".join(rows) + "\n</ul>\n"
            if rows else f"{esc(label('no_speakers'))}\n")
    if unattributed:
        body += f"\n{esc(label('unattributed_quotes'))}: {unattributed}.\n"
    return "".join([
        front_matter({"title": meta_text(label("speakers")),
                      "description": meta_text(label("speakers_intro"))}),
        f"# {esc(label('speakers'))}\n\n{esc(label('speakers_intro'))}\n\n",
        body,
    ])


def render_speaker_pages(docs: list[Document], ctx: SiteContext) -> dict[str, str]:
    """Markdown path -> page for the speakers index and every speaker page."""
    by_speaker = statements_by_speaker(docs)
    slugs = speaker_slugs(docs)
    pages: dict[str, str] = {}
    for name, statements in by_speaker.items():
        pages[page_path(SPEAKERS_DIR, slugs[name])] = render_speaker_page(name, statements, slugs[name])
    pages[SPEAKERS_INDEX] = render_speakers_index(docs, by_speaker, slugs)
    return pages


def speakers_index_part(doc: Document) -> str:
    """Everything :func:`render_speakers_index` reads of one article (the speaker of each of its
    quotes; the page slugs are the site's), see :func:`.chronology_part`."""
    return repr([quote.speaker for quote in doc.quotes])
