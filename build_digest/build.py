"""The build step: seeds in, Markdown pages (and the statements JSON) out."""

from __future__ import annotations

import datetime as dt
import os
import pickle
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from . import incremental, picklefile
from .cache import DocumentCache, code_fingerprint, default_cache_dir  # noqa: F401 (re-exported)
from .corpus import load_corpus
from .doc import Document
from .errors import InputError
from .filedigest import FileDigests
from .lazydocs import LazyDocs, LazyInbound
from .output import write_groups
from .pagegroups import (
    Fingerprints,
    JsonMemo,
    PageGroup,
    article_reads,
    inbound_sources,
    link_part,
    statements_chunks,
    statements_part,
)
from .progress import Progress
from .render.article import render_article
from .render.chronology import CHRONOLOGY_PAGE, chronology_part, render_chronology
from .render.feed import FEED_PATH, feed_part, render_feed
from .render.indexes import home_part, render_home
from .render.site import ARTICLES_DIR, CORPUS_JSON, SPEAKERS_DIR, SiteContext, page_path
from .render.speakers import (
    SPEAKERS_INDEX,
    render_speaker_page,
    render_speakers_index,
    speaker_part,
    speakers_index_part,
    statements_by_speaker,
)
from .seedfiles import SeedListing, scan_seeds
from .siteconfig import load_site_config
from .speakers import speaker_slugs
from .uptodate import Outputs, Stamp, inputs_digest, save_stamp

STATEMENTS_MEMO = "statements-memo.pickle"  # in the cache folder: records of the statements file
PARTS_MEMO = "parts-memo.pickle"  # in the cache folder: digests of the parts of corpus pages


def _load_pickle(path: Path, kind: type):
    """The object pickled in ``path`` with the package's code of now; empty when there is none."""
    stored = picklefile.read(path)
    if not (isinstance(stored, tuple) and len(stored) == 2):
        return kind()
    code, value = stored
    return value if code == code_fingerprint() and isinstance(value, kind) else kind()


def _save_pickle(path: Path, value: object) -> None:
    picklefile.write(path, (code_fingerprint(), value))


@dataclass
class BuildResult:
    docs: list[Document] = field(default_factory=list)
    failures: list[InputError] = field(default_factory=list)
    pages: int = 0
    rendered: list[str] = field(default_factory=list)  # page groups rendered (others were kept)
    incremental: bool = False  # corpus steps run for the changed articles only
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (seed shown, warning)
    articles: int = 0
    newest: dt.date | None = None  # the newest publication date


def _one(path: str, render, *args) -> dict[str, str | list[str]]:
    return {path: render(*args)}


def speaker_groups(docs: list[Document], slugs: dict[str, str] | None = None) -> list[PageGroup]:
    """A group per speaker page, reading the documents that quote the speaker; then the index."""
    by_speaker = statements_by_speaker(docs)
    slugs = slugs if slugs is not None else speaker_slugs(docs)
    groups = []
    for name, statements in by_speaker.items():
        path = page_path(SPEAKERS_DIR, slugs[name])
        groups.append(PageGroup(path, partial(_one, path, render_speaker_page, name, statements,
                                              slugs[name]),
                                tuple(sorted({doc.id for doc, _quote in statements})),
                                part=speaker_part(name, slugs[name])))
    groups.append(PageGroup(SPEAKERS_INDEX, partial(_one, SPEAKERS_INDEX, render_speakers_index,
                                                    docs, by_speaker, slugs),
                            part=speakers_index_part))
    return groups


def site_groups(docs: list[Document], ctx: SiteContext, json_memo: JsonMemo | None = None,
                states: dict[str, str] | None = None, slugs: dict[str, str] | None = None
                ) -> list[PageGroup]:
    """Every generated file, as groups of pages rendered on demand (see :mod:`.pagegroups`)."""
    inbound = inbound_sources(docs)
    groups = [PageGroup("index.md", partial(_one, "index.md", render_home, docs, ctx),
                        part=home_part)]
    for doc in docs:
        path = page_path(ARTICLES_DIR, doc.id)
        groups.append(PageGroup(path, partial(_one, path, render_article, doc, ctx),
                                article_reads(doc, inbound), others=link_part))
    groups += [
        PageGroup(CHRONOLOGY_PAGE, partial(_one, CHRONOLOGY_PAGE, render_chronology, docs, ctx),
                  part=chronology_part),
        *speaker_groups(docs, slugs),
        *_data_groups(docs, ctx, json_memo, states),
    ]
    return groups


def _data_groups(docs: Sequence[Document] | LazyDocs, ctx: SiteContext,
                 json_memo: JsonMemo | None, states: dict[str, str]) -> list[PageGroup]:
    """The statements file and the feed: the last groups of every build."""
    return [
        PageGroup(CORPUS_JSON, partial(_one, CORPUS_JSON, statements_chunks, docs, json_memo, states),
                  part=statements_part),
        PageGroup(FEED_PATH, partial(_one, FEED_PATH, render_feed, docs, ctx),
                  part=partial(feed_part, ctx=ctx)),
    ]


