"""The publication date of an article, and the window of days relative dates count from.

In order of trust:

1. the sidecar's ``published`` (editors know best);
2. a date stamp in the text (", Rabu (26/2/2025)" after a reporting phrase, or after a
   dateline city): stated when it has a year; without one the year is inferred from the weekday
   when exactly one weekday-consistent year lies within a year after the latest year the article
   names (else the corpus step may infer it from the other articles' years);
3. otherwise, references written with a weekday and a full date ("pada hari Rabu (12/2/2025)"):
   news names the weekday only for the past few days, so the article is inferred to be published
   within ``weekday_reference_days`` after it (before it when the reference is to the future).
   The date keeps only the precision that window allows ("Februari 2025"), marked inferred.

Otherwise the date stays unknown. The step records a ``published`` span whose ``window_start``
and ``window_end`` bound the publication day; :mod:`.dates` resolves relative dates against it.
"""

from __future__ import annotations

import datetime as dt

from ..datelang import DateLanguage, date_language
from ..doc import Document, Span
from ..lexicon import Lexicon
from .dates import ANCHOR_LABEL, collapse, format_value, library_parse, period_of, resolve_dates

_LEAP = dt.date(2024, 12, 31)


def _clear(doc: Document) -> None:
    doc.spans = [s for s in doc.spans if s.label != ANCHOR_LABEL]


def set_published(doc: Document, date: dt.date, precision: str, inferred: bool, evidence: str,
                  window: tuple[dt.date, dt.date], source: str, at: tuple[int, int] = (0, 0)
                  ) -> None:
    """Record the publication date in ``doc.meta`` and its window as a ``published`` span."""
    meta = doc.meta
    meta.published, meta.published_precision = date, precision
    meta.published_inferred, meta.published_evidence = inferred, evidence
    meta.provenance["published"] = "sidecar" if source == "sidecar" else (
        "inferred" if inferred else "text")
    _clear(doc)
    doc.add(at[0], at[1], ANCHOR_LABEL, source=source, window_start=window[0].isoformat(),
            window_end=window[1].isoformat())


def _dates(doc: Document) -> list[Span]:
    return sorted((s for s in doc.spans_of("date") if not s.get("invalid")),
                  key=lambda s: s.start)


def _fmt(date: dt.date, precision: str = "day") -> str:
    return format_value(date, precision)


def stamp_month_day(span: Span, lang: DateLanguage) -> tuple[int, int] | None:
    """Month and day of a stamp without a year ("Rabu, 26 Februari" -> (2, 26))."""
    parsed = library_parse(span.get("expr"), lang.code, _LEAP)
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


def year_for_stamp(span: Span, lang: DateLanguage, context: set[int], slack_before: int,
                   slack_after: int) -> tuple[dt.date, list[int]] | None:
    """The one weekday-consistent year near the context years, with the years it relied on."""
    month_day = stamp_month_day(span, lang)
    weekday = span.get("weekday")
    if month_day is None or weekday is None or not context:
        return None
    found: set[int] = set()
    for year in context:
        found.update(consistent_years(*month_day, weekday,
                                      range(year - slack_before, year + slack_after + 1)))
    if len(found) != 1:
        return None
    year = found.pop()
    return dt.date(year, *month_day), sorted(context)


def _stamp_year_evidence(doc: Document, span: Span, lang: DateLanguage, date: dt.date,
                         years: list[int], why_key: str) -> str:
    why = lang.evidence[why_key].format(years=", ".join(map(str, years)))
    return lang.evidence["stamp_year"].format(
        text=doc.text[span.start:span.end], weekday=lang.weekday_names[span.get("weekday")],
        date=_fmt(date), year=date.year, why=why)


def _from_stamps(doc: Document, lang: DateLanguage) -> bool:
    stamps = [s for s in _dates(doc) if s.get("stamp")]
    stated = [s for s in stamps if s.get("year_stated") and s.get("precision") == "day"]
    if stated:
        span = max(stated, key=lambda s: (s.get("value"), s.start))
        date = dt.date.fromisoformat(span.get("value"))
        if span.get("weekday") is not None and date.weekday() != span.get("weekday"):
            doc.warnings.append(f"line {doc.line_of(span.start)}: the weekday of "
                                f"{doc.text[span.start:span.end]!r} does not match its date")
        evidence = lang.evidence["stamp"].format(text=doc.text[span.start:span.end])
        set_published(doc, date, "day", False, evidence, (date, date), "stamp",
                      (span.start, span.end))
        return True
    yearless = [s for s in stamps if not s.get("year_stated") and s.get("weekday") is not None]
    if not yearless:
        return False
    span = yearless[-1]
    context = {int(s.get("value")[:4]) for s in _dates(doc)
               if s.get("year_stated") and s.get("value") and not s.get("stamp")}
    found = year_for_stamp(span, lang, {max(context)} if context else set(), 0, 1)
    if found is None:
        # the corpus step may find the year from the other articles
        _clear(doc)
        doc.add(span.start, span.end, ANCHOR_LABEL, source="stamp-without-year", pending=True)
        return True
    date, years = found
    evidence = _stamp_year_evidence(doc, span, lang, date, years, "why_article")
    set_published(doc, date, "day", True, evidence, (date, date), "stamp-year",
                  (span.start, span.end))
    return True


def _from_references(doc: Document, lang: DateLanguage) -> bool:
    days = dt.timedelta(days=lang.reference_days - 1)
    window: tuple[dt.date, dt.date] | None = None
    cited: Span | None = None
    for span in _dates(doc):
        if (span.get("stamp") or not span.get("year_stated") or span.get("weekday") is None
                or span.get("precision") != "day"):
            continue
        day = dt.date.fromisoformat(span.get("value"))
        if day.weekday() != span.get("weekday"):
            continue  # a weekday that contradicts its date is no evidence
        lo, hi = (day - days, day) if span.get("tense") == "future" else (day, day + days)
        if window is not None:
            lo, hi = max(lo, window[0]), min(hi, window[1])
            if lo > hi:
                doc.warnings.append("dated references disagree about when the article was "
                                    "published; its date is left unknown")
                return False
        window, cited = (lo, hi), span
    if window is None or cited is None:
        return False
    period = collapse(*window)
    if period is None:
        return False
    evidence = lang.evidence["window"].format(
        text=doc.text[cited.start:cited.end], date=cited.get("value"),
        start=_fmt(window[0]), end=_fmt(window[1]))
    set_published(doc, period.date, period.precision, True, evidence, window, "reference",
                  (cited.start, cited.end))
    return True


def decide_published(doc: Document, lex: Lexicon) -> None:
    """Pipeline step: set the publication date and resolve relative dates against it."""
    lang = date_language(lex, doc.meta.language)
    _clear(doc)
    if "published" in doc.sidecar:
        value = doc.sidecar["published"]
        date, precision = value if isinstance(value, tuple) else (value, "day")
        set_published(doc, date, precision, False, "sidecar", period_of(date, precision),
                      "sidecar")
    elif not _from_stamps(doc, lang) or doc.meta.published is None:
        _from_references(doc, lang)  # a stamp still waiting for its year gives way to these
    resolve_dates(doc, lex)
