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
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # (the speech lexicon builds its GenderWords from this module)
    from .speechlex import SpeechLexicon

FEMALE, MALE = "female", "male"
_WORD = re.compile(r"[\w'’-]+")

Gendered = dict[str, frozenset[str]]  # FEMALE / MALE -> case-folded words


def _gendered(data: dict[str, Any], key: str) -> Gendered:
    given = data.get(key) or {}
    return {g: frozenset(w.casefold() for w in given.get(g) or []) for g in (FEMALE, MALE)}


@dataclass(frozen=True, slots=True)
class GenderWords:
    """One language's gendered words (case-folded), read once from its speech lexicon's data
    (:attr:`SpeechLexicon.genders`)."""

    nouns: Gendered  # gender_words: "pria", "woman"
    pronouns: Gendered  # gender_pronouns: "she", "he"
    titles: Gendered  # gender_titles: "Bu", "Mr"
    title_rx: re.Pattern[str] | None  # a form of address before a capitalised word

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> GenderWords:
        given = data.get("gender_titles") or {}
        titles = sorted({t for g in (FEMALE, MALE) for t in given.get(g) or []}, key=len, reverse=True)
        title_rx = re.compile(r"(?<![\w'’-])(?P<title>" + "|".join(map(re.escape, titles))
                              + r")\.?\s+(?=[A-Z])") if titles else None
        return cls(_gendered(data, "gender_words"), _gendered(data, "gender_pronouns"),
                   _gendered(data, "gender_titles"), title_rx)


def gender_of_words(words: Iterable[str], sl: SpeechLexicon) -> str:
    """The gender the words of a description or a pronoun give ("perempuan yang bekerja …",
    "she", "the woman"), or "" when they give none or both."""
    nouns, pronouns = sl.genders.nouns, sl.genders.pronouns
    found = {g for w in words for g in (FEMALE, MALE)
             if w.casefold() in nouns[g] or w.casefold() in pronouns[g]}
    return found.pop() if len(found) == 1 else ""


def gender_of_text(text: str, sl: SpeechLexicon) -> str:
    """The gender the words of ``text`` give (:func:`gender_of_words`)."""
    return gender_of_words(_WORD.findall(text), sl)


def titled(text: str, start: int, end: int, sl: SpeechLexicon) -> Iterator[tuple[int, str]]:
    """(where the name starts, gender) for each gendered form of address before a capitalised
    word in ``text[start:end]``: "Bu Rina", "Pak Kades Slamet", "Mr. Smith"."""
    rx, female = sl.genders.title_rx, sl.genders.titles[FEMALE]
    for m in rx.finditer(text, start, end) if rx is not None else ():
        yield m.end(), FEMALE if m.group("title").casefold() in female else MALE
