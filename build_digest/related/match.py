"""Is this the same statement? Scoring two quotes that different outlets may have worded apart.

Outlets translate one remark differently, cut it with ellipses, quote only its first sentence or
run it on into the next. So two quotes are compared on their content-word keys
(:mod:`.text`) in several ways, and the best view wins:

- *order*: the longest common subsequence of keys (rapidfuzz ``LCSseq``), relative to the
  shorter and the longer quote: a shared passage in the same order;
- *bag*: weighted overlap of the key sets (translations reorder words);
- *windows*: the same on runs of segments (split at ellipses and sentence ends), so that a quote
  that goes on past the shared passage is not penalized for its continuation.

Spelling variants of names and words ("Zelenskiy"/"Zelenskyy") count as equal through a
rapidfuzz ratio. The speaker is a prior: same known speaker raises the score, two different
known speakers lower it sharply.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import LCSseq

# Calibrated on tests/related/pairs.yaml (see tests/related/test_pairs.py for the figures).
SAME_THRESHOLD = 0.56
SAME_SPEAKER_BONUS = 0.08
OTHER_SPEAKER_PENALTY = 0.30
OTHER_SPEAKER_SHORT_PENALTY = 0.50  # stock phrases ("kami terus memantau situasi") are short
LONG_STATEMENT = 10  # shared content words that make two statements more than a stock phrase
SPELLING_RATIO = 88.0  # rapidfuzz ratio above which two long keys are one word spelled apart
SPELLING_MIN = 5  # keys shorter than this are never taken for another's spelling
MIN_SHARED = 3  # fewer shared content words than this is never evidence of one statement
MIN_WINDOW = 3  # content words a segment window needs to be compared on its own

Weight = Callable[[str], float]


def _flat(_key: str) -> float:
    return 1.0


@dataclass(slots=True)
class Statement:
    """What the matcher needs of a quote: its content keys, segments and speaker."""

    keys: list[str]
    segments: list[list[str]]
    speaker: str | None = None
    language: str = "id"
    ref: object = None  # the caller's handle (e.g. (doc id, quote id))
    key_set: frozenset[str] = field(init=False)
    any_keys: frozenset[str] = field(init=False)  # keys of the whole and of every segment
    # how many long keys (spelling may vary) of ``any_keys`` start with each letter
    long_letters: dict[str, int] = field(init=False)
    long_keys: frozenset[str] = field(init=False)  # the long keys of ``any_keys``
    long_count: int = field(init=False)  # how many long keys ``any_keys`` holds
    speaker_key: str | None = field(init=False)  # the speaker case-folded

    def __post_init__(self) -> None:
        self.key_set = frozenset(self.keys)
        any_keys = self.key_set.union(*self.segments)
        self.any_keys = self.key_set if len(any_keys) == len(self.key_set) else any_keys
        self.long_keys = frozenset(k for k in self.any_keys if len(k) >= SPELLING_MIN)
        self.long_letters = dict(Counter(k[0] for k in self.long_keys))
        self.long_count = len(self.long_keys)
        self.speaker_key = self.speaker.casefold() if self.speaker else None


@dataclass(frozen=True, slots=True)
class Match:
    score: float
    text_score: float
    shared: int
    view: str  # "whole" | "window"

    @property
    def same(self) -> bool:
        return self.score >= SAME_THRESHOLD


def _unify_spelling(a: list[str], b: list[str]) -> list[str]:
    """``b`` with each key that is a spelling variant of a key of ``a`` replaced by it."""
    a_set = set(a)
    only_a = [k for k in a_set.difference(b) if len(k) >= SPELLING_MIN]
    if not only_a:
        return b
    out = []
    for key in b:
        if key not in a_set and len(key) >= SPELLING_MIN:
            found = process.extractOne(key, only_a, scorer=fuzz.ratio, score_cutoff=SPELLING_RATIO)
            if found and found[0][0] == key[0]:
                key = found[0]
        out.append(key)
    return out


def _text_similarity(a: list[str], b: list[str], weight: Weight) -> tuple[float, int]:
    """(similarity in [0, 1], number of shared keys) of two key sequences."""
    if not a or not b:
        return 0.0, 0
    b = _unify_spelling(a, b)
    lcs = LCSseq.similarity(a, b)
    short, long_ = sorted((len(a), len(b)))
    set_a, set_b = set(a), set(b)
    shared = set_a & set_b
    w_shared = sum(map(weight, shared))  # (the same sums, in the same order, as a loop)
    w_a = sum(map(weight, set_a))
    w_b = sum(map(weight, set_b))
    contain = w_shared / min(w_a, w_b)
    dice = 2 * w_shared / (w_a + w_b)
    order = 0.6 * lcs / short + 0.4 * lcs / long_
    # Word order may change in translation, but a shared passage keeps most of it.
    in_order = min(1.0, lcs / len(shared)) if shared else 0.0
    bag = (0.3 * contain + 0.7 * dice) * (0.6 + 0.4 * in_order)
    sim = max(order, bag)
    # Few shared words are weak evidence however well they line up.
    sim *= min(1.0, len(shared) / (MIN_SHARED + 1)) if len(shared) <= MIN_SHARED else 1.0
    # Containment of a very short quote in a long one says less than two matching quotes.
    sim *= 1.0 - 0.25 * max(0.0, 1.0 - short / long_) ** 2
    return sim, len(shared)


def _windows(segments: list[list[str]]) -> list[list[str]]:
    """Keys of every run of consecutive segments that is not the whole quote."""
    out = []
    n = len(segments)
    for i in range(n):
        run: list[str] = []
        for j in range(i, n):
            run = run + segments[j]
            if (i, j) != (0, n - 1) and len(run) >= MIN_WINDOW:
                out.append(run)
    return out


def text_score(a: Statement, b: Statement, weight: Weight = _flat) -> tuple[float, int, str]:
    """Best text similarity over the whole quotes and their segment windows."""
    best, shared = _text_similarity(a.keys, b.keys, weight)
    view = "whole"
    for mine, other in ((a, b), (b, a)):
        if len(mine.segments) < 2:
            continue
        for window in _windows(mine.segments):
            sim, n = _text_similarity(window, other.keys, weight)
            sim *= 0.95  # a window is a little weaker evidence than whole quotes
            if sim > best:
                best, shared, view = sim, n, "window"
    return best, shared, view


def speaker_prior(a: str | None, b: str | None, shared: int) -> float:
    """Score adjustment for the speakers: unknown 0, same a bonus, different a penalty.

    Different speakers rarely say one statement; when they seem to, it is either a stock phrase
    (short: heavy penalty) or a misattribution by one outlet (long and near identical: kept).
    """
    if not a or not b:
        return 0.0
    if a.casefold() == b.casefold():
        return SAME_SPEAKER_BONUS
    return -(OTHER_SPEAKER_PENALTY if shared >= LONG_STATEMENT else OTHER_SPEAKER_SHORT_PENALTY)


def could_be_same(a: Statement, b: Statement) -> bool:
    """A cheap necessary condition for ``compare(a, b).same``: it never drops a match.

    Bounds the shared keys, hence the text score (few shared keys cap it) and the speaker prior
    (different speakers need a long shared passage).
    """
    need = _least_shared(_speakers_kind(a.speaker_key, b.speaker_key))
    both = a.any_keys & b.any_keys
    have = len(both)
    if have >= need:
        return True
    # Unification joins a long key of one side to an unshared long key of the other with the
    # same first letter: at most one new shared key per such pair of first letters. (Here
    # fewer keys are shared than any pass needs: ``both`` is small.)
    long_both = a.long_keys & b.long_keys  # the long keys of ``both``
    if have + min(a.long_count, b.long_count) - len(long_both) < need:
        return False  # not even every unshared long key of the side with fewer would do
    letters_a, letters_b = a.long_letters, b.long_letters
    if len(letters_b) < len(letters_a):
        letters_a, letters_b = letters_b, letters_a
    shared = Counter(k[0] for k in long_both)
    gain = 0
    for letter, n in letters_a.items():
        m = letters_b.get(letter)
        if m:
            common = shared[letter]
            gain += min(n - common, m - common)
    return gain > 0 and have + gain >= need


def _speakers_kind(a: str | None, b: str | None) -> str:
    """"unknown", "same" or "other" for two case-folded speakers (see :func:`speaker_prior`)."""
    if not a or not b:
        return "unknown"
    return "same" if a == b else "other"


_KIND_SPEAKERS = {"unknown": (None, None), "same": ("a", "a"), "other": ("a", "b")}
_MOST_SHARED = 1000  # beyond any statement's length


@cache
def _least_shared(kind: str) -> int:
    """The fewest shared keys with which two statements whose speakers are of ``kind`` could
    reach the threshold (:func:`_may_pass` only grows with them: the text bound and the
    speaker prior both do)."""
    speakers = _KIND_SPEAKERS[kind]
    return next((n for n in range(_MOST_SHARED) if _may_pass(*speakers, n)), _MOST_SHARED)


def _may_pass(speaker_a: str | None, speaker_b: str | None, most_shared: int) -> bool:
    """Whether two statements sharing at most ``most_shared`` keys could reach the threshold."""
    best_text = 1.0 if most_shared > MIN_SHARED else most_shared / (MIN_SHARED + 1)
    return best_text + speaker_prior(speaker_a, speaker_b, most_shared) >= SAME_THRESHOLD


def compare(a: Statement, b: Statement, weight: Weight = _flat) -> Match:
    """Score two statements; ``Match.same`` tells whether they are one statement."""
    sim, shared, view = text_score(a, b, weight)
    score = sim + speaker_prior(a.speaker, b.speaker, shared) if sim > 0 else 0.0
    return Match(max(0.0, min(1.0, score)), sim, shared, view)


def idf_weights(documents: list[frozenset[str]]) -> Mapping[str, float]:
    """Smoothed inverse document frequency of every key over a list of key sets."""
    df: dict[str, int] = {}
    for keys in documents:
        for key in keys:
            df[key] = df.get(key, 0) + 1
    n = len(documents)
    return {k: math.log((n + 1) / (c + 1)) + 1.0 for k, c in df.items()}
