"""Sentence boundaries inside paragraphs (offsets into the document text)."""

from __future__ import annotations

import re

from .doc import Document
from .lexicon import Lexicon
from .textutil import trim

# A stop, then closing quotes or brackets, then space and something that opens a sentence.
_END = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9\u00c0-\u024f])")
_WORD_BEFORE = re.compile(r"(\w+)\.?$")


def _abbreviation(text: str, stop: int, abbreviations: frozenset[str] | set[str]) -> bool:
    """True when the period at ``stop`` ends an abbreviation or an initial ("Dr.", "J.")."""
    if text[stop] != ".":
        return False
    match = _WORD_BEFORE.search(text, max(0, stop - 20), stop)
    if not match:
        return False
    word = match.group(1)
    return word.casefold() in abbreviations or (len(word) == 1 and word.isupper())


def _abbreviations(lex: Lexicon, language: str) -> frozenset[str]:
    """Words a period may end without ending the sentence (cached on the lexicon)."""
    cache = lex.__dict__.setdefault("_sentence_abbreviations", {})
    if language not in cache:
        lang = lex.lang(language)
        words = {a.casefold() for a in lang.get("abbreviations", [])}
        words |= {m for m in (lang.get("dates") or {}).get("months", {}) if len(m) <= 4}
        cache[language] = frozenset(words)
    return cache[language]


def sentence_bounds(doc: Document, lex: Lexicon, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]`` as trimmed (start, end) pairs."""
    abbreviations = _abbreviations(lex, doc.meta.language)
    out: list[tuple[int, int]] = []
    # a lead ("JAKARTA - ", "Suara.com - ") opens the paragraph but is no part of its sentence
    cursor = max((s.end for s in doc.spans_of("lead") if start <= s.start < end), default=start)
    for match in _END.finditer(doc.text, cursor, end):
        if _abbreviation(doc.text, match.start(), abbreviations):
            continue
        a, b = trim(doc.text, cursor, match.end())
        if a < b:
            out.append((a, b))
        cursor = match.end()
    a, b = trim(doc.text, cursor, end)
    if a < b:
        out.append((a, b))
    return out


def sentence_at(doc: Document, lex: Lexicon, offset: int) -> tuple[int, int] | None:
    """The sentence of the paragraph that holds ``offset``."""
    for para in doc.spans_of("paragraph"):
        if para.start <= offset < para.end:
            for a, b in sentence_bounds(doc, lex, para.start, para.end):
                if a <= offset < b:
                    return a, b
            return para.start, para.end
    return None
