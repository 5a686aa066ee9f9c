"""Accessibility: axe-core (the copy shipped in axe-playwright-python, nothing fetched) on the
pages every reader sees, in the light and the dark scheme, and on the open search dialog.

Every violation found, whatever its impact, is written to tests/artifacts/axe/ (the axe report);
the tests fail on serious or critical ones.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from reader import ARTIFACTS, DESKTOP, article_slugs, open_search, quote_ids, search, showcase_article

pytestmark = [pytest.mark.browser, pytest.mark.slow]

AXE_REPORTS = ARTIFACTS / "axe"
BLOCKING = {"serious", "critical"}
SCHEMES = {"light": "default", "dark": "slate"}  # prefers-color-scheme -> Material scheme
PAGES = ["home", "article", "speaker", "chronology"]


@pytest.fixture(scope="module")
def axe() -> Axe:
    return Axe()


def speaker_page(site: Path) -> str:
    """A speaker's own page once quotes are attributed, else the speakers index."""
    pages = sorted(p.parent.name for p in (site / "speakers").glob("*/index.html"))
    return f"speakers/{pages[0]}/" if pages else "speakers/"


def page_path(site: Path, name: str) -> str:
    return {"home": "", "article": f"articles/{showcase_article(site)}/",
            "speaker": speaker_page(site), "chronology": "chronology/"}[name]


def open_in_scheme(chromium, scheme: str, url: str):
    context = chromium.new_context(viewport=DESKTOP, color_scheme=scheme)
    page = context.new_page()
    page.goto(url)
    page.wait_for_load_state("networkidle")
    shown = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    assert shown == SCHEMES[scheme], f"the {scheme} scheme did not apply ({shown})"
    return context, page


def summarize(violations: list[dict]) -> list[str]:
    return [f"{v['id']} ({v['impact']}): {len(v['nodes'])} element(s), e.g. "
            f"{v['nodes'][0]['target']} - {v['nodes'][0].get('failureSummary', '')}"
            for v in violations]


def record(name: str, url: str, response: dict) -> list[dict]:
    """Write the report of one page; return its blocking violations."""
    AXE_REPORTS.mkdir(parents=True, exist_ok=True)
    violations = response["violations"]
    report = {"url": url, "axe": response.get("testEngine", {}).get("version"),
              "violations": [{"id": v["id"], "impact": v["impact"], "help": v["help"],
                              "targets": [n["target"] for n in v["nodes"]]} for v in violations]}
    (AXE_REPORTS / f"{name}.json").write_text(json.dumps(report, indent=1, ensure_ascii=False),
                                              encoding="utf-8")
    return [v for v in violations if v["impact"] in BLOCKING]


@pytest.mark.parametrize("scheme", sorted(SCHEMES))
@pytest.mark.parametrize("name", PAGES)
def test_no_serious_violations(chromium, axe, base_url, reader_site, name, scheme):
    url = base_url + page_path(reader_site, name)
    context, page = open_in_scheme(chromium, scheme, url)
    try:
        blocking = record(f"{name}-{scheme}", url, axe.run(page).response)
    finally:
        context.close()
    assert not blocking, "\n".join(summarize(blocking))


@pytest.mark.parametrize("scheme", sorted(SCHEMES))
def test_search_dialog_with_results(chromium, axe, base_url, scheme):
    context, page = open_in_scheme(chromium, scheme, base_url)
    try:
        open_search(page)
        assert search(page, "bicara")
        blocking = record(f"search-{scheme}", base_url, axe.run(page).response)
    finally:
        context.close()
    assert not blocking, "\n".join(summarize(blocking))


@pytest.mark.parametrize("scheme", sorted(SCHEMES))
def test_highlighted_quotes_are_readable(chromium, axe, base_url, reader_site, scheme):
    """Colour contrast of quote highlights, measured by axe on the rendered page. Before quotes
    are extracted, a highlight is added to an article paragraph to check the stylesheet."""
    quoted = [s for s in article_slugs(reader_site) if quote_ids(reader_site, s)]
    slug = quoted[0] if quoted else showcase_article(reader_site)
    context, page = open_in_scheme(chromium, scheme, f"{base_url}articles/{slug}/")
    try:
        if not quoted:
            page.evaluate("""() => {
                const p = document.querySelector('.bd-body p:nth-of-type(2)');
                const mark = document.createElement('mark');
                mark.className = 'bd-quote';
                mark.id = 'q-sample';
                mark.textContent = p.textContent.slice(0, 80);
                p.prepend(mark);
            }""")
        marks = page.locator("mark.bd-quote").count()
        options = {"runOnly": ["color-contrast"], "resultTypes": ["violations", "incomplete",
                                                                  "passes"]}
        response = axe.run(page, context="mark.bd-quote", options=options).response
    finally:
        context.close()
    checked = {"passes": 0, "violations": 0, "incomplete": 0}
    for kind in checked:
        checked[kind] = sum(len(r["nodes"]) for r in response[kind])
    assert checked["violations"] == 0, "\n".join(summarize(response["violations"]))
    assert checked["incomplete"] == 0, response["incomplete"]
    assert checked["passes"] >= marks > 0
