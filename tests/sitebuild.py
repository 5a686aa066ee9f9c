"""Build a throwaway copy of the project (seeds + extra articles) into a real site."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT_FILES = ["mkdocs.yml", "overrides", "build_digest", "docs/assets", "docs/guide.md",
                 "docs/schema.md"]


def copy_project(dest: Path, seeds: Path | None = None) -> Path:
    """A copy of the project at ``dest`` with the given seeds (default: the real seeds)."""
    for name in PROJECT_FILES:
        src, dst = ROOT / name, dest / name
        dst.parent.mkdir(parents=True, exist_ok=True)
        if src.is_dir():
            shutil.copytree(src, dst, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(src, dst)
    shutil.copytree(seeds or ROOT / "seeds", dest / "seeds")
    return dest


# A guard against a hung build, not a speed check (speed lives in benchmarks/): generous, since a
# CI machine's two cores may be shared. BUILD_DIGEST_TEST_TIMEOUT (seconds) overrides it.
TIMEOUT = int(os.environ.get("BUILD_DIGEST_TEST_TIMEOUT", "1800"))


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(cwd)}
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT)


def build_step(project: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return run([sys.executable, "-m", "build_digest", "build", *extra], project)


def mkdocs_build(project: Path) -> subprocess.CompletedProcess[str]:
    return run([sys.executable, "-m", "mkdocs", "build", "--strict"], project)


def build_site(project: Path) -> Path:
    """Build step then ``mkdocs build --strict``; fail loudly with their output."""
    for step in (build_step, mkdocs_build):
        done = step(project)
        if done.returncode != 0:
            raise AssertionError(f"{step.__name__} failed:\n{done.stdout}\n{done.stderr}")
    return project / "site"


SITE_ARTICLES = ROOT / "tests" / "site_articles"


def site_command(project: Path) -> Path:
    """``python -m build_digest site`` (build step, mkdocs, Pagefind, link check) on ``project``."""
    done = run([sys.executable, "-m", "build_digest", "site"], project)
    if done.returncode != 0:
        raise AssertionError(f"build_digest site failed:\n{done.stdout}\n{done.stderr}")
    return project / "site"


def reader_site(dest: Path) -> Path:
    """The published site of the seeds plus the test articles of tests/site_articles/."""
    seeds = dest / "seed-corpus"
    seeds.mkdir(parents=True)
    for source in (ROOT / "seeds", SITE_ARTICLES):
        for path in sorted(source.iterdir()):
            if path.suffix in (".txt", ".yml", ".yaml"):
                shutil.copy2(path, seeds / path.name)
    project = copy_project(dest / "project", seeds)
    return site_command(project)
