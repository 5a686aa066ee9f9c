"""Whether the last build's output is still what a build would write, told without building.

After a build (with the cache or not), :func:`save_stamp` records in the cache folder a digest of
every input of the build step and the size, change time and inode of every file it owns in docs/
(a stamp per output folder).
The next build first calls :func:`unchanged`: when the inputs digest is the same and docs/ holds
exactly the recorded files, untouched, the build would write the same bytes, so it is skipped.
The inputs are the package's code, every file of ``build_digest/data``, mkdocs.yml (with its
``!ENV`` values resolved), the command's arguments, and every seed and sidecar: their paths and
bytes. This module imports nothing heavy: the check is done before the pipeline is loaded.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from dataclasses import dataclass, field
from pathlib import Path

from . import picklefile
from .cache import PACKAGE_DIR, code_fingerprint
from .filedigest import FileDigests
from .journal import pending
from .seedfiles import SeedListing, scan_seeds

STAMP = "uptodate.pickle"  # in the cache folder, one per output folder: see stamp_path
STAMP_VERSION = 2
CONFIG_FILE = "mkdocs.yml"


@dataclass
class Stamp:
    """What a build read and wrote, and what it reported."""

    inputs: str
    articles: int
    files: int
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (seed shown, warning)
    newest: str | None = None  # newest publication date (ISO; "" for none), None: not recorded


@dataclass
class Outputs:
    """The files below an output's owned roots (path -> [size, modification time, inode]), as
    the up-to-date check found them (or, when the inputs changed, as the last build recorded
    them): the build then stats only the files it changed."""

    roots: list[str] = field(default_factory=list)
    files: dict[str, list[int]] | None = None  # None: not looked at


def _file_digest(path: Path) -> bytes:
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "blake2b").digest()


def inputs_digest(seeds: Path, out: Path, keep_going: bool, cache_dir: Path | None = None,
                  listing: SeedListing | None = None) -> str:
    """Digest of everything the build step reads (see the module docstring); with
    ``cache_dir``, seeds and sidecars whose stat is as when last hashed are not read again.
    ``listing``: the seeds of ``seeds`` when the caller has just scanned them."""
    digests = FileDigests.of(cache_dir) if cache_dir is not None else None
    listing = listing or scan_seeds(seeds)

    def file_digest(path: Path) -> bytes:
        if digests is None:
            return _file_digest(path)
        name = str(path)
        found = listing.digests[name] = digests.digest(path, listing.stat(path),
                                                       listing.absolute.get(name))
        return found

    h = hashlib.blake2b(digest_size=20)
    chunks: list[bytes] = []  # hashed at once at the end: one update, not four per seed

    def part(data: bytes | str) -> None:
        raw = data.encode("utf-8", "surrogateescape") if isinstance(data, str) else data
        chunks.append(len(raw).to_bytes(8, "little"))
        chunks.append(raw)

    part(f"{STAMP_VERSION}:{code_fingerprint()}:{int(keep_going)}")
    data_dir = PACKAGE_DIR / "data"
    for path in sorted(p for p in data_dir.rglob("*") if p.is_file()):
        part(path.relative_to(data_dir).as_posix())
        part(_file_digest(path))
    project = out.resolve().parent
    config = project / CONFIG_FILE
    raw = config.read_bytes() if config.is_file() else b""
    part(raw)
    if b"!ENV" in raw:  # values from the environment
        from .siteconfig import load_site_config

        part(repr(load_site_config(project)))
    part(str(seeds))
    part(str(out.resolve()))
    for seed in listing.seeds:
        part(seed.as_posix())
        part(file_digest(seed))
        side = listing.sidecar(seed)
        part(side.name if side else "")
        part(file_digest(side) if side else b"")
    h.update(b"".join(chunks))
    return h.hexdigest()


def _owned_files(out: Path, roots: list[str]) -> dict[str, list[int]]:
    """Every file below ``out``'s owned ``roots`` -> [size, modification time, inode]."""
    found: dict[str, list[int]] = {}

    def visit(path: str, rel: str) -> None:
        try:
            entries = list(os.scandir(path))
        except NotADirectoryError:
            st = os.stat(path)
            found[rel] = [st.st_size, st.st_mtime_ns, st.st_ino]
            return
        for entry in entries:
            sub = f"{rel}/{entry.name}"
            if entry.is_dir(follow_symlinks=False):
                visit(entry.path, sub)
            else:
                st = entry.stat(follow_symlinks=False)
                found[sub] = [st.st_size, st.st_mtime_ns, st.st_ino]

    for root in roots:
        if os.path.lexists(out / root):
            visit(str(out / root), root)
    return found


