"""Statement text as comparable keys: tokens, light stemming, synonyms and segments.

Everything language-specific comes from the ``related:`` section of the language data files
(``data/lang/<code>/related.yaml``): stopwords, multi-word phrases, synonym groups (translation
variants) and affix rules. Two quotes are compared on the *keys* of their content words, so
"pemerintahan" and "administrasi", or "menghentikan" and "dihentikan", meet.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from ..lexicon import Lexicon, alternation

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)
# Ellipses and sentence ends split a quote into segments (an outlet may leave some out).
_SEGMENT_BREAK = re.compile(r"\s*(?:…|\.{2,}|(?<=[^\s.])[.!?;](?=\s|$)|\s[-–—]{1,2}\s)\s*")
_ELLIPSIS = re.compile(r"…|\.{2,}")


class Token(NamedTuple):
    """A word of a statement: where it is, how it reads, and its comparison key (a tuple: a
    corpus has hundreds of thousands of them, made faster than frozen dataclasses)."""

    start: int
    end: int
    surface: str
    key: str
    content: bool


class Normalizer:
    """Turns text of one language into tokens with comparison keys."""

    def __init__(self, data: dict) -> None:
        self.stopwords = {w.casefold() for w in data.get("stopwords", [])}
        self.context_stopwords = {w.casefold() for w in data.get("context_stopwords", [])}
        phrases = {k.casefold(): v for k, v in (data.get("phrases") or {}).items()}
        self.phrases = phrases
        self.phrase_rx = (re.compile(rf"(?<!\w)(?:{alternation(list(phrases))})(?!\w)")
                          if phrases else None)
        self.synonyms: dict[str, str] = {}
        for group in data.get("synonyms", []):
            head = str(group[0]).casefold()
            for word in group:
                self.synonyms.setdefault(str(word).casefold(), head)
        self.min_stem = int(data.get("min_stem", 4))
        self.particles = sorted(data.get("particles", []), key=len, reverse=True)
        self.possessives = sorted(data.get("possessives", []), key=len, reverse=True)
        self.suffixes = sorted(data.get("suffixes", []), key=len, reverse=True)
        self.prefixes = [(str(p), str(r)) for p, r in data.get("prefixes", [])]
        second = set(data.get("second_prefixes", []))
        self.second_prefixes = [(p, r) for p, r in self.prefixes if p in second]
        self.keep = {w.casefold() for w in data.get("keep", [])}
        self._keys: dict[str, tuple[str, bool]] = {}  # word -> key(word): words recur a lot

    # -- words -------------------------------------------------------------------------------
    def _strip_end(self, word: str, endings: list[str]) -> str:
        for end in endings:
            if word.endswith(end) and len(word) - len(end) >= self.min_stem:
                stem = word[: -len(end)]
                if end == "i" and stem[-1] in "aiueo":  # "damai", "selesai": not a suffix
                    continue
                return stem
        return word

    def _strip_prefix(self, word: str, allowed: list[tuple[str, str]]) -> str:
        """Strip the first matching prefix; a match that leaves too little strips nothing."""
        for prefix, replace in allowed:
            if not word.startswith(prefix):
                continue
            rest = word[len(prefix):]
            if replace and rest[:1] in ("a", "i", "u", "e", "o"):
                rest = replace + rest
            return rest if len(rest) >= self.min_stem else word
        return word

    def _strip_prefixes(self, word: str) -> str:
        stem = self._strip_prefix(word, self.prefixes)
        if stem != word and stem not in self.keep and stem not in self.synonyms:
            stem = self._strip_prefix(stem, self.second_prefixes)
        return stem

    def stem(self, word: str) -> str:
        """Light affix stripping: particle, possessive, a suffix, a prefix (and a second one)."""
        if word in self.keep or not word.isalpha():
            return word
        base = self._strip_end(self._strip_end(word, self.particles), self.possessives)
        if base in self.keep or base in self.synonyms:
            return base
        unsuffixed = self._strip_end(base, self.suffixes)
        if unsuffixed in self.keep or unsuffixed in self.synonyms:
            return unsuffixed
        both = self._strip_prefixes(unsuffixed)
        if unsuffixed != base and both == unsuffixed and self._strip_prefixes(base) != base:
            return self._strip_prefixes(base)  # "mencari": the -i belongs to the stem
        return both

    def key(self, word: str) -> tuple[str, bool]:
        """(comparison key, is a content word) of one lower-case word."""
        found = self._keys.get(word)
        if found is None:
            found = self._keys[word] = self._key(word)
        return found

    def _key(self, word: str) -> tuple[str, bool]:
        if word in self.stopwords:
            return word, False
        if word in self.synonyms:
            canon = self.synonyms[word]
            return canon, canon not in self.stopwords
        stem = self.stem(word)
        canon = self.synonyms.get(stem, stem)
        return canon, canon not in self.stopwords and len(canon) > 1

    # -- text --------------------------------------------------------------------------------
    def tokens(self, text: str) -> list[Token]:
        """Every word of ``text`` with its key; multi-word phrases become one token."""
        folded = fold(text)
        out: list[Token] = []
        cursor = 0
        for match in self.phrase_rx.finditer(folded) if self.phrase_rx else ():
            out.extend(self._words(text, folded, cursor, match.start()))
            canon = self.phrases[match.group()]
            canon = self.synonyms.get(canon, canon)
            out.append(Token(match.start(), match.end(), text[match.start():match.end()], canon,
                             canon not in self.stopwords))
            cursor = match.end()
        out.extend(self._words(text, folded, cursor, len(text)))
        return out

    def _words(self, text: str, folded: str, start: int, end: int) -> list[Token]:
        words = []
        keys, synonyms, stopwords = self._keys, self.synonyms, self.stopwords
        for match in _WORD.finditer(folded, start, end):
            at, after = match.span()
            word = match.group()
            if "’" in word:
                word = word.replace("’", "'")
            if at and text[at].isupper() and word not in synonyms:
                key, content = word, word not in stopwords  # a name: not stemmed
            else:
                found = keys.get(word)
                key, content = found if found is not None else self.key(word)
            words.append(Token(at, after, text[at:after], key, content))
        return words

    def content_keys(self, text: str, tokens: list[Token] | None = None) -> list[str]:
        """``tokens``: those of ``text`` when the caller has them."""
        return [t.key for t in (self.tokens(text) if tokens is None else tokens) if t.content]

    def segments(self, text: str, tokens: list[Token] | None = None) -> list[list[str]]:
        """Content keys of each segment (split at ellipses and sentence ends), empty ones dropped.
        ``tokens``: those of ``text``, the one segment when nothing splits it."""
        parts = _SEGMENT_BREAK.split(text)
        if len(parts) == 1:
            keys = self.content_keys(text, tokens)
            return [keys] if keys else []
        found = (self.content_keys(part) for part in parts)
        return [p for p in found if p]


def fold(text: str) -> str:
    """Lower case, compatibility forms and dashes unified; same length as ``text``."""
    if text.isascii():
        return text.lower()  # NFKC leaves ASCII alone; its case folding is lower()
    return "".join([_FOLDED.get(ch) or _fold_char(ch) for ch in text])


_FOLDED: dict[str, str] = {}


def _fold_char(ch: str) -> str:
    norm = unicodedata.normalize("NFKC", ch).casefold()
    _FOLDED[ch] = folded = norm if len(norm) == 1 else ch.lower()
    return folded


def has_ellipsis(text: str) -> bool:
    return bool(_ELLIPSIS.search(text))


_CACHE: dict[tuple[str, str], Normalizer] = {}


def normalizer(lex: Lexicon, language: str) -> Normalizer:
    """The (cached) normalizer of a language; unknown languages use the default's data."""
    cache_key = (lex.fingerprint, language)
    if cache_key not in _CACHE:
        _CACHE[cache_key] = Normalizer(lex.lang(language).get("related") or {})
    return _CACHE[cache_key]
