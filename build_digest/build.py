"""The build step: seeds in, Markdown pages (and the statements JSON) out."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .cache import DocumentCache
from .corpus import discover_seeds, load_corpus
from .doc import Document
from .errors import InputError
from .export import corpus_json, document_json
from .output import write_pages
from .progress import Progress
from .render.article import render_article
from .render.chronology import CHRONOLOGY_PAGE, render_chronology
from .render.feed import FEED_PATH, render_feed
from .render.indexes import render_home
from .render.site import ARTICLES_DIR, CORPUS_JSON, SiteContext, page_path
from .render.speakers import render_speaker_pages
from .siteconfig import load_site_config


@dataclass
class BuildResult:
    docs: list[Document] = field(default_factory=list)
    failures: list[InputError] = field(default_factory=list)
    pages: int = 0


def render_site(docs: list[Document], ctx: SiteContext) -> dict[str, str]:
    """Every generated file, path relative to docs/ -> content. Pure: no I/O."""
    pages: dict[str, str] = {"index.md": render_home(docs, ctx)}
    for doc in docs:
        pages[page_path(ARTICLES_DIR, doc.id)] = render_article(doc, ctx)
    pages[CHRONOLOGY_PAGE] = render_chronology(docs, ctx)
    pages.update(render_speaker_pages(docs, ctx))
    pages[CORPUS_JSON] = corpus_json([document_json(d) for d in docs])
    pages[FEED_PATH] = render_feed(docs, ctx)
    return pages


def default_cache_dir() -> Path:
    return Path(os.environ.get("BUILD_DIGEST_CACHE", ".cache/build_digest"))


def build(seeds: Path, out: Path, keep_going: bool = False,
          cache_dir: Path | None = None) -> BuildResult:
    """Load every seed, render, and swap the new pages into ``out``.

    With ``keep_going`` a bad seed is reported and left out; otherwise the first bad seed stops
    the build before anything is written.
    """
    paths = discover_seeds(seeds)
    cache = DocumentCache(cache_dir) if cache_dir else None
    progress = Progress("annotating")
    loaded = load_corpus(paths, display=lambda p: p.as_posix(), keep_going=keep_going,
                         cache=cache, progress=progress)
    progress.close()
    config = load_site_config(out.resolve().parent)  # site address and name, from mkdocs.yml
    ctx = SiteContext(docs={d.id: d for d in loaded.docs}, site_url=config.site_url,
                      extra={"site_name": config.site_name})
    pages = render_site(loaded.docs, ctx)
    write_pages(out, pages)
    if cache and not loaded.failures:
        cache.prune()
    return BuildResult(docs=loaded.docs, failures=loaded.failures, pages=len(pages))
