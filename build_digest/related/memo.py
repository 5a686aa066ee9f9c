"""What the related step computed last time, keyed by content, so a rebuild redoes only what changed.

Four tables, each keyed by a digest of *every* input of the value it holds:

- ``prepared``: a quote's comparison keys, segments and raw topic terms, keyed by the lexicon,
  language, quote text, context and speaker;
- ``same``: the same-statement score of a pair of quotes (None: not one statement), keyed by
  both quotes' statements *and* the corpus-wide IDF weights of their keys;
- ``topic``: the topic link of a pair, keyed by both quotes' weighted topic vectors;
- ``step``: every computed link of the corpus, keyed by the whole list of prepared quotes (an
  edit that changes no quote nor its context finds its links here).

A key that covers the weights makes a memo exact: when an edit changes the weight of a key
(its document frequency, or the number of quotes), every statement holding it gets a new key
and its pairs are scored again. The memo is one pickle file in the build cache, written
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


class RelatedMemo:
    """The three tables of one build: entries read from the last build, entries kept for the next."""

    def __init__(self, code: str = "", tables: dict[str, dict] | None = None) -> None:
        self.code = code
        old = tables or {}
        self.old: dict[str, dict] = {name: old.get(name, {})
                                     for name in ("prepared", "same", "topic", "step")}
        self.new: dict[str, dict] = {name: {} for name in self.old}
        self.hits = 0
        self.misses = 0

    def get(self, table: str, key: int, default: Any = None) -> Any:
        new = self.new[table]
        if key in new:
            return new[key]
        old = self.old[table]
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
        self.new[table] = {**self.old[table], **self.new[table]}

    # -- persistence -------------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path, code: str) -> RelatedMemo:
        try:
            with path.open("rb") as fh:
                version, stored_code, tables = pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError,
                ImportError):
            return cls(code)
        if version != MEMO_VERSION or stored_code != code:
            return cls(code)  # other code: nothing computed by it can be trusted
        return cls(code, tables)

    def save(self, path: Path) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".tmp{os.getpid()}")
            with tmp.open("wb") as fh:
                pickle.dump((MEMO_VERSION, self.code, self.new), fh,
                            protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError:
            pass  # a memo that cannot be written only costs time


_ACTIVE: list[RelatedMemo] = []


def active() -> RelatedMemo | None:
    """The memo of the build in progress (None: compute everything)."""
    return _ACTIVE[-1] if _ACTIVE else None


@contextmanager
def using(path: Path | None, code: str) -> Iterator[RelatedMemo | None]:
    """Within the block, the related step reads and fills the memo stored at ``path``; it is
    saved when the block ends without an error. ``path`` None: no memo."""
    if path is None:
        yield None
        return
    memo = RelatedMemo.load(path, code)
    _ACTIVE.append(memo)
    try:
        yield memo
    finally:
        _ACTIVE.pop()
    memo.save(path)
