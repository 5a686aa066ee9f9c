"""Real-browser tests of the published site: Debian's Chromium through Playwright.

The site is built once per session by ``python -m build_digest site`` (build step, mkdocs build
--strict, Pagefind, link check) from the seeds plus the articles of tests/site_articles/, and
served on loopback. Screenshots land in tests/artifacts/screenshots/ (``make screenshots`` copies
them into docs/assets/screenshots/ for the README).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from reader import (
    DESKTOP,
    PHONE,
    SCREENSHOTS,
    PageProblems,
    article_slugs,
    open_search,
    pagefind_query,
    quote_ids,
    search,
    showcase_article,
)

from build_digest.linkcheck import SiteLinks, broken_links, scan
from build_digest.siteconfig import load_site_config

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture
def page(chromium):
    context = chromium.new_context(viewport=DESKTOP, locale="id-ID")
    yield context.new_page()
    context.close()


def key_pages(site: Path) -> dict[str, str]:
    """Name -> site path of the pages every reader sees."""
    pages = {"home": "", "chronology": "chronology/", "speakers": "speakers/", "guide": "guide/",
             "schema": "schema/",
             "article": f"articles/{showcase_article(site)}/"}
    for slug in article_slugs(site):
        pages[f"article {slug}"] = f"articles/{slug}/"
    return pages


def test_no_broken_internal_link_anywhere(reader_site: Path):
    site_url = load_site_config(reader_site.parent).site_url
    assert broken_links(reader_site, site_url) == []
    # not vacuous: the pages do link to each other, quotes and assets included
    links = SiteLinks(reader_site, site_url)
    home = reader_site / "index.html"
    targets = {links.local_target("index.html", u) for u in scan(home).urls}
    assert {f"articles/{s}/" for s in article_slugs(reader_site)} <= targets


def test_search_finds_inflected_indonesian_forms(page, base_url):
    page.goto(base_url)
    # the test articles hold only "berbicara" (900) and only "pembicaraan" (901), never "bicara"
    for term in ("bicara", "berbicara", "pembicaraan", "membicarakan"):
        urls = pagefind_query(page, term)["urls"]
        assert {"/articles/900-tanggul-rob/", "/articles/901-tarif-kopi/"} <= set(urls), term
        assert "/articles/902-port-terminal/" not in urls, term
    assert pagefind_query(page, "tanggul")["urls"] == ["/articles/900-tanggul-rob/"]


def test_search_ui_from_the_header(page, base_url):
    page.goto(base_url)
    expected = len(pagefind_query(page, "bicara")["urls"])
    open_search(page)
    hits = search(page, "bicara")
    assert hits and all(h.startswith("/articles/") for h in hits)
    summary = page.locator("pagefind-summary").inner_text()
    assert f"{expected} hasil" in summary, summary  # the UI speaks Indonesian
    page.locator("pagefind-results a[href]").first.click()
    page.wait_for_load_state("networkidle")
    assert "/articles/" in page.url


def test_search_opens_from_the_keyboard_on_any_page(page, base_url):
    page.goto(base_url + "chronology/")
    page.keyboard.press("Control+k")
    page.locator("pagefind-modal dialog[open]").wait_for()
    assert page.evaluate("document.activeElement.type") == "search"
    hits = search(page, "tanggul")  # the page, and maybe its sections holding the word
    assert hits and all(h.startswith("/articles/900-tanggul-rob/") for h in hits), hits
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    assert page.locator("pagefind-modal dialog[open]").count() == 0
    page.keyboard.press("/")
    page.locator("pagefind-modal dialog[open]").wait_for()


def test_search_filters_by_outlet_and_speaker(page, base_url, reader_site):
    page.goto(base_url)
    everything = pagefind_query(page, "bicara")
    outlets = everything["filters"]["outlet"]
    assert {"Harian Pesisir", "Warta Niaga", "Eastern Ledger", "Kontan"} <= set(outlets)
    narrowed = pagefind_query(page, "bicara", {"outlet": "Warta Niaga"})
    assert len(everything["urls"]) > 2 and narrowed["urls"] == ["/articles/901-tarif-kopi/"]
    quoted = any(quote_ids(reader_site, s) for s in article_slugs(reader_site))
    if quoted:
        speakers = everything["filters"].get("speaker")
        assert speakers, "quotes exist but no speaker filter was indexed"
        name = next(iter(speakers))
        assert pagefind_query(page, None, {"speaker": name})["urls"]


def test_no_console_errors_or_failed_requests(page, base_url, reader_site):
    problems = PageProblems().watch(page)
    for name, path in key_pages(reader_site).items():
        page.goto(base_url + path)
        page.wait_for_load_state("networkidle")
        assert not problems.messages, f"{name}: {problems.messages}"
    open_search(page)  # loads the Pagefind bundle, index and WebAssembly
    search(page, "perundingan")
    assert not problems.messages, problems.messages


def test_quote_is_highlighted_and_its_permalink_scrolls_to_it(page, base_url, reader_site):
    quoted = {s: quote_ids(reader_site, s) for s in article_slugs(reader_site)}
    quoted = {s: ids for s, ids in quoted.items() if ids}
    if not quoted:
        pytest.skip("no highlighted quote in the build yet (the quotes feature is not merged)")
    slug = max(quoted, key=lambda s: len(quoted[s]))
    target = quoted[slug][-1]  # the last quote: far down the page, so scrolling is needed
    page.goto(f"{base_url}articles/{slug}/#{target}")
    page.wait_for_load_state("networkidle")
    mark = page.locator(f"mark.bd-quote[id='{target}']")
    box = mark.bounding_box()
    header = page.locator("header.md-header").bounding_box()
    assert box and header["height"] <= box["y"] < DESKTOP["height"] - box["height"] / 2, box
    style = mark.evaluate("e => getComputedStyle(e).backgroundColor")
    assert style not in ("rgba(0, 0, 0, 0)", "transparent")
    assert mark.evaluate("e => e.matches(':target')")
    assert page.locator("mark.bd-quote").count() == len(quoted[slug])


def test_speaker_links_lead_to_speaker_pages(page, base_url, reader_site):
    slug_links = {}
    for slug in article_slugs(reader_site):
        html = (reader_site / "articles" / slug / "index.html").read_text("utf-8")
        body = html.split('data-pagefind-body', 1)[-1]
        found = re.findall(r'href="((?:\.\./)+speakers/[^"#]+/)"', body)
        if found:
            slug_links[slug] = found
    if not slug_links:
        pytest.skip("no speaker page linked from an article yet (the quotes feature is not merged)")
    slug = next(iter(slug_links))
    page.goto(f"{base_url}articles/{slug}/")
    link = page.locator(f"article a[href='{slug_links[slug][0]}']").first
    name = link.inner_text().strip()
    link.click()
    page.wait_for_load_state("networkidle")
    assert "/speakers/" in page.url
    assert page.locator("h1").first.inner_text().strip()
    # the speaker page links back to the article it was quoted in
    assert page.locator(f"a[href$='articles/{slug}/'], a[href*='articles/{slug}/#']").count(), name


def test_phone_viewport_has_no_horizontal_overflow(chromium, base_url, reader_site):
    context = chromium.new_context(viewport=PHONE, is_mobile=True, has_touch=True,
                                   device_scale_factor=2)
    page = context.new_page()
    try:
        for name, path in key_pages(reader_site).items():
            page.goto(base_url + path)
            page.wait_for_load_state("networkidle")
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= PHONE["width"], f"{name} is {width}px wide on a {PHONE['width']}px phone"
        open_search(page)
        assert search(page, "bicara")
        dialog = page.locator("pagefind-modal dialog[open]").bounding_box()
        assert dialog["x"] >= 0 and dialog["x"] + dialog["width"] <= PHONE["width"]
    finally:
        context.close()


@pytest.mark.parametrize("device", ["desktop", "phone"])
def test_screenshots(chromium, base_url, reader_site, device):
    viewport = DESKTOP if device == "desktop" else PHONE
    context = chromium.new_context(viewport=viewport, is_mobile=device == "phone",
                                   device_scale_factor=1 if device == "desktop" else 2)
    page = context.new_page()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shots = {"home": "", "article": f"articles/{showcase_article(reader_site)}/",
             "chronology": "chronology/"}
    try:
        for name, path in shots.items():
            page.goto(base_url + path)
            page.wait_for_load_state("networkidle")
            out = SCREENSHOTS / f"{name}-{device}.png"
            page.screenshot(path=str(out))
            assert out.stat().st_size > 10_000  # a rendered page, not a blank one
    finally:
        context.close()
