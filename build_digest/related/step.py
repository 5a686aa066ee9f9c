"""The corpus step: link every quote to the same statement elsewhere and to related statements.

Runs after quote extraction and speaker merging. For every quote of every article it stores
:class:`~build_digest.doc.RelatedLink` records on the document:

- ``same_statement``: another outlet's version of the statement (:mod:`.match`);
- ``related``: up to ``MAX_RELATED`` other statements on the same topic (:mod:`.topics`),
  by the same speaker or others, each with its reason.

The same statement found in many articles forms a *cluster* (the connected quotes): each quote
records its cluster in
``quote.attrs``: ``statement`` (``<article id>#<quote id>`` of the earliest version) and
``statement_versions`` (how many quotes the cluster holds). The corpus step
:func:`cap_same_links`, run after the steps that read every link, then keeps links to each
quote's ``MAX_SAME_LINKS`` best-scored versions only.

Candidates come from blocking indexes (:mod:`.index`), never from all pairs. Editors' decisions
from the sidecars (``links:``) are applied last (:mod:`.editor`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from ..doc import Document, Quote, RelatedLink, Span
from ..lexicon import Lexicon
from ..parallel import fork_map, job_count
from .editor import apply_decisions
from .index import BlockingIndex, index_terms
from .match import Statement, compare, could_be_same, idf_weights
from .memo import RelatedMemo, active, digest, pair_key
from .text import normalizer
from .topics import TopicProfile, cosine, profile, shared_terms, similarity, weigh

MAX_RELATED = 5
# Versions of one statement linked from each quote (the best scored); a statement that a hundred
# outlets carried is one cluster, not a hundred links on each of its quotes.
MAX_SAME_LINKS = 5
MIN_TOPIC = 0.15  # least cosine for a "related" link
MIN_TOPIC_SAME_SPEAKER = 0.1
SAME_SPEAKER_TOPIC_BONUS = 0.1
CONTEXT_CHARS = 400
TOPIC_INDEX_TERMS = 12  # a quote is found by its most salient topic terms only
TOPIC_MAX_POSTING = 100


@dataclass(slots=True)
class Entry:
    doc: Document
    quote: Quote
    statement: Statement
    topic: TopicProfile
    key: int = 0  # digest of everything the entry was prepared from (see :mod:`.memo`)


def _context(doc: Document, quote: Quote, paragraphs: list[Span] | None = None) -> str:
    """The paragraph a quote stands in and the one before, without the quote itself.

    ``paragraphs``: the document's paragraphs sorted by start (pass them when calling per quote:
    an article of thousands of quotes stays linear)."""
    if paragraphs is None:
        paragraphs = sorted(doc.spans_of("paragraph"), key=lambda s: s.start)
    k = bisect_right(paragraphs, quote.start, key=lambda p: p.start) - 1
    here = k if k >= 0 and quote.start < paragraphs[k].end else None
    if here is None:
        start, end = max(0, quote.start - CONTEXT_CHARS), min(len(doc.text), quote.end + CONTEXT_CHARS)
    else:
        start = paragraphs[max(0, here - 1)].start
        end = paragraphs[here].end
        start = max(start, quote.start - CONTEXT_CHARS)
        end = min(end, quote.end + CONTEXT_CHARS)
    return f"{doc.text[start:quote.open_mark]} \n {doc.text[quote.end + 1:end]}"


def _prepare(lex: Lexicon, language: str, quote: Quote, context: str):
    """(content keys, segments, raw topic terms, their surfaces) of a quote; None: no content."""
    norm = normalizer(lex, language)
    tokens = norm.tokens(quote.text)  # read once for the keys, the segments and the topic
    keys = norm.content_keys(quote.text, tokens)
    if not keys:
        return None
    skip = {t.key for t in norm.tokens(quote.speaker or "")}
    topic = profile(norm, quote.text, context, skip, tokens)
    return keys, norm.segments(quote.text, tokens), topic.tf, topic.surfaces


QuoteKey = tuple[Document, Quote, str, int]  # a quote, its context and the digest of both


def _quote_keys(docs: list[Document], lex: Lexicon) -> list[QuoteKey]:
    """Every quote with its context, and a digest of all a quote's entry is prepared from."""
    found = []
    for doc in docs:
        language = doc.meta.language
        paragraphs = sorted(doc.spans_of("paragraph"), key=lambda s: s.start)
        for quote in doc.quotes:
            context = _context(doc, quote, paragraphs)
            found.append((doc, quote, context,
                          digest(lex.fingerprint, language, quote.text, context, quote.speaker)))
    return found


