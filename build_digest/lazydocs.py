"""The articles of an incremental build, loaded from the cache only when a page reads them.

After an edit that the incremental corpus steps could handle (:mod:`.incremental`), every
article but the edited ones is as the last build left it: its state, the pages that read it and
what the corpus pages show of it are known without loading it. :class:`LazyDocs` gives the
articles in corpus order (as a sequence and by id) and loads one only when it is looked at;
a page that lists every article loads them all, as a full build would.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator

from .doc import Document, RelatedLink


class LazyDocs:
    """Articles by position (iteration gives the documents, in corpus order) and by id (the
    lookups of a mapping: ``in``, ``[id]``, ``get``, ``values``)."""

    def __init__(self, ids: list[str], known: dict[str, Document],
                 load: Callable[[str], Document]) -> None:
        self.ids = ids
        self.position = {doc_id: k for k, doc_id in enumerate(ids)}
        self.loaded = dict(known)
        self._load = load

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, key):
        if isinstance(key, int):
            return self[self.ids[key]]
        if isinstance(key, slice):
            return [self[doc_id] for doc_id in self.ids[key]]
        doc = self.loaded.get(key)
        if doc is None:
            if key not in self.position:
                raise KeyError(key)
            doc = self.loaded[key] = self._load(key)
        return doc

    def __iter__(self) -> Iterator[Document]:
        return (self[doc_id] for doc_id in self.ids)

    def __contains__(self, key: object) -> bool:
        return key in self.position

    def get(self, key, default=None):
        return self[key] if key in self.position else default

    def keys(self) -> list[str]:
        return list(self.ids)

    def values(self) -> list[Document]:
        return list(self)


class LazyInbound(dict):
    """:func:`.render.related.inbound_index` for one article at a time: the links pointing at an
    article come from the articles its page reads (``reads``: id -> ids), in corpus order."""

    def __init__(self, docs: LazyDocs, reads: dict[str, tuple[str, ...]]) -> None:
        super().__init__()
        self.docs = docs
        self.reads = reads

    def get(self, doc_id, default=None):  # type: ignore[override]
        if doc_id not in self:
            found: dict[str, list[tuple[Document, RelatedLink]]] = defaultdict(list)
            others = sorted((i for i in self.reads.get(doc_id, ()) if i != doc_id),
                            key=self.docs.position.__getitem__)
            for other_id in others:
                other = self.docs[other_id]
                for link in other.related:
                    if link.article == doc_id and link.article != other.id:
                        found[link.other_quote].append((other, link))
            self[doc_id] = found
        return super().get(doc_id) or default
