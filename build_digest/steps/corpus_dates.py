"""Corpus steps for publication dates.

The year of a date stamp written without one, from the other articles' years: "Rabu, 26
Februari" names a weekday; among the years around those of the corpus's other dated articles
(and inside the article's own publication window, when its text gives one), at most one puts
26 February on a Wednesday. When exactly one does, the article is dated to it, marked inferred,
with that reasoning as evidence; otherwise it stays undated.

TODO (needs the related-statements links, not on main yet): an article whose window is unknown
or loose but that reports the *same statements* as a dated article was written no earlier than
the first report it repeats could be... weighed only with care: the earliest dated report of a
statement is a lower bound (nobody reports a statement before it is made), and a report made
within days of it is the usual case, not a rule. The hook is ready: build a
:class:`~build_digest.steps.window.Bound` (kind "related", evidence naming the other article)
and call ``decide_published(doc, lex, extra=[bound])`` then ``extract_events(doc, lex)``; the
bound joins the article's own bounds in one window.
"""

from __future__ import annotations

import datetime as dt

from ..datelang import date_language
from ..doc import Document
from ..lexicon import Lexicon
from .dates import ANCHOR_LABEL, resolve_dates
from .events import extract_events
from .published import _stamp_year_evidence, set_published, year_for_stamp


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


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
        window = (_day(pending.get("window_start")), _day(pending.get("window_end")))
        found = year_for_stamp(stamp, lang, context, 1, 1, window)
        if found is None:
            continue
        date, years = found
        evidence = _stamp_year_evidence(doc, stamp, lang, date, years, "why_corpus")
        if doc.meta.published_evidence:
            evidence += "; " + doc.meta.published_evidence
        set_published(doc, date, "day", True, evidence, (date, date), "corpus",
                      (stamp.start, stamp.end))
        resolve_dates(doc, lex)
        extract_events(doc, lex)
