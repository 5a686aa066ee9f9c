"""Date expressions in the article body: found by the language's rules, resolved to dates.

Each expression becomes a ``date`` span. Absolute dates ("12/2/2025", "Februari 2022") resolve
on their own; relative ones ("pekan lalu", "Agustus lalu", "pada Kamis") resolve against the
anchor: the window in which the article was published (see :mod:`.published`). An expression
resolves only when every day of that window gives the same answer at its precision, so a
weekday is never guessed from a month-precise publication date.

Span attributes: ``rule``, ``expr`` (the part read as a date), ``weekday`` (0 = Monday),
``month``, ``year_stated``, ``tense`` ("past"/"future"), ``tense_cue`` (a cue word decided the
tense, rather than the default), ``relative``, ``stamp`` (a date stamp of the report, not an
event), ``value`` (ISO date, month or year, or None) and ``precision``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..datelang import DateLanguage, DateRule, date_language
from ..doc import Document, Span
from ..lexicon import Lexicon
from ..rxgate import fold_text
from ..textutil import is_blank
from .quickdates import date_order, quick_parse

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

PRECISIONS = ("day", "month", "year")
_YEAR = re.compile(r"\b\d{4}\b")
ANCHOR_LABEL = "published"


@dataclass(frozen=True, slots=True)
class Resolved:
    date: dt.date  # first day of the period
    precision: str

    def value(self) -> str:
        return format_value(self.date, self.precision)


def format_value(date: dt.date, precision: str) -> str:
    if precision == "year":
        return f"{date.year:04d}"
    if precision == "month":
        return f"{date.year:04d}-{date.month:02d}"
    return date.isoformat()


def parse_value(value: str) -> dt.date:
    parts = [int(p) for p in value.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def period_of(date: dt.date, precision: str) -> tuple[dt.date, dt.date]:
    """First and last day of the day, month or year that ``date`` starts."""
    if precision == "year":
        return dt.date(date.year, 1, 1), dt.date(date.year, 12, 31)
    if precision == "month":
        last = calendar.monthrange(date.year, date.month)[1]
        return date.replace(day=1), date.replace(day=last)
    return date, date


def collapse(lo: dt.date, hi: dt.date) -> Resolved | None:
    """The narrowest day, month or year holding every day from ``lo`` to ``hi``."""
    if lo == hi:
        return Resolved(lo, "day")
    if (lo.year, lo.month) == (hi.year, hi.month):
        return Resolved(lo.replace(day=1), "month")
    if lo.year == hi.year:
        return Resolved(dt.date(lo.year, 1, 1), "year")
    return None


# --- finding ---------------------------------------------------------------------------------

_CLAUSE_STOP = re.compile(r"[.!?;:,\"\u201c\u201d\n]")
_WORDS_AFTER = re.compile(r"\W*(?:\w+\W+){0,2}")


def _cued_tense(text: str, start: int, end: int, lang: DateLanguage) -> str | None:
    """The tense a cue of the clause of ``start:end`` gives; None when no cue governs it.

    The nearest cue before the date within its clause decides; without one, a cue among the
    next two words after it ("Pada Jumat, ..." has none; "Jumat akan ..." has one).
    """
    left = max((m.end() for m in _CLAUSE_STOP.finditer(text, max(0, start - 300), start)),
               default=max(0, start - 300))
    stop = _CLAUSE_STOP.search(text, end)
    right = stop.start() if stop else len(text)
    near = _WORDS_AFTER.match(text, end, right)
    windows = ((left, start, True), (end, near.end() if near else end, False))
    for a, b, before in windows:
        best: tuple[int, str] | None = None
        for tense, cues in (("future", lang.future_cues), ("past", lang.past_cues)):
            for m in cues.finditer(text, a, b):
                distance = start - m.end() if before else m.start() - end
                if best is None or distance < best[0]:
                    best = (distance, tense)
        if best:
            return best[1]
    return None


def _is_stamp(doc: Document, para: Span, start: int, end: int, weekday: int | None,
              lang: DateLanguage) -> bool:
    """A date set off by a comma after a reporting phrase or a dateline city: the report's date."""
    before = doc.text[para.start:start].rstrip()
    if not before.endswith(lang.datestamp_after):
        return False
    after = doc.text[end:para.end].lstrip()
    if after and after[0] not in ".,;:-\u2013\u2014(":
        return False
    if weekday is not None:
        return True
    city = before[:-1].strip()
    return 0 < len(city) <= 30 and city.isupper()


