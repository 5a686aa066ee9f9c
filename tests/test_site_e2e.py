"""End to end: the build step and `mkdocs build --strict` on a copy, then the built HTML."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from sitebuild import ROOT, build_site, build_step, copy_project

HOSTILE_SEED = (
    "Judul <script>alert('judul')</script> Berita\n"
    "JAKARTA - Seorang pejabat berkata <script>alert('isi')</script> dan "
    "<img src=x onerror=alert(1)> { onclick=alert(2) } {{ config.site_name }}.\n"
    "!!! danger \"Admonisi palsu\"\n"
    "---\ntitle: palsu\n---\n"
)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    project = tmp_path_factory.mktemp("project")
    seeds = tmp_path_factory.mktemp("seeds")
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        (seeds / seed.name).write_bytes(seed.read_bytes())
    (seeds / "zz_hostile.txt").write_text(HOSTILE_SEED, encoding="utf-8")
    copy_project(project, seeds)
    build_site(project)
    return project


def page(site: Path, slug: str) -> str:
    return (site / "site" / "articles" / slug / "index.html").read_text("utf-8")


def test_one_page_per_seed(site):
    seeds = sorted(p.stem for p in (site / "seeds").glob("*.txt"))
    built = sorted(p.name for p in (site / "site" / "articles").iterdir() if p.is_dir())
    assert built == [s.replace("_", "-") for s in seeds]


def test_metadata_block_shown(site):
    html = page(site, "003-bc52a67e33c93302")
    meta = re.search(r'<dl class="bd-meta".*?</dl>', html, re.S).group(0)
    for value in ("Kontan", "Istanbul", "Anadolu Agency", "Handoyo"):
        assert value in meta


def test_boilerplate_gone_from_pages(site):
    html = page(site, "000-af23a4dddb6b05e9")
    body = re.search(r'<div class="bd-body".*?</div>', html, re.S).group(0)
    assert "Baca Juga" not in body and "Terpopuler" not in body
    assert "Museum dan Rumah Singgah" not in html


def test_script_in_seed_is_shown_as_text(site):
    html = page(site, "zz-hostile")
    assert "<script>alert(" not in html and "<img src=x" not in html
    assert 'class="admonition' not in html
    text = re.sub(r"<[^>]+>", "", html)
    assert "alert(&#39;isi&#39;)" in text or "alert(&#x27;isi&#x27;)" in text or "alert('isi')" in text
    assert "{{ config.site_name }}" in re.sub(r"&#(\d+);", lambda m: chr(int(m[1])), text)


def test_home_lists_articles_and_json_download(site):
    html = (site / "site" / "index.html").read_text("utf-8")
    assert html.count('class="bd-article-item"') == 6
    data = json.loads((site / "site" / "data" / "statements.json").read_text("utf-8"))
    assert len(data["articles"]) == 6


def test_rebuild_removes_pages_of_deleted_seeds(site):
    (site / "seeds" / "zz_hostile.txt").unlink()
    done = build_step(site)
    assert done.returncode == 0, done.stderr
    assert not (site / "docs" / "articles" / "zz-hostile.md").exists()
    assert (site / "docs" / "guide.md").exists()  # hand-written page untouched
