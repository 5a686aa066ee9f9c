"""Quick tests that tell when a regular expression cannot match a text at all.

Many patterns of the language data (date expressions, say) are tried on every paragraph though
most paragraphs hold nothing they could match. :func:`required_parts` reads a pattern's syntax
tree once and lists what every match must contain: sets of short strings, one string of each set
(``{" januari", " jan", " feb", ...}``, ``{"lalu"}``). A :class:`Gate` finds all the strings
several patterns require in one pass over a text folded with :func:`fold_text` and says which
patterns could match it, far faster than running them (:func:`could_match` is the same test for
one pattern). The test never rules out a text the pattern matches: upper and lower case count
alike (IGNORECASE ones included), any white space is a space and any digit an ASCII digit (as
\\s and \\d read them), and a pattern the analysis does not understand requires nothing.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# the standard library's own parser of regular expressions (Python 3.11+)
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from .lexicon import alternation

Needs = tuple[frozenset[str], ...]

MAX_STRINGS = 64  # largest set of alternative strings followed through a pattern
MAX_NEEDS = 2  # sets kept per pattern (the most telling ones)
MIN_LENGTH = 2  # shorter strings are found nearly everywhere: not worth testing

# Characters outside ASCII that IGNORECASE matching equates with ASCII letters ("ſ" with "s").
_FOLDED_LETTERS = "\u0130\u0131\u017f\u212a"
_ASCII_FOLDS = str.maketrans(_FOLDED_LETTERS, "iisk")
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
# classes every character of which :func:`fold_text` turns into one of a few ASCII ones
_FOLDED_CLASSES = {sre.CATEGORY_DIGIT: "0123456789", sre.CATEGORY_SPACE: " "}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}


_OTHER_SPACE = re.compile(r"[^\S ]")  # white space other than the plain space
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")  # decimal digits of other scripts


@lru_cache(maxsize=256)  # several steps test the same paragraph
def fold_text(text: str) -> str:
    """``text`` as :func:`could_match` reads it: lower case, the letters above made ASCII, any
    white space a space and any decimal digit an ASCII one (so that \\s and \\d read alike)."""
    if not text.isascii():
        if any(char in text for char in _FOLDED_LETTERS):
            text = text.translate(_ASCII_FOLDS)
        text = _OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group())), text)
    return _OTHER_SPACE.sub(" ", text.lower())


def could_match(needs: Needs, folded: str) -> bool:
    """False only when a pattern with these ``needs`` cannot match anywhere in ``folded``."""
    return all(any(s in folded for s in options) for options in needs)


class Gate:
    """Which of several patterns could match a text, told by one pass over it that finds the
    strings they require (each pattern's :func:`required_parts`)."""

    def __init__(self, needs: list[Needs]) -> None:
        sets = sorted({options for one in needs for options in one}, key=sorted)
        number = {options: k for k, options in enumerate(sets)}
        self.wanted = [frozenset(number[options] for options in one) for one in needs]
        strings = sorted({s for options in sets for s in options})
        # at each position the longest string that starts there is found; the shorter ones
        # that start there are its beginnings: the sets it meets are those any of them is in
        self.meets = {s: frozenset(k for k, options in enumerate(sets)
                                   if any(s.startswith(t) for t in options)) for s in strings}
        self.finder = re.compile(alternation(strings)) if strings else None

    def possible(self, folded: str) -> list[bool]:
        """For each pattern, False when it cannot match ``folded`` (a :func:`fold_text` text)."""
        met: set[int] = set()
        finder, at = self.finder, 0
        # every position where one of the strings starts (searched afresh from the next one:
        # they may overlap), with the longest string found there
        while finder is not None and (match := finder.search(folded, at)) is not None:
            met |= self.meets[match.group()]
            at = match.start() + 1
        return [wanted <= met for wanted in self.wanted]


def required_parts(pattern: str, flags: int = 0) -> Needs:
    """What every match of ``pattern`` contains: sets of lower-case ASCII strings (empty: the
    analysis cannot tell, or the pattern may match without any)."""
    try:
        tree = sre_parse.parse(pattern, flags)
    except (re.error, TypeError, ValueError, AttributeError):
        return ()
    try:
        found = _sequence_needs(list(tree))
    except (TypeError, ValueError, AttributeError, IndexError):
        return ()
    useful = {_minimal(options) for options in found
              if options and min(map(len, options)) >= MIN_LENGTH}
    ranked = sorted(useful, key=lambda o: (-min(map(len, o)), len(o), sorted(o)))
    return tuple(ranked[:MAX_NEEDS])


def _minimal(options: frozenset[str]) -> frozenset[str]:
    """Drop the strings that contain another one: finding the shorter one is enough."""
    return frozenset(s for s in options if not any(o != s and o in s for o in options))


def _product(left: set[str], right: set[str]) -> set[str] | None:
    if len(left) * len(right) > MAX_STRINGS:
        return None
    return {a + b for a in left for b in right}


def _exact(op: Any, av: Any) -> set[str] | None:
    """Every string the node can match (folded; a superset is fine), or None when too many."""
    if op in _ZERO_WIDTH:
        return {""}
    if op is sre.LITERAL:
        char = chr(av)
        return {char.lower()} if char.isascii() else None
    if op is sre.IN:
        chars: set[str] = set()
        for item_op, item_av in av:
            if item_op is sre.LITERAL:
                chars.add(chr(item_av))
            elif item_op is sre.RANGE and item_av[1] - item_av[0] < 32:
                chars.update(chr(c) for c in range(item_av[0], item_av[1] + 1))
            elif item_op is sre.CATEGORY and item_av in _FOLDED_CLASSES:  # \d, \s
                chars.update(_FOLDED_CLASSES[item_av])
            else:  # another class (\w), a negation, a wide range
                return None
        if not chars or not all(c.isascii() for c in chars):
            return None
        return {c.lower() for c in chars}
    if op is sre.SUBPATTERN:
        return _sequence_exact(list(av[-1]))
    if op is sre.BRANCH:
        options: set[str] = set()
        for alternative in av[1]:
            got = _sequence_exact(list(alternative))
            if got is None:
                return None
            options |= got
        return options if len(options) <= MAX_STRINGS else None
    if op in _REPEATS:
        low, high, body = av
        if high > 3:
            return None
        one = _sequence_exact(list(body))
        if one is None:
            return None
        options, power = set(), {""}
        for count in range(high + 1):
            if count >= low:
                options |= power
            if count < high:
                power = _product(power, one)
                if power is None:
                    return None
        return options if len(options) <= MAX_STRINGS else None
    return None


def _sequence_exact(items: list[tuple[Any, Any]]) -> set[str] | None:
    options: set[str] | None = {""}
    for op, av in items:
        part = _exact(op, av)
        if part is None:
            return None
        options = _product(options, part)
        if options is None:
            return None
    return options


def _item_needs(op: Any, av: Any) -> list[frozenset[str]]:
    """What a node that cannot be spelt out in full requires of its match."""
    if op is sre.SUBPATTERN:
        return _sequence_needs(list(av[-1]))
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _sequence_needs(list(av))
    if op in _REPEATS and av[0] >= 1:
        return _sequence_needs(list(av[2]))
    if op is sre.BRANCH:
        union: set[str] = set()
        for alternative in av[1]:
            needs = _sequence_needs(list(alternative))
            best = _best(needs)
            if best is None:
                return []
            union |= best
        return [frozenset(union)]
    return []


def _best(needs: list[frozenset[str]]) -> frozenset[str] | None:
    useful = [o for o in needs if o and "" not in o]
    if not useful:
        return None
    return min(useful, key=lambda o: (-min(map(len, o)), len(o)))


def _sequence_needs(items: list[tuple[Any, Any]]) -> list[frozenset[str]]:
    """Runs of spelt-out nodes become strings; other nodes add what they require inside."""
    needs: list[frozenset[str]] = []
    run: set[str] = {""}

    def flush() -> None:
        if run and "" not in run:
            needs.append(frozenset(run))

    for op, av in items:
        part = _exact(op, av)
        if part is not None:
            joined = _product(run, part)
            if joined is not None:
                run = joined
                continue
            flush()
            run = part
            continue
        if op in _REPEATS and av[0] >= 1:
            body = _sequence_exact(list(av[2]))
            if body is not None:  # at least one copy: it ends the run, and starts the next
                joined = _product(run, body)
                if joined is not None:
                    run = joined
                flush()
                run = body
                continue
        flush()
        run = {""}
        needs.extend(_item_needs(op, av))
    flush()
    return needs
