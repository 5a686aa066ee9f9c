"""Corpus steps after an edit: run them for the edited articles only, when that is exact.

The corpus steps (:data:`.corpus.CORPUS_STEPS`) read a few things of each article: its
publication year (stamp years), its speakers and the people it names (speaker merge), its quotes
with their contexts, its editors' link decisions and its date (related statements and their
clusters), its own date window and title (dates from related articles), and its text (the
same-text warning). A build with a cache records these *reads* per article, what the steps gave
each article beyond its final state (links before the cap, decision warnings, corpus date bounds)
and every article after the steps, keyed by its state (:func:`.pagegroups.document_state`).

When the next build finds the same seed files, the same code and language data, and a few
articles whose bytes changed, each changed article is annotated and taken through the steps with
what the last build recorded of the others. If everything the others read of it is as before,
their results are as before too: they are loaded as the last build left them, and the corpus
steps never run over the whole corpus. Otherwise (or when anything is missing) the build runs the
steps over every article, as without a cache.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .doc import Document, RelatedLink
from .lazydocs import LazyDocs
from .lexicon import Lexicon
from .related.memo import active, digest
from .related.step import _cap_same, _quote_keys
from .speakers import apply_speaker_names, speaker_mapping, speaker_names
from .steps.corpus_dates import (
    _decide_with,
    _inheriting,
    _own_window,
    date_stamp_year,
    published_years,
    related_bounds,
)
from .steps.window import Bound

SNAPSHOT = "corpus-snapshot.pickle"  # in the cache folder
# in the cache folder: what the builds after an edit changed in the snapshot (see save)
SNAPSHOT_PATCH = "corpus-snapshot-patch.pickle"
POST_DIR = "post"  # in the cache folder: articles after the corpus steps, one file per state
SNAPSHOT_VERSION = 3
MAX_PATCHED = 256  # more articles changed since the snapshot file was written: write it again
# The steps this module knows how to run for one article; any other list runs them all.
KNOWN_STEPS = ("published-year", "speakers", "related", "published-related", "related-cap")
# More changed articles than this: the whole corpus goes through the steps.
MAX_CHANGED = 64

def known(steps: list[tuple[str, object]]) -> bool:
    """Whether the corpus steps are the ones this module can run for one article."""
    return tuple(name for name, _step in steps) == KNOWN_STEPS


Reads = tuple  # (year, names, quotes, window): what the other articles' steps read of one


@dataclass
class Record:
    """What the corpus steps gave one article beyond its final state."""

    related: list[RelatedLink]  # its links before the cap
    decision_warnings: list[str]  # warnings about its editors' link decisions
    bounds: list[Bound] | None  # corpus bounds of its date (None: its date did not inherit)


@dataclass
class SiteRecord:
    """What the page groups of the last build read, and what it reported (see
    :func:`.build.lazy_site_groups`)."""

    article_reads: dict[str, tuple[str, ...]]  # article id -> ids its page reads
    speakers: list[tuple[str, str, tuple[str, ...]]]  # (speaker, slug, ids the page reads)
    slugs: dict[str, str]
    warnings: dict[str, list[str]]  # article id -> its warnings
    published: dict[str, object]  # article id -> its publication date (None: unknown)


@dataclass
class Snapshot:
    """The corpus of the last build, as the incremental path needs it."""

    code: str
    lexicon: str
    sources: list[str]  # seeds as shown, in corpus order
    paths: list[str]  # seeds' paths (POSIX), in corpus order: the ids are a function of them
    ids: list[str]
    keys: dict[str, str]  # id -> cache key of the annotated article
    states: dict[str, str] = field(default_factory=dict)  # id -> state after the corpus steps
    texts: dict[str, str] = field(default_factory=dict)  # id -> digest of the text
    reads: dict[str, Reads] = field(default_factory=dict)
    years: dict[str, int] = field(default_factory=dict)  # stamp years' context
    mapping: dict[str, str] = field(default_factory=dict)  # canonical speaker names
    records: dict[str, Record] = field(default_factory=dict, repr=False)  # this build's only
    site: SiteRecord | None = None
    token: str = ""  # digest of ``states``: ties the page fingerprints kept beside it to them
    base: str = ""  # the snapshot file this one was read from (a patch names it)
    patched: set[str] = field(default_factory=set)  # ids whose entries the patch holds


def states_token(states: dict[str, str]) -> str:
    return hashlib.blake2b(repr(sorted(states.items())).encode(), digest_size=16).hexdigest()


# in the cache folder: (token, site digest, group -> print, group -> blob of its parts)
FINGERPRINTS = "fingerprints.pickle"
Blobs = dict[str, tuple[str, bytes]]  # see pagegroups.Fingerprints


def load_fingerprints(root: Path, snap: Snapshot
                      ) -> tuple[str, dict[str, str], Blobs] | None:
    """(site digest, page group -> fingerprint, page group -> blob of its parts) of the build
    that left ``snap``; None when the file is not that build's."""
    try:
        with (root / FINGERPRINTS).open("rb") as fh:
            token, site, prints, blobs = pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError):
        return None
    return (site, prints, blobs) if snap.token and token == snap.token else None