def _candidates(doc: Document, para: Span, lang: DateLanguage) -> list[tuple[int, int, int, re.Match[str]]]:
    found = []
    possible = lang.gate.possible(fold_text(doc.text[para.start:para.end]))
    for index, rule in enumerate(lang.rules):
        if not possible[index]:
            continue  # (a quick test: nothing every match of the rule holds is here)
        for match in rule.pattern.finditer(doc.text, para.start, para.end):
            if match.end() > match.start():
                found.append((match.start(), match.end(), index, match))
    found.sort(key=lambda c: (c[0], -(c[1] - c[0]), c[2]))
    chosen: list[tuple[int, int, int, re.Match[str]]] = []
    taken_until = -1
    for cand in found:
        if cand[0] >= taken_until:
            chosen.append(cand)
            taken_until = cand[1]
    return chosen


def _group(match: re.Match[str], name: str) -> str | None:
    return match.groupdict().get(name)


def find_dates(doc: Document, lex: Lexicon) -> list[Span]:
    """Date expressions of the visible body, as unresolved ``date`` spans (not yet added)."""
    lang = date_language(lex, doc.meta.language)
    spans: list[Span] = []
    for para in sorted(doc.spans_of("paragraph"), key=lambda s: s.start):
        if is_blank(doc.text[para.start:para.end]):
            continue
        for start, end, index, match in _candidates(doc, para, lang):
            rule = lang.rules[index]
            expr = _group(match, "date") or match.group(0)
            weekday_name = _group(match, "weekday")
            month_name = _group(match, "month")
            weekday = lang.weekdays.get(weekday_name) if weekday_name else None
            cued = _cued_tense(doc.text, start, end, lang)
            attrs = {
                "rule": rule.name,
                "expr": expr,
                "weekday": weekday,
                "month": lang.month_of(month_name) if month_name else None,
                "year_stated": rule.resolve in ("absolute", "year") and bool(_YEAR.search(expr)),
                "tense": cued or "past",
                "tense_cue": cued is not None,
                "relative": rule.resolve not in ("absolute", "year") or not _YEAR.search(expr),
                "stamp": rule.resolve == "absolute" and _is_stamp(doc, para, start, end, weekday,
                                                                  lang),
            }
            attrs["invalid"] = rule.resolve == "absolute" and not _possible(expr, lang)
            spans.append(Span(start, end, "date", tuple(sorted(attrs.items()))))
    return spans


def _possible(expr: str, lang: DateLanguage) -> bool:
    """Whether an absolute expression names a real day ("30 Februari" does not)."""
    # a leap year as base, so that "29 Februari" without a year stays possible
    return read_date(expr, lang, _LEAP_BASE) is not None


_LEAP_BASE = dt.date(2024, 12, 31)


# --- resolving -------------------------------------------------------------------------------

@lru_cache(maxsize=64)
def _parser(lang: str, prefer: str, base: dt.date) -> DateDataParser:
    from dateparser.date import DateDataParser  # (imported when first needed: see quickdates)

    return DateDataParser(languages=[lang], settings={
        "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": prefer,
        "PREFER_DAY_OF_MONTH": "first",
        "DATE_ORDER": date_order(lang),
        "RETURN_TIME_AS_PERIOD": False,
    })


