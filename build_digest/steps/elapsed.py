"""How long something has lasted, and what that says about when the article was written.

"perang yang telah berlangsung lebih dari tiga setengah tahun" with "Konflik Rusia-Ukraina
dimulai pada Februari 2022" in the same article: the article was written 3.5 to 4 years after
February 2022. Vocabulary and phrase rules: ``data/lang/<code>/elapsed.yaml``; only phrases that
say the thing still lasts at the time of writing count ("telah berlangsung", "has lasted").

Reading an amount of N units, with a step of half a unit when a half is written ("tiga setengah
tahun") and of one unit otherwise:

    more than N ("lebih dari")    N .. N + step
    almost N ("hampir")           N - step .. N
    about N ("sekitar")           N - step/2 .. N + step/2
    at least N ("setidaknya")     N .. (open)
    N, no qualifier               N - step/2 .. N + step   (rounded, or counted in whole units)
    in its Nth year               N - 1 .. N years

"More than N" ends below the next step because a writer names the largest round figure that
has passed; without a qualifier both rounding and counting down are allowed. Years count in
months, weeks in days; a fraction of a month widens the range to whole months.

A duration links to a *dated start*: a date stated with its year that a start cue governs
("dimulai pada Februari 2022", "sejak awal 2022", "began in February 2022"):

1. a start in the duration's own sentence;
2. else by subject: the subject word nearest before the duration ("perang") and a subject word
   of the start's sentence ("Konflik") belong to one group of ``subjects`` (war, talks, crisis,
   ...); when several starts match they must agree on their date;
3. else, only when neither the duration nor any start names a subject word, the article's one
   dated start.

A duration whose sentence states another date (not a start) is counted from that date, not from
the time of writing ("Pada 1945, perang telah berlangsung enam tahun"): it gives no bound.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from ..datelang import DateLanguage, date_language
from ..doc import Document, Span
from ..lexicon import Lexicon
from ..rxgate import Gate, fold_text, required_parts
from ..sentences import sentence_at
from ..textutil import is_blank
from .dates import parse_value, period_of
from .window import Bound, opens_something

LABEL = "elapsed"
QUALIFIERS = ("more", "almost", "about", "at_least")
# unit -> (scale, factor): years count in months, weeks in days
UNITS = {"year": ("month", 12), "decade": ("month", 120), "month": ("month", 1),
         "week": ("day", 7), "day": ("day", 1)}


@dataclass(frozen=True)
class ElapsedRule:
    name: str
    pattern: re.Pattern[str]
    ordinal: bool = False


@dataclass(frozen=True)
class ElapsedLanguage:
    rules: tuple[ElapsedRule, ...]
    numbers: dict[str, int]
    units: dict[str, str]
    ordinals: dict[str, int]
    qualifiers: dict[str, str]  # word -> kind
    subjects: tuple[re.Pattern[str], ...]  # one per group
    start_cues: re.Pattern[str]
    gate: Gate  # which rules could match a paragraph (a quick test before running them)


_CACHE: dict[tuple[str, str], ElapsedLanguage] = {}


def _alt(words: list[str]) -> str:
    """Case-insensitive alternation of literal words (longest first); never matches if empty."""
    if not words:
        return "(?!)"
    ordered = sorted({str(w) for w in words}, key=len, reverse=True)
    return "(?i:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


def _bounded(words: list[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){_alt(words)}(?!\w)")


def elapsed_language(lex: Lexicon, code: str) -> ElapsedLanguage:
    """The compiled ``elapsed:`` knowledge of ``code`` (Indonesian when the language has none)."""
    key = (lex.fingerprint, code)
    if key not in _CACHE:
        data: dict[str, Any] = lex.lang(code).get("elapsed") or lex.lang("id")["elapsed"]
        where = f"data/lang/{code}/elapsed.yaml"
        qualifiers = {}
        for kind, words in data.get("qualifiers", {}).items():
            if kind not in QUALIFIERS:
                raise ValueError(f"{where}: qualifier kind {kind!r} must be one of {QUALIFIERS}")
            qualifiers.update({str(w).casefold(): kind for w in words})
        units = {str(k).casefold(): str(v) for k, v in data["units"].items()}
        if bad := [u for u in units.values() if u not in UNITS]:
            raise ValueError(f"{where}: units must map to one of {tuple(UNITS)}, not {bad}")
        numbers = {str(k).casefold(): int(v) for k, v in data["numbers"].items()}
        ordinals = {str(k).casefold(): int(v) for k, v in data.get("ordinals", {}).items()}
        amount = (rf"(?P<amount>(?:(?P<qual>{_alt(list(qualifiers))})\s+)?"
                  rf"(?:(?P<num>{_alt(list(numbers))}|\d{{1,3}})\s+(?:(?P<half>{_alt(data['half'])})\s+)?"
                  rf"|(?P<halfonly>{_alt(data['half'])})\s+|(?P<one>{_alt(data.get('one_prefix', []))}))"
                  rf"(?P<unit>{_alt(list(units))}))(?!\w)")
        ordinal = rf"(?P<ordinal>{_alt(list(ordinals))})"
        rules = []
        for raw in data["rules"]:
            text = raw["pattern"].replace("{AMOUNT}", amount).replace("{ORDINAL}", ordinal)
            try:
                rules.append(ElapsedRule(raw["name"], re.compile(text), bool(raw.get("ordinal"))))
            except re.error as exc:
                raise ValueError(f"{where}: rule {raw.get('name')!r}: bad pattern ({exc})") from None
        _CACHE[key] = ElapsedLanguage(
            rules=tuple(rules), numbers=numbers, units=units, ordinals=ordinals,
            qualifiers=qualifiers,
            subjects=tuple(_bounded(group) for group in data.get("subjects", [])),
            start_cues=_bounded(data.get("start_cues", [])),
            gate=Gate([required_parts(rule.pattern.pattern) for rule in rules]),
        )
    return _CACHE[key]


# --- reading amounts -------------------------------------------------------------------------

def _norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").casefold()


def elapsed_range(match: re.Match[str], rule: ElapsedRule, lang: ElapsedLanguage
                  ) -> tuple[str, int, int | None] | None:
    """(scale, least, most) of a duration phrase: in months or days, ``most`` None when open."""
    if rule.ordinal:
        n = lang.ordinals.get(_norm(match.group("ordinal")))
        if n is None:
            return None
        low, high, unit = Fraction(n - 1), Fraction(n), "year"
    else:
        unit = lang.units[_norm(match.group("unit"))]
        number = _norm(match.group("num"))
        if match.group("one"):
            n, step = Fraction(1), Fraction(1)
        elif match.group("halfonly"):
            n, step = Fraction(1, 2), Fraction(1, 2)
        elif number.isdigit():
            n, step = Fraction(int(number)), Fraction(1)
        else:
            n, step = Fraction(lang.numbers[number]), Fraction(1)
        if match.group("half"):
            n, step = n + Fraction(1, 2), Fraction(1, 2)
        kind = lang.qualifiers.get(_norm(match.group("qual")))
        low, high = {
            "more": (n, n + step),
            "almost": (n - step, n),
            "about": (n - step / 2, n + step / 2),
            "at_least": (n, None),
            None: (n - step / 2, n + step),
        }[kind]
    scale, factor = UNITS[unit]
    least = max(0, math.floor(low * factor))
    most = math.ceil(high * factor) if high is not None else None
    return scale, least, most


def _add(day: dt.date, scale: str, amount: int) -> dt.date:
    if scale == "day":
        return day + dt.timedelta(days=amount)
    index = day.year * 12 + day.month - 1 + amount
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


# --- finding ---------------------------------------------------------------------------------

def mark_elapsed(doc: Document, lex: Lexicon) -> None:
    """Pipeline step: an ``elapsed`` span for every "has lasted N" phrase of the visible body."""
    doc.spans = [s for s in doc.spans if s.label != LABEL]
    lang = elapsed_language(lex, doc.meta.language)
    for para in sorted(doc.spans_of("paragraph"), key=lambda s: s.start):
        if is_blank(doc.text[para.start:para.end]):
            continue
        taken = -1
        possible = lang.gate.possible(fold_text(doc.text[para.start:para.end]))
        found = sorted(((m, r) for k, r in enumerate(lang.rules) if possible[k]
                        for m in r.pattern.finditer(doc.text, para.start, para.end)),
                       key=lambda mr: (mr[0].start(), -mr[0].end()))
        for match, rule in found:
            if match.start() < taken:
                continue
            reading = elapsed_range(match, rule, lang)
            if reading is None:
                continue
            scale, least, most = reading
            doc.add(match.start(), match.end(), LABEL, rule=rule.name, scale=scale, least=least,
                    most=most)
            taken = match.end()


# --- linking to a dated start ----------------------------------------------------------------

def _groups(text: str, lang: ElapsedLanguage) -> set[int]:
    return {i for i, pattern in enumerate(lang.subjects) if pattern.search(text)}


def _nearest_group(text: str, lang: ElapsedLanguage) -> int | None:
    best: tuple[int, int] | None = None
    for index, pattern in enumerate(lang.subjects):
        for match in pattern.finditer(text):
            if best is None or match.end() > best[0]:
                best = (match.end(), index)
    return best[1] if best else None


def _sentence(doc: Document, lex: Lexicon, span: Span) -> tuple[int, int]:
    return sentence_at(doc, lex, span.start) or (span.start, span.end)


def dated_starts(doc: Document, lex: Lexicon) -> list[Span]:
    """Stated dates that open something ("dimulai pada Februari 2022", "sejak awal 2022")."""
    cues = elapsed_language(lex, doc.meta.language).start_cues
    return [s for s in sorted(doc.spans_of("date"), key=lambda s: s.start)
            if s.get("year_stated") and s.get("value") and not s.get("stamp")
            and not s.get("invalid") and s.get("tense") != "future"
            and opens_something(doc, s, cues)]


def _link(doc: Document, lex: Lexicon, duration: Span, starts: list[Span]) -> Span | None:
    lang = elapsed_language(lex, doc.meta.language)
    a, b = _sentence(doc, lex, duration)
    here = [s for s in doc.spans_of("date") if a <= s.start < b and s.get("year_stated")
            and not s.get("stamp") and not s.get("invalid")]
    own = [s for s in here if s in starts]
    if own:
        return own[0]
    if here:
        return None  # told from another date of its sentence, not from the time of writing
    subject = _nearest_group(doc.text[a:duration.start], lang)
    start_groups = {id(s): _groups(doc.text[slice(*_sentence(doc, lex, s))], lang) for s in starts}
    if subject is not None:
        linked = [s for s in starts if subject in start_groups[id(s)]]
        if len({(s.get("value"), s.get("precision")) for s in linked}) == 1:
            return linked[0]
        return None
    if len(starts) == 1 and not start_groups[id(starts[0])]:
        return starts[0]
    return None


def elapsed_bounds(doc: Document, lex: Lexicon, lang: DateLanguage | None = None) -> list[Bound]:
    """A bound for every duration linked to a dated start."""
    lang = lang or date_language(lex, doc.meta.language)
    starts = dated_starts(doc, lex)
    if not starts:
        return []
    out = []
    for duration in sorted(doc.spans_of(LABEL), key=lambda s: s.start):
        start = _link(doc, lex, duration, starts)
        if start is None:
            continue
        first, last = period_of(parse_value(start.get("value")), start.get("precision"))
        scale, most = duration.get("scale"), duration.get("most")
        lo = _add(first, scale, duration.get("least"))
        hi = _add(last, scale, most) if most is not None else None
        fields = {"text": doc.text[duration.start:duration.end],
                  "since": doc.text[start.start:start.end], "date": start.get("value"),
                  "start": lo.isoformat(), "end": hi.isoformat() if hi else ""}
        template = "bound_elapsed" if hi else "bound_elapsed_open"
        out.append(Bound("elapsed", lo, hi, lang.evidence[template].format(**fields),
                         (duration.start, duration.end)))
    return out
