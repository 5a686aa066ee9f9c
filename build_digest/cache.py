"""Content-keyed cache of annotated documents, so a rebuild re-annotates only what changed.

The key of a document covers everything its annotation depends on: the seed's bytes, its
sidecar's bytes, the name it is shown under, its id, the language data (lexicon fingerprint)
and the package's own code. Change any of them and the entry is simply not found; stale entries
are pruned after each build. Corpus-wide steps always run on the loaded documents.
"""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path

from . import picklefile
from .doc import Document

CACHE_VERSION = b"1"
PACKAGE_DIR = Path(__file__).parent


def default_cache_dir() -> Path:
    """The cache folder: ``BUILD_DIGEST_CACHE``, else ``.cache/build_digest``."""
    return Path(os.environ.get("BUILD_DIGEST_CACHE", ".cache/build_digest"))


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of every Python source file of the package."""
    digest = hashlib.sha256(CACHE_VERSION)
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _framed(*parts: bytes) -> bytes:
    """The parts, each after its length: one byte string that tells them apart."""
    return b"".join(piece for part in parts for piece in (len(part).to_bytes(8, "little"), part))


@lru_cache(maxsize=4)
def _key_start(code: str, lexicon_fingerprint: str):
    """The digest of what every document's key starts with (copied for each key)."""
    return hashlib.sha256(_framed(code.encode(), lexicon_fingerprint.encode()))


_SIDECAR_MARK = _framed(b"\x00sidecar\x00")


def document_key(raw: bytes, sidecar: bytes | None, display: str, doc_id: str,
                 lexicon_fingerprint: str) -> str:
    digest = _key_start(code_fingerprint(), lexicon_fingerprint).copy()
    shown, name, side = display.encode(), doc_id.encode(), sidecar or b""
    digest.update(b"".join((len(shown).to_bytes(8, "little"), shown,
                            len(name).to_bytes(8, "little"), name,
                            len(raw).to_bytes(8, "little"), raw, _SIDECAR_MARK,
                            len(side).to_bytes(8, "little"), side)))
    return digest.hexdigest()


class DocumentCache:
    """Pickled documents in ``root``, one file per key; unused entries pruned by :meth:`prune`."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.used: set[str] = set()
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> Document | None:
        self.used.add(key)
        doc = picklefile.read(self._path(key))
        if not isinstance(doc, Document):
            self.misses += 1
            return None
        self.hits += 1
        return doc

    def put(self, key: str, doc: Document) -> None:
        self.used.add(key)
        picklefile.write(self._path(key), doc)

    def prune(self) -> None:
        """Remove entries this build did not use (only from its own folders, named by two hex
        digits: the other caches in ``root``, such as the parsed lexicon, stay)."""
        if not self.root.is_dir():
            return
        for path in self.root.glob("[0-9a-f][0-9a-f]/*.pickle"):
            if path.stem not in self.used:
                path.unlink(missing_ok=True)
