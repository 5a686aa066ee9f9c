"""Cache files as pickles: read back tolerantly, written atomically.

A cache entry that is missing, truncated, or written by other code reads as ``None``; a write goes
to a temporary file renamed over the entry, so a reader never sees half of one. A cache that
cannot be written only costs time, so write errors are swallowed.
"""

from __future__ import annotations

import os
import pickle
from pathlib import Path

_UNREADABLE = (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError,
               ValueError)


def read(path: Path) -> object | None:
    """The object pickled in ``path``, or None when it cannot be read back."""
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except _UNREADABLE:
        return None


def write(path: Path, value: object) -> None:
    """Pickle ``value`` to ``path`` atomically (its folder made if needed); errors ignored."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.tmp{os.getpid()}")
        with tmp.open("wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass
