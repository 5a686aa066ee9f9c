"""Site search: a Pagefind index of the built site (a post-build step of ``build_digest site``).

Pagefind reads the built HTML: only elements marked ``data-pagefind-body`` (the article pages,
see overrides/main.html) are indexed, filters come from ``data-pagefind-filter`` elements, and
the language of the index (and so its stemmer) from ``<html lang>``. The bundle is written into
``pagefind/`` of the site, next to the pages it searches, and is fetched in small pieces by the
browser: the site never ships one index that grows with the corpus.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BUNDLE_DIR = "pagefind"
ENTRY_FILE = f"{BUNDLE_DIR}/pagefind-entry.json"
# An article page carries this attribute; only such pages are indexed.
BODY_MARK = "data-pagefind-body"


class SearchIndexError(Exception):
    """Pagefind failed or indexed something other than the article pages."""


def pagefind_command(site_dir: Path) -> list[str]:
    """The Pagefind CLI (the binary shipped in the ``pagefind[extended]`` wheel)."""
    return [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--output-subdir",
            BUNDLE_DIR, "--quiet"]


def indexable_pages(site_dir: Path) -> list[Path]:
    """Built pages that ask to be indexed."""
    return sorted(p for p in site_dir.rglob("*.html") if BODY_MARK in p.read_text("utf-8"))


def indexed_page_count(site_dir: Path) -> int:
    entry = json.loads((site_dir / ENTRY_FILE).read_text("utf-8"))
    return sum(lang["page_count"] for lang in entry["languages"].values())


def build_search_index(site_dir: Path, project: Path | None = None) -> int:
    """Index ``site_dir`` with Pagefind; return the number of pages indexed.

    Raises :class:`SearchIndexError` with Pagefind's own output if it fails, or if the index does
    not hold exactly the marked pages (a template that lost ``data-pagefind-body`` would make
    Pagefind index every page, navigation and all).
    """
    expected = len(indexable_pages(site_dir))
    done = subprocess.run(pagefind_command(site_dir), capture_output=True, text=True)
    if done.returncode != 0:
        raise SearchIndexError(f"pagefind failed:\n{done.stdout}{done.stderr}".rstrip())
    if not expected:
        return 0  # an empty corpus: nothing to search (Pagefind indexed the bare pages)
    indexed = indexed_page_count(site_dir)
    if indexed != expected:
        raise SearchIndexError(f"pagefind indexed {indexed} pages, expected the {expected} pages "
                               f"marked {BODY_MARK}")
    return indexed
