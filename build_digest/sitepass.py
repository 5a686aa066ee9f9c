"""What ``build_digest site`` does with each page while MkDocs writes it.

MkDocs renders one page at a time on one core. Each page it writes (handed over by the MkDocs
hook, :mod:`build_digest.mkdocs_hook`) goes, as it is written, to the Pagefind service (indexing
it on another core) and to the link check (scanning it in a forked process), and is checked for
its search mark: an article page must carry ``data-pagefind-body``, no other page may. So the
search index and the link check are nearly done when MkDocs is, and no page is read back.
A thread per receiver writes the pages to it, so MkDocs never waits for a receiver's pipe.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import queue
import shutil
import threading
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from pathlib import Path

from .linkcheck import BrokenLink, LinkCheck
from .progress import Progress
from .search import BUNDLE_DIR, PagefindService, build_search_index, has_body_mark

SHOWN_PROBLEMS = 50
_active: SitePass | None = None


def active() -> SitePass | None:
    """The pass of the site build running in this process, if any (read by the MkDocs hook)."""
    return _active


class SitePassError(Exception):
    """A page lacks its search mark, Pagefind failed, or internal links are broken."""


def _check_links(conn: Connection, site_dir: Path, site_url: str | None) -> None:
    """The link check's process: pages arrive one message each, ``None`` asks for the verdict."""
    check = LinkCheck(site_dir, site_url)
    while (message := conn.recv()) is not None:
        check.add_page(*message)
    conn.send(check.broken())
    conn.close()


class LinkCheckProcess:
    """A :class:`LinkCheck` in a forked process (in this one where ``fork`` is missing)."""

    def __init__(self, site_dir: Path, site_url: str | None) -> None:
        self.site_dir, self.site_url = site_dir, site_url
        self._local: LinkCheck | None = None
        if "fork" not in multiprocessing.get_all_start_methods():
            self._local = LinkCheck(site_dir, site_url)
            return
        context = multiprocessing.get_context("fork")
        self._conn, child = context.Pipe()
        self._process = context.Process(target=_check_links, args=(child, site_dir, site_url),
                                         daemon=True)
        self._process.start()
        child.close()

    def add_page(self, rel: str, html: str) -> None:
        if self._local is not None:
            self._local.add_page(rel, html)
        else:
            self._conn.send((rel, html))

    def broken(self) -> list[BrokenLink]:
        if self._local is not None:
            return self._local.broken()
        self._conn.send(None)
        found: list[BrokenLink] = self._conn.recv()
        self.close()
        return found

    def close(self) -> None:
        if self._local is None and self._process.is_alive():
            self._process.terminate()
        if self._local is None:
            self._process.join()
            self._conn.close()


class Feeder:
    """Hands pages to ``receive`` from a thread of its own, in the order they were put (and runs
    the jobs put with :meth:`then` in that order too)."""

    def __init__(self, receive: Callable[[str, str], None]) -> None:
        self._receive = receive
        self._jobs: queue.SimpleQueue[tuple[Callable[..., object], tuple] | None] = (
            queue.SimpleQueue())
        self._error: BaseException | None = None
        self._stopped = False
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (job := self._jobs.get()) is not None:
            if self._error is None and not self._stopped:
                try:
                    job[0](*job[1])
                except BaseException as exc:  # kept for the caller of finish()
                    self._error = exc

    def put(self, rel: str, html: str) -> None:
        self._jobs.put((self._receive, (rel, html)))

    def then(self, job: Callable[[], object]) -> None:
        """Run ``job`` once the pages put so far are handed over."""
        self._jobs.put((job, ()))

    def finish(self) -> None:
        """Wait until every page is handed over; raise what the receiver raised."""
        if self._thread.is_alive():
            self._jobs.put(None)
            self._thread.join()
        if self._error is not None:
            raise self._error

    def stop(self) -> None:
        """Hand over nothing more (the pages left are dropped); :meth:`finish` then returns
        once the receiver's current page is done (or its pipe broken)."""
        self._stopped = True
        self._jobs.put(None)


