"""The generated site as groups of pages, each with a fingerprint of everything it is made from.

Rendering is a pure function of the documents and the site context, so a page whose inputs are
unchanged since the last build is unchanged too: the output step (:func:`.output.write_groups`)
keeps it instead of rendering it again. A group's fingerprint covers:

- the code of the package, every file of ``build_digest/data`` (labels, language data) and the
  site context (language, address, name);
- the *state* of each document the group reads: a digest of the whole document after the
  corpus steps (text, spans, quotes, metadata, related links, warnings);
- the speaker page slugs of the site (a link to a speaker page needs them).

An article page reads its own document and the documents its statements link to, are linked
from, or whose version of a statement came first; the pages that list the whole corpus (home,
chronology, speakers, feed, statements file) read every document.
"""

from __future__ import annotations

import dataclasses
import hashlib
import operator
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from .cache import code_fingerprint
from .doc import Document
from .export import corpus_json, document_json, pretty_json
from .lexicon import load_lexicon
from .render.site import SiteContext

JsonMemo = dict[str, str]  # document state -> its record in the statements file


@dataclass
class PageGroup:
    """Pages rendered together: ``render`` gives path (relative to docs/) -> content (a string,
    or a list of strings written one after another)."""

    name: str
    render: Callable[[], dict[str, str | list[str]]]
    reads: tuple[str, ...] | None = None  # ids of the documents read; None: every document
    # for a page made of documents (``reads``, or every document): everything it reads of one
    # document, written out (the page is a function of these parts in order, and of the site)
    part: Callable[[Document], str] | None = None
    # for a page of one document (``reads[0]``): everything it reads of each other document it
    # reads, written out (None: their whole state)
    others: Callable[[Document], str] | None = None


def _digest(*parts: bytes | str) -> str:
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def data_fingerprint() -> str:
    """Digest of the data files (interface labels, language data): the lexicon's own."""
    return load_lexicon().fingerprint


def _getter(kind: type) -> Callable[[object], tuple] | None:
    """A C-level getter of every field of a dataclass (None: not a dataclass)."""
    if kind not in _GETTERS:
        names = [f.name for f in dataclasses.fields(kind)] if dataclasses.is_dataclass(kind) else []
        _GETTERS[kind] = operator.attrgetter(*names) if len(names) > 1 else None
    return _GETTERS[kind]


_GETTERS: dict[type, Callable[[object], tuple] | None] = {}


def _flat(value: object) -> object:
    """A dataclass as the tuple of its fields (lists of them item by item); anything else as is.
    Its ``repr`` then shows every value without calling a Python ``__repr__`` per object."""
    getter = _getter(type(value))
    if getter is not None:
        return (type(value).__name__, getter(value))
    if type(value) is list and value:
        getter = _getter(type(value[0]))
        if getter is not None and all(type(item) is type(value[0]) for item in value):
            return [getter(item) for item in value]
    return value


def document_state(doc: Document, leave_out: frozenset[str] = frozenset()) -> str:
    """Digest of everything in a document: every field (but those named in ``leave_out``),
    written out by ``repr`` (which depends on the content only, whether the document is fresh
    or loaded from the cache)."""
    fields = _getter(type(doc))(doc)  # type: ignore[misc]
    if leave_out:
        names = [f.name for f in dataclasses.fields(doc)]
        fields = tuple(value for name, value in zip(names, fields, strict=True)
                       if name not in leave_out)
    return _digest(repr([_flat(value) for value in fields]))


OTHERS = "<linked articles>"  # name of the parts article pages read of the articles they link


def link_part(doc: Document) -> str:
    """Everything an article page reads of another article it links with (see
    :func:`link_view`), written out."""
    return repr(_link_fields(doc))


def _link_fields(doc: Document) -> tuple:
    return (doc.id, doc.meta.outlet, doc.meta.title,
            [(q.id, q.text, q.speaker) for q in doc.quotes],
            [(link.article, link.other_quote) for link in doc.related])


def link_view(doc: Document) -> Document:
    """The document with only what :func:`link_part` covers (for tests: another article's page
    renders the same with this view of the article)."""
    from .doc import Metadata, Quote, RelatedLink

    doc_id, outlet, title, quotes, links = _link_fields(doc)
    return Document(source="", id=doc_id, text="",
                    meta=Metadata(title=title, outlet=outlet),
                    quotes=[Quote(qid, 0, 0, text, 0, None, speaker=speaker)
                            for qid, text, speaker in quotes],
                    related=[RelatedLink("", article, other, "", 0.0) for article, other in links])