def _entries(quotes: list[QuoteKey], lex: Lexicon, memo: RelatedMemo | None
             ) -> tuple[list[Entry], list[int]]:
    """The entries of the quotes that have content words, and their positions in ``quotes``."""
    entries, positions = [], []
    for position, (doc, quote, context, key) in enumerate(quotes):
        language = doc.meta.language
        prepared = memo.get("prepared", key, False) if memo else False
        if prepared is False:
            prepared = _prepare(lex, language, quote, context)
            if memo:
                memo.put("prepared", key, prepared)
        if prepared is None:
            continue
        keys, segments, tf, surfaces = prepared
        stmt = Statement(keys, segments, quote.speaker, language)
        entries.append(Entry(doc, quote, stmt, TopicProfile(dict(tf), dict(surfaces)), key))
        positions.append(position)
    return entries, positions


def collect(docs: list[Document], lex: Lexicon, memo: RelatedMemo | None = None) -> list[Entry]:
    return _entries(_quote_keys(docs, lex), lex, memo)[0]


def _same_speaker(a: Entry, b: Entry) -> bool:
    return bool(a.quote.speaker and b.quote.speaker
                and a.quote.speaker.casefold() == b.quote.speaker.casefold())


class _Weights(dict):
    """IDF weights; a key seen in no statement (a segment's own reading) weighs 1."""

    def __missing__(self, key: str) -> float:
        return 1.0


def _weighted_key(entry: Entry, weight) -> int:
    """Digest of an entry's statement and the weights of all its keys: a pair of such digests
    determines the pair's score."""
    stmt = entry.statement
    return digest(entry.key, [weight(k) for k in stmt.keys],
                  [[weight(k) for k in seg] for seg in stmt.segments])


def find_same_statements(entries: list[Entry], memo: RelatedMemo | None = None
                         ) -> dict[tuple[int, int], float]:
    """(i, j) -> score for every pair of quotes from different articles that are one statement."""
    idf = idf_weights([e.statement.key_set for e in entries])
    weight = _Weights(idf).__getitem__
    index = BlockingIndex()
    for e in entries:
        index.add(index_terms(e.statement.keys))
    if memo is None:
        parts = _on_both_cores(entries, lambda share: _same_pairs(entries, index, weight, share))
        if parts is not None:
            return {pair: score for part in parts for pair, score in part}
    keys = [_weighted_key(e, weight) for e in entries] if memo else []
    scored = _ScoreOnce(entries, weight)
    found = {}
    for i, j, _shared in index.pairs(min_shared=2):
        if entries[i].doc is entries[j].doc:
            continue
        if memo:  # the memo also remembers the pairs the prefilter ruled out
            pair = pair_key(keys[i], keys[j])
            score = memo.get("same", pair, False)
            if score is False:
                score = scored(i, j)
                memo.put("same", pair, score)
        else:
            score = scored(i, j)
        if score is not None:
            found[(i, j)] = score
    return found


