"""In a real browser: every page built from the hostile corpus opens and no injected script runs.

Payloads in the corpus try to set ``window.__pwned``, call ``alert``, add event handlers, load
frames or navigate away. Chromium opens every HTML page of the built site (and runs searches, whose
results Material renders as HTML); any dialog, popup, navigation, page error, console error from
the site itself, executable markup in the live DOM, or a set sentinel fails the test.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from browser_support import serve
from hostile_corpus import write_corpus
from reader import open_search
from sitebuild import copy_project, run

pytestmark = pytest.mark.browser

# Injected code would set window.__pwned; the setter also records it if a payload runs and
# then deletes the property again.
SENTINEL = """
(() => {
  window.__hits = [];
  Object.defineProperty(window, "__pwned", {
    configurable: false,
    get() { return window.__hits.length ? 1 : undefined; },
    set(v) { window.__hits.push(String(v)); },
  });
})();
"""

# What the live DOM (after Material's scripts ran) must not hold.
LIVE_DOM_PROBLEMS = """
() => {
  const found = [];
  for (const el of document.querySelectorAll("*")) {
    for (const attr of el.attributes) {
      if (attr.name.startsWith("on")) found.push(`${el.tagName} ${attr.name}`);
      if (["href", "src", "action", "formaction", "data", "srcdoc"].includes(attr.name)
          && /^\\s*(javascript|vbscript|data):/i.test(attr.value)) {
        found.push(`${el.tagName} ${attr.name}=${attr.value.slice(0, 40)}`);
      }
    }
    if (["IFRAME", "FRAME", "OBJECT", "EMBED", "BASE"].includes(el.tagName)) found.push(el.tagName);
  }
  for (const s of document.scripts) {
    const type = (s.type || "").toLowerCase();
    if (!type.includes("json") && /__pwned|alert\\(/.test(s.textContent)) {
      found.push("script: " + s.textContent.slice(0, 60));
    }
  }
  return found;
}
"""


def _build(base: Path, generated: bool) -> Path:
    project = copy_project(base / "project", write_corpus(base / "seeds", generated=generated))
    done = run([sys.executable, "-m", "build_digest", "site", "--keep-going"], project)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr  # 1: bad seeds listed
    return project / "site"


@pytest.fixture(scope="module")
def hostile_site(hostile_build) -> Path:
    """The site of the hostile corpus (conftest's ``hostile_build``, shared with test_hostile)."""
    project, done = hostile_build
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr  # 1: bad seeds listed
    return project / "site"


class Watcher:
    """Everything a page does that injected code could cause."""

    def __init__(self, context, base_url: str) -> None:
        self.base = base_url
        self.events: list[str] = []
        self.external: list[str] = []
        context.add_init_script(SENTINEL)
        context.route("**/*", self._route)

    def _route(self, route) -> None:
        url = route.request.url
        if url.startswith(self.base):
            route.continue_()
        else:  # the test machine is offline; web fonts and the like are refused, not injected
            self.external.append(url)
            route.abort()

    def watch(self, page) -> None:
        page.context.on("page", lambda p: self.events.append(f"new page/popup {p.url}"))
        page.on("popup", lambda p: self.events.append(f"popup {p.url}"))
        page.on("dialog", self._dialog)
        page.on("pageerror", lambda exc: self.events.append(f"page error: {exc}"))
        page.on("console", self._console)
        page.on("framenavigated", lambda frame: frame == page.main_frame
                and self._navigated(frame.url, page))

    def _dialog(self, dialog) -> None:
        self.events.append(f"dialog {dialog.type}: {dialog.message}")
        dialog.dismiss()

    def _console(self, message) -> None:
        if message.type != "error":
            return
        source = (message.location or {}).get("url", "")
        if "Failed to load resource" in message.text and not source.startswith(self.base):
            return  # a refused external request (listed in self.external)
        self.events.append(f"console error: {message.text} ({source})")

    def _navigated(self, url: str, page) -> None:
        expected = getattr(page, "_expected_url", None)
        if expected and url.split("#")[0] != expected:
            self.events.append(f"navigated to {url}")


def _pages(site: Path) -> list[str]:
    pages = []
    for path in sorted(site.rglob("*.html")):
        rel = path.relative_to(site).as_posix()
        if rel == "404.html":
            continue  # links its assets by absolute site_url path (/digest/...), not served here
        pages.append(rel[: -len("index.html")] if rel.endswith("index.html") else rel)
    return pages


def test_every_page_opens_and_no_injected_script_runs(hostile_site, chromium):
    pages = _pages(hostile_site)
    assert len(pages) > 30 and any(p.startswith("articles/html-everywhere") for p in pages)
    failures: dict[str, list[str]] = {}
    with serve(hostile_site) as base:
        context = chromium.new_context()
        watcher = Watcher(context, base)
        page = context.new_page()
        watcher.watch(page)
        for rel in pages:
            url = base + rel
            page._expected_url = url  # type: ignore[attr-defined]
            response = page.goto(url, wait_until="load", timeout=120_000)
            page.wait_for_timeout(150)  # let timers and Material's scripts run
            problems = list(watcher.events)
            watcher.events.clear()
            if response is None or response.status != 200:
                problems.append(f"status {response and response.status}")
            if page.url.split("#")[0] != url:
                problems.append(f"ended at {page.url}")
            hits = page.evaluate("window.__hits")
            if hits:
                problems.append(f"window.__pwned set {hits}")
            problems += page.evaluate(LIVE_DOM_PROBLEMS)
            if problems:
                failures[rel] = problems
        context.close()
    assert failures == {}
    assert all("127.0.0.1" not in u for u in watcher.external)


@pytest.fixture(scope="module")
def searchable_site(tmp_path_factory) -> Path:
    """The corpus without the multi-MB files (their search index takes minutes to load)."""
    return _build(tmp_path_factory.mktemp("search"), generated=False)


# Words that find the pages whose titles and text carry payloads.
QUERIES = ["onerror", "tebal", "config", "Judul", "Harian", "komentar"]


def test_search_results_show_payloads_as_text(searchable_site, chromium):
    with serve(searchable_site) as base:
        context = chromium.new_context()
        watcher = Watcher(context, base)
        page = context.new_page()
        watcher.watch(page)
        page._expected_url = base  # type: ignore[attr-defined]
        page.goto(base, wait_until="load")
        shown = {}
        for query in QUERIES:
            page.goto(base, wait_until="load")
            open_search(page)
            page.keyboard.type(query, delay=30)
            results = page.locator("pagefind-results")
            try:
                results.locator("a[href]").first.wait_for(timeout=15_000)
            except Exception:  # no result for this word: nothing rendered to check
                shown[query] = ""
                continue
            page.wait_for_timeout(300)
            shown[query] = results.inner_text()
            assert page.evaluate("window.__hits") == [], query
            assert page.evaluate(LIVE_DOM_PROBLEMS) == [], query
        assert watcher.events == []
        context.close()
    # the payloads are in the results, as text
    assert "<img src=x onerror=" in shown["onerror"]
    assert "</title><script>window.__pwned=1</script>" in shown["tebal"]