def save_fingerprints(root: Path, token: str, site: str, prints: dict[str, str],
                      blobs: Blobs) -> None:
    try:
        tmp = root / f"{FINGERPRINTS}.tmp{os.getpid()}"
        with tmp.open("wb") as fh:
            pickle.dump((token, site, prints, blobs), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, root / FINGERPRINTS)
    except OSError:
        pass


def text_digest(doc: Document) -> str:
    return hashlib.sha256(doc.text.strip().encode()).hexdigest()


def _year(doc: Document) -> int | None:
    return doc.meta.published.year if doc.meta.published else None


def _names(doc: Document) -> int:
    counted, named = speaker_names(doc)
    return digest(sorted(counted.items()), sorted(named))


def _quotes(doc: Document, keys: list[tuple[str, int, int]]) -> int:
    published = doc.meta.published.isoformat() if doc.meta.published else None
    return digest(keys, doc.sidecar.get("links"), published)


def _window(doc: Document) -> int:
    return digest(_own_window(doc), doc.meta.title, doc.meta.published_iso())


def _quote_reads(docs: list[Document], lex: Lexicon) -> dict[str, list[tuple[str, int, int]]]:
    found: dict[str, list[tuple[str, int, int]]] = {doc.id: [] for doc in docs}
    for doc, quote, _context, key in _quote_keys(docs, lex):
        found[doc.id].append((quote.id, quote.start, key))
    return found


class Recorder:
    """Records, around each corpus step run over every article, what :class:`Snapshot` keeps."""

    def __init__(self, docs: list[Document]) -> None:
        self.reads: dict[str, list] = {doc.id: [] for doc in docs}
        self.years: dict[str, int] = {}
        self.mapping: dict[str, str] = {}
        self.warned: dict[str, int] = {}
        self.records: dict[str, Record] = {doc.id: Record([], [], None) for doc in docs}

    def before(self, name: str, docs: list[Document], lex: Lexicon) -> None:
        if name == "published-year":
            self.years = published_years(docs)
            for doc in docs:
                self.reads[doc.id].append(_year(doc))
        elif name == "speakers":
            self.mapping = speaker_mapping(docs, lex)
            for doc in docs:
                self.reads[doc.id].append(_names(doc))
        elif name == "related":
            quotes = _quote_reads(docs, lex)
            for doc in docs:
                self.reads[doc.id].append(_quotes(doc, quotes[doc.id]))
                self.warned[doc.id] = len(doc.warnings)
        elif name == "published-related":
            by_id = {d.id: d for d in docs}
            windows = {d.id: w for d in docs if (w := _own_window(d)) is not None}
            for doc in docs:
                self.reads[doc.id].append(_window(doc))
                if _inheriting(doc):
                    self.records[doc.id].bounds = related_bounds(doc, by_id, windows, lex)
        elif name == "related-cap":
            for doc in docs:
                self.records[doc.id].related = doc.related

    def after(self, name: str, docs: list[Document], lex: Lexicon) -> None:
        if name == "related":
            for doc in docs:
                self.records[doc.id].decision_warnings = doc.warnings[self.warned[doc.id]:]

    def snapshot(self, code: str, lex: Lexicon, sources: list[str], paths: list[str],
                 docs: list[Document], keys: dict[str, str]) -> Snapshot:
        return Snapshot(code, lex.fingerprint, sources, paths, [d.id for d in docs], keys,
                        texts={d.id: text_digest(d) for d in docs},
                        reads={i: tuple(r) for i, r in self.reads.items()},
                        years=self.years, mapping=self.mapping, records=self.records)