@lru_cache(maxsize=4096)
def library_parse(text: str, lang: str, base: dt.date, prefer: str = "past") -> Resolved | None:
    """Read ``text`` with dateparser relative to ``base``; None when it is no possible date."""
    if prefer == "future":
        base = base - dt.timedelta(days=1)  # "on or after" the anchor, not strictly after
    try:
        data = _parser(lang, prefer, base).get_date_data(text.replace("(", " ").replace(")", " "))
    except (ValueError, OverflowError):
        return None
    if data is None or data.date_obj is None:
        return None
    precision = data.period if data.period in PRECISIONS else None
    if precision is None:
        return None
    date = data.date_obj.date()
    return Resolved(period_of(date, precision)[0], precision)


def read_date(text: str, lang: DateLanguage, base: dt.date, prefer: str = "past"
              ) -> Resolved | None:
    """:func:`library_parse`, with the commonest shapes read directly (the same answers)."""
    quick = quick_parse(text, lang, base - dt.timedelta(days=1) if prefer == "future" else base,
                        prefer, lambda probe: _as_pair(library_parse(probe, lang.code, base)))
    if quick is not None:
        return Resolved(*quick)
    return library_parse(text, lang.code, base, prefer)


def _as_pair(resolved: Resolved | None) -> tuple[dt.date, str] | None:
    return (resolved.date, resolved.precision) if resolved is not None else None


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + by
    return index // 12, index % 12 + 1


def _direction(rule: DateRule, tense: str) -> str:
    if rule.direction == "tense":
        return "future" if tense == "future" else "past"
    return rule.direction


def resolve_at(span: Span, rule: DateRule, lang: DateLanguage, anchor: dt.date | None
               ) -> Resolved | None:
    """The date ``span`` names when the article was published on ``anchor`` (may be None)."""
    expr, tense = span.get("expr"), span.get("tense")
    if rule.resolve == "year":
        return Resolved(dt.date(int(_YEAR.search(expr).group(0)), 1, 1), "year")
    if rule.resolve == "absolute":
        if span.get("year_stated"):
            return read_date(expr, lang, anchor or dt.date(2000, 1, 1))
        if anchor is None:
            return None
        return read_date(expr, lang, anchor, "future" if tense == "future" else "past")
    if anchor is None:
        return None
    if rule.resolve == "library":
        return read_date(span.get("expr"), lang, anchor)
    if rule.resolve == "offset":
        return _resolve_offset(rule, tense, anchor)
    if rule.resolve == "month":
        return _resolve_month(span.get("month"), _direction(rule, tense), anchor)
    if rule.resolve == "weekday":
        return _resolve_weekday(span.get("weekday"), _direction(rule, tense), anchor)
    return None


def _resolve_offset(rule: DateRule, tense: str, anchor: dt.date) -> Resolved | None:
    if rule.unit == "day":
        return Resolved(anchor + dt.timedelta(days=rule.offset), "day")
    if rule.unit == "week":
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=rule.offset)
        lo, hi = monday, monday + dt.timedelta(days=6)
        if rule.offset == 0:  # this week: the part of it already past, or still to come
            lo, hi = (anchor, hi) if tense == "future" else (lo, anchor)
        return collapse(lo, hi)
    if rule.unit == "month":
        year, month = _shift_month(anchor.year, anchor.month, rule.offset)
        return Resolved(dt.date(year, month, 1), "month")
    return Resolved(dt.date(anchor.year + rule.offset, 1, 1), "year")


def _resolve_month(month: int | None, direction: str, anchor: dt.date) -> Resolved | None:
    if month is None:
        return None
    here = (anchor.year, anchor.month)
    if direction == "last-year":
        year = anchor.year - 1
    elif direction == "before":
        year = anchor.year if (anchor.year, month) < here else anchor.year - 1
    elif direction == "after":
        year = anchor.year if (anchor.year, month) > here else anchor.year + 1
    elif direction == "future":
        year = anchor.year if (anchor.year, month) >= here else anchor.year + 1
    else:
        year = anchor.year if (anchor.year, month) <= here else anchor.year - 1
    return Resolved(dt.date(year, month, 1), "month")


def _resolve_weekday(weekday: int | None, direction: str, anchor: dt.date) -> Resolved | None:
    if weekday is None:
        return None
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if direction == "before":
        days = -(back or 7)
    elif direction == "after":
        days = ahead or 7
    elif direction == "future":
        days = ahead
    else:
        days = -back
    return Resolved(anchor + dt.timedelta(days=days), "day")