def article_reads(doc: Document, inbound: dict[str, set[str]]) -> tuple[str, ...]:
    """Ids of the documents an article page reads: itself first, then the linked ones."""
    others = {link.article for link in doc.related}
    others.update(inbound.get(doc.id, ()))
    for quote in doc.quotes:
        first = str(quote.attrs.get("statement", "")).partition("#")[0]
        if first:
            others.add(first)
    others.discard(doc.id)
    return (doc.id, *sorted(others))


def inbound_sources(docs: list[Document]) -> dict[str, set[str]]:
    """Article id -> ids of the articles whose links point at it."""
    found: dict[str, set[str]] = {}
    for doc in docs:
        for link in doc.related:
            if link.article != doc.id:
                found.setdefault(link.article, set()).add(doc.id)
    return found


PartsMemo = dict[tuple[str, str, str], bytes]  # (site, group, state) -> digest of its part
Blobs = dict[str, tuple[str, bytes]]  # group -> (digest of the ids it reads, their parts' digests)
PART_SIZE = 16  # bytes of the digest of one part
ABSENT = hashlib.blake2b(b"\x00absent", digest_size=PART_SIZE).digest()  # an id not in the corpus


def _part_digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=PART_SIZE).digest()


def _ids_key(ids: Iterable[str]) -> str:
    return _digest("\x00".join(ids))  # ids are slugs: never a NUL


class Fingerprints:
    """Fingerprints of page groups for one set of documents and site context.

    A page made of every document (``PageGroup.part``) is fingerprinted by the digests of its
    parts, so an edit that changes nothing such a page shows of the article keeps the page;
    ``parts``: those digests of earlier builds, by site, page and document state (filled as it
    goes). The digests of a group's parts, in order, are kept as its *blob*: after an edit, a
    group's blob of the last build is reused with the parts of the changed documents replaced,
    so the parts of the others are neither looked up nor computed."""

    def __init__(self, docs: list[Document], ctx: SiteContext, slugs: dict[str, str],
                 known: dict[str, str] | None = None, parts: PartsMemo | None = None) -> None:
        """``known``: states already known (of documents as the last build left them)."""
        known = known or {}
        self.ids: list[str] = getattr(docs, "ids", None) or [doc.id for doc in docs]
        # by id (a lazy sequence of documents is its own mapping: see :mod:`.lazydocs`)
        self.by_id = docs if hasattr(docs, "ids") else {doc.id: doc for doc in docs}
        self.states = {i: known.get(i) or document_state(self.by_id[i]) for i in self.ids}
        extra = sorted((k, repr(v)) for k, v in ctx.extra.items() if not k.startswith("_"))
        self.site = _digest(code_fingerprint(), data_fingerprint(), ctx.language,
                            ctx.site_url or "", repr(extra),
                            repr(sorted(slugs.items())))
        self.corpus = _digest(*(f"{i}:{s}" for i, s in self.states.items()))
        self.corpus_ids = _ids_key(self.ids)
        self.parts = parts if parts is not None else {}
        self.used: set[tuple[str, str, str]] = set()
        self.previous: tuple[str, dict[str, str], Blobs] | None = None
        self.changed: set[str] = set()
        self.computed: dict[str, str] = {}  # fingerprints of the groups reading some documents
        self.blobs: Blobs = {}  # of every group fingerprinted by its parts

    def reuse(self, previous: tuple[str, dict[str, str], Blobs] | None,
              changed: set[str]) -> None:
        """Take the fingerprints and blobs ``previous`` (site digest, group -> fingerprint,
        group -> blob) computed for these states but those of the ``changed`` ids: a group
        reading none of them has the same fingerprint (it is not computed again), and a group
        reading some of them computes the parts of those only."""
        self.previous, self.changed = previous, set(changed)

    def _part(self, name: str, part: Callable[[Document], str], doc_id: str) -> bytes:
        if doc_id not in self.states:
            return ABSENT
        if doc_id in self.changed:  # a new state: nothing to look up
            return _part_digest(part(self.by_id[doc_id]))
        key = (self.site, name, self.states[doc_id])
        self.used.add(key)
        found = self.parts.get(key)
        if found is None:
            found = self.parts[key] = _part_digest(part(self.by_id[doc_id]))
        return found

    def _blob(self, group: PageGroup, name: str, part: Callable[[Document], str],
              ids: list[str] | tuple[str, ...], key: str) -> bytes:
        """The digests of the parts ``part`` of ``ids`` (named ``name`` in the memo), in order:
        the last build's blob of the group with the changed documents' parts replaced, when it
        covered the same ids for the same site."""
        previous = self.previous
        old = previous[2].get(group.name) if previous and previous[0] == self.site else None
        if old is not None and old[0] == key and len(old[1]) == PART_SIZE * len(ids):
            blob = old[1]
            if not self.changed.isdisjoint(ids):
                edited = bytearray(blob)
                for k, doc_id in enumerate(ids):
                    if doc_id in self.changed:
                        edited[PART_SIZE * k:PART_SIZE * (k + 1)] = self._part(name, part, doc_id)
                blob = bytes(edited)
        else:
            blob = b"".join(self._part(name, part, doc_id) for doc_id in ids)
        self.blobs[group.name] = (key, blob)
        return blob

    def of(self, group: PageGroup) -> str:
        if group.reads is None:
            return self._of(group)
        previous = self.previous
        if (previous is not None and previous[0] == self.site and group.name in previous[1]
                and self.changed.isdisjoint(group.reads)):
            found = previous[1][group.name]
            if group.name in previous[2]:
                self.blobs[group.name] = previous[2][group.name]
        else:
            found = self._of(group)
        self.computed[group.name] = found
        return found

    def _of(self, group: PageGroup) -> str:
        if group.part is not None:
            ids = self.ids if group.reads is None else group.reads
            key = self.corpus_ids if group.reads is None else _ids_key(ids)
            return _digest(self.site, group.name, "parts", key,
                           self._blob(group, group.name, group.part, ids, key))
        if group.others is not None and group.reads:
            own, *others = group.reads
            key = _ids_key(others)
            return _digest(self.site, group.name, f"{own}:{self.states.get(own, '-')}", "others",
                           key, self._blob(group, OTHERS, group.others, others, key))
        if group.reads is None:
            return _digest(self.site, group.name, "*", self.corpus)
        return _digest(self.site, group.name, *(f"{i}:{self.states.get(i, '-')}"
                                                for i in group.reads))


