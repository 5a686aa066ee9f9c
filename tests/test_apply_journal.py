"""A rebuild changes only the files it rendered, and never leaves docs/ half changed: a failure
before the apply leaves it untouched, a failure during the apply is rolled back at once, and a
build killed during the apply is rolled back by the next build."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hostile_corpus import tree_digest
from sitebuild import ROOT

import build_digest.build as build_module
from build_digest import journal, output, uptodate
from build_digest.build import build
from build_digest.cli import main

EXTRA = "\nKalimat tambahan tentang cuaca di Jakarta.\n"


def _files(docs: Path) -> dict[str, tuple[int, int]]:
    """Every file below ``docs`` -> (inode, modification time): what says it was not touched."""
    return {p.relative_to(docs).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
            for p in docs.rglob("*") if p.is_file()}


def _leftovers(docs: Path) -> list[str]:
    return sorted(p.name for p in docs.parent.iterdir() if p.name.startswith(f".{docs.name}."))


@pytest.fixture
def project(tmp_path):
    """Seeds, a docs/ folder with a hand-written page, built once with a cache."""
    seeds, docs, cache = tmp_path / "seeds", tmp_path / "docs", tmp_path / "cache"
    seeds.mkdir()
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        shutil.copyfile(seed, seeds / seed.name)
    docs.mkdir()
    (docs / "guide.md").write_text("# Panduan\n", encoding="utf-8")
    assert not build(seeds, docs, cache_dir=cache).failures
    return seeds, docs, cache


def _fresh(seeds: Path, out: Path) -> dict[str, str]:
    build(seeds, out)
    return {k: v for k, v in tree_digest(out).items() if k != output.MANIFEST}


def _ours(docs: Path) -> dict[str, str]:
    return {k: v for k, v in tree_digest(docs).items() if k not in (output.MANIFEST, "guide.md")}


def test_a_rebuild_touches_only_the_files_it_rendered(project, tmp_path):
    seeds, docs, cache = project
    before = _files(docs)
    edited = sorted(seeds.glob("*.txt"))[1]
    edited.write_text(edited.read_text("utf-8") + EXTRA, "utf-8")
    again = build(seeds, docs, cache_dir=cache)
    after = _files(docs)
    changed = {rel for rel in after if after[rel] != before.get(rel)}
    assert f"articles/{edited.stem.replace('_', '-')}.md" in changed
    assert changed - {output.MANIFEST} == set(again.rendered)  # one file per group here
    assert len(changed) < len(after) // 2
    assert _ours(docs) == _fresh(seeds, tmp_path / "fresh" / "docs")
    assert _leftovers(docs) == []


def test_pages_of_deleted_seeds_and_stray_files_in_generated_folders_go(project, tmp_path):
    seeds, docs, cache = project
    gone = sorted(seeds.glob("*.txt"))[0]
    gone.unlink()
    (docs / "articles" / "tersesat.md").write_text("# bukan dari build\n", "utf-8")
    build(seeds, docs, cache_dir=cache)
    assert not (docs / "articles" / f"{gone.stem.replace('_', '-')}.md").exists()
    assert not (docs / "articles" / "tersesat.md").exists()
    assert (docs / "guide.md").read_text("utf-8") == "# Panduan\n"  # hand-written: kept
    assert _ours(docs) == _fresh(seeds, tmp_path / "fresh" / "docs")


def test_an_error_while_rendering_leaves_docs_untouched(project, monkeypatch):
    seeds, docs, cache = project
    before, digests = _files(docs), tree_digest(docs)
    edited = sorted(seeds.glob("*.txt"))[2]
    edited.write_text(edited.read_text("utf-8") + EXTRA, "utf-8")
    real = build_module.render_article

    def failing(doc, ctx):
        if doc.source.endswith(edited.name):
            raise RuntimeError("a bug in a renderer")
        return real(doc, ctx)

    monkeypatch.setattr(build_module, "render_article", failing)
    with pytest.raises(RuntimeError):
        build(seeds, docs, cache_dir=cache)
    assert _files(docs) == before and tree_digest(docs) == digests
    assert _leftovers(docs) == []


def _edit(seeds: Path, undo: bool = False) -> None:
    """Append a sentence to one article and delete another (or undo both): the apply then
    replaces, adds and removes files."""
    edited, gone = sorted(seeds.glob("*.txt"))[1], seeds / "000_af23a4dddb6b05e9.txt"
    if undo:
        edited.write_text(edited.read_text("utf-8").removesuffix(EXTRA), "utf-8")
        shutil.copyfile(ROOT / "seeds" / gone.name, gone)
    else:
        edited.write_text(edited.read_text("utf-8") + EXTRA, "utf-8")
        gone.unlink()


def _failing_steps(monkeypatch, docs: Path, fail_at: int | None) -> dict[str, int]:
    """Count the apply's steps (links and renames touching the output, its journal, staging
    and trash) from now on; step ``fail_at`` fails as a full disk would."""
    ours = (str(docs), str(docs.parent / f".{docs.name}."))
    calls = {"n": 0}

    def wrap(real):
        def step(src, dst, *args, **kwargs):
            if any(str(p).startswith(ours) for p in (src, dst)):
                calls["n"] += 1
                if calls["n"] == fail_at:
                    raise OSError(28, "No space left on device")
            return real(src, dst, *args, **kwargs)
        return step

    monkeypatch.setattr(os, "replace", wrap(os.replace))
    monkeypatch.setattr(os, "link", wrap(os.link))
    return calls


@pytest.mark.parametrize("fail_at", ["first", "second", "third", "middle", "last"])
def test_an_error_during_the_apply_is_rolled_back_at_once(project, monkeypatch, fail_at):
    """A step of the apply fails (disk full): every file is back, the very same file."""
    seeds, docs, cache = project
    _edit(seeds)
    counted = _failing_steps(monkeypatch, docs, None)
    build(seeds, docs, cache_dir=cache)
    monkeypatch.undo()
    total = counted["n"]
    assert total >= 6  # the journal, then links, renames and removals
    _edit(seeds, undo=True)
    build(seeds, docs, cache_dir=cache)
    before = _files(docs)
    _edit(seeds)
    at = {"first": 1, "second": 2, "third": 3, "middle": total // 2, "last": total}[fail_at]
    _failing_steps(monkeypatch, docs, at)
    with pytest.raises(OSError):
        build(seeds, docs, cache_dir=cache)
    monkeypatch.undo()
    assert _files(docs) == before
    assert _leftovers(docs) == []


KILLER = """
import os, sys
from build_digest.cli import main
docs, kill_after = sys.argv[1], int(sys.argv[2])
ours = (docs, os.path.join(os.path.dirname(docs), "." + os.path.basename(docs) + "."))
steps = 0
def wrap(real):
    def step(src, dst, *args, **kwargs):
        global steps
        result = real(src, dst, *args, **kwargs)
        if any(str(p).startswith(ours) for p in (src, dst)):
            steps += 1
            if steps == kill_after:
                os._exit(9)  # killed: no clean-up, no roll-back
        return result
    return step