def _article(path: str, doc_id: str, ctx: SiteContext) -> dict[str, str | list[str]]:
    return {path: render_article(ctx.docs[doc_id], ctx)}


def _speaker(path: str, name: str, slug: str, reads: tuple[str, ...], docs: LazyDocs
             ) -> dict[str, str | list[str]]:
    statements = statements_by_speaker([docs[i] for i in reads])[name]
    return {path: render_speaker_page(name, statements, slug)}


def _speakers_index(docs: LazyDocs, slugs: dict[str, str]) -> dict[str, str | list[str]]:
    return {SPEAKERS_INDEX: render_speakers_index(list(docs), statements_by_speaker(docs), slugs)}


def lazy_site_groups(docs: LazyDocs, ctx: SiteContext, site: incremental.SiteRecord,
                     json_memo: JsonMemo | None, states: dict[str, str]) -> list[PageGroup]:
    """:func:`site_groups` of an incremental build: the same groups, reading the same documents
    (as the last build recorded them), each loading its documents only when it is rendered."""
    ctx.extra["speaker_slugs"] = site.slugs  # what render.quotes.slugs computes from every page
    ctx.extra["_inbound"] = (ctx.docs, len(ctx.docs), LazyInbound(docs, site.article_reads))
    groups = [PageGroup("index.md", partial(_one, "index.md", render_home, docs, ctx),
                        part=home_part)]
    for doc_id in docs.ids:
        path = page_path(ARTICLES_DIR, doc_id)
        groups.append(PageGroup(path, partial(_article, path, doc_id, ctx),
                                site.article_reads[doc_id], others=link_part))
    groups.append(PageGroup(CHRONOLOGY_PAGE, partial(_one, CHRONOLOGY_PAGE, render_chronology,
                                                     docs, ctx), part=chronology_part))
    for name, slug, reads in site.speakers:
        path = page_path(SPEAKERS_DIR, slug)
        groups.append(PageGroup(path, partial(_speaker, path, name, slug, reads, docs), reads,
                                part=speaker_part(name, slug)))
    groups += [
        PageGroup(SPEAKERS_INDEX, partial(_speakers_index, docs, site.slugs),
                  part=speakers_index_part),
        *_data_groups(docs, ctx, json_memo, states),
    ]
    return groups


def site_record(docs: list[Document], groups: list[PageGroup], slugs: dict[str, str]
                ) -> incremental.SiteRecord:
    """What :func:`lazy_site_groups` needs of a full build's groups."""
    by_path = {page_path(SPEAKERS_DIR, slug): (name, slug) for name, slug in slugs.items()}
    reads = {group.name: group.reads for group in groups if group.reads is not None}
    return incremental.SiteRecord(
        {doc.id: reads[page_path(ARTICLES_DIR, doc.id)] for doc in docs},  # type: ignore[misc]
        [(*by_path[g.name], g.reads) for g in groups if g.name in by_path],  # type: ignore[misc]
        dict(slugs), {doc.id: list(doc.warnings) for doc in docs},
        {doc.id: doc.meta.published for doc in docs})


def render_site(docs: list[Document], ctx: SiteContext) -> dict[str, str]:
    """Every generated file, path relative to docs/ -> content. Pure: no I/O."""
    pages: dict[str, str] = {}
    for group in site_groups(docs, ctx):
        for path, content in group.render().items():
            pages[path] = content if isinstance(content, str) else "".join(content)
    return pages


class _LazyMemo(dict):
    """A dict pickled in ``path`` by :func:`_save_pickle`, read when first looked up (and only
    then worth saving again)."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.loaded = False

    def get(self, key, default=None):
        if not self.loaded:
            self.loaded = True
            self.update(_load_pickle(self.path, dict))
        return super().get(key, default)


class _StoredRecords(dict):
    """The statements file's records of the last build (document state -> record), read from
    the cache when first looked up: a build that keeps the statements file never reads them."""

    def __init__(self, cache_dir: Path) -> None:
        super().__init__()
        self.path = cache_dir / STATEMENTS_MEMO
        self.loaded = False

    def _load(self) -> None:
        self.loaded = True
        try:
            with self.path.open("rb") as fh:
                code, records = pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError):
            return
        if code == code_fingerprint() and isinstance(records, dict):
            self.update(records)

    def get(self, key, default=None):
        if not self.loaded:
            self._load()
        return super().get(key, default)

    def save(self, states: dict[str, str]) -> None:
        """Keep the records of this build's documents (nothing to do if none was looked up)."""
        if not self.loaded:
            return
        used = set(states.values())
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(f"{STATEMENTS_MEMO}.tmp{os.getpid()}")
            with tmp.open("wb") as fh:
                pickle.dump((code_fingerprint(), {s: t for s, t in self.items() if s in used}),
                            fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self.path)
        except OSError:
            pass  # a memo that cannot be written only costs time


