"""Nothing lost, nothing half-written, and the same input always gives the same bytes."""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path

import pytest
from hostile_corpus import tree_digest, write_corpus
from sitebuild import ROOT, copy_project, run

import build_digest.output as output
from build_digest.cli import main

GOOD = "Judul Berita Baik\nJAKARTA - Menteri berkata \u201cKami siap.\u201d kepada wartawan.\n"


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.parent.iterdir()
                  if p.name.startswith(f".{folder.name}.") and p.name != folder.name)


@pytest.fixture
def built(tmp_path, capsys):
    """Seeds and a docs/ folder holding a good build plus a hand-written page."""
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        shutil.copyfile(seed, seeds / seed.name)
    docs.mkdir()
    (docs / "guide.md").write_text("# Panduan\n", encoding="utf-8")
    assert main(["build", "--seeds", str(seeds), "--out", str(docs)]) == 0
    capsys.readouterr()
    return seeds, docs


@pytest.mark.parametrize("bad", [b"", b"\x89PNG\r\n\x1a\n\x00\x00", b"Baca juga: x\n"])
def test_a_bad_seed_leaves_the_previous_docs_exactly_as_they_were(built, capsys, bad):
    seeds, docs = built
    before = tree_digest(docs)
    (seeds / "001_new.txt").write_text(GOOD, encoding="utf-8")  # a good change, not published
    (seeds / "zz_bad.txt").write_bytes(bad)
    assert main(["build", "--seeds", str(seeds), "--out", str(docs)]) == 2
    err = capsys.readouterr().err
    assert "zz_bad.txt" in err and "Traceback" not in err
    assert tree_digest(docs) == before
    assert leftovers(docs) == []


def test_a_bad_sidecar_leaves_the_previous_docs_exactly_as_they_were(built, capsys):
    seeds, docs = built
    before = tree_digest(docs)
    first = sorted(seeds.glob("*.txt"))[0]
    first.with_suffix(".yml").write_text("outlet: !!python/name:os.system\n", encoding="utf-8")
    assert main(["build", "--seeds", str(seeds), "--out", str(docs)]) == 2
    assert first.with_suffix(".yml").name in capsys.readouterr().err
    assert tree_digest(docs) == before


@pytest.mark.parametrize("fail_at", [1, 3])
def test_a_failure_while_writing_rolls_back(built, monkeypatch, fail_at):
    """A crash half-way through the swap (disk full, permissions) puts the old pages back."""
    seeds, docs = built
    before = tree_digest(docs)
    (seeds / "001_new.txt").write_text(GOOD, encoding="utf-8")
    real_replace = os.replace
    calls = {"n": 0}

    def flaky_replace(src, dst):
        ours = (str(docs), str(docs.parent / f".{docs.name}."))  # not the document cache's files
        if not any(str(p).startswith(ours) for p in (src, dst)):
            return real_replace(src, dst)
        calls["n"] += 1
        if calls["n"] == fail_at:
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(output.os, "replace", flaky_replace)
    with pytest.raises(OSError):
        main(["--debug", "build", "--seeds", str(seeds), "--out", str(docs)])
    monkeypatch.undo()
    assert tree_digest(docs) == before
    assert leftovers(docs) == []


def test_keep_going_publishes_the_good_seeds_only(built, capsys):
    seeds, docs = built
    (seeds / "001_new.txt").write_text(GOOD, encoding="utf-8")
    (seeds / "zz_bad.txt").write_bytes(b"")
    assert main(["build", "--keep-going", "--seeds", str(seeds), "--out", str(docs)]) == 1
    err = capsys.readouterr().err
    assert "zz_bad.txt" in err and "1 seed(s) failed" in err
    assert (docs / "articles" / "001-new.md").exists()
    assert not list((docs / "articles").glob("zz*"))
    assert (docs / "guide.md").read_text("utf-8") == "# Panduan\n"


# --- the site: a failed mkdocs build keeps the previous site/ ----------------------------------------

