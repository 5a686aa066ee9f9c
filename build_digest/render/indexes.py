"""Index pages: the home page, the chronology and the speakers index."""

from __future__ import annotations

import datetime as dt

from ..doc import Document
from .dates import inferred_mark
from .escape import esc, meta_text
from .frontmatter import front_matter
from .site import (
    ARTICLES_DIR,
    CORPUS_JSON,
    SiteContext,
    format_date,
    label,
    page_url,
    relative_url,
)


def newest_first(docs: list[Document]) -> list[Document]:
    """Dated articles newest first, then undated ones by id (a total, stable order)."""
    def key(doc: Document) -> tuple:
        published = doc.meta.published
        return (published is None, -(published or dt.date.min).toordinal(), doc.id)
    return sorted(docs, key=key)


def article_item(doc: Document, from_md: str) -> str:
    """One article as an HTML list item: date · outlet · linked headline."""
    meta = doc.meta
    href = relative_url(from_md, page_url(ARTICLES_DIR, doc.id))
    if meta.published:
        date = esc(format_date(meta.published, meta.published_precision or "day"))
        if meta.published_inferred:
            date += " " + inferred_mark(meta.published_evidence)
        iso = meta.published.isoformat()[: {"year": 4, "month": 7}.get(meta.published_precision or "", 10)]
        when = f'<time datetime="{iso}">{date}</time>'
    else:
        when = f'<span class="bd-unknown">{esc(label("undated"))}</span>'
    outlet = esc(meta.outlet) if meta.outlet else f'<span class="bd-unknown">{esc(label("unknown"))}</span>'
    return (f'<li class="bd-article-item">{when} · <span class="bd-outlet">{outlet}</span> · '
            f'<a href="{href}">{esc(meta.title or doc.id)}</a></li>')


def render_home(docs: list[Document], ctx: SiteContext) -> str:
    items = "\n".join(article_item(d, "index.md") for d in newest_first(docs))
    json_href = relative_url("index.md", CORPUS_JSON)
    feed_href = relative_url("index.md", "feed.xml")
    return "".join([
        front_matter({"title": meta_text(label("home_title")),
                      "description": meta_text(label("home_intro"))}),
        f"# {esc(label('home_title'))}\n\n",
        f"{esc(label('home_intro'))}\n\n",
        f'<ul class="bd-article-list" markdown="0">\n{items}\n</ul>\n\n',
        f'<p class="bd-download" markdown="0"><a href="{json_href}" download>'
        f"{esc(label('download_json'))}</a> · "
        f'<a href="{feed_href}" type="application/rss+xml">{esc(label("feed"))}</a> · '
        f"{len(docs)} {esc(label('article_count'))}</p>\n",
    ])


def home_part(doc: Document) -> str:
    """Everything :func:`render_home` reads of one article (see :func:`.chronology_part`)."""
    return repr((doc.meta.published, doc.id, article_item(doc, "index.md")))
