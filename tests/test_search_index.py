"""The search index made while MkDocs writes the pages: the same index as Pagefind's CLI makes,
and a page marked wrongly for it stops the build."""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from build_digest.search import (
    BUNDLE_DIR,
    ENTRY_FILE,
    PagefindService,
    has_body_mark,
    indexed_page_count,
    pagefind_command,
)
from build_digest.sitepass import SitePassError, site_pass

ARTICLE = """<!doctype html><html lang="id"><head><title>{title}</title></head><body>
<nav><a href="../../">Beranda</a> navigasi situs</nav>
<div data-pagefind-body><h1>{title}</h1><p>{text}</p>
<span data-pagefind-filter="speaker">{speaker}</span></div></body></html>"""
OTHER = """<!doctype html><html lang="id"><body><h1>Panduan</h1>
<p>Halaman ini menyebut data-pagefind-body dan &lt;div data-pagefind-body&gt; sebagai teks.</p>
</body></html>"""
PAGES = {
    "articles/satu/index.html": ARTICLE.format(
        title="Menteri berbicara soal tanggul", speaker="Rina Lestari",
        text="Pembicaraan tentang tanggul laut berlanjut pekan depan, kata Rina Lestari."),
    "articles/dua/index.html": ARTICLE.format(
        title="Gencatan senjata dibahas", speaker="Agus Nugroho",
        text="Agus Nugroho mengatakan perundingan gencatan senjata akan dilanjutkan."),
    "articles/tiga/index.html": ARTICLE.format(
        title="Ekspor gandum naik", speaker="Rina Lestari",
        text="Rina Lestari menyebut ekspor gandum naik dua kali lipat tahun ini."),
    "guide/index.html": OTHER,
}


def write_site(site: Path) -> None:
    for rel, html in PAGES.items():
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / rel).write_text(html, encoding="utf-8")


def bundle(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in folder.rglob("*") if p.is_file()}


def test_body_mark_is_an_attribute_not_words():
    assert has_body_mark(PAGES["articles/satu/index.html"])
    assert has_body_mark('<main class="x"\n data-pagefind-body="">')
    assert not has_body_mark(OTHER)


def test_service_index_holds_what_the_cli_index_holds(tmp_path):
    by_cli, by_service = tmp_path / "cli", tmp_path / "service"
    write_site(by_cli)
    write_site(by_service)
    done = subprocess.run(pagefind_command(by_cli), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    with PagefindService() as service:
        for rel, html in sorted(PAGES.items()):
            if has_body_mark(html):
                service.add(rel, html)
        assert service.write(by_service / BUNDLE_DIR) == 3
    cli, ours = bundle(by_cli / BUNDLE_DIR), bundle(by_service / BUNDLE_DIR)
    assert indexed_page_count(by_cli) == indexed_page_count(by_service) == 3
    fragments = {p for p in cli if p.startswith("fragment/")}
    assert len(fragments) == 3  # one per article: text, title, URL, filters of the page
    assert {p: cli[p] for p in fragments} == {p: ours[p] for p in fragments}
    # the same bundle files: only the names hashed from page numbering may differ
    def named(files):
        return sorted(p for p in files if not p.startswith(("index/", "filter/", "pagefind.")))
    assert named(cli) == named(ours)
    entry = json.loads((by_service / ENTRY_FILE).read_text("utf-8"))
    assert list(entry["languages"]) == ["id"]  # the Indonesian stemmer, from <html lang>


@pytest.mark.parametrize(("rel", "is_article", "problem"), [
    ("articles/empat/index.html", True, "an article page without data-pagefind-body"),
    ("guide/index.html", False, "not an article"),
])
def test_a_page_marked_wrongly_stops_the_build(tmp_path, rel, is_article, problem):
    page = (OTHER if is_article else PAGES["articles/satu/index.html"])
    with site_pass(tmp_path, None) as pages:
        pages.page("articles/satu/index.html", PAGES["articles/satu/index.html"], True)
        pages.page(rel, page, is_article)
        with pytest.raises(SitePassError) as failure:
            pages.write_search_index()
    assert f"{rel}: " in str(failure.value) and problem in str(failure.value)
    assert not (tmp_path / BUNDLE_DIR).exists()


def test_site_pass_indexes_the_articles_and_checks_links(tmp_path):
    write_site(tmp_path)
    with site_pass(tmp_path, None) as pages:
        for rel, html in PAGES.items():
            pages.page(rel, html, rel.startswith("articles/"))
        assert pages.write_search_index() == 3
        with pytest.raises(SitePassError) as failure:  # the articles link to a home page
            pages.check_links()
    assert "3 broken internal link(s)" in str(failure.value)
    (tmp_path / "index.html").write_text("<p>Beranda</p>", encoding="utf-8")
    shutil.rmtree(tmp_path / BUNDLE_DIR)
    with site_pass(tmp_path, None) as pages:
        for rel, html in PAGES.items():
            pages.page(rel, html, rel.startswith("articles/"))
        pages.write_search_index()
        pages.check_links()  # index.html was not handed over: read from disk
    assert indexed_page_count(tmp_path) == 3


def test_bundle_is_written_once_the_last_article_is_sent(tmp_path):
    write_site(tmp_path)
    articles = [rel for rel in PAGES if rel.startswith("articles/")]
    with site_pass(tmp_path, None) as pages:
        for rel in articles:
            pages.page(rel, PAGES[rel], True)
        pages.articles_sent()
        entry = tmp_path / ENTRY_FILE
        deadline = time.monotonic() + 60
        while not entry.exists() and time.monotonic() < deadline:  # while MkDocs goes on
            time.sleep(0.05)
        assert entry.exists()
        pages.page("guide/index.html", PAGES["guide/index.html"], False)
        assert pages.write_search_index() == 3
    assert indexed_page_count(tmp_path) == 3
