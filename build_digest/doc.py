"""The annotated document: decoded text plus spans with character offsets into it.

Every pipeline step enriches a :class:`Document`; rendering is a pure function of it.
Offsets always index ``Document.text``: the decoded source with its BOM removed and line
endings normalized to ``\\n`` (the only rewrite applied before annotation).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

# Length of an ISO date string at each precision.
PRECISION_LENGTH = {"year": 4, "month": 7, "day": 10}


@dataclass(frozen=True, slots=True)
class Span:
    """A labelled range ``text[start:end]`` of a document (``start == end`` marks a point)."""

    start: int
    end: int
    label: str
    attrs: tuple[tuple[str, Any], ...] = ()

    def get(self, key: str, default: Any = None) -> Any:
        for name, value in self.attrs:
            if name == key:
                return value
        return default

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end

    def __reduce__(self) -> tuple:
        # unpickled by one constructor call: much faster than the per-field state of a slotted
        # dataclass (documents are loaded from the cache by the thousand)
        return (Span, (self.start, self.end, self.label, self.attrs))


@dataclass(slots=True)
class Quote:
    """A direct quote: ``start``/``end`` delimit the characters between the quotation marks."""

    id: str
    start: int
    end: int
    text: str
    open_mark: int  # offset of the opening quotation mark
    close_mark: int | None  # offset of the closing mark (None when it never closes)
    partial: bool = False
    speaker: str | None = None
    speaker_evidence: str | None = None
    confidence: float = 0.0
    attrs: dict[str, Any] = field(default_factory=dict)

    def __reduce__(self) -> tuple:  # see Span.__reduce__
        return (Quote, (self.id, self.start, self.end, self.text, self.open_mark, self.close_mark,
                        self.partial, self.speaker, self.speaker_evidence, self.confidence,
                        self.attrs))


@dataclass(slots=True)
class Event:
    """A dated thing the article reports."""

    date: str | None  # ISO date, "YYYY-MM" or "YYYY" according to precision; None: see below
    precision: str | None  # "day" | "month" | "year"
    text: str  # the sentence it comes from
    start: int
    end: int
    quote_ids: list[str] = field(default_factory=list)
    evidence: str = ""
    inferred: bool = False  # counted from an inferred publication date or window
    # a relative date that no single year holds (date None): the earliest and the latest it may
    # name, both ISO values at ``between_precision``
    between: tuple[str, str] | None = None
    between_precision: str | None = None

    def __reduce__(self) -> tuple:  # see Span.__reduce__
        return (Event, (self.date, self.precision, self.text, self.start, self.end, self.quote_ids,
                        self.evidence, self.inferred, self.between, self.between_precision))


@dataclass(slots=True)
class RelatedLink:
    """A link from one of this document's quotes to a quote of another article."""

    quote: str  # id of the quote in this document
    article: str  # id of the other document
    other_quote: str  # id of the quote there
    kind: str  # "same_statement" | "related"
    score: float
    reasons: list[str] = field(default_factory=list)  # "same_speaker", "shared_terms", "editor"
    terms: list[str] = field(default_factory=list)  # shared topic terms, as they read
    source: str = "computed"  # "computed" | "editor"

    def __reduce__(self) -> tuple:  # see Span.__reduce__
        return (RelatedLink, (self.quote, self.article, self.other_quote, self.kind, self.score,
                              self.reasons, self.terms, self.source))


@dataclass(slots=True)
class Metadata:
    """Source metadata of an article (from the text, overridden by the sidecar)."""

    title: str | None = None
    outlet: str | None = None
    dateline: str | None = None
    wire: list[str] = field(default_factory=list)
    editor: str | None = None
    author: str | None = None
    published: dt.date | None = None
    published_precision: str | None = None  # "day" | "month" | "year"
    published_inferred: bool = False
    published_evidence: str | None = None
    # first and last possible publication day (either may be None: open); set with the date, or
    # alone when the text bounds the date too loosely for a day, month or year
    published_window: tuple[dt.date | None, dt.date | None] | None = None
    source_url: str | None = None
    language: str = "id"
    notes: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    # where each field came from: "text", "sidecar" or "inferred"
    provenance: dict[str, str] = field(default_factory=dict)

    def published_iso(self) -> str | None:
        """The publication date cut to its precision: "2025-02-26", "2025-02" or "2025"."""
        if self.published is None:
            return None
        return self.published.isoformat()[: PRECISION_LENGTH.get(self.published_precision or "", 10)]


@dataclass(slots=True)
class Document:
    """One article: its decoded text and everything the pipeline found in it."""

    source: str  # path as given
    id: str  # stable slug
    text: str
    spans: list[Span] = field(default_factory=list)
    meta: Metadata = field(default_factory=Metadata)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    related: list[RelatedLink] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    sidecar: dict[str, Any] = field(default_factory=dict)
    encoding: str = "utf-8"
    # merged removed ranges (starts, ends) and how many spans they account for
    _removed: tuple[list[int], list[int], int] | None = field(
        default=None, init=False, repr=False, compare=False)

    def add(self, start: int, end: int, label: str, **attrs: Any) -> Span:
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}:{end} outside text of length {len(self.text)}")
        span = Span(start, end, label, tuple(sorted(attrs.items())))
        self.spans.append(span)
        return span

    def spans_of(self, *labels: str) -> Iterator[Span]:
        wanted = set(labels)
        return (s for s in self.spans if s.label in wanted)

    def removed_ranges(self) -> list[tuple[int, int]]:
        """Text hidden from the page (boilerplate, captions...) as sorted, disjoint ranges."""
        starts, ends, _ = self._removed_index()
        return list(zip(starts, ends, strict=True))

    def _removed_index(self) -> tuple[list[int], list[int], int]:
        """The merged removed ranges, rebuilt only when a removed span has been added.

        Steps add many spans (one per paragraph, quote, seam); checking just the spans added
        since the last call keeps lookups logarithmic, so large files stay linear.
        """
        cached = self._removed
        if (cached is not None and cached[2] <= len(self.spans)
                and not any(s.label in REMOVED_LABELS for s in self.spans[cached[2]:])):
            self._removed = (cached[0], cached[1], len(self.spans))
            return self._removed
        ranges = sorted((s.start, s.end) for s in self.spans
                        if s.label in REMOVED_LABELS and s.start < s.end)
        starts: list[int] = []
        ends: list[int] = []
        for start, end in ranges:
            if ends and start <= ends[-1]:
                ends[-1] = max(ends[-1], end)
            else:
                starts.append(start)
                ends.append(end)
        self._removed = (starts, ends, len(self.spans))
        return self._removed

    def removed_end(self, offset: int) -> int:
        """End of the removed range holding ``offset``; ``offset`` itself when it is shown."""
        starts, ends, _ = self._removed_index()
        i = bisect_right(starts, offset) - 1
        return ends[i] if i >= 0 and offset < ends[i] else offset

    def is_removed(self, offset: int) -> bool:
        """True when ``offset`` falls inside text hidden from the page (boilerplate, captions)."""
        return self.removed_end(offset) > offset

    def line_of(self, offset: int) -> int:
        """1-based line number of ``offset``."""
        return self.text.count("\n", 0, offset) + 1


# Span labels whose text is kept in the source but not shown as article body.
REMOVED_LABELS = ("boilerplate", "caption", "headline", "byline")
