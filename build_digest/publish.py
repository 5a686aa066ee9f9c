"""The full site build: build step, ``mkdocs build --strict`` with its pass over the pages, swap.

MkDocs builds into a staging folder beside ``site/``; while it writes the pages, each one is
indexed for search and scanned for links (:mod:`.sitepass`); the search bundle and the link
verdicts come once MkDocs is done. Only when all succeed does the staging folder replace
``site/``. A failure anywhere leaves the previous ``site/`` (and, through the build step's own
swap, ``docs/``) as they were.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .build import build
from .errors import InputError
from .render.site import ARTICLES_DIR
from .search import SearchIndexError
from .seedfiles import scan_or_none
from .siteconfig import CONFIG_FILE, load_site_config
from .sitepass import SitePassError, site_pass
from .uptodate import Outputs, unchanged


class SiteBuildError(Exception):
    """A site build step failed; the message carries the tool's own output."""


@dataclass
class SiteResult:
    """What the build step reported: the articles built, their warnings, the seeds that failed."""

    articles: int
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (seed shown, warning)
    failures: list[InputError] = field(default_factory=list)
    newest: dt.date | None = None  # newest publication date
    reused: bool = False  # nothing changed since the last build: docs/ was kept as it was


def build_step(seeds: Path, docs: Path, keep_going: bool, cache_dir: Path | None,
               stamp_dir: Path | None = None) -> SiteResult:
    """The build step, skipped when its inputs and output are as the last build left them
    (``stamp_dir``: where builds record that, see :func:`.build.build`)."""
    inputs = None
    listing = scan_or_none(seeds)  # the seeds, found once for the whole build step
    seen = Outputs()  # the output files, found once
    if cache_dir is not None:
        same, inputs = unchanged(seeds, docs, keep_going, stamp_dir or cache_dir, listing, seen)
        if same is not None and same.newest is not None:
            newest = dt.date.fromisoformat(same.newest) if same.newest else None
            return SiteResult(same.articles, same.warnings, [], newest, reused=True)
    result = build(seeds, docs, keep_going=keep_going, cache_dir=cache_dir, inputs=inputs,
                   stamp_dir=stamp_dir, listing=listing, seen=seen)
    return SiteResult(result.articles, result.warnings, result.failures, result.newest)


def source_date_epoch(newest: dt.date | None) -> int:
    """The build date MkDocs writes into the sitemap: the newest publication date in the corpus
    (midnight UTC), so two builds of the same seeds are byte-identical on any day."""
    return int(dt.datetime.combine(newest or dt.date(1970, 1, 1), dt.time(), dt.UTC).timestamp())


class _Said(logging.Handler):
    """Keeps what MkDocs logs at WARNING and above (what ``--strict`` counts), to report it."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.levelname} - {record.getMessage()}")


@contextlib.contextmanager
def _environment(**values: str) -> Iterator[None]:
    """Environment variables set for the block, unless already set (an explicit one wins)."""
    added = [name for name in values if name not in os.environ]
    os.environ.update({name: values[name] for name in added})
    try:
        yield
    finally:
        for name in added:
            os.environ.pop(name, None)


def mkdocs_build(project: Path, site_dir: Path, config: str = CONFIG_FILE,
                 epoch: int | None = None, articles_done: Callable[[], None] | None = None
                 ) -> None:
    """``mkdocs build --strict`` of ``project`` into ``site_dir``, in this process (so the
    hook hands each page to the active site pass), the article pages first (:mod:`.mkdocs_run`;
    ``articles_done`` is called when they are written)."""
    env = {"NO_MKDOCS_2_WARNING": "1"}
    if epoch is not None:  # an explicit SOURCE_DATE_EPOCH in the environment wins
        env["SOURCE_DATE_EPOCH"] = str(epoch)
    said = _Said()
    logger = logging.getLogger("mkdocs")
    level = logger.level
    logger.addHandler(said)
    logger.setLevel(logging.WARNING)
    try:
        with _environment(**env), contextlib.chdir(project):
            from mkdocs.config import load_config

            from .mkdocs_run import build as run_mkdocs

            cfg = load_config(str(project / config), site_dir=str(site_dir), strict=True)
            cfg.plugins.on_startup(command="build", dirty=False)
            try:
                run_mkdocs(cfg, lambda file: file.src_uri.startswith(f"{ARTICLES_DIR}/"),
                           articles_done)
            finally:
                cfg.plugins.on_shutdown()
    except (SearchIndexError, SitePassError) as exc:
        raise SiteBuildError(str(exc)) from None
    except (Exception, SystemExit) as exc:  # mkdocs' Abort is a SystemExit
        raise SiteBuildError("mkdocs build --strict failed:\n"
                             + "\n".join([*said.lines, str(exc)]).strip()) from None
    finally:
        logger.removeHandler(said)
        logger.setLevel(level)


def swap_dir(new: Path, target: Path) -> None:
    """Replace ``target`` with ``new`` (two renames); the old copy is deleted by a background
    process, so the build does not wait for the disk (see :func:`remove_old_copies`)."""
    old = target.parent / f".{target.name}.old-{os.getpid()}"
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        os.replace(target, old)
    os.replace(new, target)
    if old.exists():
        subprocess.Popen([sys.executable, "-c", "import shutil, sys; shutil.rmtree(sys.argv[1], "
                          "ignore_errors=True)", str(old)], start_new_session=True,
                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)


def remove_old_copies(target: Path) -> None:
    """Old copies of ``target`` a background deletion has not finished (or never began)."""
    for old in target.parent.glob(f".{target.name}.old*"):
        shutil.rmtree(old, ignore_errors=True)


def build_site(project: Path, seeds: Path, docs: Path, site: Path, keep_going: bool = False,
               timings: dict[str, float] | None = None,
               cache_dir: Path | None = None, stamp_dir: Path | None = None) -> SiteResult:
    """Build step (with the cache ``cache_dir``, if given: skipped when nothing changed; the
    up-to-date stamp in ``stamp_dir``, default ``cache_dir``), then the static site; ``site``
    is replaced only if everything succeeded.

    ``timings``, when given, receives the wall seconds of each stage.
    """
    timings = {} if timings is None else timings
    clock = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[name] = now - clock
        clock = now

    result = build_step(seeds, docs, keep_going, cache_dir, stamp_dir)
    lap("build step (nothing changed)" if result.reused else "build step")
    staging = site.parent / f".{site.name}.staging"
    shutil.rmtree(staging, ignore_errors=True)
    remove_old_copies(site)
    site_url = load_site_config(project).site_url
    try:
        with site_pass(staging, site_url) as pages:
            mkdocs_build(project, staging, epoch=source_date_epoch(result.newest),
                         articles_done=pages.articles_sent)
            lap("mkdocs build (pages indexed and scanned meanwhile)")
            try:
                pages.write_search_index()
                lap("search index (Pagefind)")
                pages.check_links()
                lap("internal links")
            except (SearchIndexError, SitePassError) as exc:
                raise SiteBuildError(str(exc)) from None
        swap_dir(staging, site)
        lap("swap")
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return result


__all__ = ["InputError", "SiteBuildError", "SiteResult", "build_site"]
