"""The corpus: every seed loaded, then corpus-wide steps (speakers, related statements, dates)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .cache import DocumentCache, document_key
from .doc import Document
from .errors import InputError
from .ingest import load_document, read_seed, require_text_name, slug_for
from .lexicon import Lexicon, load_lexicon
from .related.step import link_related
from .sidecar import sidecar_path
from .speakers import merge_speakers
from .steps.corpus_dates import infer_from_related, infer_stamp_years

SEED_SUFFIX = ".txt"

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


@dataclass
class LoadResult:
    docs: list[Document] = field(default_factory=list)
    failures: list[InputError] = field(default_factory=list)


def discover_seeds(seed_dir: Path) -> list[Path]:
    """Every ``*.txt`` (any case: ``.TXT`` too) below ``seed_dir``, in a stable order."""
    if not seed_dir.is_dir():
        raise InputError(str(seed_dir), "no such folder", "Pass the folder that holds the seeds")
    return sorted((p for p in seed_dir.rglob("*")
                   if p.suffix.lower() == SEED_SUFFIX and p.is_file()),
                  key=lambda p: p.relative_to(seed_dir).as_posix())


# Slugs a seed may not take: ``articles/index.md`` would become the folder's own page.
RESERVED_SLUGS = frozenset({"index"})


def _relative_names(paths: list[Path]) -> dict[Path, str]:
    """Each path relative to the folder they share, so ids never depend on the working folder."""
    try:
        root = os.path.commonpath([p.parent for p in paths]) if paths else ""
    except ValueError:  # absolute and relative paths mixed
        return {p: p.name for p in paths}
    return {p: p.relative_to(root).as_posix() if root else p.as_posix() for p in paths}


def assign_ids(paths: list[Path]) -> dict[Path, str]:
    """Slugs from file names; names that slugify alike (or to a reserved slug) get a short hash
    of the file's path within the seed folder: unique, URL-safe and the same on every machine."""
    names = _relative_names(paths)
    ids: dict[Path, str] = {}
    taken: set[str] = set(RESERVED_SLUGS)
    for path in paths:
        slug = base = slug_for(path)
        digest = hashlib.sha1(names[path].encode("utf-8", "surrogateescape")).hexdigest()
        size = 6
        while slug in taken:
            slug = f"{base}-{digest[:size]}"
            size += 2
        taken.add(slug)
        ids[path] = slug
    return ids


def _load_cached(path: Path, shown: str, doc_id: str, lex: Lexicon,
                 cache: DocumentCache | None) -> Document:
    if cache is None:
        return load_document(path, shown, lex, doc_id=doc_id)
    require_text_name(shown)
    side = sidecar_path(path)
    try:
        side_raw = side.read_bytes() if side else None
    except OSError:  # load_document reports the unreadable sidecar clearly
        return load_document(path, shown, lex, doc_id=doc_id)
    key = document_key(read_seed(path, shown), side_raw, shown, doc_id, lex.fingerprint)
    doc = cache.get(key)
    if doc is None:
        doc = load_document(path, shown, lex, doc_id=doc_id)
        cache.put(key, doc)
    return doc


def load_corpus(paths: list[Path], display: Callable[[Path], str] = str,
                keep_going: bool = False, lex: Lexicon | None = None,
                cache: DocumentCache | None = None,
                progress: Callable[[int, int], None] | None = None) -> LoadResult:
    """Load every seed; with ``keep_going`` collect input errors instead of stopping.

    With a ``cache``, documents whose inputs are unchanged are loaded from it instead of being
    annotated again; corpus-wide steps always run.
    """
    lex = lex or load_lexicon()
    result = LoadResult()
    ids = assign_ids(paths)
    seen: dict[str, Document] = {}
    for done, path in enumerate(paths, 1):
        if progress:
            progress(done, len(paths))
        try:
            doc = _load_cached(path, display(path), ids[path], lex, cache)
        except InputError as exc:
            if not keep_going:
                raise
            result.failures.append(exc)
            continue
        except Exception as exc:  # a bug in a step: still name the file it happened on
            failure = InputError(display(path), f"internal error ({type(exc).__name__}: {exc})",
                                 "Please report it with this file attached; --keep-going "
                                 "builds the other articles")
            if not keep_going:
                raise failure from exc
            result.failures.append(failure)
            continue
        digest = hashlib.sha256(doc.text.strip().encode()).hexdigest()
        if digest in seen:
            doc.warnings.append(f"same text as {seen[digest].source}; both are published")
        seen.setdefault(digest, doc)
        result.docs.append(doc)
    run_corpus_steps(result.docs, lex)
    return result


def run_corpus_steps(docs: list[Document], lex: Lexicon) -> None:
    for _name, step in CORPUS_STEPS:
        step(docs, lex)
