"""The publication date of an article, and the window of days relative dates count from.

In order of trust:

1. the sidecar's ``published`` (editors know best);
2. a date stamp in the text with its year (", Rabu (26/2/2025)" after a reporting phrase, or
   after a dateline city): stated;
3. the *window* of days the rest of the text allows (:mod:`.window`: weekday-dated references,
   dates already past or still to come, "Agustus lalu", how long something has lasted since a
   start the article dates). A stamp without a year ("Rabu, 26 Februari") takes the one
   weekday-consistent year that lies in the window, near the latest year the article names
   (else the corpus step may find it from the other articles' years). Without a stamp, the
   window itself is the date, marked inferred, at the precision it allows: one day, one month,
   one calendar year. A window wider than that leaves the date unknown but is still recorded
   (``meta.published_window``) and still anchors relative dates.

The step records a ``published`` span whose ``window_start`` and ``window_end`` bound the
publication day; :mod:`.dates` resolves a relative date only when every day of that window gives
the same answer. Extra bounds from outside the article (``extra``) enter the same window: the hook
for corpus-level evidence such as a dated article reporting the same statements.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..datelang import DateLanguage, date_language
from ..doc import Document, Span
from ..lexicon import Lexicon
from .dates import ANCHOR_LABEL, collapse, format_value, period_of, read_date, resolve_dates
from .window import Bound, Window, describe, narrow, text_bounds

_LEAP = dt.date(2024, 12, 31)
DayRange = tuple[dt.date | None, dt.date | None]


def _clear(doc: Document) -> None:
    doc.spans = [s for s in doc.spans if s.label != ANCHOR_LABEL]


def _reset(doc: Document) -> None:
    meta = doc.meta
    meta.published = meta.published_precision = meta.published_evidence = None
    meta.published_inferred, meta.published_window = False, None
    meta.provenance.pop("published", None)
    _clear(doc)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def set_published(doc: Document, date: dt.date | None, precision: str | None, inferred: bool,
                  evidence: str | None, window: DayRange, source: str,
                  at: tuple[int, int] = (0, 0), **attrs: object) -> None:
    """Record the publication date (None: unknown) in ``doc.meta``, and its window as a
    ``published`` span."""
    meta = doc.meta
    meta.published, meta.published_precision = date, precision
    meta.published_inferred, meta.published_evidence = inferred and date is not None, evidence
    meta.published_window = window if window != (None, None) else None
    if date is not None:
        meta.provenance["published"] = "sidecar" if source == "sidecar" else (
            "inferred" if inferred else "text")
    else:
        meta.provenance.pop("published", None)
    _clear(doc)
    doc.add(at[0], at[1], ANCHOR_LABEL, source=source, window_start=_iso(window[0]),
            window_end=_iso(window[1]), inferred=inferred, **attrs)


def _dates(doc: Document) -> list[Span]:
    return sorted((s for s in doc.spans_of("date") if not s.get("invalid")),
                  key=lambda s: s.start)


def _fmt(date: dt.date, precision: str = "day") -> str:
    return format_value(date, precision)


def stamp_month_day(span: Span, lang: DateLanguage) -> tuple[int, int] | None:
    """Month and day of a stamp without a year ("Rabu, 26 Februari" -> (2, 26))."""
    parsed = read_date(span.get("expr"), lang, _LEAP)
    if parsed is None or parsed.precision != "day":
        return None
    return parsed.date.month, parsed.date.day


def consistent_years(month: int, day: int, weekday: int, years: range) -> list[int]:
    out = []
    for year in years:
        try:
            if dt.date(year, month, day).weekday() == weekday:
                out.append(year)
        except ValueError:
            continue
    return out


def _inside(day: dt.date, window: DayRange) -> bool:
    return (window[0] is None or window[0] <= day) and (window[1] is None or day <= window[1])


def year_for_stamp(span: Span, lang: DateLanguage, context: set[int], slack_before: int,
                   slack_after: int, window: DayRange = (None, None)
                   ) -> tuple[dt.date, list[int]] | None:
    """The one weekday-consistent year near the context years (and inside ``window``), with the
    years it relied on. A closed window adds its own years to the context."""
    month_day = stamp_month_day(span, lang)
    weekday = span.get("weekday")
    if month_day is None or weekday is None:
        return None
    candidates: set[int] = set()
    for year in context:
        candidates.update(range(year - slack_before, year + slack_after + 1))
    if window[0] is not None and window[1] is not None:
        candidates.update(range(window[0].year, window[1].year + 1))
    found = {year for year in consistent_years(*month_day, weekday,
                                               range(min(candidates, default=0),
                                                     max(candidates, default=-1) + 1))
             if year in candidates and _inside(dt.date(year, *month_day), window)}
    if len(found) != 1:
        return None
    year = found.pop()
    return dt.date(year, *month_day), sorted(context) or [year]


def _stamp_year_evidence(doc: Document, span: Span, lang: DateLanguage, date: dt.date,
                         years: list[int], why_key: str, window: Window | None = None) -> str:
    why = lang.evidence[why_key].format(years=", ".join(map(str, years)))
    text = lang.evidence["stamp_year"].format(
        text=doc.text[span.start:span.end], weekday=lang.weekday_names[span.get("weekday")],
        date=_fmt(date), year=date.year, why=why)
    if window is not None and window.used:
        text += "; " + describe(window, lang)
    return text


def _from_stated_stamp(doc: Document, lang: DateLanguage) -> bool:
    stamps = [s for s in _dates(doc) if s.get("stamp")]
    stated = [s for s in stamps if s.get("year_stated") and s.get("precision") == "day"]
    if not stated:
        return False
    span = max(stated, key=lambda s: (s.get("value"), s.start))
    date = dt.date.fromisoformat(span.get("value"))
    if span.get("weekday") is not None and date.weekday() != span.get("weekday"):
        doc.warnings.append(f"line {doc.line_of(span.start)}: the weekday of "
                            f"{doc.text[span.start:span.end]!r} does not match its date")
    evidence = lang.evidence["stamp"].format(text=doc.text[span.start:span.end])
    set_published(doc, date, "day", False, evidence, (date, date), "stamp", (span.start, span.end))
    return True


def _range(window: Window | None) -> DayRange:
    return (window.lo, window.hi) if window else (None, None)


def _from_yearless_stamp(doc: Document, lang: DateLanguage, window: Window | None) -> bool:
    """A stamp without a year: its year from the article, or left for the corpus step."""
    stamps = [s for s in _dates(doc) if s.get("stamp") and not s.get("year_stated")
              and s.get("weekday") is not None]
    if not stamps:
        return False
    span = stamps[-1]
    context = {int(s.get("value")[:4]) for s in _dates(doc)
               if s.get("year_stated") and s.get("value") and not s.get("stamp")}
    found = year_for_stamp(span, lang, {max(context)} if context else set(), 0, 1,
                           _range(window))
    if found is None:
        # the corpus step may find the year from the other articles
        evidence = describe(window, lang) if window else None
        set_published(doc, None, None, True, evidence, _range(window), "stamp-without-year",
                      (span.start, span.end), pending=True)
        return True
    date, years = found
    why = "why_article" if context and date.year - max(context) in (0, 1) else "why_window"
    evidence = _stamp_year_evidence(doc, span, lang, date, years, why, window)
    set_published(doc, date, "day", True, evidence, (date, date), "stamp-year",
                  (span.start, span.end))
    return True


def _from_window(doc: Document, lang: DateLanguage, window: Window | None) -> None:
    if window is None or (window.lo is None and window.hi is None):
        return
    at = window.used[0].at if window.used else (0, 0)
    period = collapse(window.lo, window.hi) if window.closed else None
    evidence = describe(window, lang)
    if period is None:
        set_published(doc, None, None, True, evidence, _range(window), "window", at)
    else:
        set_published(doc, period.date, period.precision, True, evidence, _range(window),
                      "window", at)


def decide_published(doc: Document, lex: Lexicon, extra: Sequence[Bound] = ()) -> None:
    """Pipeline step: set the publication date and resolve relative dates against it.

    ``extra``: bounds from outside the article's text (corpus evidence), weighed with its own.
    """
    lang = date_language(lex, doc.meta.language)
    _reset(doc)
    if "published" in doc.sidecar:
        value = doc.sidecar["published"]
        date, precision = value if isinstance(value, tuple) else (value, "day")
        set_published(doc, date, precision, False, "sidecar", period_of(date, precision),
                      "sidecar")
    elif not _from_stated_stamp(doc, lang):
        window = narrow(doc, [*text_bounds(doc, lex, lang), *extra])
        if not _from_yearless_stamp(doc, lang, window):
            _from_window(doc, lang, window)
    resolve_dates(doc, lex)
