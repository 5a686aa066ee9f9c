"""Dated events: every resolved date of the body (other than the report's own date stamp),
with the sentence it comes from and the quotes inside that sentence. A date counted from an
inferred publication date or window is marked ``inferred``; a relative date that the window
bounds but no single year holds is an event with no date and its earliest and latest bounds."""

from __future__ import annotations

import re

from ..datelang import date_language
from ..doc import Document, Event
from ..lexicon import Lexicon
from ..sentences import sentence_at
from .dates import ANCHOR_LABEL

# What follows the date stamp of a dateline: "(Reuters) - ".
_DATELINE_TAIL = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?[-\u2013\u2014]{1,2}\s+")


def _skip_dateline(doc: Document, start: int, end: int) -> int:
    """Start the sentence after "JAKARTA, Kamis (15/1/2026) - " when it opens with one."""
    for span in doc.spans_of("date"):
        if span.get("stamp") and start <= span.start < end:
            tail = _DATELINE_TAIL.match(doc.text, span.end, end)
            if tail:
                return tail.end()
    return start


def extract_events(doc: Document, lex: Lexicon) -> None:
    """Pipeline step (runs last): rebuild ``doc.events`` from the resolved ``date`` spans."""
    lang = date_language(lex, doc.meta.language)
    anchor = next(doc.spans_of(ANCHOR_LABEL), None)
    events: list[Event] = []
    seen: set[tuple[str, str, int]] = set()
    for span in sorted(doc.spans_of("date"), key=lambda s: s.start):
        value, precision = span.get("value"), span.get("precision")
        between = (span.get("earliest"), span.get("latest")) if span.get("earliest") else None
        if span.get("stamp") or span.get("invalid") or not (value or between):
            continue
        bounds = sentence_at(doc, lex, span.start)
        if bounds is None:
            continue
        start, end = bounds
        start = _skip_dateline(doc, start, end)
        key = (value or str(between), precision, start)
        if key in seen:
            continue
        seen.add(key)
        expression = doc.text[span.start:span.end]
        inferred = bool(span.get("relative") and anchor and anchor.get("inferred"))
        if inferred:
            lo, hi = anchor.get("window_start"), anchor.get("window_end")
            evidence = lang.evidence["relative_inferred"].format(
                text=expression, window=lo if lo == hi else f"{lo} \u2013 {hi}")
        elif span.get("relative"):
            evidence = lang.evidence["relative"].format(text=expression)
        else:
            evidence = f'"{expression}"'
        quote_ids = [q.id for q in sorted(doc.quotes, key=lambda q: q.start)
                     if q.start < end and start < q.end]
        events.append(Event(date=value, precision=precision, text=doc.text[start:end],
                            start=start, end=end, quote_ids=quote_ids, evidence=evidence,
                            inferred=inferred, between=between,
                            between_precision=span.get("bounds_precision")))
    doc.events = events