_RECORDS = '"articles": [\n'
_TAIL = "\n ]\n}\n"
_RECORD_LEVEL = 2  # nesting of an article's record in the statements file


def _head() -> str:
    """The statements file up to its first record, as corpus_json writes it."""
    whole = corpus_json([0])
    cut = whole.index(_RECORDS) + len(_RECORDS)
    if whole[cut:] != " " * _RECORD_LEVEL + "0" + _TAIL:
        raise ValueError("unexpected layout of the statements file")
    return whole[:cut]


def _record_text(doc: Document) -> tuple[str, str]:
    """(head of the statements file, this document's record in it), as corpus_json writes them."""
    return _head(), " " * _RECORD_LEVEL + pretty_json(document_json(doc), _RECORD_LEVEL)


def _streamed(docs: list[Document]) -> Iterator[str]:
    """The statements file record by record: never the whole file (nor its records) in memory."""
    yield _head()
    for i, doc in enumerate(docs):
        yield (",\n" if i else "") + _record_text(doc)[1]
    yield _TAIL


def statements_chunks(docs: list[Document], memo: JsonMemo | None = None,
                      states: dict[str, str] | None = None) -> Iterable[str]:
    """:func:`.export.corpus_json` of the documents in pieces (written one after another, the
    file is never one string in memory), reusing the records of unchanged documents
    (``memo``: document state -> record, filled as it goes); without a memo, made as they are
    written."""
    if not docs:
        return [corpus_json([])]
    if memo is None or states is None:
        return _streamed(docs)
    head, chunks = "", []
    for doc in docs:
        record = memo.get(states[doc.id])
        if record is None or not head:
            head, record = _record_text(doc)
            memo[states[doc.id]] = record
        chunks += [",\n", record]
    chunks[0] = head
    chunks.append(_TAIL)
    return chunks


def statements_file(docs: list[Document], memo: JsonMemo | None = None,
                    states: dict[str, str] | None = None) -> str:
    """The statements file as one string (see :func:`statements_chunks`)."""
    return "".join(statements_chunks(docs, memo, states))


def statements_part(doc: Document) -> str:
    """Everything the statements file reads of one article: its record."""
    return _record_text(doc)[1]
