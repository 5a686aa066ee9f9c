"""Word-level difference between two versions of a statement."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Indel

from .text import fold

_WORD = re.compile(r"\S+")
_EDGE_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of words: "equal" (in both), "delete" (only in the first), "insert" (only in the second)."""

    op: str
    text: str


@lru_cache(maxsize=1 << 14)
def _norm(word: str) -> str:  # words recur across the versions of a statement: each once
    return _EDGE_PUNCT.sub("", fold(word)) or word


def word_diff(first: str, second: str) -> list[Piece]:
    """How ``second`` differs from ``first``, word by word (case and edge punctuation ignored)."""
    a, b = _WORD.findall(first), _WORD.findall(second)
    pieces: list[Piece] = []
    for op in Indel.opcodes([_norm(w) for w in a], [_norm(w) for w in b]):
        if op.tag == "equal":
            pieces.append(Piece("equal", " ".join(b[op.dest_start:op.dest_end])))
            continue
        if op.src_end > op.src_start:
            pieces.append(Piece("delete", " ".join(a[op.src_start:op.src_end])))
        if op.dest_end > op.dest_start:
            pieces.append(Piece("insert", " ".join(b[op.dest_start:op.dest_end])))
    return pieces
