"""The build step: seeds in, Markdown pages (and the statements JSON) out."""

from __future__ import annotations

import datetime as dt
import os
import pickle
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from . import incremental
from .cache import DocumentCache, code_fingerprint, default_cache_dir  # noqa: F401 (re-exported)
from .corpus import discover_seeds, load_corpus
from .doc import Document
from .errors import InputError
from .output import write_groups
from .pagegroups import (
    Fingerprints,
    JsonMemo,
    PageGroup,
    article_reads,
    inbound_sources,
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
    speakers_index_part,
    statements_by_speaker,
)
from .siteconfig import load_site_config
from .speakers import speaker_slugs
from .uptodate import Stamp, inputs_digest, save_stamp

STATEMENTS_MEMO = "statements-memo.pickle"  # in the cache folder: records of the statements file
PARTS_MEMO = "parts-memo.pickle"  # in the cache folder: digests of the parts of corpus pages


def _load_pickle(path: Path, kind: type):
    """The object pickled in ``path`` with the package's code of now; empty when there is none."""
    try:
        with path.open("rb") as fh:
            code, value = pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError,
            ImportError):
        return kind()
    return value if code == code_fingerprint() and isinstance(value, kind) else kind()


def _save_pickle(path: Path, value: object) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.tmp{os.getpid()}")
        with tmp.open("wb") as fh:
            pickle.dump((code_fingerprint(), value), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # a memo that cannot be written only costs time


@dataclass
class BuildResult:
    docs: list[Document] = field(default_factory=list)
    failures: list[InputError] = field(default_factory=list)
    pages: int = 0
    rendered: list[str] = field(default_factory=list)  # page groups rendered (others were kept)
    incremental: bool = False  # corpus steps run for the changed articles only


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
                                tuple(sorted({doc.id for doc, _quote in statements}))))
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
                                article_reads(doc, inbound)))
    groups += [
        PageGroup(CHRONOLOGY_PAGE, partial(_one, CHRONOLOGY_PAGE, render_chronology, docs, ctx),
                  part=chronology_part),
        *speaker_groups(docs, slugs),
        PageGroup(CORPUS_JSON, partial(_one, CORPUS_JSON, statements_chunks, docs, json_memo, states),
                  part=statements_part),
        PageGroup(FEED_PATH, partial(_one, FEED_PATH, render_feed, docs, ctx),
                  part=partial(feed_part, ctx=ctx)),
    ]
    return groups


def render_site(docs: list[Document], ctx: SiteContext) -> dict[str, str]:
    """Every generated file, path relative to docs/ -> content. Pure: no I/O."""
    pages: dict[str, str] = {}
    for group in site_groups(docs, ctx):
        for path, content in group.render().items():
            pages[path] = content if isinstance(content, str) else "".join(content)
    return pages


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
          cache_dir: Path | None = None, inputs: str | None = None) -> BuildResult:
    """Load every seed, render, and swap the new pages into ``out``.

    With ``keep_going`` a bad seed is reported and left out; otherwise the first bad seed stops
    the build before anything is written. ``inputs``: the digest of the inputs
    (:func:`.uptodate.inputs_digest`) when the caller has just computed it.
    """
    stamp = (inputs or inputs_digest(seeds, out, keep_going)) if cache_dir else None
    paths = discover_seeds(seeds)
    cache = DocumentCache(cache_dir) if cache_dir else None
    progress = Progress("annotating")
    loaded = load_corpus(paths, display=lambda p: p.as_posix(), keep_going=keep_going,
                         cache=cache, progress=progress)
    progress.close()
    config = load_site_config(out.resolve().parent)  # site address and name, from mkdocs.yml
    ctx = SiteContext(docs={d.id: d for d in loaded.docs}, site_url=config.site_url,
                      extra={"site_name": config.site_name})
    if cache_dir is None:  # no cache: render every page
        written = write_groups(out, site_groups(loaded.docs, ctx))
    else:  # pages whose inputs did not change since the last build are kept as they are
        slugs = speaker_slugs(loaded.docs)
        parts = _load_pickle(cache_dir / PARTS_MEMO, dict)
        fingerprints = Fingerprints(loaded.docs, ctx, slugs, loaded.states, parts)
        if loaded.snapshot is not None and not loaded.failures:
            incremental.save(cache_dir, loaded.snapshot, loaded.docs, fingerprints.states,
                             prune=not loaded.incremental)
        records = _StoredRecords(cache_dir)
        groups = site_groups(loaded.docs, ctx, records, fingerprints.states, slugs)
        written = write_groups(out, groups, fingerprints.of)
        records.save(fingerprints.states)
        _save_pickle(cache_dir / PARTS_MEMO, {k: v for k, v in fingerprints.parts.items()
                                              if k in fingerprints.used})
    if cache and not loaded.failures:
        cache.prune()
    if cache_dir is not None and stamp is not None and not loaded.failures:
        warnings = [(doc.source, warning) for doc in loaded.docs for warning in doc.warnings]
        newest = newest_published(loaded.docs)
        save_stamp(cache_dir, out, written.roots,
                   Stamp(stamp, len(loaded.docs), written.files, warnings,
                         newest.isoformat() if newest else ""))
    return BuildResult(docs=loaded.docs, failures=loaded.failures, pages=written.files,
                       rendered=written.rendered, incremental=loaded.incremental)
