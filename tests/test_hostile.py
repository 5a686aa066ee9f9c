"""The hostile corpus (tests/hostile): every input alone, then all together into a real site.

Each input either builds safely (its content shown as text) or stops with a message naming the
file, the line where it can, and the fix; never a traceback. See tests/hostile/expected.yaml.
"""

from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from hostile_corpus import (
    collapse,
    load_cases,
    unsafe_markup,
    visible_text,
    write_case,
    write_corpus,
)

from build_digest.cli import main
from build_digest.corpus import assign_ids, discover_seeds

CASES = load_cases()
BUILDS = [c for c in CASES if c.outcome == "builds"]
ERRORS = [c for c in CASES if c.outcome == "error"]
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def assert_no_traceback(stderr: str) -> None:
    assert "Traceback" not in stderr and "internal error" not in stderr, stderr


def test_manifest_covers_the_corpus():
    from hostile_corpus import GENERATED, HOSTILE_SEEDS

    on_disk = {p.name for p in HOSTILE_SEEDS.iterdir() if p.suffix.lower() == ".txt"}
    assert on_disk | set(GENERATED) == {c.name for c in CASES}
    assert {c.outcome for c in CASES} == {"builds", "error"}


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_each_input_alone(case, tmp_path, capsys):
    seeds, out = tmp_path / "seeds", tmp_path / "docs"
    write_case(case.name, seeds)
    code = main(["build", "--seeds", str(seeds), "--out", str(out)])
    err = capsys.readouterr().err
    assert_no_traceback(err)
    if case.outcome == "error":
        assert code == 2, err
        assert err.startswith("error: ") and err.count("\n") == 1, err
        where = re.escape((seeds / case.named_file).as_posix())
        assert re.search(where + (rf":{case.line}\b" if case.line else r"\b"), err), err
        for word in case.words:
            assert word in err, (word, err)
        assert not out.exists() or not any(out.iterdir()), "a failed build wrote output"
    else:
        assert code == 0, err
        assert len(list((out / "articles").glob("*.md"))) == 1
        for word in case.warns:
            assert word in err, (word, err)


# --- the whole corpus at once, as a site -----------------------------------------------------------

@pytest.fixture(scope="module")
def hostile_site(hostile_build):
    """The corpus built as a site (conftest's ``hostile_build``), with its articles' ids."""
    project, done = hostile_build
    articles = json.loads((project / "docs" / "data" / "statements.json").read_text("utf-8"))
    ids = {Path(a["source"]).name: a["id"] for a in articles["articles"]}
    return project, done, ids


def article_html(project: Path, slug: str) -> str:
    return (project / "site" / "articles" / slug / "index.html").read_text("utf-8")


def test_keep_going_builds_the_rest_lists_failures_and_exits_non_zero(hostile_site):
    project, done, ids = hostile_site
    assert done.returncode == 1, done.stderr
    assert_no_traceback(done.stderr)
    errors = [line for line in done.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == len(ERRORS)
    for case in ERRORS:
        assert any(f"seeds/{case.named_file}" in line for line in errors), case.name
    assert sorted(ids) == sorted(c.name for c in BUILDS)
    assert (project / "site" / "index.html").exists()


@pytest.mark.parametrize("case", BUILDS, ids=lambda c: c.name)
def test_built_page_shows_the_input_as_text(hostile_site, case):
    project, done, ids = hostile_site
    page = article_html(project, ids[case.name])
    assert unsafe_markup(page) == []
    # the quote furniture the page adds after a closing mark (permalink, "— speaker") is not
    # part of the article's own text
    body = re.sub(r'<a class="bd-permalink"[^>]*>.*?</a>', "", page, flags=re.S)
    body = re.sub(r'<span class="bd-quote-by">(?:<span[^>]*>.*?</span>|.)*?</span>', "", body,
                  flags=re.S)
    text = visible_text(body)
    if case.title is not None:
        heading = re.search(r'<h1 class="bd-title">(.*?)</h1>', page, re.S).group(1)
        assert visible_text(heading).strip() == case.title
    for shown in case.shows:
        assert collapse(shown) in text, shown
    for word in case.warns:
        assert any(case.name in line and word in line for line in done.stderr.splitlines()), word


def test_no_page_of_the_site_carries_injected_markup(hostile_site):
    project, _, _ = hostile_site
    pages = sorted((project / "site").rglob("*.html"))
    assert len(pages) > len(BUILDS)
    for page in pages:
        assert unsafe_markup(page.read_text("utf-8")) == [], page


def test_article_urls_are_valid_unique_and_not_the_folder_index(hostile_site):
    _, _, ids = hostile_site
    assert all(SLUG.match(slug) for slug in ids.values()), ids
    assert len(set(ids.values())) == len(ids)
    assert ids["index.txt"] != "index"
    assert ids["???.txt"] == "artikel"


def test_article_urls_do_not_depend_on_the_working_folder(tmp_path, monkeypatch):
    seeds = write_corpus(tmp_path / "a" / "seeds", generated=False)
    absolute = assign_ids(discover_seeds(seeds))
    monkeypatch.chdir(tmp_path / "a")
    relative = assign_ids(discover_seeds(Path("seeds")))
    assert [absolute[p] for p in sorted(absolute)] == [relative[p] for p in sorted(relative)]


def _internal_links(page: Path, site: Path) -> list[str]:
    hrefs = re.findall(r'href="([^"#]*)', page.read_text("utf-8"))
    return [h for h in hrefs if h and not urlsplit(h).scheme and not h.startswith("//")]


@pytest.mark.parametrize("page", ["index.html", "chronology/index.html"])
def test_links_from_the_index_pages_reach_every_article(hostile_site, page):
    project, _, ids = hostile_site
    site = project / "site"
    source = site / page
    reached = set()
    for href in _internal_links(source, site):
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page), unquote(href)))
        path = site / target
        path = path / "index.html" if path.is_dir() else path
        assert path.is_file(), f"{page}: broken link {href}"
        if target.startswith("articles/"):
            reached.add(target.split("/")[1])
    assert set(ids.values()) <= reached