@pytest.fixture(scope="module")
def site_project(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("site") / "project")
    done = run([sys.executable, "-m", "build_digest", "site"], project)
    assert done.returncode == 0, done.stderr
    return project


@pytest.mark.slow
@pytest.mark.parametrize(("path", "addition"), [
    ("docs/rusak.md", "# Rusak\n\n[tautan](tidak-ada.md)\n"),  # --strict: a broken link
    ("mkdocs.yml", "theme: [unclosed\n"),                     # a config that is not YAML
    ("mkdocs.yml", "markdown_extensions:\n  - ekstensi_yang_tidak_ada\n"),  # unknown extension
])
def test_a_failed_mkdocs_build_keeps_the_previous_site(site_project, path, addition):
    target = site_project / path
    original = target.read_text("utf-8") if target.exists() else None
    before = tree_digest(site_project / "site")
    target.write_text((original or "") + addition, encoding="utf-8")
    try:
        done = run([sys.executable, "-m", "build_digest", "site"], site_project)
    finally:
        if original is None:
            target.unlink()
        else:
            target.write_text(original, encoding="utf-8")
    assert done.returncode in (1, 2) and "Traceback" not in done.stderr, done.stderr
    # either mkdocs itself or the site-configuration check before it names the problem
    assert "mkdocs" in done.stderr
    assert tree_digest(site_project / "site") == before
    assert leftovers(site_project / "site") == []


@pytest.mark.slow
def test_a_bad_seed_keeps_both_docs_and_site(site_project):
    docs_before = tree_digest(site_project / "docs")
    site_before = tree_digest(site_project / "site")
    bad = site_project / "seeds" / "zz_bad.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    try:
        done = run([sys.executable, "-m", "build_digest", "site"], site_project)
    finally:
        bad.unlink()
    assert done.returncode == 2 and "zz_bad.txt" in done.stderr
    assert tree_digest(site_project / "docs") == docs_before
    assert tree_digest(site_project / "site") == site_before


# --- determinism ----------------------------------------------------------------------------------

def _all_seeds(dest: Path) -> Path:
    write_corpus(dest, generated=False)
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        shutil.copyfile(seed, dest / seed.name)
    return dest


def test_two_builds_of_the_same_seeds_are_byte_identical(tmp_path, capsys):
    seeds = _all_seeds(tmp_path / "seeds")
    first, second = tmp_path / "one" / "docs", tmp_path / "two" / "docs"
    for out in (first, second):
        main(["build", "--keep-going", "--seeds", str(seeds), "--out", str(out)])
    capsys.readouterr()
    one, two = tree_digest(first), tree_digest(second)
    assert "data/statements.json" in one and len(one) > 30
    assert one == two


@pytest.mark.slow
def test_two_site_builds_in_different_folders_are_byte_identical(tmp_path):
    """Build step and mkdocs, in two project copies at different paths, built at different
    times: every file of site/ (sitemap and search index included) is the same."""
    seeds = _all_seeds(tmp_path / "seeds")
    sites = []
    for name in ("first", "second-copy"):
        project = copy_project(tmp_path / name / "project", seeds)
        env_free = run([sys.executable, "-m", "build_digest", "site", "--keep-going"], project)
        assert env_free.returncode == 1 and "Traceback" not in env_free.stderr
        sites.append(tree_digest(project / "site"))
    assert "sitemap.xml.gz" in sites[0] and "feed.xml" in sites[0]
    assert any(p.startswith("pagefind/") for p in sites[0])
    # Pagefind (a separate binary) writes its filter chunks in an order that varies run to run;
    # their content-hashed names, the meta file listing them and the entry file naming the meta
    # are the only files that differ. Pages, sitemap, JSON and search fragments are compared.
    varies = re.compile(r"pagefind/(filter/.*\.pf_filter|pagefind\..*\.pf_meta|pagefind-entry\.json)$")
    ours = [{p: h for p, h in site.items() if not varies.match(p)} for site in sites]
    assert len(ours[0]) > 100
    assert sorted(ours[0]) == sorted(ours[1])
    assert [p for p in ours[0] if ours[0][p] != ours[1][p]] == []
