"""What the related step computed last time, keyed by content, so a rebuild redoes only what changed.

Five tables, each keyed by a digest of *every* input of the value it holds:

- ``prepared``: a quote's comparison keys, segments and raw topic terms, keyed by the lexicon,
  language, quote text, context and speaker;
- ``same``: the same-statement score of a pair of quotes (None: not one statement), keyed by
  both quotes' statements *and* the corpus-wide IDF weights of their keys;
- ``topic``: the topic link of a pair, keyed by both quotes' weighted topic vectors;
- ``step``: every computed link of the corpus, keyed by the whole list of prepared quotes (an
  edit that changes no quote nor its context finds its links here);
- ``dates``: what deciding an article's date with corpus bounds set (see
  :mod:`..steps.corpus_dates`), keyed by the whole document and the bounds.

A key that covers the weights makes a memo exact: when an edit changes the weight of a key
(its document frequency, or the number of quotes), every statement holding it gets a new key
and its pairs are scored again. Each table is a pickle file in the build cache, written
atomically; entries not looked up by a build are dropped when it is saved.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

MEMO_VERSION = 1

Prepared = tuple[list[str], list[list[str]], dict[str, float], dict[str, str]]


def digest(*parts: Any) -> int:
    """A 64-bit content digest of ``parts`` (strings, numbers, None, nested tuples/lists)."""
    return int.from_bytes(hashlib.blake2b(repr(parts).encode("utf-8", "surrogatepass"),
                                          digest_size=8).digest(), "little")


def pair_key(a: int, b: int) -> int:
    return (a << 64) | b


TABLES = ("prepared", "same", "topic", "step", "dates")


class RelatedMemo:
    """The tables of one build: entries read from the last build, entries kept for the next.

    Each table is a file of its own in ``root``, read when first looked up: a build that finds
    every link in ``step`` never reads (nor rewrites) the big pair and quote tables.
    """

    def __init__(self, root: Path | None = None, code: str = "") -> None:
        self.root = root
        self.code = code
        self.old: dict[str, dict] = {}  # tables read from the last build
        self.new: dict[str, dict] = {name: {} for name in TABLES}
        self.carried: set[str] = set()
        self.hits = 0
        self.misses = 0

    def _path(self, table: str) -> Path:
        assert self.root is not None
        return self.root / f"related-{table}.pickle"

    def _old(self, table: str) -> dict:
        if table not in self.old:
            self.old[table] = self._read(table) if self.root is not None else {}
        return self.old[table]

    def _read(self, table: str) -> dict:
        try:
            with self._path(table).open("rb") as fh:
                version, code, entries = pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError,
                ImportError):
            return {}
        if version != MEMO_VERSION or code != self.code or not isinstance(entries, dict):
            return {}  # other code: nothing computed by it can be trusted
        return entries

    def get(self, table: str, key: int, default: Any = None) -> Any:
        new = self.new[table]
        if key in new:
            return new[key]
        old = self._old(table)
        if key in old:
            self.hits += 1
            value = new[key] = old[key]
            return value
        self.misses += 1
        return default

    def put(self, table: str, key: int, value: Any) -> None:
        self.new[table][key] = value

    def carry(self, table: str) -> None:
        """Keep every entry of ``table`` from the last build (its keys are not looked up this
        time, but a later build may need them)."""
        self.carried.add(table)

    def save(self) -> None:
        """Write each table this build looked up, with the entries it used (a carried table
        keeps the last build's too; a table never looked up stays as it is)."""
        if self.root is None:
            return
        for table in TABLES:
            if table not in self.old and not self.new[table]:
                continue  # never looked up: its file stays as it is
            entries = self.new[table]
            if table in self.carried:
                entries = {**self._old(table), **entries}
            try:
                self.root.mkdir(parents=True, exist_ok=True)
                tmp = self._path(table).with_suffix(f".tmp{os.getpid()}")
                with tmp.open("wb") as fh:
                    pickle.dump((MEMO_VERSION, self.code, entries), fh,
                                protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp, self._path(table))
            except OSError:
                pass  # a memo that cannot be written only costs time


_ACTIVE: list[RelatedMemo] = []


def active() -> RelatedMemo | None:
    """The memo of the build in progress (None: compute everything)."""
    return _ACTIVE[-1] if _ACTIVE else None


@contextmanager
def using(root: Path | None, code: str) -> Iterator[RelatedMemo | None]:
    """Within the block, the related step reads and fills the memo stored in the folder
    ``root``; it is saved when the block ends without an error. ``root`` None: no memo."""
    if root is None:
        yield None
        return
    memo = RelatedMemo(root, code)
    _ACTIVE.append(memo)
    try:
        yield memo
    finally:
        _ACTIVE.pop()
    memo.save()
