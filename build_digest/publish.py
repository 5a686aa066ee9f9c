"""The full site build: build step, ``mkdocs build --strict`` and post-processing, then swap.

MkDocs builds into a staging folder beside ``site/``; post-build steps (search index, checks) run
on the staging folder; only when all succeed does it replace ``site/``. A failure anywhere leaves
the previous ``site/`` (and, through the build step's own swap, ``docs/``) as they were.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from .build import BuildResult, build
from .doc import Document
from .errors import InputError
from .linkcheck import broken_links
from .search import SearchIndexError, build_search_index
from .siteconfig import load_site_config


class SiteBuildError(Exception):
    """A site build step failed; the message carries the tool's own output."""


def search_index_step(site_dir: Path, project: Path) -> None:
    try:
        build_search_index(site_dir, project)
    except SearchIndexError as exc:
        raise SiteBuildError(str(exc)) from None


def link_check_step(site_dir: Path, project: Path) -> None:
    broken = broken_links(site_dir, load_site_config(project).site_url)
    if broken:
        shown = "\n".join(f"  {b}" for b in broken[:50])
        more = f"\n  ... and {len(broken) - 50} more" if len(broken) > 50 else ""
        raise SiteBuildError(f"{len(broken)} broken internal link(s):\n{shown}{more}")


# Steps run on the freshly built staging site, in order: (name, function(site_dir, project_root)).
PostBuildStep = Callable[[Path, Path], None]
POST_BUILD_STEPS: list[tuple[str, PostBuildStep]] = [
    ("search index (Pagefind)", search_index_step),
    ("internal links", link_check_step),
]


def source_date_epoch(docs: list[Document]) -> int:
    """The build date MkDocs writes into the sitemap: the newest publication date in the corpus
    (midnight UTC), so two builds of the same seeds are byte-identical on any day."""
    dates = [d.meta.published for d in docs if d.meta.published]
    newest = max(dates, default=dt.date(1970, 1, 1))
    return int(dt.datetime.combine(newest, dt.time(), dt.UTC).timestamp())


def mkdocs_build(project: Path, site_dir: Path, config: str = "mkdocs.yml",
                 epoch: int | None = None) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if epoch is not None:  # an explicit SOURCE_DATE_EPOCH in the environment wins
        env.setdefault("SOURCE_DATE_EPOCH", str(epoch))
    # no --quiet: it hides the warnings that --strict counts, and the build would never fail
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict",
           "--config-file", str(project / config), "--site-dir", str(site_dir)]
    done = subprocess.run(cmd, cwd=project, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        said = [line for line in f"{done.stdout}{done.stderr}".splitlines()
                if line.strip() and not line.startswith("INFO")]
        raise SiteBuildError("mkdocs build --strict failed:\n" + "\n".join(said))


def swap_dir(new: Path, target: Path) -> None:
    """Replace ``target`` with ``new`` (two renames; the old copy is removed afterwards)."""
    old = target.parent / f".{target.name}.old"
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        os.replace(target, old)
    os.replace(new, target)
    shutil.rmtree(old, ignore_errors=True)


def build_site(project: Path, seeds: Path, docs: Path, site: Path,
               keep_going: bool = False, timings: dict[str, float] | None = None) -> BuildResult:
    """Build step, then the static site; ``site`` is replaced only if everything succeeded.

    ``timings``, when given, receives the wall seconds of each stage.
    """
    timings = {} if timings is None else timings
    clock = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[name] = now - clock
        clock = now

    result = build(seeds, docs, keep_going=keep_going)
    lap("build step")
    staging = site.parent / f".{site.name}.staging"
    shutil.rmtree(staging, ignore_errors=True)
    try:
        mkdocs_build(project, staging, epoch=source_date_epoch(result.docs))
        lap("mkdocs build")
        for name, step in POST_BUILD_STEPS:
            step(staging, project)
            lap(name)
        swap_dir(staging, site)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return result


__all__ = ["POST_BUILD_STEPS", "InputError", "SiteBuildError", "build_site"]
