"""The chronology index: article publications and reported events on one timeline.

Entries are grouped by year, then month, oldest first; a date known only to its year or month
opens its group. Dates inferred rather than stated (an article's publication, an event counted
from an inferred publication window) say so, with their evidence. An event several articles
report (same date and precision, similar wording around the date) is shown once with all its
sources. Events known only to lie between two dates (a relative date in a wide publication
window) and undated articles are listed apart, with the bounds their text allows.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from ..doc import Document, Event
from ..lexicon import load_lexicon
from ..steps.dates import parse_value
from .dates import inferred_mark, window_mark
from .escape import esc, meta_text
from .events import event_anchor
from .frontmatter import front_matter
from .indexes import article_item, newest_first
from .site import ARTICLES_DIR, CHRONOLOGY_DIR, SiteContext, format_date, label, page_url, relative_url

CHRONOLOGY_PAGE = f"{CHRONOLOGY_DIR}/index.md"
# Two events are one when their wording around the date is at least this similar (0-100).
SAME_EVENT_SIMILARITY = 70
CONTEXT_WORDS = 6
_WORD = re.compile(r"[^\W_]+")
_CLAUSE = re.compile(r"[,;:\u2014()]")
_PRECISION_ORDER = {"year": 0, "month": 1, "day": 2}


@dataclass
class TimelineEvent:
    date: str
    precision: str
    sources: list[tuple[Document, Event]] = field(default_factory=list)
    words: str = ""
    common: set[str] = field(default_factory=set)

    @property
    def day(self) -> dt.date:
        return parse_value(self.date)


def event_words(doc: Document, event: Event) -> tuple[str, set[str]]:
    """Content words next to the event's date in its clause (up to ``CONTEXT_WORDS`` a side),
    and those of them written in lower case (common words, not names)."""
    span = next((s for s in sorted(doc.spans_of("date"), key=lambda s: s.start)
                 if event.start <= s.start < event.end and s.get("value") == event.date), None)
    stopwords = _stopwords(doc.meta.language)

    def content(text: str) -> list[str]:
        return [w for w in _WORD.findall(text) if w.casefold() not in stopwords]

    if span is None:
        words = content(event.text)
    else:
        left = max((m.end() for m in _CLAUSE.finditer(doc.text, event.start, span.start)),
                   default=event.start)
        stop = _CLAUSE.search(doc.text, span.end, event.end)
        right = stop.start() if stop else event.end
        words = (content(doc.text[left:span.start])[-CONTEXT_WORDS:]
                 + content(doc.text[span.end:right])[:CONTEXT_WORDS])
    return " ".join(w.casefold() for w in words), {w for w in words if w.islower()}


@lru_cache(maxsize=32)
def _stopwords(language: str) -> frozenset[str]:
    return frozenset(load_lexicon().lang(language).get("stopwords", []))


def same_event(a: TimelineEvent, words: str, common: set[str]) -> bool:
    """Similar wording that shares at least one common word (names alone do not make an event)."""
    shared = set(a.words.split()) & set(words.split()) & (a.common | common)
    return bool(shared) and fuzz.token_set_ratio(a.words, words) >= SAME_EVENT_SIMILARITY


def group_events(docs: list[Document]) -> list[TimelineEvent]:
    """Every event once, with all the articles that report it, in date order."""
    groups: list[TimelineEvent] = []
    # the groups of each (date, precision), by the words of their first event: an event is
    # compared only with the groups of its own date that share a word with it (same_event needs
    # one), the earliest opened first, as a scan of them all in order would find it
    by_date: dict[tuple[str, str], dict[str, list[tuple[int, TimelineEvent]]]] = {}
    for doc in sorted(docs, key=lambda d: d.id):
        for event in doc.events:
            if event.date is None:  # only bounded: listed apart
                continue
            words, common = event_words(doc, event)
            by_word = by_date.setdefault((event.date, event.precision), {})
            candidates = sorted({id(g): (n, g) for w in set(words.split())
                                 for n, g in by_word.get(w, ())}.values(), key=lambda c: c[0])
            # a document's events come one after another: a group holds this document only
            # if its last source is
            match = next((g for _n, g in candidates
                          if g.sources[-1][0].id != doc.id and same_event(g, words, common)), None)
            if match is None:
                group = TimelineEvent(event.date, event.precision, [(doc, event)], words, common)
                groups.append(group)
                for word in set(words.split()):
                    by_word.setdefault(word, []).append((len(groups), group))
            else:
                match.sources.append((doc, event))
                match.common |= common
    return sorted(groups, key=lambda g: (g.day, _PRECISION_ORDER[g.precision],
                                         g.sources[0][0].id, g.sources[0][1].start))


def _time(date: dt.date, precision: str) -> str:
    iso = date.isoformat()[: {"year": 4, "month": 7}.get(precision, 10)]
    return f'<time datetime="{iso}">{esc(format_date(date, precision))}</time>'


def _source_link(doc: Document, event: Event) -> str:
    href = relative_url(CHRONOLOGY_PAGE, page_url(ARTICLES_DIR, doc.id)) + "#" + event_anchor(doc, event)
    name = doc.meta.outlet or doc.meta.title or doc.id
    return f'<a href="{href}" title="{esc(doc.meta.title or doc.id)}">{esc(name)}</a>'


def _event_item(group: TimelineEvent) -> str:
    event = group.sources[0][1]
    sources = ", ".join(_source_link(d, e) for d, e in group.sources)
    when = _time(group.day, group.precision)
    if all(e.inferred for _, e in group.sources):  # no source states it outright
        when += " " + inferred_mark(event.evidence)
    return (f'<li class="bd-entry bd-entry-event">{when} · '
            f'<span class="bd-event-text">{esc(event.text)}</span> '
            f'<span class="bd-sources">({sources})</span></li>')


def _entries(docs: list[Document]) -> list[tuple[tuple, str, str]]:
    """(sort key, precision, list item) for every dated article and every event, in order."""
    entries = []
    for doc in docs:
        meta = doc.meta
        if meta.published:
            precision = meta.published_precision or "day"
            key = (meta.published, _PRECISION_ORDER[precision], 0, doc.id, -1)
            entries.append((key, precision,
                            article_item(doc, CHRONOLOGY_PAGE).replace(
                                'class="bd-article-item"', 'class="bd-entry bd-entry-article"', 1)))
    for group in group_events(docs):
        doc, event = group.sources[0]
        key = (group.day, _PRECISION_ORDER[group.precision], 1, doc.id, event.start)
        entries.append((key, group.precision, _event_item(group)))
    entries.sort(key=lambda e: e[0])
    return entries


def _bounded_item(doc: Document, event: Event) -> str:
    """An event whose date is known only to lie between two bounds, with those bounds."""
    earliest, latest = (format_date(parse_value(v), event.between_precision or "day")
                        for v in event.between)
    when = inferred_mark(event.evidence, label("inferred") + ": " + label("window_between").format(
        start=earliest, end=latest))
    return (f'<li class="bd-entry bd-entry-event">{when} · '
            f'<span class="bd-event-text">{esc(event.text)}</span> '
            f'<span class="bd-sources">({_source_link(doc, event)})</span></li>')


def _bounded_events(docs: list[Document]) -> list[str]:
    """Events with bounds but no date, earliest bound first."""
    found = [(parse_value(e.between[0]), d.id, e.start, d, e)
             for d in docs for e in d.events if e.date is None and e.between]
    return [_bounded_item(d, e) for *_, d, e in sorted(found, key=lambda f: f[:3])]


def _undated_item(doc: Document) -> str:
    """An undated article, with the window its text allows when it gives one."""
    item = article_item(doc, CHRONOLOGY_PAGE)
    mark = window_mark(doc.meta)
    undated = f'<span class="bd-unknown">{esc(label("undated"))}</span>'
    return item.replace(undated, undated + mark, 1) if mark else item


def _list(items: list[str]) -> str:
    return '<ul class="bd-timeline" markdown="0">\n' + "\n".join(items) + "\n</ul>\n\n"


def render_chronology(docs: list[Document], ctx: SiteContext) -> str:
    out = [front_matter({"title": meta_text(label("chronology")),
                         "description": meta_text(label("chronology_intro"))}),
           f"# {esc(label('chronology'))}\n\n{esc(label('chronology_intro'))}\n\n"]
    entries = _entries(docs)
    years = sorted({key[0].year for key, _, _ in entries})
    for year in years:
        in_year = [(k, p, h) for k, p, h in entries if k[0].year == year]
        out.append(f"## {year}\n\n")
        whole_year = [h for _, p, h in in_year if p == "year"]
        if whole_year:
            out.append(_list(whole_year))
        for month in sorted({k[0].month for k, p, _ in in_year if p != "year"}):
            items = [h for k, p, h in in_year if p != "year" and k[0].month == month]
            heading = esc(format_date(dt.date(year, month, 1), "month"))
            out.append(f"### {heading}\n\n")
            out.append(_list(items))
    bounded = _bounded_events(docs)
    if bounded:
        out.append(f"## {esc(label('undated_events'))}\n\n{esc(label('undated_events_intro'))}"
                   f"\n\n{_list(bounded)}")
    undated = [d for d in newest_first(docs) if not d.meta.published]
    if undated:
        items = "\n".join(_undated_item(d) for d in undated)
        out.append(f"## {esc(label('undated'))}\n\n"
                   f'<ul class="bd-article-list" markdown="0">\n{items}\n</ul>\n')
    return "".join(out)


def chronology_part(doc: Document) -> str:
    """Everything :func:`render_chronology` reads of one article, written out: two corpora
    whose articles give the same parts (in the same order) give the same page."""
    meta = doc.meta
    events = []
    for event in doc.events:
        words, common = event_words(doc, event)
        # (sorted: a set's order changes from one process to the next)
        events.append((event.__reduce__()[1], words, sorted(common), _source_link(doc, event)))
    return repr((doc.id, meta.published, meta.published_precision,
                 article_item(doc, CHRONOLOGY_PAGE),
                 None if meta.published else _undated_item(doc), events))
