"""Shared fixtures: the seed corpus and documents made from small texts."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from build_digest.doc import Document
from build_digest.ingest import load_document
from build_digest.lexicon import Lexicon, load_lexicon
from build_digest.steps.speechlex import SpeechLexicon, speech_lexicon

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="session")
def lex() -> Lexicon:
    return load_lexicon()


@pytest.fixture(scope="session")
def sl_id(lex: Lexicon) -> SpeechLexicon:
    """The Indonesian speech lexicon."""
    return speech_lexicon(lex, "id")


@pytest.fixture(scope="session")
def sl_en(lex: Lexicon) -> SpeechLexicon:
    """The English speech lexicon."""
    return speech_lexicon(lex, "en")


@pytest.fixture(scope="session")
def seed_docs(lex: Lexicon) -> dict[str, Document]:
    """Every seed, annotated, keyed by its file name's three-digit prefix ("000" ...)."""
    return {p.name[:3]: load_document(p, lex=lex) for p in SEED_FILES}


@pytest.fixture
def make_doc(tmp_path: Path, lex: Lexicon) -> Callable[..., Document]:
    """Write a text (or bytes) to a seed file, optionally with a sidecar, and load it."""
    def make(content: str | bytes, name: str = "article.txt", sidecar: str | None = None
             ) -> Document:
        path = tmp_path / name
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        if sidecar is not None:
            path.with_suffix(".yml").write_text(sidecar, encoding="utf-8")
        return load_document(path, lex=lex)
    return make


def speakers(doc: Document) -> list[str | None]:
    """The speaker of each quote of ``doc``, in order."""
    return [q.speaker for q in doc.quotes]


def visible_text(doc: Document) -> str:
    """The body text as paragraphs, one per line."""
    return "\n".join(doc.text[s.start:s.end] for s in sorted(doc.spans_of("paragraph"),
                                                              key=lambda s: s.start))


@pytest.fixture(scope="session")
def reader_site(tmp_path_factory) -> Path:
    """The full published site (seeds + tests/site_articles), built once per session."""
    from sitebuild import reader_site as build_reader_site

    return build_reader_site(tmp_path_factory.mktemp("reader"))


@pytest.fixture(scope="session")
def hostile_build(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """The hostile corpus built once per session with `python -m build_digest site --keep-going`
    in a project copy: (project, finished process). Shared by the text and the browser checks."""
    from hostile_corpus import write_corpus
    from sitebuild import copy_project, run

    base = tmp_path_factory.mktemp("hostile")
    project = copy_project(base / "project", write_corpus(base / "seeds"))
    done = run([sys.executable, "-m", "build_digest", "site", "--keep-going"], project)
    return project, done


@pytest.fixture(scope="session")
def base_url(reader_site: Path) -> Iterator[str]:
    """The reader's site served on loopback."""
    from browser_support import serve

    with serve(reader_site) as url:
        yield url


@pytest.fixture(scope="session")
def chromium() -> Iterator[object]:
    """One Chromium for every browser test of the session."""
    from browser_support import browser

    with browser() as instance:
        yield instance
