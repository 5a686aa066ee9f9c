"""Corpus step: the year of a date stamp written without one, from the other articles' years.

"Rabu, 26 Februari" names a weekday; among the years around those of the corpus's other dated
articles, at most one puts 26 February on a Wednesday. When exactly one does, the article is
dated to it, marked inferred, with that reasoning as evidence; otherwise it stays undated.
"""

from __future__ import annotations

from ..datelang import date_language
from ..doc import Document
from ..lexicon import Lexicon
from .dates import ANCHOR_LABEL, resolve_dates
from .events import extract_events
from .published import _stamp_year_evidence, set_published, year_for_stamp


def infer_stamp_years(docs: list[Document], lex: Lexicon) -> None:
    """Date the articles whose stamp lacks a year; then re-resolve their relative dates."""
    dated_years = {d.id: d.meta.published.year for d in docs if d.meta.published}
    for doc in docs:
        pending = next((s for s in doc.spans_of(ANCHOR_LABEL) if s.get("pending")), None)
        if pending is None or doc.meta.published:
            continue
        stamp = next((s for s in doc.spans_of("date")
                      if (s.start, s.end) == (pending.start, pending.end)), None)
        context = {year for other, year in dated_years.items() if other != doc.id}
        if stamp is None or not context:
            continue
        lang = date_language(lex, doc.meta.language)
        found = year_for_stamp(stamp, lang, context, 1, 1)
        if found is None:
            continue
        date, years = found
        evidence = _stamp_year_evidence(doc, stamp, lang, date, years, "why_corpus")
        set_published(doc, date, "day", True, evidence, (date, date), "corpus",
                      (stamp.start, stamp.end))
        resolve_dates(doc, lex)
        extract_events(doc, lex)