def _post_path(root: Path, state: str) -> Path:
    return root / POST_DIR / state[:2] / f"{state}.pickle"


def _patch_entry(snap: Snapshot, doc_id: str) -> tuple:
    """What an edit may change in ``snap`` for one article (everything else of an edit's
    snapshot is the last build's: see :func:`corpus_after_edit`)."""
    site = snap.site
    assert site is not None
    return (snap.keys[doc_id], snap.states[doc_id], snap.texts[doc_id], site.warnings[doc_id],
            site.published[doc_id])


def _apply_patch(snap: Snapshot, token: str, entries: dict[str, tuple]) -> None:
    site = snap.site
    assert site is not None
    for doc_id, (key, state, text, warnings, published) in entries.items():
        snap.keys[doc_id], snap.states[doc_id], snap.texts[doc_id] = key, state, text
        site.warnings[doc_id], site.published[doc_id] = warnings, published
    snap.token = token
    snap.patched = set(entries)


def load_snapshot(root: Path, code: str, lex: Lexicon) -> Snapshot | None:
    """The snapshot of the last build: the snapshot file with the patch written beside it by
    the builds after an edit since (see :func:`save`)."""
    try:
        with (root / SNAPSHOT).open("rb") as fh:
            version, snap = pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError,
            ImportError):
        return None
    if (version != SNAPSHOT_VERSION or not isinstance(snap, Snapshot) or snap.code != code
            or snap.lexicon != lex.fingerprint):
        return None
    try:
        with (root / SNAPSHOT_PATCH).open("rb") as fh:
            version, base, token, entries = pickle.load(fh)
    except FileNotFoundError:
        return snap
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError,
            ImportError):
        return None  # the last build's changes are lost: the corpus steps run over every article
    if version != SNAPSHOT_VERSION or base != snap.base or not isinstance(entries, dict):
        return snap if base != snap.base else None  # (a patch of an earlier snapshot file)
    if snap.site is None or not set(entries) <= set(snap.ids):
        return None
    _apply_patch(snap, token, entries)
    return snap


def _write(path: Path, value: object) -> None:
    tmp = path.with_name(f"{path.name}.tmp{os.getpid()}")
    with tmp.open("wb") as fh:
        pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)


def save(root: Path, snap: Snapshot, docs, states: dict[str, str], prune: bool) -> None:
    """Keep the articles after the corpus steps (those not kept yet; ``docs``: by id) and the
    snapshot; with ``prune``, drop the kept articles of states no longer in use.

    After an edit (``prune`` false, a snapshot read from a file), only the entries of the
    articles changed since that file was written go to the patch beside it; otherwise, or when
    they are more than :data:`MAX_PATCHED`, the whole snapshot is written and the patch goes."""
    snap.states = dict(states)
    snap.token = states_token(states)
    try:
        for doc_id in snap.records:
            doc = docs[doc_id]
            path = _post_path(root, states[doc.id])
            if path.is_file():
                continue
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".tmp{os.getpid()}")
            with tmp.open("wb") as fh:
                pickle.dump(doc, fh, protocol=pickle.HIGHEST_PROTOCOL)
                pickle.dump(snap.records[doc.id], fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        patched = snap.patched | set(snap.records)
        snap.records = {}
        if not prune and snap.base and snap.site is not None and len(patched) <= MAX_PATCHED:
            _write(root / SNAPSHOT_PATCH, (SNAPSHOT_VERSION, snap.base, snap.token,
                                           {i: _patch_entry(snap, i) for i in sorted(patched)}))
            snap.patched = patched
        else:
            snap.base, snap.patched = os.urandom(16).hex(), set()
            _write(root / SNAPSHOT, (SNAPSHOT_VERSION, snap))
            (root / SNAPSHOT_PATCH).unlink(missing_ok=True)
        used = set(states.values())
        folder = root / POST_DIR
        if prune and folder.is_dir():
            for path in folder.glob("*/*.pickle"):
                if path.stem not in used:
                    path.unlink(missing_ok=True)
    except OSError:
        pass  # without a snapshot the next build runs every corpus step


def _kept_states(root: Path) -> set[str]:
    """The states whose article after the corpus steps is kept in ``root`` (one listing per
    folder, not a lookup per article)."""
    found: set[str] = set()
    try:
        with os.scandir(root / POST_DIR) as folders:
            for folder in folders:
                if folder.is_dir(follow_symlinks=False):
                    found.update(name.removesuffix(".pickle") for name in os.listdir(folder.path)
                                 if name.endswith(".pickle") and name.startswith(folder.name))
    except OSError:
        pass  # none kept: the corpus steps run over every article
    return found


def _load_post(root: Path, state: str, with_record: bool = False):
    try:
        with _post_path(root, state).open("rb") as fh:
            doc = pickle.load(fh)
            return (doc, pickle.load(fh)) if with_record else doc
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError,
            ImportError):
        return None


