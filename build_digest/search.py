"""Site search: a Pagefind index of the built site (built while ``build_digest site`` runs MkDocs).

Pagefind reads the built HTML: only elements marked ``data-pagefind-body`` (the article pages,
see overrides/main.html) are indexed, filters come from ``data-pagefind-filter`` elements, and
the language of the index (and so its stemmer) from ``<html lang>``. The bundle is written into
``pagefind/`` of the site, next to the pages it searches, and is fetched in small pieces by the
browser: the site never ships one index that grows with the corpus.

:class:`PagefindService` talks to the Pagefind binary's service mode (``pagefind --service``):
each page is sent as MkDocs writes it and indexed by Pagefind on another core, so indexing costs
the build almost no time; the index holds what ``pagefind --site`` would make of the same pages.
"""

from __future__ import annotations

import base64
import contextlib
import json
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

BUNDLE_DIR = "pagefind"
ENTRY_FILE = f"{BUNDLE_DIR}/pagefind-entry.json"
# An article page carries this attribute; only such pages are indexed.
BODY_MARK = "data-pagefind-body"


class SearchIndexError(Exception):
    """Pagefind failed or indexed something other than the article pages."""


def has_body_mark(html: str) -> bool:
    """Whether a page has an element marked for indexing (not just the words in its text): the
    mark as an attribute name inside a start tag."""
    at = html.find(BODY_MARK)
    while at > 0:
        start = html.rfind("<", 0, at)
        end = at + len(BODY_MARK)
        if (start > html.rfind(">", 0, at) and html[start + 1:start + 2].isalpha()
                and html[at - 1].isspace() and (end == len(html) or html[end] in " \t\n\r\f=/>")):
            return True
        at = html.find(BODY_MARK, end)
    return False


def pagefind_binary() -> Path:
    """The Pagefind executable shipped in the ``pagefind[extended]`` wheel."""
    from pagefind.service import get_executable

    binary = get_executable()
    if binary is None:
        raise SearchIndexError("the Pagefind binary is missing: install requirements.txt")
    return binary


def pagefind_command(site_dir: Path) -> list[str]:
    """The Pagefind CLI indexing a whole site folder."""
    return [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--output-subdir",
            BUNDLE_DIR, "--quiet"]


def page_url(rel: str) -> str:
    """The URL Pagefind gives a page at ``rel`` (``a/index.html`` -> ``/a/``), as its CLI does."""
    if rel == "index.html" or rel.endswith("/index.html"):
        rel = rel[: -len("index.html")]
    return "/" + rel


