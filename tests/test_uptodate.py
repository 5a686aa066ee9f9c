"""The build command skips a build when neither its inputs nor its output changed, and only then."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hostile_corpus import tree_digest
from sitebuild import ROOT

import build_digest.build
import build_digest.uptodate as uptodate
from build_digest.cli import main


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A project (seeds, mkdocs.yml) built once by the command, with a cache; cwd is inside it."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copy2(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("BUILD_DIGEST_CACHE", str(tmp_path / "cache"))
    assert main(["build"]) == 0
    return tmp_path


@pytest.fixture
def builds(monkeypatch):
    """How many times the build step itself runs."""
    calls: list[int] = []
    real = build_digest.build.build

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(build_digest.build, "build", counting)
    return calls


def _stderr(capsys) -> list[str]:
    return capsys.readouterr().err.splitlines()


def test_nothing_changed_skips_the_build_and_reports_as_a_build_does(project, builds, capsys):
    seed = sorted((project / "seeds").glob("*.txt"))[0]
    shutil.copy2(seed, project / "seeds" / "zz_salinan.txt")  # same text: a warning
    assert main(["build"]) == 0
    uptodate.stamp_path(project / "cache", Path("docs")).unlink()  # cannot skip, keeps every page
    capsys.readouterr()
    assert main(["build"]) == 0
    built = _stderr(capsys)
    before = tree_digest(project / "docs")
    assert main(["build"]) == 0
    skipped = _stderr(capsys)
    assert builds == [1, 1]
    assert skipped == built
    assert any(line.startswith("warning: ") and "zz_salinan" in line for line in built)
    assert tree_digest(project / "docs") == before


def _fresh(project: Path, tmp_path: Path, monkeypatch) -> dict[str, str]:
    """docs/ as a build without cache writes it in a copy of the project."""
    other = tmp_path / "fresh"
    shutil.copytree(project / "seeds", other / "seeds")
    shutil.copy2(project / "mkdocs.yml", other / "mkdocs.yml")
    with monkeypatch.context() as patch:
        patch.chdir(other)
        assert main(["build", "--no-cache"]) == 0
    return tree_digest(other / "docs")


def test_an_edited_seed_is_built_and_gives_what_a_fresh_build_gives(project, builds, tmp_path,
                                                                      monkeypatch):
    seed = sorted((project / "seeds").glob("*.txt"))[1]
    seed.write_text(seed.read_text("utf-8") + "\nKalimat tambahan tentang banjir di Bekasi.\n",
                    "utf-8")
    assert main(["build"]) == 0
    assert builds == [1]
    fresh = _fresh(project, tmp_path, monkeypatch)
    mine = tree_digest(project / "docs")
    assert {k: v for k, v in mine.items() if k != ".build_digest.json"} == \
        {k: v for k, v in fresh.items() if k != ".build_digest.json"}
    assert main(["build"]) == 0  # and then nothing changed again
    assert builds == [1, 1]  # the edit's build and the fresh one


def test_a_build_without_the_cache_lets_the_next_build_skip(project, builds, capsys):
    seed = sorted((project / "seeds").glob("*.txt"))[1]
    seed.write_text(seed.read_text("utf-8") + "\nKalimat tambahan tentang banjir di Bekasi.\n",
                    "utf-8")
    assert main(["build", "--no-cache"]) == 0  # the cache's stamp is of the seed before the edit
    capsys.readouterr()
    docs = tree_digest(project / "docs")
    assert main(["build"]) == 0
    assert builds == [1]  # the second one was skipped: docs/ is what these seeds give
    assert tree_digest(project / "docs") == docs
    assert "built " in _stderr(capsys)[-1]
    seed.write_text(seed.read_text("utf-8") + "Satu kalimat lagi.\n", "utf-8")
    assert main(["build"]) == 0
    assert builds == [1, 1]


def test_builds_into_other_folders_keep_their_own_stamps(project, builds):
    assert main(["build", "--out", "docs2"]) == 0
    assert main(["build"]) == 0
    assert main(["build", "--out", "docs2"]) == 0
    assert builds == [1]


def test_a_new_sidecar_is_an_input(project, builds):
    seed = sorted((project / "seeds").glob("*.txt"))[0]
    seed.with_suffix(".yaml").write_text("outlet: Warta Senja\n", "utf-8")
    assert main(["build"]) == 0
    assert builds == [1]


@pytest.mark.parametrize("change", ["touched", "deleted", "added"])
def test_a_changed_output_is_built_again(project, builds, change):
    page = sorted((project / "docs" / "articles").glob("*.md"))[0]
    before = tree_digest(project / "docs")
    if change == "touched":
        page.write_text(page.read_text("utf-8"), "utf-8")
    elif change == "deleted":
        page.unlink()
    else:
        (page.parent / "tambahan.md").write_text("ditulis tangan\n", "utf-8")
    assert main(["build"]) == 0
    assert builds == [1]
    assert tree_digest(project / "docs") == before


def test_code_language_data_and_site_config_are_inputs(project, monkeypatch, tmp_path):
    seeds, out = Path("seeds"), Path("docs")  # as the command was given them
    cache = project / "cache"
    assert uptodate.unchanged(seeds, out, False, cache)[0] is not None
    assert uptodate.unchanged(seeds, out, True, cache)[0] is None  # other arguments
    assert uptodate.unchanged(project / "seeds", out, False, cache)[0] is None  # shown otherwise
    package = tmp_path / "package"
    shutil.copytree(ROOT / "build_digest" / "data", package / "data")
    with monkeypatch.context() as patch:
        patch.setattr(uptodate, "PACKAGE_DIR", package)
        assert uptodate.unchanged(seeds, out, False, cache)[0] is not None  # the same data, copied
        data = sorted((package / "data").rglob("*.yaml"))[-1]
        data.write_text(data.read_text("utf-8") + "\n", "utf-8")
        assert uptodate.unchanged(seeds, out, False, cache)[0] is None
    with monkeypatch.context() as patch:
        patch.setattr(uptodate, "code_fingerprint", lambda: "other code")
        assert uptodate.unchanged(seeds, out, False, cache)[0] is None
    assert uptodate.unchanged(seeds, out, False, cache)[0] is not None
    config = project / "mkdocs.yml"
    config.write_text(config.read_text("utf-8") + "# site_url to come\n", "utf-8")
    assert uptodate.unchanged(seeds, out, False, cache)[0] is None


def test_after_a_rebuild_the_stamp_records_every_output_file_walking_the_output_once(
        project, monkeypatch):
    """The build stats only the files it wrote or removed; the stamp is what a walk finds."""
    seeds = project / "seeds"
    first, second = sorted(seeds.glob("*.txt"))[:2]
    first.write_text(first.read_text("utf-8") + "\nKalimat tambahan.\n", "utf-8")
    second.unlink()
    (seeds / "zz_baru.txt").write_text(
        "Judul Baru\nJAKARTA - Menteri berkata \u201cKami siap bekerja sama.\u201d kepada "
        "wartawan.\n", "utf-8")
    walks: list[list[str]] = []
    real = uptodate._owned_files

    def walking(out, roots):
        walks.append(roots)
        return real(out, roots)

    with monkeypatch.context() as patch:
        patch.setattr(uptodate, "_owned_files", walking)
        assert main(["build"]) == 0
    assert walks == []  # the inputs changed: the output is not walked at all
    record = uptodate.read_stamp(project / "cache", Path("docs"))
    assert record["outputs"] == uptodate._owned_files(project / "docs", record["roots"])
    assert "articles/zz-baru.md" in record["outputs"]
    assert f"articles/{second.stem.replace('_', '-')}.md" not in record["outputs"]
    assert uptodate.unchanged(Path("seeds"), Path("docs"), False, project / "cache")[0] is not None


def test_an_output_changed_by_hand_before_an_edit_is_recorded_by_the_next_build(project, builds):
    """The build after an edit takes the output as the last build recorded it: a page touched
    by hand in between makes the next build build (and record it), then builds are skipped."""
    seed = sorted((project / "seeds").glob("*.txt"))[0]
    page = sorted((project / "docs" / "articles").glob("*.md"))[-1]
    page.write_text(page.read_text("utf-8"), "utf-8")
    seed.write_text(seed.read_text("utf-8") + "\nKalimat tambahan.\n", "utf-8")
    assert main(["build"]) == 0
    assert main(["build"]) == 0
    assert builds == [1, 1]
    assert main(["build"]) == 0
    assert builds == [1, 1]
    record = uptodate.read_stamp(project / "cache", Path("docs"))
    assert record["outputs"] == uptodate._owned_files(project / "docs", record["roots"])
