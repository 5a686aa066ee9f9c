"""Ages as evidence for reference: "Sumadi (58) …" and later "pria berusia 58 tahun itu" or
"the 58-year-old" are one person, whoever spoke last. Ages are read where the text gives them
with a name: "Sumadi (58)", "Sumadi, 58,", "Sumadi, 58 tahun,"; a description gives one when a
number stands in it with an age word (``age_words`` in ``data/lang/<code>/speech.yaml``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .speechlex import SpeechLexicon

_NAME = r"(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,5})"
_GIVEN = re.compile(_NAME + r"(?: ?\((?P<paren>\d{1,3})\)|, (?P<comma>\d{1,3})(?: [a-z]+)?,)")
_NUMBER = re.compile(r"(?<![\d.,])(\d{1,3})(?![\d.,]\d)")


def ages_given(text: str, start: int, end: int) -> Iterator[tuple[int, int, int]]:
    """(name start, name end, age) for each age given with a name in ``text[start:end]``."""
    for m in _GIVEN.finditer(text, start, end):
        age = int(m.group("paren") or m.group("comma"))
        if 0 < age < 120:
            yield m.start("name"), m.end("name"), age


def age_in(description: str, sl: SpeechLexicon) -> int | None:
    """The age a description gives ("pria berusia 45 tahun", "the 45-year-old"), or None."""
    words = sl.folded_words("age_words")
    folded = description.casefold()
    if not words or not any(w in folded for w in words):
        return None
    numbers = {int(n) for n in _NUMBER.findall(folded)}
    return numbers.pop() if len(numbers) == 1 and 0 < min(numbers) < 120 else None
