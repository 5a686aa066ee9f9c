"""Content digests of input files, read again only when the file's stat changed.

The content is the truth: a file is hashed, and its digest is reused by a later build only while
its size, modification time, change time and inode are all as they were when it was hashed (as
git's index does). A file changed within ``RACY_NS`` of being hashed is not remembered: its time
stamp could stay the same through another write, so it is hashed again next time.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import time
from pathlib import Path
from typing import ClassVar

DIGESTS = "file-digests.pickle"  # in the cache folder
RACY_NS = 2_000_000_000

Stat = tuple[int, int, int, int]  # size, mtime_ns, ctime_ns, inode


def content_digest(path: Path) -> bytes:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "blake2b").digest()


class FileDigests:
    """Digests of files by path, kept in ``root`` between builds (see the module docstring)."""

    _open: ClassVar[dict[str, FileDigests]] = {}

    def __init__(self, root: Path | None) -> None:
        self.root = root
        self.old: dict[str, tuple[Stat, bytes]] = {}
        self.new: dict[str, tuple[Stat, bytes]] = {}
        if root is not None:
            try:
                with (root / DIGESTS).open("rb") as fh:
                    found = pickle.load(fh)
                if isinstance(found, dict):
                    self.old = found
            except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError):
                pass

    @classmethod
    def of(cls, root: Path | None) -> FileDigests:
        """The digests kept in ``root`` (one object per folder and process)."""
        key = str(root) if root is not None else ""
        if key not in cls._open:
            cls._open[key] = cls(root)
        return cls._open[key]

    def digest(self, path: Path, st: os.stat_result | None = None, name: str | None = None
               ) -> bytes:
        """The digest of the file's bytes (OSError when it cannot be read); ``st``: its
        ``stat`` when the caller has just taken it, ``name``: its absolute path."""
        name = name or os.path.abspath(path)
        if st is None:
            st = os.stat(name)
        stat = (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
        known = self.new.get(name) or self.old.get(name)
        if known is not None and known[0] == stat:
            self.new[name] = known
            return known[1]
        found = content_digest(Path(name))
        if time.time_ns() - max(st.st_mtime_ns, st.st_ctime_ns) > RACY_NS:
            self.new[name] = (stat, found)
        return found

    def save(self) -> None:
        """Keep the digests looked up by this build."""
        if self.root is None:
            return
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            tmp = self.root / f"{DIGESTS}.tmp{os.getpid()}"
            with tmp.open("wb") as fh:
                pickle.dump(self.new, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self.root / DIGESTS)
        except OSError:
            pass  # without it the next build reads every file again
