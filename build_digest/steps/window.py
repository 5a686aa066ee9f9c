"""The window of days an article may have been published on, from what its own text says.

Every piece of evidence is a :class:`Bound`: the days it allows (``lo`` to ``hi``, either end
open), or a month it rules out ("Agustus lalu" is not written in August). The window is what all
bounds allow together (:func:`narrow`); the bounds that set its ends are its evidence.

Bounds from the text (:func:`text_bounds`):

- ``reference``: a weekday written with its full date ("pada hari Rabu (12/2/2025)"): news names
  the weekday only for the past few days, so publication lies within ``weekday_reference_days``
  after it (before it, for the future);
- ``after``: a date stated with its year that has already happened: a past cue governs it
  ("telah", "sebelumnya"), it opens something ("sejak awal 2022", "dimulai pada Februari
  2022"): publication is not before its first day;
- ``before``: a stated date that is still to come ("akan digelar pada Mei 2026"): publication is
  not after its last day;
- ``elapsed``: how long something has lasted since a start the article dates
  (:mod:`.elapsed`);
- ``not-month``: a month named as the last or next one ("Agustus lalu", "last August"): the
  article was not written in that month, so a window edge in it moves out of it;
- ``tenure``: a person named with the title of an office they held ("Penasihat Keamanan Nasional
  AS Mike Waltz"): publication lies within their term (:mod:`.tenure`).

A month ruled out in the middle of the window cannot be cut out; the window then stays wider
than the truth, never narrower. When the bounds contradict each other, the conventions
(``elapsed``, ``not-month``) give way to the stated dates, with a warning; if those still
disagree, the date stays unknown. Bounds from outside the text (the corpus step
:func:`.corpus_dates.infer_from_related`) are conventions too.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ..datelang import DateLanguage
from ..doc import Document, Span
from ..lexicon import Lexicon
from .dates import parse_value, period_of

STATED_KINDS = ("reference", "after", "before")
_CLAUSE_STOP = re.compile(r"[.!?;:\n]")


@dataclass(frozen=True, slots=True)
class Bound:
    """One constraint on the publication day."""

    kind: str  # "reference" | "after" | "before" | "elapsed" | "not-month" | corpus kinds
    lo: dt.date | None
    hi: dt.date | None
    evidence: str
    at: tuple[int, int] = (0, 0)  # the phrase it comes from
    month: int | None = None  # the month a "not-month" bound rules out

    @property
    def stated(self) -> bool:
        return self.kind in STATED_KINDS


@dataclass(frozen=True, slots=True)
class Window:
    """The publication days all bounds allow, and the bounds that set its ends."""

    lo: dt.date | None
    hi: dt.date | None
    used: tuple[Bound, ...]

    @property
    def closed(self) -> bool:
        return self.lo is not None and self.hi is not None


def _in_month(day: dt.date, month: int) -> bool:
    return day.month == month


def _trim(lo: dt.date | None, hi: dt.date | None, months: list[Bound]
          ) -> tuple[dt.date | None, dt.date | None, list[Bound]]:
    """Move window edges out of ruled-out months (repeatedly: two months may follow)."""
    used: list[Bound] = []
    changed = True
    while changed and (lo is None or hi is None or lo <= hi):
        changed = False
        for bound in months:
            if lo is not None and _in_month(lo, bound.month):
                last = calendar.monthrange(lo.year, lo.month)[1]
                lo, changed = lo.replace(day=last) + dt.timedelta(days=1), True
                used.append(bound)
            if hi is not None and _in_month(hi, bound.month):
                hi, changed = hi.replace(day=1) - dt.timedelta(days=1), True
                used.append(bound)
    return lo, hi, list(dict.fromkeys(used))


def intersect(bounds: list[Bound]) -> Window | None:
    """The days every bound allows; None when no day does."""
    spans = [b for b in bounds if b.kind != "not-month"]
    los = [b for b in spans if b.lo is not None]
    his = [b for b in spans if b.hi is not None]
    lo_bound = max(los, key=lambda b: b.lo, default=None)
    hi_bound = min(his, key=lambda b: b.hi, default=None)
    lo = lo_bound.lo if lo_bound else None
    hi = hi_bound.hi if hi_bound else None
    lo, hi, trimmed = _trim(lo, hi, [b for b in bounds if b.kind == "not-month"])
    if lo is not None and hi is not None and lo > hi:
        return None
    used = [b for b in (lo_bound, hi_bound) if b is not None]
    return Window(lo, hi, tuple(dict.fromkeys(used + trimmed)))


def narrow(doc: Document, bounds: list[Bound]) -> Window | None:
    """The window of all ``bounds``; on a contradiction, of the stated ones alone (warned).
    None when nothing is known: no bound, or only ruled-out months with no edge to move."""
    if not bounds:
        return None
    window = intersect(bounds)
    if window is not None:
        return window if window.lo is not None or window.hi is not None else None
    stated = [b for b in bounds if b.stated]
    window = intersect(stated) if stated else None
    if window is not None:
        doc.warnings.append("the publication date read from conventions (durations, \"last "
                            "<month>\", reports of the same statements) disagrees with the dates "
                            "the article states; the window uses the stated dates only")
        return window
    doc.warnings.append("dated references disagree about when the article was published; its "
                        "date is left unknown")
    return None


# --- bounds from the text --------------------------------------------------------------------

def _fmt(day: dt.date) -> str:
    return day.isoformat()


def _quoted(doc: Document, span: Span) -> str:
    return doc.text[span.start:span.end]


def _reference_bounds(doc: Document, lang: DateLanguage, dates: list[Span]) -> list[Bound]:
    days = dt.timedelta(days=lang.reference_days - 1)
    out = []
    for span in dates:
        if (not span.get("year_stated") or span.get("weekday") is None
                or span.get("precision") != "day"):
            continue
        day = dt.date.fromisoformat(span.get("value"))
        if day.weekday() != span.get("weekday"):
            continue  # a weekday that contradicts its date is no evidence
        lo, hi = (day - days, day) if span.get("tense") == "future" else (day, day + days)
        evidence = lang.evidence["window"].format(text=_quoted(doc, span), date=span.get("value"),
                                                  start=_fmt(lo), end=_fmt(hi))
        out.append(Bound("reference", lo, hi, evidence, (span.start, span.end)))
    return out


def opens_something(doc: Document, span: Span, cues: re.Pattern[str]) -> bool:
    """Whether a start cue ("sejak", "dimulai", "began") governs ``span``: in its clause before
    it, or among the three words right after it."""
    para_start = max((p.start for p in doc.spans_of("paragraph") if p.start <= span.start),
                     default=0)
    stops = [m.end() for m in _CLAUSE_STOP.finditer(doc.text, para_start, span.start)]
    left = max(stops, default=para_start)
    if cues.search(doc.text, left, span.start):
        return True
    after = re.match(r"\W*(?:\w+\W+){0,3}", doc.text[span.end:span.end + 80])
    return bool(after and cues.search(after.group(0)))


def _stated_bounds(doc: Document, lang: DateLanguage, dates: list[Span],
                   start_cues: re.Pattern[str]) -> list[Bound]:
    out = []
    for span in dates:
        if not span.get("year_stated") or not span.get("value"):
            continue
        first, last = period_of(parse_value(span.get("value")), span.get("precision"))
        value = span.get("value")
        if span.get("tense") == "future":
            evidence = lang.evidence["bound_before"].format(text=_quoted(doc, span), date=value,
                                                            end=_fmt(last))
            out.append(Bound("before", None, last, evidence, (span.start, span.end)))
        elif span.get("tense_cue") or opens_something(doc, span, start_cues):
            evidence = lang.evidence["bound_after"].format(text=_quoted(doc, span), date=value,
                                                           start=_fmt(first))
            out.append(Bound("after", first, None, evidence, (span.start, span.end)))
    return out


def _month_bounds(doc: Document, lang: DateLanguage, dates: list[Span]) -> list[Bound]:
    """"Agustus lalu", "Agustus mendatang": the article was not written in August."""
    out = []
    rules = {r.name: r for r in lang.rules}
    for span in dates:
        rule = rules.get(span.get("rule"))
        if (rule is None or rule.resolve != "month" or rule.direction not in ("before", "after")
                or span.get("month") is None):
            continue
        month_name = lang.month_names[span.get("month")]
        evidence = lang.evidence["bound_not_month"].format(text=_quoted(doc, span),
                                                           month=month_name)
        out.append(Bound("not-month", None, None, evidence, (span.start, span.end),
                         span.get("month")))
    return out


def text_bounds(doc: Document, lex: Lexicon, lang: DateLanguage) -> list[Bound]:
    """Every bound the article's own text puts on its publication day."""
    from .elapsed import elapsed_bounds, elapsed_language
    from .tenure import tenure_bounds

    dates = sorted((s for s in doc.spans_of("date")
                    if not s.get("invalid") and not s.get("stamp")), key=lambda s: s.start)
    cues = elapsed_language(lex, doc.meta.language).start_cues
    bounds = [*_reference_bounds(doc, lang, dates), *_stated_bounds(doc, lang, dates, cues),
              *_month_bounds(doc, lang, dates), *elapsed_bounds(doc, lex, lang)]
    return bounds + tenure_bounds(doc, lex, lang, bounds)


def describe(window: Window, lang: DateLanguage) -> str:
    """The evidence of ``window``: the one bound that sets it, or a summary and every bound used."""
    if len(window.used) == 1:  # one bound sets both ends: it says it all
        return window.used[0].evidence
    if window.closed:
        summary = lang.evidence["window_between"].format(start=_fmt(window.lo), end=_fmt(window.hi))
    elif window.lo is not None:
        summary = lang.evidence["window_after"].format(start=_fmt(window.lo))
    else:
        summary = lang.evidence["window_before"].format(end=_fmt(window.hi))
    return summary + ": " + "; ".join(b.evidence for b in window.used)