os.replace, os.link = wrap(os.replace), wrap(os.link)
code = main(["build", "--seeds", sys.argv[3], "--out", docs])
print("steps", steps)
sys.exit(code)
"""


def _killed_build(seeds: Path, docs: Path, cache: Path, kill_after: int
                  ) -> subprocess.CompletedProcess:
    """A build in its own process, killed after step ``kill_after`` of its apply (0: never)."""
    env = {**os.environ, "BUILD_DIGEST_CACHE": str(cache), "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", KILLER, str(docs), str(kill_after), str(seeds)],
                          env=env, capture_output=True, text=True, timeout=300)


def test_a_build_killed_during_the_apply_is_rolled_back_by_the_next(project, monkeypatch,
                                                                    tmp_path, capsys):
    seeds, docs, cache = project
    _edit(seeds)
    done = _killed_build(seeds, docs, cache, 0)
    assert done.returncode == 0, done.stderr
    steps = int(done.stdout.split()[-1])
    assert steps >= 6
    _edit(seeds, undo=True)
    assert _killed_build(seeds, docs, cache, 0).returncode == 0
    _edit(seeds)
    for kill_after in sorted({1, 2, 3, steps // 2, steps - 1}):
        before, digests = _files(docs), tree_digest(docs)
        killed = _killed_build(seeds, docs, cache, kill_after)
        assert killed.returncode == 9, killed.stderr
        assert journal.pending(docs), kill_after  # step 1 writes it
        if kill_after > 2:  # step 2 may be a link only
            assert _files(docs) != before, kill_after  # killed half-way
        journal.recover(docs)  # what the next build does first
        assert _files(docs) == before and tree_digest(docs) == digests, kill_after
        assert _leftovers(docs) == []
    killed = _killed_build(seeds, docs, cache, steps - 1)
    assert killed.returncode == 9 and journal.pending(docs)
    monkeypatch.setenv("BUILD_DIGEST_CACHE", str(cache))
    assert main(["build", "--seeds", str(seeds), "--out", str(docs)]) == 0
    capsys.readouterr()
    assert _ours(docs) == _fresh(seeds, tmp_path / "fresh" / "docs")
    assert (docs / "guide.md").read_text("utf-8") == "# Panduan\n"
    assert _leftovers(docs) == []


def test_the_up_to_date_check_never_trusts_an_output_with_a_journal(project, monkeypatch):
    seeds, docs, cache = project
    assert main(["build", "--seeds", str(seeds), "--out", str(docs)]) == 0  # the stamp
    monkeypatch.setenv("BUILD_DIGEST_CACHE", str(cache))
    assert main(["build", "--seeds", str(seeds), "--out", str(docs)]) == 0
    assert uptodate.unchanged(seeds, docs, False, cache)[0] is not None
    journal.side_path(docs, "journal").write_text('{"version": 1, "ops": [], "made": []}')
    assert uptodate.unchanged(seeds, docs, False, cache)[0] is None
    assert main(["build", "--seeds", str(seeds), "--out", str(docs)]) == 0
    assert not journal.pending(docs)
