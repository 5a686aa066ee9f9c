"""Article sections for related statements: also reported by (with the wording diff), related
statements with their reasons, and backlinks from other articles."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from ..doc import Document, Quote, RelatedLink
from ..related.diff import word_diff
from ..textutil import shorten
from .escape import esc
from .site import ARTICLES_DIR, SiteContext, label, page_path, page_url, relative_url

EXCERPT_CHARS = 160
MAX_BACKLINKS = 30  # articles listed under "referred to by"; the rest are counted


def quote_anchor(quote_id: str) -> str:
    """Id of a quote's block in the related-statements section."""
    return f"rel-{quote_id}"


def highlight_anchor(quote_id: str) -> str:
    """Id of a quote's highlight in the article text (the quote id, as the quotes renderer sets)."""
    return quote_id


def _quote_of(doc: Document | None, quote_id: str) -> Quote | None:
    return next((q for q in doc.quotes if q.id == quote_id), None) if doc else None


def _href(doc: Document, other_id: str, quote_id: str | None = None) -> str:
    url = relative_url(page_path(ARTICLES_DIR, doc.id), page_url(ARTICLES_DIR, other_id))
    return f"{url}#{esc(highlight_anchor(quote_id))}" if quote_id else url


def _source_name(doc: Document) -> str:
    outlet = esc(doc.meta.outlet) if doc.meta.outlet else esc(label("unknown"))
    return f'<span class="bd-outlet">{outlet}</span> · {esc(doc.meta.title or doc.id)}'


@lru_cache(maxsize=1 << 12)
def render_diff(mine: str, other: str) -> str:
    """The other version's words; what it lacks struck through, what it adds underlined. (A
    function of the two texts alone, kept for the next page: every article that carries one
    version of a statement shows the same diffs against the others.)"""
    out = []
    for piece in word_diff(mine, other):
        text = esc(piece.text)
        if piece.op == "delete":
            out.append(f"<del>{text}</del>")
        elif piece.op == "insert":
            out.append(f"<ins>{text}</ins>")
        else:
            out.append(text)
    return " ".join(out)


def _reasons(link: RelatedLink) -> str:
    parts = []
    if "editor" in link.reasons:
        parts.append(esc(label("reason_editor")))
    if "same_speaker" in link.reasons:
        parts.append(esc(label("reason_same_speaker")))
    if link.terms:
        parts.append(f'{esc(label("reason_shared_terms"))}: {esc(", ".join(link.terms))}')
    return "; ".join(parts)


def _same_item(doc: Document, mine: Quote, link: RelatedLink, other_doc: Document) -> str:
    other = _quote_of(other_doc, link.other_quote)
    if other is None:
        return ""
    reasons = _reasons(link)
    why = f' <span class="bd-reason">({reasons})</span>' if reasons else ""
    return (f'<li><a href="{_href(doc, other_doc.id, other.id)}">{_source_name(other_doc)}</a>{why}'
            '<div class="bd-diff">'
            f"{render_diff(mine.text, other.text)}</div></li>")


def _related_item(doc: Document, link: RelatedLink, other_doc: Document) -> str:
    other = _quote_of(other_doc, link.other_quote)
    if other is None:
        return ""
    who = esc(other.speaker) if other.speaker else esc(label("related_unknown_speaker"))
    excerpt = esc(shorten(other.text, EXCERPT_CHARS))
    return (f'<li><a href="{_href(doc, other_doc.id, other.id)}">{who}: “{excerpt}”'
            f"</a> — {_source_name(other_doc)} "
            f'<span class="bd-reason">({_reasons(link)})</span></li>')


Inbound = dict[str, dict[str, list[tuple[Document, RelatedLink]]]]


def inbound_index(ctx: SiteContext) -> Inbound:
    """Article id -> quote id -> links from other articles' quotes that point at it.

    Built once per site context (one pass over every link), not once per page.
    """
    cached = ctx.extra.get("_inbound")
    if cached is not None and cached[0] is ctx.docs and cached[1] == len(ctx.docs):
        return cached[2]
    index: Inbound = defaultdict(lambda: defaultdict(list))
    for other in ctx.docs.values():
        for link in other.related:
            if link.article != other.id:
                index[link.article][link.other_quote].append((other, link))
    ctx.extra["_inbound"] = (ctx.docs, len(ctx.docs), index)
    return index


