"""Memoising a pure phrase reader for the article being read."""

from __future__ import annotations

from ..speechlex import SpeechLexicon

MISSING = object()  # (a memo's answer may be None)


class TextMemo:
    """Results of a pure phrase reader for the article being read: the steps read the same
    offsets again and again (every rule tries the subject of a sentence). Keyed by the text and
    lexicon objects themselves, so another article (or language) starts afresh."""

    __slots__ = ("results", "sl", "text")

    def __init__(self) -> None:
        self.text: str | None = None
        self.sl: SpeechLexicon | None = None
        self.results: dict[tuple, object] = {}

    def of(self, text: str, sl: SpeechLexicon) -> dict[tuple, object]:
        if self.text is not text or self.sl is not sl:
            self.text, self.sl, self.results = text, sl, {}
        return self.results
