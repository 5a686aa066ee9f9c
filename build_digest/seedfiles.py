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
    as the scan found them (looked up by the path's text)."""

    folder: Path
    seeds: list[Path] = field(default_factory=list)
    sidecars: dict[str, Path] = field(default_factory=dict)  # seed -> its sidecar (when any)
    stats: dict[str, os.stat_result] = field(default_factory=dict)  # seed or sidecar -> stat
    absolute: dict[str, str] = field(default_factory=dict)  # seed or sidecar -> absolute path
    # seed or sidecar -> digest of its bytes, once the up-to-date check has read it (for the
    # stat above): the document cache keys take it from here
    digests: dict[str, bytes] = field(default_factory=dict)

    def sidecar(self, seed: Path) -> Path | None:
        return self.sidecars.get(str(seed))

    def stat(self, path: Path) -> os.stat_result:
        """The file's ``stat`` from the scan (taken now for a path the scan did not list)."""
        found = self.stats.get(str(path))
        return found if found is not None else os.stat(path)

    def absolute_path(self, path: Path) -> str | None:
        return self.absolute.get(str(path))


def _child(folder: Path, name: str) -> Path:
    """``folder / name`` for a name read from the folder (pathlib's own glob makes them so,
    without parsing the name again)."""
    make = getattr(folder, "_make_child_relpath", None)
    return make(name) if make is not None else folder / name


def _walk(folder: Path, rel: str, listing: SeedListing, found: list[tuple[str, Path]]) -> None:
    """Add the seeds below ``folder`` (``rel``: its path within the seed folder, "" for the seed
    folder) to ``found`` as (path within the seed folder, path): files ending in ``.txt`` (any
    case; symbolic links to files count), in sub-folders too (not through links to folders), as
    ``Path.rglob`` finds them."""
    try:
        with os.scandir(folder) as entries:
            listed = list(entries)
    except PermissionError:
        if not rel:
            raise
        return
    where = os.path.abspath(folder)
    files: dict[str, os.DirEntry] = {}
    for entry in listed:
        try:
            if entry.is_dir(follow_symlinks=False):
                _walk(_child(folder, entry.name), f"{rel}{entry.name}/", listing, found)
            elif entry.is_file():
                files[entry.name] = entry
        except OSError:
            continue  # gone, or a link to nowhere
    for name, entry in files.items():
        stem, dot, suffix = name.rpartition(".")
        if not dot or not stem or f".{suffix.lower()}" != SEED_SUFFIX:
            continue
        seed = _child(folder, name)
        key = str(seed)
        try:
            listing.stats[key] = entry.stat()
        except OSError:
            continue
        found.append((rel + name, seed))
        listing.absolute[key] = f"{where}/{name}"
        for side_suffix in SIDECAR_SUFFIXES:
            side = files.get(stem + side_suffix)
            if side is None:
                continue
            side_path = _child(folder, side.name)
            try:
                listing.stats[str(side_path)] = side.stat()
            except OSError:
                continue
            listing.sidecars[key] = side_path
            listing.absolute[str(side_path)] = f"{where}/{side.name}"
            break


def scan_seeds(seed_dir: Path) -> SeedListing:
    """Every seed below ``seed_dir`` (see :func:`_walk`) in the order of their paths within it,
    with sidecars and ``stat``; :class:`InputError` when the folder does not exist."""
    if not seed_dir.is_dir():
        raise InputError(str(seed_dir), "no such folder", "Pass the folder that holds the seeds")
    listing = SeedListing(seed_dir)
    found: list[tuple[str, Path]] = []
    _walk(seed_dir, "", listing, found)
    found.sort(key=lambda item: item[0])
    listing.seeds = [seed for _rel, seed in found]
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
