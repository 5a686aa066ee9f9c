"""Work done on every core (related statements, pages) gives what one process gives."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import SEED_FILES
from hostile_corpus import tree_digest

import build_digest.output as output
from build_digest.build import build
from build_digest.corpus import load_corpus
from build_digest.pagegroups import PageGroup
from build_digest.related import step


def _seeds(dest: Path, copies: int) -> Path:
    dest.mkdir()
    for copy in range(copies):
        for seed in SEED_FILES:
            shutil.copy(seed, dest / f"{copy}_{seed.name}")
    return dest


def test_pages_written_by_workers_are_the_serial_pages(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch):
    seeds = _seeds(tmp_path / "seeds", 3)
    monkeypatch.setenv("BUILD_DIGEST_JOBS", "1")
    build(seeds, tmp_path / "serial" / "docs")
    monkeypatch.setenv("BUILD_DIGEST_JOBS", "2")
    monkeypatch.setattr(output, "PARALLEL_PAGES", 2)
    used = []
    real = output._write_on_every_core
    monkeypatch.setattr(output, "_write_on_every_core",
                        lambda groups, staging: used.append(real(groups, staging)) or used[-1])
    build(seeds, tmp_path / "pooled" / "docs")
    assert used and len(used[0]) > 15  # the workers wrote every group
    assert tree_digest(tmp_path / "pooled" / "docs") == tree_digest(tmp_path / "serial" / "docs")


def _groups(paths: list[str]) -> list[PageGroup]:
    return [PageGroup(f"g{i}", lambda i=i, rel=rel: {rel: f"page {i}\n"})
            for i, rel in enumerate(paths)]


def test_two_groups_writing_one_file_leave_it_to_the_later(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("BUILD_DIGEST_JOBS", "2")
    monkeypatch.setattr(output, "PARALLEL_PAGES", 2)
    paths = [f"a/p{i}.md" for i in range(40)] + ["a/p3.md"]
    output.write_groups(tmp_path / "docs", _groups(paths))
    assert (tmp_path / "docs" / "a" / "p3.md").read_text() == "page 40\n"
    assert len(list((tmp_path / "docs" / "a").iterdir())) == 40


def test_a_failing_page_fails_the_build_as_in_one_process(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("BUILD_DIGEST_JOBS", "2")
    monkeypatch.setattr(output, "PARALLEL_PAGES", 2)

    def broken() -> dict[str, str]:
        raise ValueError("bad page")

    groups = [*_groups([f"a/p{i}.md" for i in range(30)]), PageGroup("bad", broken)]
    with pytest.raises(ValueError, match="bad page"):
        output.write_groups(tmp_path / "docs", groups)
    assert not (tmp_path / ".docs.staging").exists()


def test_related_links_found_by_workers_are_the_serial_links(tmp_path: Path, lex,
                                                             monkeypatch: pytest.MonkeyPatch):
    paths = sorted(_seeds(tmp_path / "seeds", 3).glob("*.txt"))

    def links() -> list:
        docs = load_corpus(paths, lex=lex).docs
        return [(d.id, d.related, [q.attrs for q in d.quotes]) for d in docs]

    monkeypatch.setenv("BUILD_DIGEST_JOBS", "1")
    serial = links()
    assert sum(len(related) for _id, related, _attrs in serial) > 20
    monkeypatch.setenv("BUILD_DIGEST_JOBS", "2")
    monkeypatch.setattr(step, "PARALLEL_QUOTES", 2)
    calls = []
    real = step.fork_map
    monkeypatch.setattr(step, "fork_map", lambda *a, **k: calls.append(1) or real(*a, **k))
    assert links() == serial
    assert len(calls) == 2  # same statements and related ones, each on two workers
