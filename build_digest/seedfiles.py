"""Where the seeds are: every ``*.txt`` below the seed folder, with its sidecar (kept free of
heavy imports, so the up-to-date check of :mod:`.uptodate` starts at once).

:func:`scan_seeds` walks the folder once and takes each seed's and sidecar's ``stat`` once; a
build passes that listing from the up-to-date check to the corpus, which never looks again.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError

SEED_SUFFIX = ".txt"
SIDECAR_SUFFIXES = (".yml", ".yaml")  # in order of preference


@dataclass
class SeedListing:
    """The seeds of a folder in a stable order, each seed's sidecar, and the ``stat`` of both
    as the scan found them."""

    folder: Path
    seeds: list[Path] = field(default_factory=list)
    sidecars: dict[Path, Path] = field(default_factory=dict)  # seed -> its sidecar (when any)
    stats: dict[Path, os.stat_result] = field(default_factory=dict)

    def sidecar(self, seed: Path) -> Path | None:
        return self.sidecars.get(seed)

    def stat(self, path: Path) -> os.stat_result:
        """The file's ``stat`` from the scan (taken now for a path the scan did not list)."""
        found = self.stats.get(path)
        return found if found is not None else os.stat(path)


def _walk(folder: Path, listing: SeedListing, top: bool) -> None:
    """Add the seeds below ``folder``: files ending in ``.txt`` (any case; symbolic links to
    files count), in sub-folders too (not through links to folders), as ``Path.rglob`` finds
    them."""
    try:
        with os.scandir(folder) as found:
            entries = list(found)
    except PermissionError:
        if top:
            raise
        return
    files: dict[str, os.DirEntry] = {}
    for entry in entries:
        try:
            if entry.is_dir(follow_symlinks=False):
                _walk(folder / entry.name, listing, False)
            elif entry.is_file():
                files[entry.name] = entry
        except OSError:
            continue  # gone, or a link to nowhere
    for name, entry in files.items():
        stem, dot, suffix = name.rpartition(".")
        if not dot or not stem or f".{suffix.lower()}" != SEED_SUFFIX:
            continue
        seed = folder / name
        try:
            listing.stats[seed] = entry.stat()
        except OSError:
            continue
        listing.seeds.append(seed)
        for side_suffix in SIDECAR_SUFFIXES:
            side = files.get(stem + side_suffix)
            if side is not None:
                try:
                    listing.stats[folder / side.name] = side.stat()
                except OSError:
                    continue
                listing.sidecars[seed] = folder / side.name
                break


def scan_seeds(seed_dir: Path) -> SeedListing:
    """Every seed below ``seed_dir`` (see :func:`_walk`) in the order of their paths within it,
    with sidecars and ``stat``; :class:`InputError` when the folder does not exist."""
    if not seed_dir.is_dir():
        raise InputError(str(seed_dir), "no such folder", "Pass the folder that holds the seeds")
    listing = SeedListing(seed_dir)
    _walk(seed_dir, listing, True)
    listing.seeds.sort(key=lambda p: p.relative_to(seed_dir).as_posix())
    return listing


def discover_seeds(seed_dir: Path) -> list[Path]:
    """Every ``*.txt`` (any case: ``.TXT`` too) below ``seed_dir``, in a stable order."""
    return scan_seeds(seed_dir).seeds


def scan_or_none(seed_dir: Path) -> SeedListing | None:
    """:func:`scan_seeds`, or None when the folder cannot be scanned (the build says why)."""
    try:
        return scan_seeds(seed_dir)
    except (InputError, OSError):
        return None