class PagefindService:
    """One index in a ``pagefind --service`` process: :meth:`add` pages, then :meth:`write`.

    Requests are written without waiting for their answers (Pagefind handles them in order);
    a thread collects the answers, so sending a page costs the caller only its encoding.
    """

    def __init__(self) -> None:
        self._process = subprocess.Popen([str(pagefind_binary()), "--service"],
                                         stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                         stderr=subprocess.PIPE)
        self._next_id = 0
        self._sent = 0  # pages sent
        self._indexed = 0  # pages Pagefind has indexed
        self._answers: dict[int, dict] = {}  # other answers, by message id
        self._errors: list[str] = []
        self._ended = False  # Pagefind closed its output
        self._arrived = threading.Condition()
        self._stderr: list[bytes] = []
        threading.Thread(target=self._read_answers, daemon=True).start()
        threading.Thread(target=self._drain_stderr, daemon=True).start()
        self._index_id = self._ask({"type": "NewIndex", "config": None})["index_id"]

    # --- the wire: base64 of a JSON message, then a comma, both ways ---------------------------
    def _send(self, payload: dict) -> int:
        self._next_id += 1
        message = json.dumps({"message_id": self._next_id, "payload": payload}).encode()
        assert self._process.stdin is not None
        try:
            self._process.stdin.write(base64.b64encode(message) + b",")
        except (BrokenPipeError, ValueError):
            raise self._failure("stopped") from None
        return self._next_id

    def _read_answers(self) -> None:
        stream = self._process.stdout
        assert stream is not None
        buffer = b""
        while chunk := stream.read1(1 << 16):
            *messages, buffer = (buffer + chunk).split(b",")
            for raw in messages:
                answer = json.loads(base64.b64decode(raw))
                payload = answer.get("payload") or {}
                with self._arrived:
                    if payload.get("type") == "IndexedFile":
                        self._indexed += 1
                    elif payload.get("type") == "Error":
                        self._errors.append(str(payload.get("message", "failed")))
                    else:
                        self._answers[answer.get("message_id") or 0] = payload
                    self._arrived.notify_all()
        with self._arrived:
            self._ended = True
            self._arrived.notify_all()

    def _drain_stderr(self) -> None:
        assert self._process.stderr is not None
        self._stderr.extend(self._process.stderr)

    def _wait(self, done: Callable[[], bool], timeout: float | None = None) -> bool:
        """Wait until ``done()`` (under the lock), an error or Pagefind's end; raise on those."""
        with self._arrived:
            self._arrived.wait_for(lambda: done() or self._errors or self._ended, timeout)
            if done():
                return True
            if self._errors or self._ended:
                raise self._failure(self._errors[0] if self._errors else "stopped")
            return False

    def _ask(self, payload: dict) -> dict:
        message_id = self._send(payload)
        assert self._process.stdin is not None
        self._process.stdin.flush()
        self._wait(lambda: message_id in self._answers)
        return self._answers.pop(message_id)

    def _failure(self, what: str) -> SearchIndexError:
        said = b"".join(self._stderr).decode("utf-8", "replace").strip()
        return SearchIndexError(f"pagefind --service: {what}" + (f"\n{said}" if said else ""))

    # --- the index -----------------------------------------------------------------------------
    def add(self, rel: str, html: str) -> None:
        """Index the page at ``rel`` (a path in the site) with this HTML; does not wait."""
        self._sent += 1
        self._send({"type": "AddFile", "index_id": self._index_id, "file_path": rel,
                    "url": page_url(rel), "file_contents": html})

    def write(self, bundle_dir: Path,
              progress: Callable[[int, int], None] | None = None) -> int:
        """Write the bundle into ``bundle_dir`` once every page sent is indexed (``progress``
        is told how far Pagefind got meanwhile); return the number of pages indexed."""
        assert self._process.stdin is not None
        self._process.stdin.flush()
        while not self._wait(lambda: self._indexed >= self._sent, timeout=0.1):
            if progress:
                progress(self._indexed, self._sent)
        answer = self._ask({"type": "WriteFiles", "index_id": self._index_id,
                            "output_path": str(bundle_dir.resolve())})
        if answer.get("type") != "WriteFiles":
            raise self._failure(f"unexpected answer {answer.get('type')!r}")
        return self._indexed

    def close(self) -> None:
        """End the service (an index not yet written is dropped)."""
        if self._process.poll() is None:
            self._process.kill()
            self._process.wait()
        assert self._process.stdin is not None
        with contextlib.suppress(OSError, ValueError):
            self._process.stdin.close()

    def __enter__(self) -> PagefindService:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def indexable_pages(site_dir: Path) -> list[Path]:
    """Built pages that ask to be indexed."""
    return sorted(p for p in site_dir.rglob("*.html") if has_body_mark(p.read_text("utf-8")))


def indexed_page_count(site_dir: Path) -> int:
    entry = json.loads((site_dir / ENTRY_FILE).read_text("utf-8"))
    return sum(lang["page_count"] for lang in entry["languages"].values())


def build_search_index(site_dir: Path, project: Path | None = None) -> int:
    """Index ``site_dir`` with Pagefind; return the number of pages indexed.

    Raises :class:`SearchIndexError` with Pagefind's own output if it fails, or if the index does
    not hold exactly the marked pages (a template that lost ``data-pagefind-body`` would make
    Pagefind index every page, navigation and all).
    """
    expected = len(indexable_pages(site_dir))
    done = subprocess.run(pagefind_command(site_dir), capture_output=True, text=True)
    if done.returncode != 0:
        raise SearchIndexError(f"pagefind failed:\n{done.stdout}{done.stderr}".rstrip())
    if not expected:
        return 0  # an empty corpus: nothing to search (Pagefind indexed the bare pages)
    indexed = indexed_page_count(site_dir)
    if indexed != expected:
        raise SearchIndexError(f"pagefind indexed {indexed} pages, expected the {expected} pages "
                               f"marked {BODY_MARK}")
    return indexed
