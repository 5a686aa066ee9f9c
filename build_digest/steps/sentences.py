"""Sentence boundaries inside a paragraph, blind to what lies inside quotation marks."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import pairwise

from ..textutil import merge_ranges

# sentence-final punctuation, optional closing marks, white space, then a capital, digit or opening mark
_BOUNDARY = re.compile(r"[.!?…]+[\"\u201d\u2019\u00bb')\]]*(\s+)"
                       r"(?=[\"\u201c\u201d\u201e\u00ab(]?[A-Z\u00c0-\u00de0-9])")
_LAST_WORD = re.compile(r"(\w+)[.]+$")


def sentence_bounds(text: str, lo: int, hi: int, opaque: list[tuple[int, int]],
                    abbreviations: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence in ``text[lo:hi]``; no cut falls inside ``opaque`` ranges.

    ``opaque`` is sorted by start; only ranges starting in ``text[lo:hi]`` (and the one before)
    are consulted, through bisection, so a huge paragraph full of quotes stays linear.
    """
    first = max(bisect_left(opaque, lo, key=lambda r: r[0]) - 1, 0)
    window = merge_ranges(opaque[first:bisect_left(opaque, hi, key=lambda r: r[0])])
    window_starts = [a for a, _ in window]
    cuts = [lo]
    for match in _BOUNDARY.finditer(text, lo, hi):
        point = match.start(1)
        k = bisect_left(window_starts, point) - 1  # the last range starting before the point
        if k >= 0 and point < window[k][1]:
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
    k = bisect_right(bounds, offset, key=lambda b: b[0]) - 1
    if k >= 0 and offset < bounds[k][1]:
        return bounds[k]
    return bounds[-1]