def anchor_window(doc: Document) -> tuple[dt.date, dt.date] | None:
    """The days the article may have been published on, as set by the ``published`` step."""
    span = next(doc.spans_of(ANCHOR_LABEL), None)
    if span is None or not span.get("window_start") or not span.get("window_end"):
        return None
    return dt.date.fromisoformat(span.get("window_start")), dt.date.fromisoformat(span.get("window_end"))


def _answers(span: Span, lang: DateLanguage, window: tuple[dt.date, dt.date] | None
             ) -> tuple[Resolved, Resolved] | None:
    """What ``span`` names on the first and on the last day of ``window`` (a stated date names
    the same on both); None when either cannot be told."""
    rule = next(r for r in lang.rules if r.name == span.get("rule"))
    if not span.get("relative"):
        answer = resolve_at(span, rule, lang, None)
        return (answer, answer) if answer is not None else None
    if window is None:
        return None
    lo, hi = (resolve_at(span, rule, lang, day) for day in window)
    return (lo, hi) if lo is not None and hi is not None else None


def resolve_span(span: Span, lang: DateLanguage, window: tuple[dt.date, dt.date] | None
                 ) -> Resolved | tuple[Resolved, Resolved] | None:
    """Resolve against every day of ``window``: what all days agree on, at the finest precision.

    Every resolver moves forward (never back) as the anchor moves forward, so the answers for the
    first and the last day bound every other answer. When they differ, the expression is given
    the narrowest month or year that holds them all ("pekan lalu" in an article known only to
    fall in early 2025 is 2025, at year precision). When even the year differs, the result is
    the pair of bounds (earliest, latest), at one precision; None when nothing can be told.
    """
    rule = next(r for r in lang.rules if r.name == span.get("rule"))
    if not span.get("relative"):
        return resolve_at(span, rule, lang, None)
    if window is None:
        return None
    lo, hi = (resolve_at(span, rule, lang, day) for day in window)
    if lo is None or hi is None:
        return None
    if lo == hi:
        return lo
    first, last = period_of(lo.date, lo.precision)[0], period_of(hi.date, hi.precision)[1]
    coarse = collapse(first, last)
    if coarse is not None:
        return coarse
    if lo.precision != hi.precision:
        return Resolved(first, "day"), Resolved(last, "day")
    return lo, hi


def resolve_dates(doc: Document, lex: Lexicon) -> None:
    """(Re)compute the value of every ``date`` span against the current anchor window."""
    lang = date_language(lex, doc.meta.language)
    window = anchor_window(doc)
    kept = [s for s in doc.spans if s.label != "date"]
    found = [s for s in doc.spans if s.label == "date"]
    resolved = []
    for span in found:
        result = None if span.get("invalid") else resolve_span(span, lang, window)
        between = result if isinstance(result, tuple) else None
        single = result if isinstance(result, Resolved) else None
        attrs = dict(span.attrs)
        attrs["value"] = single.value() if single else None
        attrs["precision"] = single.precision if single else None
        # a relative date no single year holds: the earliest and latest it may name
        attrs["earliest"] = between[0].value() if between else None
        attrs["latest"] = between[1].value() if between else None
        attrs["bounds_precision"] = between[0].precision if between else None
        resolved.append(Span(span.start, span.end, "date", tuple(sorted(attrs.items()))))
    doc.spans = kept + resolved


def mark_dates(doc: Document, lex: Lexicon) -> None:
    """Pipeline step: add a ``date`` span for every date expression and resolve what it can."""
    doc.spans = [s for s in doc.spans if s.label != "date"]
    doc.spans.extend(find_dates(doc, lex))
    for span in doc.spans_of("date"):
        if span.get("invalid"):
            doc.warnings.append(f"line {doc.line_of(span.start)}: {doc.text[span.start:span.end]!r}"
                                " is not a possible date; it is not used")
    resolve_dates(doc, lex)