class SitePass:
    """Receives the pages of one MkDocs build of ``site_dir`` (see the module's docstring)."""

    def __init__(self, site_dir: Path, site_url: str | None) -> None:
        self.site_dir = site_dir
        self.links = LinkCheckProcess(site_dir, site_url)  # forked before any thread starts
        self.search = PagefindService()
        self._to_links = Feeder(self.links.add_page)
        self._to_search = Feeder(self.search.add)
        self.written = 0
        self.indexed: list[str] = []  # pages sent to the search index
        self.unmarked: list[str] = []  # article pages without the search mark
        self.stray: list[str] = []  # other pages with it
        self.expected = 0
        self.bundle_queued = 0  # articles sent when the bundle's writing was asked for
        self.bundle_pages: int | None = None  # pages in the search bundle, once written
        self.progress = Progress("pages")

    def expect(self, pages: int) -> None:
        """MkDocs is about to write this many pages."""
        self.expected = pages

    def articles_sent(self) -> None:
        """The article pages are all sent (MkDocs goes on with the others): Pagefind writes its
        bundle meanwhile. An article page sent after all the same is indexed and the bundle
        written again at the end."""
        if self.indexed and not self.unmarked and not self.bundle_queued:
            self.bundle_queued = len(self.indexed)
            self._to_search.then(self._write_bundle)

    def page(self, rel: str, html: str, is_article: bool) -> None:
        """MkDocs has rendered the page at ``rel`` (path in the site) and writes it now."""
        self._to_links.put(rel, html)
        if has_body_mark(html):
            if is_article:
                self._to_search.put(rel, html)
                self.indexed.append(rel)
            else:
                self.stray.append(rel)
        elif is_article:
            self.unmarked.append(rel)
        self.written += 1
        self.progress(self.written, self.expected)

    def write_search_index(self) -> int:
        """Write the Pagefind bundle (the site is complete); return the pages indexed."""
        self.progress.close()
        wrong = [f"{rel}: an article page without {'data-pagefind-body'}" for rel in self.unmarked]
        wrong += [f"{rel}: data-pagefind-body on a page that is not an article"
                  for rel in self.stray]
        if wrong:
            raise SitePassError(_listing("page(s) marked wrongly for the search index", wrong))
        self._to_search.finish()
        if not self.indexed:  # no article: Pagefind indexes the bare pages, as its CLI does
            return build_search_index(self.site_dir)
        if self.bundle_pages != len(self.indexed):  # not written yet, or before the last page
            shutil.rmtree(self.site_dir / BUNDLE_DIR, ignore_errors=True)
            self._write_bundle(Progress("search index"))
        assert self.bundle_pages is not None
        return self.bundle_pages

    def _write_bundle(self, progress: Progress | None = None) -> None:
        self.bundle_pages = self.search.write(self.site_dir / BUNDLE_DIR, progress)
        if progress:
            progress.close()

    def check_links(self) -> None:
        """Every internal link of the site (search bundle included) must resolve."""
        self._to_links.finish()
        broken = self.links.broken()
        if broken:
            raise SitePassError(_listing("broken internal link(s)", [str(b) for b in broken]))

    def close(self) -> None:
        self.progress.close()
        feeders = (self._to_search, self._to_links)
        for feeder in feeders:
            feeder.stop()
        self.search.close()  # ends the receivers, so a feeder blocked on a pipe gets free
        self.links.close()
        for feeder in feeders:
            with contextlib.suppress(Exception):
                feeder.finish()


def _listing(what: str, lines: list[str]) -> str:
    shown = "\n".join(f"  {line}" for line in lines[:SHOWN_PROBLEMS])
    more = (f"\n  ... and {len(lines) - SHOWN_PROBLEMS} more"
            if len(lines) > SHOWN_PROBLEMS else "")
    return f"{len(lines)} {what}:\n{shown}{more}"


@contextlib.contextmanager
def site_pass(site_dir: Path, site_url: str | None) -> Iterator[SitePass]:
    """A :class:`SitePass` that the MkDocs hook feeds while the ``with`` block runs."""
    global _active
    current = SitePass(site_dir, site_url)
    _active = current
    try:
        yield current
    finally:
        _active = None
        current.close()
