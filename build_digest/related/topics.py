"""Statements on the same topic: TF-IDF over a quote and the sentences around it.

A quote's topic terms are its content keys plus those of its context (the paragraph it stands in
and the one before, which often says what the quote is about), and bigrams of adjacent keys
("pertukaran tahanan"). Terms are weighted by inverse document frequency over all quotes of the
corpus, so what every article mentions (the war, the two presidents) counts for little and what
few mention (the summit venue, a prisoner exchange) counts for much.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from sys import intern

from .text import Normalizer, Token

CONTEXT_WEIGHT = 0.5  # a context word counts half as much as a word of the quote
BIGRAM_WEIGHT = 1.5


@dataclass(slots=True)
class TopicProfile:
    """Weighted terms of one quote and how each reads in the text."""

    tf: dict[str, float]
    surfaces: dict[str, str] = field(default_factory=dict)
    vector: dict[str, float] = field(default_factory=dict)
    norm: float = 0.0

    def salient(self, limit: int) -> list[str]:
        """The ``limit`` heaviest terms (ties broken by the term, for a stable result)."""
        return sorted(self.vector, key=lambda t: (-self.vector[t], t))[:limit]


def profile(norm: Normalizer, quote: str, context: str, skip: set[str],
            quote_tokens: list[Token] | None = None) -> TopicProfile:
    """Topic terms of a quote (weight 1) and its context (weight ``CONTEXT_WEIGHT``).
    ``quote_tokens``: the quote's tokens when the caller has them.

    Terms, surfaces and counts recur across the quotes of a corpus: each is kept once
    (interned), as every quote's profile is held until all are weighed."""
    tf: Counter[str] = Counter()
    surfaces: dict[str, str] = {}
    for text, weight in ((quote, 1.0), (context, CONTEXT_WEIGHT)):
        noise = skip if text is quote else skip | norm.context_stopwords
        read = quote_tokens if text is quote and quote_tokens is not None else norm.tokens(text)
        tokens = [t for t in read if t.content and t.key not in noise
                  and t.surface.casefold() not in noise]
        for tok in tokens:
            key = intern(tok.key)
            tf[key] += weight
            if key not in surfaces:
                surfaces[key] = intern(tok.surface)
        for left, right in itertools.pairwise(tokens):
            if right.start - left.end > 2:  # not adjacent (a stopword or punctuation between)
                continue
            term = intern(f"{left.key} {right.key}")
            tf[term] += weight * BIGRAM_WEIGHT
            if term not in surfaces:
                surfaces[term] = intern(text[left.start:right.end])
    return TopicProfile({term: _COUNTS.setdefault(f, f) for term, f in tf.items()}, surfaces)


_COUNTS: dict[float, float] = {}  # weighted counts are few distinct numbers: one object each


def weigh(profiles: list[TopicProfile]) -> None:
    """Fill each profile's TF-IDF vector (sublinear tf) and its length.

    Raw counts are dropped afterwards, and surfaces of terms outside the vector (terms no other
    quote has): on a large corpus they are most of the memory the step uses.
    """
    df: Counter[str] = Counter()
    for prof in profiles:
        df.update(prof.tf.keys())
    n = len(profiles)
    for prof in profiles:
        prof.vector = {t: (1 + math.log(f)) * math.log((n + 1) / (df[t] + 1))
                       for t, f in prof.tf.items() if f >= 0.5 and df[t] > 1}
        prof.norm = math.sqrt(sum(v * v for v in prof.vector.values()))
        prof.tf = {}
        prof.surfaces = {t: prof.surfaces[t] for t in prof.vector if t in prof.surfaces}


def similarity(a: TopicProfile, b: TopicProfile) -> tuple[float, list[tuple[float, str]]]:
    """Cosine of two profiles and their shared terms, heaviest first."""
    if not a.norm or not b.norm:
        return 0.0, []
    small, big = (a, b) if len(a.vector) <= len(b.vector) else (b, a)
    shared = [(w * big.vector[t], t) for t, w in small.vector.items() if t in big.vector]
    dot = sum(w for w, _t in shared)
    shared.sort(reverse=True)
    return dot / (a.norm * b.norm), shared


def cosine(a: TopicProfile, b: TopicProfile) -> float:
    """The cosine of :func:`similarity` alone (the same number: the same sum in the same order)."""
    if not a.norm or not b.norm:
        return 0.0
    small, big = (a, b) if len(a.vector) <= len(b.vector) else (b, a)
    vector = big.vector
    dot = sum([w * vector[t] for t, w in small.vector.items() if t in vector])
    return dot / (a.norm * b.norm)


def shared_terms(shared: list[tuple[float, str]], surfaces: Mapping[str, str],
                 limit: int = 3) -> list[str]:
    """Up to ``limit`` shared terms as they read in the text; a bigram hides its words."""
    out: list[str] = []
    covered: set[str] = set()
    for _weight, term in shared:
        parts = term.split(" ")
        if any(p in covered for p in parts):
            continue
        covered.update(parts)
        out.append(surfaces.get(term, term))
        if len(out) == limit:
            break
    return out
