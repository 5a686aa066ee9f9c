"""The chronology index: articles (and, once dated events exist, events) on one timeline."""

from __future__ import annotations

from ..doc import Document
from .escape import esc, meta_text
from .frontmatter import front_matter
from .indexes import article_item, newest_first
from .site import CHRONOLOGY_DIR, SiteContext, label

CHRONOLOGY_PAGE = f"{CHRONOLOGY_DIR}/index.md"


def render_chronology(docs: list[Document], ctx: SiteContext) -> str:
    dated = [d for d in newest_first(docs) if d.meta.published]
    undated = [d for d in newest_first(docs) if not d.meta.published]
    out = [front_matter({"title": meta_text(label("chronology")),
                         "description": meta_text(label("chronology_intro"))}),
           f"# {esc(label('chronology'))}\n\n{esc(label('chronology_intro'))}\n\n"]
    if dated:
        items = "\n".join(article_item(d, CHRONOLOGY_PAGE) for d in dated)
        out.append(f'<ul class="bd-article-list" markdown="0">\n{items}\n</ul>\n\n')
    if undated:
        items = "\n".join(article_item(d, CHRONOLOGY_PAGE) for d in undated)
        out.append(f"## {esc(label('undated'))}\n\n"
                   f'<ul class="bd-article-list" markdown="0">\n{items}\n</ul>\n')
    return "".join(out)
