"""Helpers for the real-browser tests of the published site (see test_browser.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}

_QUOTE_MARK = re.compile(r'<mark\b[^>]*\bclass="[^"]*\bbd-quote\b[^"]*"[^>]*>')
_ID = re.compile(r'\bid="([^"]+)"')


def article_slugs(site: Path) -> list[str]:
    return sorted(p.name for p in (site / "articles").iterdir() if (p / "index.html").is_file())


def quote_ids(site: Path, slug: str) -> list[str]:
    """Ids of the highlighted quotes of an article page, in page order."""
    html = (site / "articles" / slug / "index.html").read_text("utf-8")
    ids = []
    for tag in _QUOTE_MARK.findall(html):
        match = _ID.search(tag)
        if match:
            ids.append(match.group(1))
    return ids


def showcase_article(site: Path) -> str:
    """The article shown in screenshots: the seed article with the most quotes (then the first
    with full metadata, 003, when nothing is quoted yet)."""
    seeds = [s for s in article_slugs(site) if s[:3].isdigit() and int(s[:3]) < 900]
    counts = {s: len(quote_ids(site, s)) for s in seeds}
    best = max(counts.values(), default=0)
    if best:
        return next(s for s in seeds if counts[s] == best)
    return next((s for s in seeds if s.startswith("003")), seeds[0])


@dataclass
class PageProblems:
    """Console errors, uncaught exceptions and failed requests seen by one page."""

    messages: list[str] = field(default_factory=list)

    def watch(self, page) -> PageProblems:
        page.on("console", lambda m: m.type == "error" and self.messages.append(
            f"console: {m.text}"))
        page.on("pageerror", lambda e: self.messages.append(f"exception: {e}"))
        page.on("requestfailed", lambda r: self.messages.append(
            f"request failed: {r.url} ({r.failure})"))
        page.on("response", lambda r: r.status >= 400 and self.messages.append(
            f"HTTP {r.status}: {r.url}"))
        return self


def open_search(page) -> None:
    """Open the search dialog the way a keyboard user does: focus the header button, Enter."""
    trigger = page.get_by_role("button", name="Cari")
    trigger.focus()
    page.keyboard.press("Enter")
    page.locator("pagefind-modal dialog[open]").wait_for()


def search(page, term: str) -> list[str]:
    """Type ``term`` into the open search dialog; return the result links (site paths)."""
    page.keyboard.type(term)
    results = page.locator("pagefind-results a[href]")
    results.first.wait_for(timeout=10_000)
    page.wait_for_timeout(500)  # let the remaining results render
    return [a.get_attribute("href") for a in results.all()]


_PAGEFIND_QUERY = """async ([term, filters]) => {
    const pagefind = await import(new URL("pagefind/pagefind.js", location.href).href);
    await pagefind.init();
    const found = await pagefind.search(term, {filters: filters || {}});
    const urls = await Promise.all(found.results.map(r => r.data().then(d => d.url)));
    return {urls, filters: await pagefind.filters()};
}"""


def pagefind_query(page, term: str | None, filters: dict | None = None) -> dict:
    """Every result of ``term`` through Pagefind's JS API (the UI shows them a page at a time),
    plus the filters of the index: ``{"urls": [...], "filters": {name: {value: count}}}``."""
    return page.evaluate(_PAGEFIND_QUERY, [term, filters])
