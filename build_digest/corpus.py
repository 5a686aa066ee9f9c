"""The corpus: every seed loaded, then corpus-wide steps (speakers, related statements, dates)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from . import gcpause, incremental
from .cache import DocumentCache, code_fingerprint, document_key
from .decode import MAX_BYTES
from .doc import Document
from .errors import InputError
from .filedigest import FileDigests
from .incremental import Snapshot
from .ingest import read_seed, require_text_name, slug_for
from .lexicon import Lexicon, load_lexicon
from .parallel import annotate_all
from .related import memo as related_memo
from .related.step import cap_same_links, link_related
from .seedfiles import SEED_SUFFIX, SeedListing, discover_seeds  # noqa: F401 (re-exported)
from .sidecar import sidecar_path
from .speakers import merge_speakers
from .steps.corpus_dates import infer_from_related, infer_stamp_years

CorpusStep = Callable[[list[Document], Lexicon], None]
# Steps over all documents at once, in order; features append theirs.
CORPUS_STEPS: list[tuple[str, CorpusStep]] = [
    ("published-year", infer_stamp_years),
    ("speakers", merge_speakers),
]
# Related statements come last: they read quotes and merged speaker names.
CORPUS_STEPS.append(("related", link_related))
# Publication windows from articles that report the same statements (needs the related links).
CORPUS_STEPS.append(("published-related", infer_from_related))
# Each quote keeps links to its few best versions of a statement (last: the steps above read all).
CORPUS_STEPS.append(("related-cap", cap_same_links))


@dataclass
class LoadResult:
    docs: list[Document] = field(default_factory=list)
    failures: list[InputError] = field(default_factory=list)
    # with a cache: what the next build's incremental corpus steps need (see :mod:`.incremental`)
    snapshot: Snapshot | None = None
    # states (after the corpus steps) of the articles the incremental path took as they were
    states: dict[str, str] = field(default_factory=dict)
    incremental: bool = False  # whether the corpus steps ran for the changed articles only


# Slugs a seed may not take: ``articles/index.md`` would become the folder's own page.
RESERVED_SLUGS = frozenset({"index"})


def _relative_names(paths: list[Path]) -> list[str]:
    """Each path relative to the folder they share, so ids never depend on the working folder."""
    try:
        root = os.path.commonpath([p.parent for p in paths]) if paths else ""
    except ValueError:  # absolute and relative paths mixed
        return [p.name for p in paths]
    if not root:
        return [p.as_posix() for p in paths]
    depth = len(Path(root).parts)  # what Path.relative_to(root) takes off, parsed once
    return ["/".join(p.parts[depth:]) for p in paths]


def id_list(paths: list[Path]) -> list[str]:
    """Slugs from file names, in the order of ``paths``; names that slugify alike (or to a
    reserved slug) get a short hash of the file's path within the seed folder: unique, URL-safe
    and the same on every machine."""
    names = _relative_names(paths)
    ids: list[str] = []
    taken: set[str] = set(RESERVED_SLUGS)
    for path, name in zip(paths, names, strict=True):
        slug = base = slug_for(path)
        digest = hashlib.sha1(name.encode("utf-8", "surrogateescape")).hexdigest()
        size = 6
        while slug in taken:
            slug = f"{base}-{digest[:size]}"
            size += 2
        taken.add(slug)
        ids.append(slug)
    return ids


def assign_ids(paths: list[Path]) -> dict[Path, str]:
    """Each path's document id (see :func:`id_list`)."""
    return dict(zip(paths, id_list(paths), strict=True))


def _sidecar(path: Path, listing: SeedListing | None) -> Path | None:
    """The seed's sidecar: as the scan found it, else looked up."""
    return listing.sidecar(path) if listing is not None else sidecar_path(path)


def _cache_key(path: Path, shown: str, doc_id: str, lex: Lexicon, digests: FileDigests,
               listing: SeedListing | None = None) -> str | None:
    """The document's cache key, or None when its sidecar cannot be read (annotation says why).
    The seed enters it by the digest of its bytes (not read again while its stat is unchanged).
    ``listing``: where the seed's sidecar and ``stat`` were found (else they are looked up)."""
    require_text_name(shown)
    side = _sidecar(path, listing)
    try:
        side_raw = side.read_bytes() if side else None
    except OSError:
        return None
    try:
        st = listing.stat(path) if listing is not None else path.stat()
        if st.st_size > MAX_BYTES:
            read_seed(path, shown)  # says why it is refused
        seed = listing.digests.get(str(path)) if listing is not None else None
        if seed is None:  # (not read by the up-to-date check)
            seed = digests.digest(path, st, listing.absolute_path(path) if listing else None)
    except OSError:
        seed = read_seed(path, shown)  # says why it cannot be read (or reads it after all)
    return document_key(seed, side_raw, shown, doc_id, lex.fingerprint)