def corpus_after_edit(snap: Snapshot, root: Path, sources: list[str], paths: list[str],
                      ids: list[str],
                      keys: dict[str, str], fresh: Callable[[list[str]], dict[str, Document] | None],
                      lex: Lexicon) -> tuple[LazyDocs, Snapshot] | None:
    """Every article after the corpus steps, running them for the changed articles only
    (``fresh``: id -> annotated article, for the ids given; None when one fails); None when
    that is not exact or the last build's results are missing."""
    if snap.sources != sources or snap.paths != paths or snap.ids != ids:
        return None
    changed = [i for i in ids if keys[i] != snap.keys.get(i)]
    if len(changed) > MAX_CHANGED:
        return None
    texts = Counter(snap.texts.values())
    edited = fresh(changed) if changed else {}
    if edited is None:
        return None
    records: dict[str, Record] = {}
    for doc_id in changed:
        doc = edited[doc_id]
        old_text, new_text = snap.texts[doc_id], text_digest(doc)
        if texts[old_text] > 1 or (new_text != old_text and new_text in texts):
            return None  # the same-text warning may come or go
        old = _load_post(root, snap.states.get(doc_id, ""), with_record=True)
        if old is None:
            return None
        old_doc, record = old
        year, names, quotes, window = snap.reads[doc_id]
        if _year(doc) != year:
            return None
        date_stamp_year(doc, lex, snap.years)
        if _names(doc) != names:
            return None
        apply_speaker_names([doc], snap.mapping)
        if _quotes(doc, _quote_reads([doc], lex)[doc_id]) != quotes:
            return None
        doc.related = list(record.related)
        doc.warnings.extend(record.decision_warnings)
        clusters = {q.id: q.attrs for q in old_doc.quotes}
        for quote in doc.quotes:
            quote.attrs.pop("statement", None)
            quote.attrs.pop("statement_versions", None)
            for name in ("statement", "statement_versions"):
                if name in clusters.get(quote.id, {}):
                    quote.attrs[name] = clusters[quote.id][name]
        if _window(doc) != window:
            return None
        if _inheriting(doc):
            if record.bounds is None:
                return None
            if record.bounds:
                _decide_with(doc, lex, record.bounds, active())
        records[doc_id] = Record(doc.related, record.decision_warnings,
                                 record.bounds if _inheriting(doc) else None)
        doc.related = _cap_same(doc.related)
    if snap.site is None:
        return None
    kept = _kept_states(root)
    if any(snap.states.get(i) not in kept for i in ids if i not in edited):
        return None

    def load(doc_id: str) -> Document:
        doc = _load_post(root, snap.states[doc_id])
        if doc is None:
            raise OSError(f"the build cache lost {doc_id}: build again (or with --no-cache)")
        return doc

    docs = LazyDocs(ids, edited, load)
    site = snap.site
    site = SiteRecord(site.article_reads, site.speakers, site.slugs,
                      {**site.warnings, **{i: list(d.warnings) for i, d in edited.items()}},
                      {**site.published, **{i: d.meta.published for i, d in edited.items()}})
    new = Snapshot(snap.code, snap.lexicon, sources, paths, ids, dict(keys),
                   states={i: s for i, s in snap.states.items() if i not in edited},
                   texts={**snap.texts, **{i: text_digest(d) for i, d in edited.items()}},
                   reads=snap.reads, years=snap.years, mapping=snap.mapping, records=records,
                   site=site, token=snap.token,  # the last build's, until this one is saved
                   base=snap.base, patched=set(snap.patched))
    return docs, new
