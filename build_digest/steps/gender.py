"""Grammatical gender as evidence for reference: who a gendered anaphor can mean.

Indonesian pronouns carry no gender ("dia", "-nya"), but descriptions and forms of address do
("pria itu", "ibu dua anak tersebut", "Bu Rina", "Mr Smith"), and English pronouns do ("she
said"). A person gets a gender only from such words in the text (never from a first name); an
anaphor with a gender skips the people known to have the other one. Words: ``gender_words``,
``gender_titles`` and ``gender_pronouns`` in ``data/lang/<code>/speech.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .speechlex import SpeechLexicon

FEMALE, MALE = "female", "male"
_WORD = re.compile(r"[\w'’-]+")


def _lists(sl: SpeechLexicon, key: str) -> dict[str, frozenset[str]]:
    """The female and male words of ``key`` (case-folded), cached on the lexicon."""
    cache = sl.__dict__.setdefault("_gender_lists", {})
    if key not in cache:
        given = sl.data.get(key) or {}
        cache[key] = {g: frozenset(w.casefold() for w in given.get(g) or []) for g in (FEMALE, MALE)}
    return cache[key]


def gender_of_words(words: Iterable[str], sl: SpeechLexicon) -> str:
    """The gender the words of a description or a pronoun give ("perempuan yang bekerja …",
    "she", "the woman"), or "" when they give none or both."""
    nouns, pronouns = _lists(sl, "gender_words"), _lists(sl, "gender_pronouns")
    found = {g for w in words for g in (FEMALE, MALE)
             if w.casefold() in nouns[g] or w.casefold() in pronouns[g]}
    return found.pop() if len(found) == 1 else ""


def gender_of_text(text: str, sl: SpeechLexicon) -> str:
    """The gender the words of ``text`` give (:func:`gender_of_words`)."""
    return gender_of_words(_WORD.findall(text), sl)


def titled(text: str, start: int, end: int, sl: SpeechLexicon) -> Iterator[tuple[int, str]]:
    """(where the name starts, gender) for each gendered form of address before a capitalised
    word in ``text[start:end]``: "Bu Rina", "Pak Kades Slamet", "Mr. Smith"."""
    rx = _title_rx(sl)
    for m in rx.finditer(text, start, end) if rx is not None else ():
        title = m.group("title").casefold()
        yield m.end(), FEMALE if title in _lists(sl, "gender_titles")[FEMALE] else MALE


def _title_rx(sl: SpeechLexicon) -> re.Pattern[str] | None:
    cache = sl.__dict__.setdefault("_gender_title_rx", {})
    if "rx" not in cache:
        given = sl.data.get("gender_titles") or {}
        titles = sorted({t for g in (FEMALE, MALE) for t in given.get(g) or []}, key=len, reverse=True)
        cache["rx"] = re.compile(r"(?<![\w'’-])(?P<title>" + "|".join(map(re.escape, titles))
                                 + r")\.?\s+(?=[A-Z])") if titles else None
    return cache["rx"]
