"""Corpus steps for publication dates.

``infer_stamp_years``: the year of a date stamp written without one, from the other articles'
years. "Rabu, 26 Februari" names a weekday; among the years around those of the corpus's other
dated articles (and inside the article's own publication window, when its text gives one), at
most one puts 26 February on a Wednesday. When exactly one does, the article is dated to it,
marked inferred, with that reasoning as evidence; otherwise it stays undated.

``infer_from_related``: an article whose own text leaves its date unknown, or bounds it only by
a window, but that reports at least ``MIN_SHARED_STATEMENTS`` of the same statements as one
dated article (``same_statement`` links of the related-statements step) is taken to belong to
the same news cycle: published within ``NEWS_CYCLE_DAYS`` before or after that article's
window. That is a convention, not a certainty: one shared quote is not enough (a line is often
re-quoted as background months later), the bound is marked inferred with the other article
named as evidence, and it gives way to dates the article states (see :func:`.window.narrow`).
Windows are read before any article inherits one, so inferences never chain.

With the build's memo (:mod:`..related.memo`), the outcome of deciding an article's date with its
corpus bounds is remembered, keyed by the whole document as it stands and the bounds: a rebuild
decides again only the articles whose content or bounds changed (the key leaves out the related
links, which the date steps do not read: the bounds made from them are in the key).
"""

from __future__ import annotations

import datetime as dt
import pickle

from ..datelang import date_language
from ..doc import Document
from ..lexicon import Lexicon
from ..related.memo import RelatedMemo, active, digest
from .dates import ANCHOR_LABEL, resolve_dates
from .events import extract_events
from .published import _stamp_year_evidence, decide_published, set_published, year_for_stamp
from .window import Bound

# Distinct quotes an article must share with one dated article to inherit its window.
MIN_SHARED_STATEMENTS = 2
# Reports of the same statements appear within this many days of each other.
NEWS_CYCLE_DAYS = 7
# Fields of a document that deciding its date does not read (left out of the memo's key).
_NOT_READ = frozenset({"related"})
# Publication sources an article's own window may come from to be passed on.
_OWN_SOURCES = ("sidecar", "stamp", "stamp-year", "corpus", "window")


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def infer_stamp_years(docs: list[Document], lex: Lexicon) -> None:
    """Date the articles whose stamp lacks a year; then re-resolve their relative dates."""
    dated_years = published_years(docs)
    for doc in docs:
        date_stamp_year(doc, lex, dated_years)


def published_years(docs: list[Document]) -> dict[str, int]:
    """Article id -> year of its publication date, for the dated articles (what
    :func:`date_stamp_year` reads of the corpus)."""
    return {d.id: d.meta.published.year for d in docs if d.meta.published}


def date_stamp_year(doc: Document, lex: Lexicon, dated_years: dict[str, int]) -> None:
    """Date one article whose stamp lacks a year from the other articles' years."""
    pending = next((s for s in doc.spans_of(ANCHOR_LABEL) if s.get("pending")), None)
    if pending is None or doc.meta.published:
        return
    stamp = next((s for s in doc.spans_of("date")
                  if (s.start, s.end) == (pending.start, pending.end)), None)
    context = {year for other, year in dated_years.items() if other != doc.id}
    if stamp is None or not context:
        return
    lang = date_language(lex, doc.meta.language)
    window = (_day(pending.get("window_start")), _day(pending.get("window_end")))
    found = year_for_stamp(stamp, lang, context, 1, 1, window)
    if found is None:
        return
    date, years = found
    evidence = _stamp_year_evidence(doc, stamp, lang, date, years, "why_corpus")
    if doc.meta.published_evidence:
        evidence += "; " + doc.meta.published_evidence
    set_published(doc, date, "day", True, evidence, (date, date), "corpus",
                  (stamp.start, stamp.end))
    resolve_dates(doc, lex)
    extract_events(doc, lex)


def _own_window(doc: Document) -> tuple[dt.date, dt.date, str] | None:
    """The closed window an article's own text (or sidecar, or stamp year) gives, and its source."""
    anchor = next(doc.spans_of(ANCHOR_LABEL), None)
    if anchor is None or anchor.get("source") not in _OWN_SOURCES:
        return None
    lo, hi = _day(anchor.get("window_start")), _day(anchor.get("window_end"))
    return (lo, hi, anchor.get("source")) if lo and hi else None


def _inheriting(doc: Document) -> bool:
    """Whether the article's date rests on nothing firmer than its own text window."""
    anchor = next(doc.spans_of(ANCHOR_LABEL), None)
    if "published" in doc.sidecar:
        return False
    return anchor is None or anchor.get("source") in ("window", "stamp-without-year")


def related_bounds(doc: Document, by_id: dict[str, Document],
                   windows: dict[str, tuple[dt.date, dt.date, str]], lex: Lexicon) -> list[Bound]:
    """A bound for every dated article with which ``doc`` shares enough statements."""
    shared: dict[str, set[str]] = {}
    for link in doc.related:
        if link.kind == "same_statement" and link.article in windows and link.article != doc.id:
            shared.setdefault(link.article, set()).add(link.quote)
    lang = date_language(lex, doc.meta.language)
    out = []
    for other_id, quotes in sorted(shared.items()):
        if len(quotes) < MIN_SHARED_STATEMENTS:
            continue
        lo, hi, _source = windows[other_id]
        days = dt.timedelta(days=NEWS_CYCLE_DAYS)
        other = by_id[other_id]
        evidence = lang.evidence["bound_related"].format(
            title=other.meta.title or other.id, count=len(quotes), days=NEWS_CYCLE_DAYS,
            date=other.meta.published_iso() or f"{lo.isoformat()} \u2013 {hi.isoformat()}",
            start=(lo - days).isoformat(), end=(hi + days).isoformat())
        out.append(Bound("related", lo - days, hi + days, evidence))
    return out


def infer_from_related(docs: list[Document], lex: Lexicon) -> None:
    """Give articles the window of a dated article that reports the same statements."""
    by_id = {d.id: d for d in docs}
    windows = {d.id: w for d in docs if (w := _own_window(d)) is not None}
    for doc in docs:
        if not _inheriting(doc):
            continue
        bounds = related_bounds(doc, by_id, windows, lex)
        if bounds:
            _decide_with(doc, lex, bounds, active())


def _decide_with(doc: Document, lex: Lexicon, bounds: list[Bound], memo: RelatedMemo | None
                 ) -> None:
    """Decide the article's date again with the corpus ``bounds`` (or take the remembered
    outcome: the fields these steps set, for the same document and bounds)."""
    key = 0
    if memo is not None:
        from ..pagegroups import document_state

        # the date steps read nothing of the related links (the bounds are made from them)
        key = digest(lex.fingerprint, document_state(doc, _NOT_READ), bounds)
        found = memo.get("dates", key)
        if found is not None:
            doc.spans, doc.meta, doc.events, doc.warnings, doc._removed = pickle.loads(found)
            return
    decide_published(doc, lex, extra=bounds)
    extract_events(doc, lex)
    if memo is not None:
        fields = (doc.spans, doc.meta, doc.events, doc.warnings, doc._removed)
        memo.put("dates", key, pickle.dumps(fields, protocol=pickle.HIGHEST_PROTOCOL))
