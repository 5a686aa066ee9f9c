"""``python -m build_digest check``: lint seeds and sidecars without building, every problem at once.

Per seed: decoding, the sidecar (every key, not only the first bad one) and the extraction
pipeline. Across the folder: sidecars without an article, files the build ignores, the same text
twice, and names that make the same page URL. Errors are what would stop ``build``; warnings are
what it would publish with a note.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .corpus import RESERVED_SLUGS, SEED_SUFFIX, assign_ids, discover_seeds
from .decode import decode_bytes
from .errors import InputError
from .ingest import load_document, read_seed, slug_for
from .lexicon import Lexicon, load_lexicon
from .sidecar import SIDECAR_SUFFIXES, check_sidecar, sidecar_path


@dataclass(frozen=True, order=True)
class Problem:
    """One finding: where, what, and what to do."""

    path: str
    line: int
    severity: str  # "error" | "warning"
    text: str  # "problem. fix" (or the message of an InputError)

    @classmethod
    def of(cls, exc: InputError, severity: str = "error") -> Problem:
        return cls(exc.path, exc.line or 0, severity, exc.message)

    def format(self) -> str:
        return f"{self.severity}: {self.text}"


@dataclass
class CheckResult:
    problems: list[Problem]
    seeds: int

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]


def _warning(path: str, problem: str, fix: str, line: int | None = None) -> Problem:
    return Problem.of(InputError(path, problem, fix, line=line), "warning")


def check_seed(path: Path, display: Callable[[Path], str], doc_id: str, lex: Lexicon
               ) -> tuple[list[Problem], str | None]:
    """Problems of one seed and its sidecar, and a digest of its text (None if unreadable)."""
    where = display(path)
    problems: list[Problem] = []
    digest = None
    try:
        decoded = decode_bytes(read_seed(path, where), where)
        digest = hashlib.sha256(decoded.text.strip().encode()).hexdigest()
    except InputError as exc:
        problems.append(Problem.of(exc))
    side = sidecar_path(path)
    if side is not None:
        shown = display(side)
        try:
            _, side_problems = check_sidecar(side)
            problems.extend(Problem.of(_renamed(p, shown)) for p in side_problems)
        except InputError as exc:
            problems.append(Problem.of(_renamed(exc, shown)))
    if problems:
        return problems, digest
    try:
        doc = load_document(path, where, lex, doc_id=doc_id)
    except InputError as exc:
        return [Problem.of(exc)], digest
    except Exception as exc:  # a bug in a step: report it with the file, keep checking
        return [Problem(where, 0, "error", f"{where}: internal error ({type(exc).__name__}: "
                                          f"{exc}). Please report it with this file attached")], digest
    problems.extend(Problem(where, 0, "warning", f"{where}: {w}") for w in doc.warnings)
    return problems, digest


def _renamed(exc: InputError, path: str) -> InputError:
    return InputError(path, exc.problem, exc.fix, line=exc.line, key=exc.key)


def _folder_problems(seed_dir: Path, seeds: list[Path], display: Callable[[Path], str]
                     ) -> list[Problem]:
    problems: list[Problem] = []
    seed_set = set(seeds)
    for path in sorted(p for p in seed_dir.rglob("*") if p.is_file()):
        rel_parts = path.relative_to(seed_dir).parts
        if any(part.startswith(".") for part in rel_parts):
            continue  # hidden files (.DS_Store, editor swap files)
        suffix = path.suffix.lower()
        if suffix in SIDECAR_SUFFIXES:
            owners = [s for s in seed_set if s.parent == path.parent and s.stem == path.stem]
            if not owners:
                problems.append(_warning(display(path), "sidecar without an article: no "
                                         f"{path.stem}{SEED_SUFFIX} beside it, so it is ignored",
                                         "Rename it to match its article, or delete it"))
            elif sidecar_path(owners[0]) != path:
                problems.append(_warning(display(path), "a second sidecar for the same article "
                                         f"is ignored ({sidecar_path(owners[0]).name} is used)",
                                         "Merge the two into one file"))
        elif path not in seed_set:
            problems.append(_warning(display(path), "not a .txt article, so the build ignores it",
                                     "Save articles as plain text with a .txt name"))
    return problems


def _url_problems(seeds: list[Path], ids: dict[Path, str], display: Callable[[Path], str]
                  ) -> list[Problem]:
    problems = []
    by_slug: dict[str, list[Path]] = defaultdict(list)
    for path in seeds:
        by_slug[slug_for(path)].append(path)
    for slug, paths in sorted(by_slug.items()):
        if len(paths) < 2 and slug not in RESERVED_SLUGS:
            continue
        for path in paths:
            if ids[path] != slug:
                others = ", ".join(p.name for p in paths if p != path) or "a page of the site"
                problems.append(_warning(display(path), f"its name makes the page URL {slug!r}, "
                                         f"like {others}; it gets {ids[path]!r} instead",
                                         "Rename the file for a readable URL"))
    return problems


def check(seed_dir: Path, display: Callable[[Path], str] = lambda p: p.as_posix(),
          lex: Lexicon | None = None) -> CheckResult:
    """Every problem in ``seed_dir``, sorted by file and line."""
    lex = lex or load_lexicon()
    seeds = discover_seeds(seed_dir)
    if not seeds:
        raise InputError(str(seed_dir), "no .txt articles in this folder",
                         "Put the articles (plain text, .txt) into it")
    ids = assign_ids(seeds)
    problems: list[Problem] = []
    first_with: dict[str, Path] = {}
    for path in seeds:
        found, digest = check_seed(path, display, ids[path], lex)
        problems.extend(found)
        if digest is None:
            continue
        if digest in first_with:
            problems.append(_warning(display(path), f"same text as {display(first_with[digest])}; "
                                     "both would be published", "Delete one of them"))
        first_with.setdefault(digest, path)
    problems.extend(_folder_problems(seed_dir, seeds, display))
    problems.extend(_url_problems(seeds, ids, display))
    return CheckResult(sorted(set(problems)), len(seeds))
