"""Event anchors in the article body, so the chronology can link to the very sentence."""

from __future__ import annotations

from ..doc import Document, Event
from .article import INLINE_SOURCES, Inline
from .site import SiteContext


def event_sentences(doc: Document) -> list[tuple[int, int]]:
    """The distinct sentences that hold events, in text order (their anchors are e1, e2, ...)."""
    return sorted({(e.start, e.end) for e in doc.events})


def sentence_anchor(doc: Document, event: Event) -> str:
    return f"e{event_sentences(doc).index((event.start, event.end)) + 1}"


def event_anchor(doc: Document, event: Event) -> str:
    """Where a link to ``event`` lands: its quote when the sentence holds one, else the sentence."""
    quotes = {q.id for q in doc.quotes}
    for quote_id in event.quote_ids:
        if quote_id in quotes:
            return quote_id
    return sentence_anchor(doc, event)


def _crosses(start: int, end: int, doc: Document) -> bool:
    """True when a quote's markup would overlap the sentence without nesting in or around it."""
    for quote in doc.quotes:
        close = quote.close_mark + 1 if quote.close_mark is not None else quote.end
        for a, b in ((quote.open_mark, close), (quote.start, quote.end)):
            overlap = a < end and start < b
            nested = (a <= start and end <= b) or (start <= a and b <= end)
            if overlap and not nested:
                return True
    return False


def event_inlines(doc: Document, ctx: SiteContext) -> list[Inline]:
    """Wrap each event sentence in ``<span id="eN" class="bd-event">``; where that would cut
    through a quote's markup, set a point anchor at the sentence start instead."""
    out = []
    for number, (start, end) in enumerate(event_sentences(doc), 1):
        if _crosses(start, end, doc):
            out.append(Inline(start, start,
                              f'<span id="e{number}" class="bd-event-anchor"></span>', "",
                              order=-2))
        else:
            out.append(Inline(start, end, f'<span id="e{number}" class="bd-event">', "</span>",
                              order=-2))
    return out


if event_inlines not in INLINE_SOURCES:
    INLINE_SOURCES.append(event_inlines)