class _ScoreOnce:
    """:func:`_same_score` of two entries, computed once per pair of distinct statements: wire
    copy carries a quote word for word into many articles, and the score reads only the
    statements (keys, segments, speaker) and the step's weights."""

    def __init__(self, entries: list[Entry], weight) -> None:
        numbers: dict[tuple, int] = {}
        self.entries, self.weight = entries, weight
        self.numbers = [numbers.setdefault((tuple(s.keys), tuple(map(tuple, s.segments)),
                                            s.speaker, s.language), len(numbers))
                        for s in (e.statement for e in entries)]
        self.scores: dict[tuple[int, int], float | None] = {}

    def __call__(self, i: int, j: int) -> float | None:
        pair = (self.numbers[i], self.numbers[j])
        score = self.scores.get(pair, _UNSCORED)
        if score is _UNSCORED:
            score = self.scores[pair] = _same_score(self.entries[i], self.entries[j], self.weight)
        return score  # type: ignore[return-value]


_UNSCORED = object()


PARALLEL_QUOTES = 3000  # fewer quotes than this: the pairs are scored in one process


def _on_both_cores(entries: list[Entry], work: Callable[[tuple[int, int], list]]
                   ) -> list[list] | None:
    """``work((k, n))`` for every part k of n in forked workers (see :func:`.parallel.fork_map`);
    None when one process does it."""
    if len(entries) < PARALLEL_QUOTES:
        return None
    parts = job_count()
    return fork_map(lambda k: work((k, parts)), parts, chunk=1)


def _same_pairs(entries: list[Entry], index: BlockingIndex, weight, share: tuple[int, int]
                ) -> list[tuple[tuple[int, int], float]]:
    """The same-statement pairs (and scores) of one share of the candidates."""
    found = []
    scored = _ScoreOnce(entries, weight)
    for i, j, _shared in index.pairs(min_shared=2, share=share):
        if entries[i].doc is not entries[j].doc:
            score = scored(i, j)
            if score is not None:
                found.append(((i, j), score))
    return found


def _same_score(a: Entry, b: Entry, weight) -> float | None:
    """The score of two quotes that are one statement; None when they are not."""
    if not could_be_same(a.statement, b.statement):
        return None
    match = compare(a.statement, b.statement, weight)
    return match.score if match.same else None


def _topic_score(a: Entry, b: Entry) -> float | None:
    """The score of a "related" link between two quotes; None: too far apart."""
    cos = cosine(a.topic, b.topic)
    speaker = _same_speaker(a, b)
    if cos < (MIN_TOPIC_SAME_SPEAKER if speaker else MIN_TOPIC):
        return None
    return min(1.0, cos + (SAME_SPEAKER_TOPIC_BONUS if speaker else 0.0))


def _topic_terms(a: Entry, b: Entry) -> list[str]:
    """The shared terms shown with a "related" link (``a`` the quote listed first)."""
    _cos, shared = similarity(a.topic, b.topic)
    return shared_terms(shared, {**b.topic.surfaces, **a.topic.surfaces})


def _keep_best(links: list[tuple[float, int]]) -> None:
    links.sort(key=lambda item: (-item[0], item[1]))
    del links[MAX_RELATED:]


def find_related(entries: list[Entry], same: dict[tuple[int, int], float],
                 memo: RelatedMemo | None = None
                 ) -> dict[int, list[tuple[float, int, list[str]]]]:
    """Quote number -> ranked (score, other quote number, shared terms), at most MAX_RELATED.
    The entries' topics are weighed (:func:`.topics.weigh`).

    Each quote keeps its best links as it goes (ranked by score, then quote number: a total
    order, so the result is the same as ranking all at the end), and the shared terms are
    found for the links kept only."""
    index = BlockingIndex(max_posting=TOPIC_MAX_POSTING)
    for e in entries:
        index.add(e.topic.salient(TOPIC_INDEX_TERMS))
    # an entry's weighted vector (and its speaker, in entry.key) determine a pair's score
    keys = ([digest(e.key, e.topic.norm, e.topic.vector, e.topic.surfaces) for e in entries]
            if memo else [])
    parts = (_on_both_cores(entries, lambda share: _related_best(entries, index, same, share))
             if memo is None else None)
    if parts is not None:
        best = defaultdict(list)
        for part in parts:  # each part's best of every quote: the best of all are among them
            for i, links in part:
                best[i].extend(links)
        return _with_terms(entries, best)

    def remembered_score(i: int, j: int) -> float | None:
        pair = pair_key(keys[i], keys[j])
        score = memo.get("topic", pair, False)
        if score is False:
            score = _topic_score(entries[i], entries[j])
            memo.put("topic", pair, score)
        return score

    scored = remembered_score if memo else None
    return _with_terms(entries, dict(_related_best(entries, index, same, (0, 1), scored)))