def inbound(doc: Document, ctx: SiteContext) -> dict[str, list[tuple[Document, RelatedLink]]]:
    """Quote id of ``doc`` -> links from other articles' quotes that point at it."""
    return inbound_index(ctx).get(doc.id) or {}


def _more_versions(doc: Document, quote: Quote, shown: list[RelatedLink],
                   ctx: SiteContext) -> str:
    """"+N other versions", with a link to the first version when it is not on the list."""
    size = int(quote.attrs.get("statement_versions") or 0)
    hidden = size - 1 - len(shown)
    if hidden <= 0:
        return ""
    text = f"+{hidden} {esc(label('more_versions'))}"
    first_id, _, first_quote = str(quote.attrs.get("statement", "")).partition("#")
    first = ctx.docs.get(first_id)
    if first is not None and first is not doc and not any(
            link.article == first_id and link.other_quote == first_quote for link in shown):
        text += (f'; {esc(label("first_reported"))} <a href="{_href(doc, first_id, first_quote)}">'
                 f"{_source_name(first)}</a>")
    return f'<li class="bd-more">{text}</li>'


def render_related_section(doc: Document, ctx: SiteContext) -> str:
    """The "related statements" section: one block per quote that links or is linked to."""
    by_quote: dict[str, list[RelatedLink]] = defaultdict(list)
    for link in doc.related:
        by_quote[link.quote].append(link)
    pointed_at = inbound(doc, ctx)
    blocks = []
    for quote in doc.quotes:
        links = by_quote.get(quote.id, [])
        if not links and quote.id not in pointed_at:
            continue
        same_links = [link for link in links
                      if link.kind == "same_statement" and link.article in ctx.docs]
        same = [_same_item(doc, quote, link, ctx.docs[link.article]) for link in same_links]
        if any(same):
            same.append(_more_versions(doc, quote, same_links, ctx))
        related = [_related_item(doc, link, ctx.docs[link.article]) for link in links
                   if link.kind == "related" and link.article in ctx.docs]
        speaker = f' <span class="bd-speaker">— {esc(quote.speaker)}</span>' if quote.speaker else ""
        parts = [f'<div class="bd-related-quote" id="{esc(quote_anchor(quote.id))}">',
                 f'<blockquote><p><a href="#{esc(highlight_anchor(quote.id))}">'
                 f"“{esc(shorten(quote.text, 400))}”</a>{speaker}</p></blockquote>"]
        if any(same):
            parts.append(f'<p class="bd-related-head">{esc(label("also_reported"))}</p>'
                         f'<ul class="bd-same">{"".join(same)}</ul>')
        if any(related):
            parts.append(f'<p class="bd-related-head">{esc(label("related_statements"))}</p>'
                         f'<ul class="bd-related-list">{"".join(related)}</ul>')
        parts.append("</div>")
        blocks.append("".join(parts))
    if not blocks:
        return ""
    return (f"## {esc(label('related_section'))}\n\n"
            f'<div class="bd-related" markdown="0">\n'
            f'<p class="bd-legend">{esc(label("diff_legend"))}</p>\n'
            + "\n".join(blocks) + "\n</div>\n\n")


def render_backlinks(doc: Document, ctx: SiteContext) -> str:
    """Articles whose statements link to this one, with how many links each."""
    counts: dict[str, int] = defaultdict(int)
    for links in inbound(doc, ctx).values():
        for other, _link in links:
            counts[other.id] += 1
    if not counts:
        return ""
    items = []
    ranked = sorted(counts, key=lambda i: (-counts[i], i))
    for other_id in ranked[:MAX_BACKLINKS]:
        other = ctx.docs[other_id]
        items.append(f'<li><a href="{_href(doc, other_id)}">{_source_name(other)}</a> '
                     f'<span class="bd-count">({counts[other_id]} {esc(label("links_count"))})'
                     "</span></li>")
    if len(ranked) > MAX_BACKLINKS:
        items.append(f'<li class="bd-more">+{len(ranked) - MAX_BACKLINKS} '
                     f'{esc(label("more_articles"))}</li>')
    return (f"## {esc(label('backlinks'))}\n\n"
            f'<ul class="bd-backlinks" markdown="0">\n' + "\n".join(items) + "\n</ul>\n\n")
