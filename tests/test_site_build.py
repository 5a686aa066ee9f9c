"""`build_digest site` in this process: the build step is skipped when nothing changed, and the
site it publishes is the same as after a full build."""

from __future__ import annotations

import gzip
import os
import re
import subprocess
import sys

import pytest
from hostile_corpus import tree_digest
from sitebuild import copy_project

from build_digest.publish import SiteBuildError, build_site, source_date_epoch
from build_digest.sitepass import SitePass

# Pagefind writes its filter chunks (and so the meta and entry files naming them) in an order
# that varies run to run; every other file must be the same.
VARIES = re.compile(r"pagefind/(filter/.*\.pf_filter|pagefind\..*\.pf_meta|pagefind-entry\.json)$")


def stable(site):
    return {p: h for p, h in tree_digest(site).items() if not VARIES.match(p)}


@pytest.fixture
def project(tmp_path, monkeypatch):
    project = copy_project(tmp_path / "project")
    monkeypatch.chdir(project)
    return project


def site_of(project, **kwargs):
    return build_site(project, project / "seeds", project / "docs", project / "site",
                      cache_dir=project / ".cache", **kwargs)


def test_unchanged_seeds_reuse_the_build_step(project):
    first = site_of(project)
    before = stable(project / "site")
    assert not first.reused and first.articles == 5 and first.newest is not None
    timings: dict[str, float] = {}
    again = site_of(project, timings=timings)
    assert again.reused and "build step (nothing changed)" in timings
    assert (again.articles, again.warnings, again.newest) == (first.articles, first.warnings,
                                                              first.newest)
    assert stable(project / "site") == before  # sitemap date and search index included
    sitemap = gzip.decompress((project / "site" / "sitemap.xml.gz").read_bytes()).decode()
    assert f"<lastmod>{first.newest.isoformat()}</lastmod>" in sitemap

    seed = next((project / "seeds").glob("000_*.txt"))
    seed.write_text(seed.read_text("utf-8").replace("Moskow mengapresiasi",
                                                   "Moskow MENGAPRESIASI"), "utf-8")
    edited = site_of(project)
    assert not edited.reused
    assert "MENGAPRESIASI" in (project / "site" / "articles" / seed.stem.replace("_", "-")
                               / "index.html").read_text("utf-8")


def test_an_article_page_without_its_search_mark_fails_the_build(project):
    site_of(project)
    before = tree_digest(project / "site")
    template = project / "overrides" / "main.html"
    template.write_text(template.read_text("utf-8").replace("<div data-pagefind-body>", "<div>"),
                        "utf-8")
    with pytest.raises(SiteBuildError, match="an article page without data-pagefind-body"):
        site_of(project)
    assert tree_digest(project / "site") == before
    assert sorted(p.name for p in project.iterdir() if p.name.startswith(".site.")) == []


def test_the_site_is_what_mkdocs_build_writes_with_the_articles_first(project, monkeypatch):
    """MkDocs runs in its own order here (build_digest.mkdocs_run): every file but the search
    bundle is the one `mkdocs build` writes, and the articles come before the other pages, so
    Pagefind writes its bundle while MkDocs goes on."""
    events: list[str] = []
    real_page, real_sent = SitePass.page, SitePass.articles_sent

    def page(self, rel, html, is_article):
        events.append(rel)
        return real_page(self, rel, html, is_article)

    def articles_sent(self):
        events.append("<articles sent>")
        return real_sent(self)

    monkeypatch.setattr(SitePass, "page", page)
    monkeypatch.setattr(SitePass, "articles_sent", articles_sent)
    first = site_of(project)
    cut = events.index("<articles sent>")
    assert cut == 5 and all(rel.startswith("articles/") for rel in events[:cut])
    assert not any(rel.startswith("articles/") for rel in events[cut + 1:])
    assert {"index.html", "chronology/index.html", "speakers/index.html"} <= set(events[cut:])

    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(project),
           "SOURCE_DATE_EPOCH": str(source_date_epoch(first.newest))}
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir",
                           "site-mkdocs"], cwd=project, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    ours = {p: h for p, h in tree_digest(project / "site").items()
            if not p.startswith("pagefind/")}
    assert ours == tree_digest(project / "site-mkdocs")


def test_links_to_missing_anchors_fail_the_build_when_their_level_is_shown(project):
    """The site build skips MkDocs' anchor check only where its verdicts are not shown (info,
    and the link check finds such a link anyway); set to warn, MkDocs' check fails the strict
    build as in `mkdocs build`."""
    guide = project / "docs" / "guide.md"
    guide.write_text(guide.read_text("utf-8") + "\nLihat [skema](schema.md#tidak-ada).\n",
                     "utf-8")
    with pytest.raises(SiteBuildError) as failure:
        site_of(project)
    assert "broken internal link" in str(failure.value)
    assert "schema/#tidak-ada (no element with id 'tidak-ada'" in str(failure.value)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace(
        "validation:\n", "validation:\n  anchors: warn\n"), "utf-8")
    with pytest.raises(SiteBuildError) as failure:
        site_of(project)
    assert "does not contain an anchor '#tidak-ada'" in str(failure.value)
