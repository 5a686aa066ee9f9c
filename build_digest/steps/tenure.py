"""Titles that date an article: a person named with an office they held at one time only.

News gives people their current titles: "Penasihat Keamanan Nasional AS Mike Waltz" was written
while Mike Waltz held that office (20 January to 1 May 2025). Who held which office when:
``data/offices.yaml``; the titles each language uses: ``data/lang/<code>/offices.yaml``.

A title counts only right before the holder's name (an abbreviation in brackets and a comma may
come between: "Presiden Amerika Serikat (AS) Donald Trump", "juru bicara Kremlin, Dmitry
Peskov"), and not when the text marks it as past or future ("mantan Presiden AS Joe Biden", "Menlu
AS saat itu", "then-President", "-elect"), nor in a sentence set at a stated year ("Pada 2019,
..."), whose titles may be those of that time; a year that opens a span reaching the present
("sejak awal 2022") does not set the sentence in the past. A holder with several terms gives
the term the article's other bounds leave open, or, when more than one is left, the span from the
first to the last.
The bounds are conventions: stated dates overrule them (:func:`.window.narrow`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..datelang import DateLanguage
from ..doc import Document
from ..lexicon import Lexicon, alternation
from ..rxgate import Gate, fold_text, required_parts
from ..sentences import sentence_at
from .elapsed import elapsed_language
from .window import Bound, Window, intersect, opens_something

KIND = "tenure"
Term = tuple[dt.date, dt.date | None]


@dataclass(frozen=True)
class Holder:
    person: str
    terms: tuple[Term, ...]


@dataclass(frozen=True)
class TitleRules:
    """One language's compiled titles: a pattern per office and who each name is."""

    patterns: tuple[tuple[re.Pattern[str], dict[str, Holder]], ...]
    former_before: tuple[str, ...]
    former_after: tuple[str, ...]
    slack: dt.timedelta
    gate: Gate  # which patterns could match a paragraph (a quick test before running them)


_CACHE: dict[tuple[str, str], TitleRules] = {}


def _day(value: object) -> dt.date | None:
    if value is None:
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def title_rules(lex: Lexicon, code: str) -> TitleRules:
    """The compiled office titles of language ``code`` (cached per lexicon)."""
    key = (lex.fingerprint, code)
    if key in _CACHE:
        return _CACHE[key]
    words = lex.lang(code).get("offices") or {}
    titles: dict[str, list[str]] = words.get("titles") or {}
    patterns = []
    for office, holders in (lex.offices.get("offices") or {}).items():
        if not titles.get(office):
            continue
        by_name = {}
        for raw in holders:
            terms = tuple((_day(a), _day(b)) for a, b in raw["terms"])
            holder = Holder(raw["person"], terms)
            by_name.update({name: holder for name in raw["names"]})
        pattern = re.compile(
            rf"(?<![\w-])(?P<title>(?i:{alternation(titles[office])}))"
            rf"(?:\s*\([^()\n]{{1,15}}\))?,?\s+(?P<name>{alternation(list(by_name))})(?![\w-])")
        patterns.append((pattern, by_name))
    rules = TitleRules(tuple(patterns), tuple(m.casefold() for m in words.get("former_before", [])),
                       tuple(m.casefold() for m in words.get("former_after", [])),
                       dt.timedelta(days=int(lex.offices.get("slack_days", 0))),
                       Gate([required_parts(pattern.pattern) for pattern, _ in patterns]))
    _CACHE[key] = rules
    return rules


def _marked_not_current(text: str, start: int, end: int, rules: TitleRules) -> bool:
    before = text[max(0, start - 30):start].casefold()
    last_word = re.search(r"([\w-]+)\W*$", before)
    if any(before.endswith(m) for m in rules.former_before if m.endswith("-")):
        return True
    if last_word and last_word.group(1) in rules.former_before:
        return True
    after = text[end:end + 30].casefold().lstrip(" ,")
    return any(re.match(rf"{re.escape(m)}(?!\w)", after) for m in rules.former_after)


def _dated_sentence(doc: Document, lex: Lexicon, offset: int, start_cues: re.Pattern[str]) -> bool:
    """Whether the sentence at ``offset`` is set at a stated year ("Pada 2019, ..."); a year that
    only opens a span reaching the present ("sejak awal 2022") does not count."""
    sentence = sentence_at(doc, lex, offset)
    if sentence is None:
        return False
    return any(s.get("year_stated") and sentence[0] <= s.start < sentence[1]
               and not opens_something(doc, s, start_cues)
               for s in doc.spans_of("date") if not s.get("stamp"))


def _span_of(terms: list[Term]) -> tuple[dt.date, dt.date | None]:
    """From the first term's start to the last term's end (None: still in office)."""
    ends = [b for _, b in terms]
    return min(a for a, _ in terms), (None if None in ends else max(ends))


def _compatible(holder: Holder, window: Window | None, slack: dt.timedelta) -> list[Term]:
    """The holder's terms that ``window`` (the other bounds) leaves open; all when none is."""
    if window is None:
        return list(holder.terms)
    fits = [(a, b) for a, b in holder.terms
            if (window.hi is None or a - slack <= window.hi)
            and (window.lo is None or b is None or window.lo <= b + slack)]
    return fits or list(holder.terms)


def tenure_bounds(doc: Document, lex: Lexicon, lang: DateLanguage,
                  others: list[Bound]) -> list[Bound]:
    """One bound per office holder the article names with a current title."""
    rules = title_rules(lex, doc.meta.language)
    cues = elapsed_language(lex, doc.meta.language).start_cues
    named: dict[str, tuple[tuple[int, int], Holder]] = {}  # person -> first titled mention
    for para in doc.spans_of("paragraph"):
        possible = rules.gate.possible(fold_text(doc.text[para.start:para.end]))
        for index, (pattern, by_name) in enumerate(rules.patterns):
            if not possible[index]:
                continue
            for match in pattern.finditer(doc.text, para.start, para.end):
                holder = by_name[match.group("name")]
                if holder.person in named:
                    continue
                if (_marked_not_current(doc.text, match.start(), match.end(), rules)
                        or _dated_sentence(doc, lex, match.start(), cues)):
                    continue
                named[holder.person] = ((match.start(), match.end()), holder)
    window = intersect(others) if others and named else None
    out = []
    for person, (at, holder) in sorted(named.items(), key=lambda item: item[1][0]):
        first, last = _span_of(_compatible(holder, window, rules.slack))
        lo, hi = first - rules.slack, (None if last is None else last + rules.slack)
        fields = {"text": doc.text[at[0]:at[1]], "person": person, "start": first.isoformat(),
                  "lo": lo.isoformat()}
        if last is None or hi is None:
            evidence = lang.evidence["bound_tenure_open"].format(**fields)
        else:
            evidence = lang.evidence["bound_tenure"].format(**fields, end=last.isoformat(),
                                                            hi=hi.isoformat())
        out.append(Bound(KIND, lo, hi, evidence, at))
    return out
