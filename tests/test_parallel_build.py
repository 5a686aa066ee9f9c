"""Work done on every core (related statements) gives what one process gives."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import SEED_FILES

from build_digest.corpus import load_corpus
from build_digest.related import step


def _seeds(dest: Path, copies: int) -> Path:
    dest.mkdir()
    for copy in range(copies):
        for seed in SEED_FILES:
            shutil.copy(seed, dest / f"{copy}_{seed.name}")
    return dest


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
