"""Where the seeds are: every ``*.txt`` below the seed folder (kept free of heavy imports, so
the up-to-date check of :mod:`.uptodate` starts at once)."""

from __future__ import annotations

from pathlib import Path

from .errors import InputError

SEED_SUFFIX = ".txt"


def discover_seeds(seed_dir: Path) -> list[Path]:
    """Every ``*.txt`` (any case: ``.TXT`` too) below ``seed_dir``, in a stable order."""
    if not seed_dir.is_dir():
        raise InputError(str(seed_dir), "no such folder", "Pass the folder that holds the seeds")
    return sorted((p for p in seed_dir.rglob("*")
                   if p.suffix.lower() == SEED_SUFFIX and p.is_file()),
                  key=lambda p: p.relative_to(seed_dir).as_posix())
