"""Sentence boundaries inside a paragraph, blind to what lies inside quotation marks."""

from __future__ import annotations

import re
from itertools import pairwise

# sentence-final punctuation, optional closing marks, white space, then a capital, digit or opening mark
_BOUNDARY = re.compile(r"[.!?…]+[\"\u201d\u2019\u00bb')\]]*(\s+)"
                       r"(?=[\"\u201c\u201d\u201e\u00ab(]?[A-Z\u00c0-\u00de0-9])")
_LAST_WORD = re.compile(r"(\w+)[.]+$")


def sentence_bounds(text: str, lo: int, hi: int, opaque: list[tuple[int, int]],
                    abbreviations: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence in ``text[lo:hi]``; no cut falls inside ``opaque`` ranges."""
    cuts = [lo]
    for match in _BOUNDARY.finditer(text, lo, hi):
        point = match.start(1)
        if any(a < point < b for a, b in opaque):
            continue
        word = _LAST_WORD.search(text, max(lo, match.start() - 20), match.start() + 1)
        if word and word.end() == match.start() + 1:
            token = word.group(1)
            if token.casefold() in abbreviations or (len(token) == 1 and token.isupper()):
                continue
        cuts.append(match.end())
    cuts.append(hi)
    return [(a, b) for a, b in pairwise(cuts) if a < b]


def sentence_at(bounds: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    """The sentence holding ``offset`` (the last one when past the end)."""
    for start, end in bounds:
        if start <= offset < end:
            return start, end
    return bounds[-1]
