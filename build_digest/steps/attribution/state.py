"""The state the attribution rules share while reading one article, and what they produce."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

from ...doc import Document
from ..mentions import NP, Entity, Registry
from ..quotes import SHAPES
from ..sentences import sentence_at, sentence_bounds
from ..speechlex import SpeechLexicon
from .patterns import CAPITAL_WORD

_SHAPE_MARKS = tuple(SHAPES)
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*")
CONFIDENCE = {
    "name": 0.95, "role-name": 0.95, "role": 0.8, "pronoun": 0.85, "pronoun-weak": 0.7,
    "subject": 0.85, "split": 0.85, "continuation": 0.75, "colon": 0.7, "role-anaphora": 0.7,
    "named-after": 0.9, "context": 0.65, "embedded": 0.6,
}


@dataclass(slots=True)
class Event:
    """At ``offset`` the article made ``entity`` its subject (``speaking``: with a speech verb)."""

    offset: int
    entity: Entity | None  # None: a source the text does not name
    speaking: bool
    surface: str
    asks: bool = False  # the words spoken are a question ("…?" tanya seorang wartawan)


@dataclass(slots=True)
class Attribution:
    entity: Entity | None
    evidence: str
    rule: str
    confidence: float
    antecedent: str | None = None
    via: str | None = None  # the quote whose attribution this one shares
    cue_end: int | None = None  # where the phrase that gave it ends


class ReaderState:
    """State while reading one article: its text, paragraphs and sentences, names, subjects so far."""

    def in_holderless_office(self, at: int) -> bool:
        """``at`` lies inside an office read with no holder, after its first word."""
        return any(a < at < b for a, b in self.holderless_offices)

    def __init__(self, doc: Document, sl: SpeechLexicon, abbreviations: frozenset[str],
                 institutions: dict | None = None,
                 regions: frozenset[tuple[str, ...]] = frozenset()) -> None:
        self.doc, self.text, self.sl = doc, doc.text, sl
        self.institutions = institutions or {}  # known short forms: {"names": …, "prefixes": …}
        self.regions = regions  # provinces and their short forms in the data ("NTB", "Lampung")
        self.registry = Registry(sl)
        self.initials: frozenset[str] = frozenset()  # initials given as people's names
        self.events: list[Event] = []
        self.opaque = sorted((q.open_mark, q.end) for q in doc.quotes)
        self._opaque_starts = [a for a, _ in self.opaque]
        self.paragraphs = self._body_paragraphs(doc)
        self._para_starts = [p[0] for p in self.paragraphs]
        self.sentences = {p: sentence_bounds(self.text, p[0], p[1], self.opaque, abbreviations)
                          for p in self.paragraphs}
        self.known_capitals = self._mid_sentence_capitals()
        self.place_names: frozenset[tuple[str, ...]] = frozenset()
        self.title_names: frozenset[tuple[str, ...]] = frozenset()  # awards won ("Pemain Terbaik")
        self.mentions: list[NP] = []  # people named in the text, in order
        self._mention_starts: list[int] = []
        self._interview_cue_end: int | None = None  # where the first interview cue ends
        self._first_use: dict[str, int] = {}  # a one-word name -> where the text first uses it
        self._institutions_by_word: dict[str, list[Entity]] | None = None  # (known_institution)
        self._before_names: dict[tuple[str, tuple[str, ...]], bool] = {}  # (_written_before)
        self._gender_cues: dict[tuple[str, ...], str] = {}  # name -> the gender the text gives it
        self._offices_before: dict[tuple[str, ...], list[list[str]]] = {}  # (_office_written)
        self._office_holders: dict[tuple[str, ...], Entity | None] = {}  # (_office_written)
        self._unheld: dict[tuple[str, ...], Entity | None] = {}  # (_unheld_office)
        self._age_cues: dict[tuple[str, ...], int] = {}  # name -> the age given with it (-1: two)
        self._introductions: dict[int, list[str]] = {}  # id(entity) -> offices written before its name
        self._unnamed_offices: list[tuple[int, str]] = []  # offices written with no holder: where, what
        self.holderless_offices: list[tuple[int, int]] = []  # offices read with no holder (spans)
        # a short form and the name written after its bracket -> the full name, as shown, the name
        self.qualified_forms: dict[tuple[str, ...], tuple[tuple[str, ...], str | None, tuple[str, ...]]] = {}

    @staticmethod
    def _body_paragraphs(doc: Document) -> list[tuple[int, int]]:
        """Paragraph spans, each starting after its lead ("JAKARTA - ") if it has one."""
        leads = [(s.start, s.end) for s in doc.spans_of("lead")]
        out = []
        for span in sorted(doc.spans_of("paragraph"), key=lambda s: s.start):
            start = max([span.start] + [e for s, e in leads if span.start <= s < span.end])
            while start < span.end and doc.text[start].isspace():
                start += 1
            if start < span.end:
                out.append((start, span.end))
        return out

    @cached_property
    def lower_words(self) -> frozenset[str]:
        """The words the article writes in lower case."""
        return frozenset(_LOWER_WORD.findall(self.text))

    def inside_quote(self, offset: int) -> bool:
        k = bisect_right(self._opaque_starts, offset) - 1
        return k >= 0 and offset < self.opaque[k][1]

    def paragraph_of(self, offset: int) -> tuple[int, int]:
        k = max(0, bisect_right(self._para_starts, offset) - 1)
        para = self.paragraphs[k]
        if para[0] <= offset < para[1] or k + 1 >= len(self.paragraphs):
            return para
        return para if offset < self.paragraphs[k + 1][0] else self.paragraphs[k + 1]

    def sentence_of(self, offset: int) -> tuple[int, int]:
        return sentence_at(self.sentences[self.paragraph_of(offset)], offset)

    def _mid_sentence_capitals(self) -> frozenset[str]:
        """Capitalised words seen away from a sentence start: those are names."""
        seen: set[str] = set()
        for para, bounds in self.sentences.items():
            for start, end in bounds:
                for m in CAPITAL_WORD.finditer(self.text, start, end):
                    before = m.start()  # the end of the sentence's text before the word, spaces cut
                    while before > start and self.text[before - 1].isspace():
                        before -= 1
                    if before > start and not self.text.endswith(_SHAPE_MARKS, start, before) and (
                            not self.inside_quote(m.start())):
                        seen.add(m.group())
            del para
        return frozenset(seen)