def _related_best(entries: list[Entry], index: BlockingIndex, same: dict[tuple[int, int], float],
                  share: tuple[int, int],
                  score_of: Callable[[int, int], float | None] | None = None,
                  ) -> list[tuple[int, list[tuple[float, int]]]]:
    """The best related candidates of each quote among one share of the candidate pairs, scored
    by ``score_of`` (quote numbers -> score; default :func:`_topic_score`)."""
    best: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for i, j, _shared in index.pairs(min_shared=2, share=share):
        a, b = entries[i], entries[j]
        if a.doc is b.doc or (i, j) in same:
            continue
        score = score_of(i, j) if score_of else _topic_score(a, b)
        if score is None:
            continue
        for mine, other in ((i, j), (j, i)):
            links = best[mine]
            links.append((score, other))
            if len(links) > _PRUNE_AT:
                _keep_best(links)
    for links in best.values():
        _keep_best(links)
    return list(best.items())


def _with_terms(entries: list[Entry], best: dict[int, list[tuple[float, int]]]
                ) -> dict[int, list[tuple[float, int, list[str]]]]:
    """Each quote's best links, ranked, with their shared terms."""
    ranked: dict[int, list[tuple[float, int, list[str]]]] = {}
    terms: dict[tuple[int, int], list[str]] = {}
    for i, links in best.items():
        _keep_best(links)
        ranked[i] = []
        for score, j in links:
            pair = (i, j) if i < j else (j, i)
            if pair not in terms:
                terms[pair] = _topic_terms(entries[pair[0]], entries[pair[1]])
            ranked[i].append((score, j, terms[pair]))
    return ranked


_PRUNE_AT = 8 * MAX_RELATED  # candidates a quote holds before keeping only its best


Links = tuple[dict[tuple[int, int], float], dict[int, list[tuple[float, int, list[str]]]]]


def _links(entries: list[Entry], memo: RelatedMemo | None = None) -> Links:
    """Same statements and related ones among the entries. Each topic is weighed first (its raw
    counts dropped) and each statement dropped once compared: the step's peak memory is every
    entry at once."""
    weigh([e.topic for e in entries])
    same = find_same_statements(entries, memo)
    for e in entries:
        e.statement = None  # type: ignore[assignment]
    return same, dict(find_related(entries, same, memo))


def _computed_links(docs: list[Document], lex: Lexicon, memo: RelatedMemo | None
                    ) -> tuple[list[Entry], Links]:
    """The entries, and same statements and related ones among them (see
    :func:`find_same_statements` and :func:`find_related`). Both depend on the entries only,
    whose keys cover their content: when no key changed, the links of the last build stand and
    no quote is prepared again."""
    quotes = _quote_keys(docs, lex)
    if memo is None:
        entries = _entries(quotes, lex, None)[0]
        del quotes  # their contexts are read
        return entries, _links(entries)
    key = digest([(doc.id, quote.id, k) for doc, quote, _context, k in quotes])
    found = memo.get("step", key)
    if found is not None:
        for table in ("prepared", "same", "topic"):
            memo.carry(table)
        positions, links = found
        return [Entry(quotes[p][0], quotes[p][1], None, None, quotes[p][3])  # type: ignore[arg-type]
                for p in positions], links
    entries, positions = _entries(quotes, lex, memo)
    del quotes
    links = _links(entries, memo)
    memo.put("step", key, (positions, links))
    return entries, links