def load_corpus(paths: list[Path], display: Callable[[Path], str] = str,
                keep_going: bool = False, lex: Lexicon | None = None,
                cache: DocumentCache | None = None,
                progress: Callable[[int, int], None] | None = None,
                listing: SeedListing | None = None) -> LoadResult:
    """Load every seed; with ``keep_going`` collect input errors instead of stopping.

    With a ``cache``, documents whose inputs are unchanged are loaded from it instead of being
    annotated again; the others are annotated (on every core when there are many), then the
    corpus-wide steps always run. Without ``keep_going`` the first bad seed, in path order,
    is raised. ``listing``: the scan that found ``paths`` (their sidecars and ``stat``).
    """
    lex = lex or load_lexicon()
    result = LoadResult()
    shown = [display(p) for p in paths]
    posix = [p.as_posix() for p in paths]
    snap = None
    if cache is not None and incremental.known(CORPUS_STEPS):
        snap = incremental.load_snapshot(cache.root, code_fingerprint(), lex)
    # ids are a function of the paths: the last build's serve while the paths are the same
    ids = list(snap.ids) if snap is not None and snap.paths == posix else id_list(paths)
    outcomes: list[Document | InputError | None] = [None] * len(paths)
    keys: list[str | None] = [None] * len(paths)
    done = 0

    def advance(step: int = 1) -> None:
        nonlocal done
        done += step
        if progress:
            progress(done, len(paths))

    digests = FileDigests.of(cache.root if cache is not None else None)
    for k, path in enumerate(paths if cache is not None else []):
        try:
            keys[k] = _cache_key(path, shown[k], ids[k], lex, digests, listing)
        except InputError as exc:
            outcomes[k] = exc
            advance()
    if cache is not None and snap is not None and None not in keys:
        done_early = _after_edit(snap, paths, shown, posix, ids, keys, lex, cache, listing)  # type: ignore[arg-type]
        if done_early is not None:
            if progress:
                progress(len(paths), len(paths))
            return done_early
    gcpause.resume()  # every article is loaded or annotated, then the steps run over them all
    for k, key in enumerate(keys if cache is not None else []):
        doc = cache.get(key) if key is not None else None  # type: ignore[union-attr]
        if doc is not None:
            outcomes[k] = doc
            advance()
    todo = [k for k in range(len(paths)) if outcomes[k] is None]
    jobs = [(paths[k], shown[k], ids[k], _sidecar(paths[k], listing)) for k in todo]
    for k, outcome in zip(todo, annotate_all(jobs, lex, advance), strict=True):
        outcomes[k] = outcome
        key = keys[k]
        if cache is not None and isinstance(outcome, Document) and key is not None:
            cache.put(key, outcome)
    seen: dict[str, Document] = {}
    for doc in outcomes:
        if isinstance(doc, InputError):
            if not keep_going:
                raise doc
            result.failures.append(doc)
            continue
        assert doc is not None
        digest = hashlib.sha256(doc.text.strip().encode()).hexdigest()
        if digest in seen:
            doc.warnings.append(f"same text as {seen[digest].source}; both are published")
        seen.setdefault(digest, doc)
        result.docs.append(doc)
    recorder = None
    if cache is not None and not result.failures and incremental.known(CORPUS_STEPS):
        recorder = incremental.Recorder(result.docs)
    with related_memo.using(cache.root if cache is not None else None, code_fingerprint()):
        run_corpus_steps(result.docs, lex, recorder)
    if recorder is not None:
        result.snapshot = recorder.snapshot(
            code_fingerprint(), lex, shown, posix, result.docs,
            dict(zip(ids, keys, strict=True)))  # type: ignore[arg-type]
    return result


def _after_edit(snap: incremental.Snapshot, paths: list[Path], shown: list[str],
                posix: list[str], ids: list[str], keys: list[str], lex: Lexicon,
                cache: DocumentCache, listing: SeedListing | None = None) -> LoadResult | None:
    """The corpus with the corpus steps run for the changed seeds only (see
    :mod:`.incremental`; ``snap``: what the last build left); None when the whole corpus must
    go through them. Each list is in the order of ``paths``."""
    position = {doc_id: k for k, doc_id in enumerate(ids)}

    def fresh(changed: list[str]) -> dict[str, Document] | None:
        found: dict[str, Document] = {}
        todo = []
        for doc_id in changed:
            doc = cache.get(keys[position[doc_id]])
            if doc is None:
                todo.append(position[doc_id])
            else:
                found[doc_id] = doc
        jobs = [(paths[k], shown[k], ids[k], _sidecar(paths[k], listing)) for k in todo]
        for k, outcome in zip(todo, annotate_all(jobs, lex, lambda _step=1: None), strict=True):
            if not isinstance(outcome, Document):
                return None
            cache.put(keys[k], outcome)
            found[ids[k]] = outcome
        return found

    # no related memo: the changed articles' dates are decided afresh (the memo's date table
    # is keyed by the whole document, so an edit's new text is never in it, and reading and
    # rewriting the table costs more than deciding a few dates); its file stays as it was
    done = incremental.corpus_after_edit(snap, cache.root, shown, posix, ids,
                                         dict(zip(ids, keys, strict=True)), fresh, lex)
    if done is None:
        return None
    docs, new = done
    cache.used.update(keys)
    return LoadResult(docs=docs, snapshot=new, states=dict(new.states), incremental=True)


def run_corpus_steps(docs: list[Document], lex: Lexicon,
                     recorder: incremental.Recorder | None = None) -> None:
    for name, step in CORPUS_STEPS:
        if recorder is not None:
            recorder.before(name, docs, lex)
        step(docs, lex)
        if recorder is not None:
            recorder.after(name, docs, lex)