def stamp_path(cache_dir: Path, out: Path) -> Path:
    """The stamp of the builds into ``out`` (builds into other folders keep their own)."""
    key = hashlib.blake2b(str(out.resolve()).encode("utf-8", "surrogateescape"),
                          digest_size=8).hexdigest()
    return cache_dir / f"{key}-{STAMP}"


def _outputs_now(out: Path, roots: list[str], seen: Outputs | None,
                 changed: list[str] | None) -> dict[str, list[int]]:
    """The files below ``out``'s owned ``roots`` as they are now: the files ``seen`` before the
    build with those it ``changed`` (written or removed) looked at again; else a new walk."""
    if seen is None or seen.files is None or changed is None or seen.roots != roots:
        return _owned_files(out, roots)
    found = dict(seen.files)
    for rel in changed:
        try:
            st = os.stat(out / rel, follow_symlinks=False)
        except FileNotFoundError:
            found.pop(rel, None)
            continue
        found[rel] = [st.st_size, st.st_mtime_ns, st.st_ino]
    return found


def read_stamp(cache_dir: Path, out: Path) -> dict:
    """The record :func:`save_stamp` wrote for ``out`` (OSError when there is none)."""
    with stamp_path(cache_dir, out).open("rb") as fh:
        record = pickle.load(fh)
    if not isinstance(record, dict):
        raise ValueError("not a stamp")
    return record


def save_stamp(cache_dir: Path, out: Path, roots: list[str], stamp: Stamp,
               seen: Outputs | None = None, changed: list[str] | None = None) -> None:
    """Record ``stamp`` and the files below ``out``'s owned ``roots`` as they are now (``seen``:
    as the up-to-date check found them before the build, or as the last build recorded them,
    which ``changed`` these files; a file changed by hand since keeps its old record, and the
    next build then builds again and records it)."""
    record = {"version": STAMP_VERSION, "inputs": stamp.inputs, "articles": stamp.articles,
              "files": stamp.files, "warnings": stamp.warnings, "newest": stamp.newest,
              "roots": roots,
              "outputs": _outputs_now(out, roots, seen, changed)}
    # a pickle: thousands of files and warnings, read at once; without it the next build only
    # takes longer
    picklefile.write(stamp_path(cache_dir, out), record)


def unchanged(seeds: Path, out: Path, keep_going: bool, cache_dir: Path,
              listing: SeedListing | None = None, seen: Outputs | None = None
              ) -> tuple[Stamp | None, str | None]:
    """(the last build's stamp when neither its inputs nor its output changed since, else None;
    the inputs digest when it was computed, for the build to reuse). ``listing``: the seeds of
    ``seeds``, scanned by the caller (see :func:`.seedfiles.scan_seeds`); ``seen``: filled with
    the output files found (for :func:`save_stamp`)."""
    if pending(out):  # a build stopped while changing the output: the next one repairs it
        return None, None
    try:
        record = read_stamp(cache_dir, out)
        if record.get("version") != STAMP_VERSION:
            return None, None
        roots = [str(r) for r in record["roots"]]
        recorded = record["outputs"]
        if not isinstance(recorded, dict):
            return None, None
    except Exception:  # any doubt means: build
        return None, None
    try:
        inputs = inputs_digest(seeds, out, keep_going, cache_dir, listing)
    except Exception:  # the build reports what is wrong with the inputs
        return None, None
    if inputs != record["inputs"]:
        # the output is not walked: the stamp takes the files as the last build recorded them
        # with those this build changes looked at again (a file changed by hand in between
        # then differs from its record, and the next build builds: see save_stamp)
        if seen is not None:
            seen.roots, seen.files = roots, recorded
        return None, inputs
    try:
        files = _owned_files(out, roots)
        if seen is not None:
            seen.roots, seen.files = roots, files
        if files != recorded:
            return None, None
    except Exception:  # any doubt means: build
        return None, None
    try:
        newest = record.get("newest")
        return Stamp(record["inputs"], int(record["articles"]), int(record["files"]),
                     [(str(s), str(w)) for s, w in record["warnings"]],
                     None if newest is None else str(newest)), inputs
    except Exception:
        return None, inputs