def newest_published(docs: list[Document]) -> dt.date | None:
    """The newest publication date of the corpus (the site's build date, see publish)."""
    return max((d.meta.published for d in docs if d.meta.published), default=None)


def build(seeds: Path, out: Path, keep_going: bool = False,
          cache_dir: Path | None = None, inputs: str | None = None,
          stamp_dir: Path | None = None, listing: SeedListing | None = None,
          seen: Outputs | None = None) -> BuildResult:
    """Load every seed, render, and swap the new pages into ``out``.

    With ``keep_going`` a bad seed is reported and left out; otherwise the first bad seed stops
    the build before anything is written. ``inputs``: the digest of the inputs
    (:func:`.uptodate.inputs_digest`) when the caller has just computed it. ``stamp_dir``: where
    the up-to-date stamp goes (default ``cache_dir``), so that a build without the cache also
    lets the next build with it skip when nothing changed. ``listing``: the seeds of ``seeds``
    when the caller has just scanned them (:func:`.seedfiles.scan_seeds`); ``seen``: the
    output files the up-to-date check found (the stamp then looks again only at those changed).
    """
    stamp_dir = stamp_dir or cache_dir
    if listing is None:
        listing = scan_seeds(seeds)
    stamp = ((inputs or inputs_digest(seeds, out, keep_going, cache_dir, listing))
             if stamp_dir else None)
    cache = DocumentCache(cache_dir) if cache_dir else None
    progress = Progress("annotating")
    loaded = load_corpus(listing.seeds, display=lambda p: p.as_posix(), keep_going=keep_going,
                         cache=cache, progress=progress, listing=listing)
    progress.close()
    config = load_site_config(out.resolve().parent)  # site address and name, from mkdocs.yml
    lazy = isinstance(loaded.docs, LazyDocs)
    site = loaded.snapshot.site if lazy and loaded.snapshot else None
    ctx = SiteContext(docs=loaded.docs if lazy else {d.id: d for d in loaded.docs},  # type: ignore[arg-type]
                      site_url=config.site_url, extra={"site_name": config.site_name})
    if cache_dir is None:  # no cache: render every page
        written = write_groups(out, site_groups(loaded.docs, ctx))
    else:  # pages whose inputs did not change since the last build are kept as they are
        slugs = site.slugs if site is not None else speaker_slugs(loaded.docs)
        parts = _LazyMemo(cache_dir / PARTS_MEMO)
        fingerprints = Fingerprints(loaded.docs, ctx, slugs, loaded.states, parts)
        if site is not None and loaded.snapshot is not None:
            fingerprints.reuse(incremental.load_fingerprints(cache_dir, loaded.snapshot),
                               set(fingerprints.states) - set(loaded.states))
        records = _StoredRecords(cache_dir)
        if site is not None:
            groups = lazy_site_groups(loaded.docs, ctx, site, records, fingerprints.states)
        else:
            groups = site_groups(loaded.docs, ctx, records, fingerprints.states, slugs)
        if loaded.snapshot is not None and not loaded.failures:
            if site is None:
                loaded.snapshot.site = site_record(loaded.docs, groups, slugs)
            incremental.save(cache_dir, loaded.snapshot, ctx.docs, fingerprints.states,
                             prune=not loaded.incremental)
        written = write_groups(out, groups, fingerprints.of)
        records.save(fingerprints.states)
        if loaded.snapshot is not None and not loaded.failures:
            incremental.save_fingerprints(cache_dir, loaded.snapshot.token, fingerprints.site,
                                          fingerprints.computed, fingerprints.blobs)
        if parts.loaded:  # (an edit's rebuild takes its parts from the blobs: see Fingerprints)
            # an incremental build keeps the parts of every state (articles edited back read them)
            _save_pickle(cache_dir / PARTS_MEMO, {k: v for k, v in parts.items()
                                                  if loaded.incremental or k in fingerprints.used})
    if cache and not loaded.failures:
        FileDigests.of(cache.root).save()
        if not loaded.incremental:
            cache.prune()
    if site is not None:
        warnings = [(source, warning) for source, doc_id in zip(loaded.snapshot.sources,  # type: ignore[union-attr]
                                                                  loaded.docs.ids, strict=True)
                    for warning in site.warnings[doc_id]]
        newest = max((p for p in site.published.values() if p), default=None)
        count = len(loaded.docs)
    else:
        warnings = [(doc.source, warning) for doc in loaded.docs for warning in doc.warnings]
        newest = newest_published(loaded.docs)
        count = len(loaded.docs)
    if stamp_dir is not None and stamp is not None and not loaded.failures:
        save_stamp(stamp_dir, out, written.roots,
                   Stamp(stamp, count, written.files, warnings,
                         newest.isoformat() if newest else ""),  # type: ignore[attr-defined]
                   seen, written.changed)
    return BuildResult(docs=loaded.docs, failures=loaded.failures, pages=written.files,
                       rendered=written.rendered, incremental=loaded.incremental,
                       warnings=warnings, articles=count, newest=newest)  # type: ignore[arg-type]
