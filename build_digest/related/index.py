"""Candidate search by blocking: an inverted index over rare terms, never all pairs.

Each statement is indexed under its terms (content keys and key bigrams). A term found in more
than ``max_posting`` statements says little and would make search quadratic, so it is left out
of candidate search (it still counts when a candidate pair is scored). Two statements are
candidates when they share ``min_shared`` indexed terms. The work is bounded by
``max_posting`` times the number of index entries: linear in the corpus size.
"""

from __future__ import annotations

import itertools
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from sys import intern

DEFAULT_MAX_POSTING = 200


def index_terms(keys: list[str]) -> set[str]:
    """Unigrams and bigrams of a key sequence (bigrams are rarer, so better blocking keys)."""
    terms = set(keys)
    terms.update(intern(f"{a} {b}") for a, b in itertools.pairwise(keys))
    return terms


class BlockingIndex:
    """Inverted index from terms to statement numbers, with capped posting lists."""

    def __init__(self, max_posting: int = DEFAULT_MAX_POSTING) -> None:
        self.max_posting = max_posting
        self.postings: dict[str, list[int]] = defaultdict(list)
        self.terms: list[tuple[str, ...]] = []  # each statement's distinct terms

    def add(self, terms: Iterable[str]) -> int:
        number = len(self.terms)
        own = tuple(set(terms))  # in the order the set gives
        self.terms.append(own)
        for term in own:
            self.postings[term].append(number)
        return number

    def selective(self, term: str) -> bool:
        return len(self.postings.get(term, ())) <= self.max_posting

    def pairs(self, min_shared: int = 2, share: tuple[int, int] = (0, 1)
              ) -> Iterator[tuple[int, int, int]]:
        """(i, j, shared indexed terms) for every candidate pair, i < j, each pair once.

        A statement with fewer than ``min_shared`` selective terms needs to share only what it has.
        ``share`` (k, n): only the pairs whose i is k modulo n (one worker's part of the work).
        """
        selective = {t for t, numbers in self.postings.items() if len(numbers) <= self.max_posting}
        usable_terms = [[t for t in own if t in selective] for own in self.terms]
        usable_count = [len(usable) for usable in usable_terms]
        part, parts = share
        for i, usable in enumerate(usable_terms):
            if not usable or i % parts != part:
                continue
            counts: Counter[int] = Counter()
            for term in usable:
                numbers = self.postings[term]  # ascending: the later statements are a tail
                counts.update(numbers[bisect_right(numbers, i):])
            need = min(min_shared, usable_count[i])
            for j, shared in counts.items():
                if shared >= need or shared >= usable_count[j]:
                    yield i, j, shared