def link_related(docs: list[Document], lex: Lexicon) -> None:
    """Corpus step: fill ``Document.related`` for every document."""
    for doc in docs:
        doc.related = []
    entries, (same, ranked) = _computed_links(docs, lex, active())
    # each speaker case-folded once, not once per link (a large corpus has many thousands)
    folded = [e.quote.speaker.casefold() if e.quote.speaker else None for e in entries]
    # (document id, quote id, the document's links) of each entry: looked up once, not per link
    ends = [(e.doc.id, e.quote.id, e.doc.related) for e in entries]
    del entries  # their topics: the links below take their place in memory
    for (i, j), score in sorted(same.items()):
        a_doc, a_quote, a_links = ends[i]
        b_doc, b_quote, b_links = ends[j]
        score = round(score, 3)
        speaker = folded[i] is not None and folded[i] == folded[j]
        a_links.append(RelatedLink(a_quote, b_doc, b_quote, "same_statement", score,
                                   ["same_speaker"] if speaker else []))
        b_links.append(RelatedLink(b_quote, a_doc, a_quote, "same_statement", score,
                                   ["same_speaker"] if speaker else []))
    for i, links in sorted(ranked.items()):
        _doc, quote, found = ends[i]
        for score, j, terms in links:
            other_doc, other_quote, _links = ends[j]
            reasons = ["same_speaker"] if folded[i] is not None and folded[i] == folded[j] else []
            reasons.append("shared_terms")
            found.append(RelatedLink(quote, other_doc, other_quote, "related", round(score, 3),
                                     reasons, list(terms)))
    apply_decisions(docs)
    mark_clusters(docs)
    for doc in docs:
        doc.related.sort(key=lambda link: (link.quote, link.kind != "same_statement", -link.score,
                                           link.article, link.other_quote))


def cap_same_links(docs: list[Document], lex: Lexicon) -> None:
    """Corpus step, after every step that reads the full links: keep each quote's
    ``MAX_SAME_LINKS`` best same-statement links (its cluster is recorded in ``quote.attrs``)."""
    for doc in docs:
        doc.related = _cap_same(doc.related)


def _cap_same(links: list[RelatedLink]) -> list[RelatedLink]:
    """At most ``MAX_SAME_LINKS`` computed same-statement links per quote (links are sorted by
    quote, kind and score); editors' links are always kept."""
    out, kept, quote = [], 0, None
    for link in links:
        if link.quote != quote:
            quote, kept = link.quote, 0
        if link.kind == "same_statement" and link.source != "editor":
            kept += 1
            if kept > MAX_SAME_LINKS:
                continue
        out.append(link)
    return out


def _first_key(doc: Document, quote: Quote) -> tuple:
    published = doc.meta.published.isoformat() if doc.meta.published else "9999"
    return (published, doc.id, quote.start)


def mark_clusters(docs: list[Document]) -> None:
    """Connected quotes over the same-statement links: each quote gets its cluster's first
    version (earliest published, then by article id) and size in ``attrs``."""
    parent: dict[tuple[str, str], tuple[str, str]] = {}

    def find(node: tuple[str, str]) -> tuple[str, str]:
        root = node
        while parent.get(root, root) != root:
            root = parent[root]
        while node != root:
            parent[node], node = root, parent.get(node, node)
        return root

    for doc in docs:
        for link in doc.related:
            if link.kind == "same_statement":
                mine, other = (doc.id, link.quote), (link.article, link.other_quote)
                parent.setdefault(mine, mine)
                parent.setdefault(other, other)
                a, b = find(mine), find(other)
                if a != b:
                    parent[max(a, b)] = min(a, b)
    members: dict[tuple[str, str], list[tuple[Document, Quote]]] = defaultdict(list)
    for doc in docs:
        for quote in doc.quotes:
            quote.attrs.pop("statement", None)
            quote.attrs.pop("statement_versions", None)
            node = (doc.id, quote.id)
            if node in parent:
                members[find(node)].append((doc, quote))
    for group in members.values():
        first_doc, first_quote = min(group, key=lambda m: _first_key(*m))
        for _doc, quote in group:
            quote.attrs["statement"] = f"{first_doc.id}#{first_quote.id}"
            quote.attrs["statement_versions"] = len(group)
