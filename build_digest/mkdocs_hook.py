"""MkDocs hook: for ``mkdocs serve``, re-run the build step before each rebuild and the search
indexing after it; within ``python -m build_digest site``, hand each page written to the site
build's pass (search index, link check: :mod:`build_digest.sitepass`).

The generated Markdown never depends on this hook (``python -m build_digest build`` writes it);
a plain ``mkdocs build`` is left alone.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

log = logging.getLogger("mkdocs.build_digest")
_serving = False


def on_startup(command: str, dirty: bool, **kwargs: Any) -> None:
    global _serving
    _serving = command == "serve"


def on_pre_build(config: Any, **kwargs: Any) -> None:
    if not _serving:
        return
    from build_digest.build import build
    from build_digest.errors import InputError

    root = Path(config["config_file_path"]).parent
    try:
        result = build(root / "seeds", Path(config["docs_dir"]), keep_going=True,
                       cache_dir=root / ".cache" / "build_digest")
    except InputError as exc:
        log.error("build_digest: %s (previous pages kept)", exc.message)
        return
    for failure in result.failures:
        log.error("build_digest: %s", failure.message)
    log.info("build_digest: %d articles regenerated", len(result.docs))


def on_post_build(config: Any, **kwargs: Any) -> None:
    """While previewing, index the freshly built pages so the search works in ``mkdocs serve``."""
    if not _serving:
        return
    from build_digest.search import SearchIndexError, build_search_index

    try:
        pages = build_search_index(Path(config["site_dir"]))
    except SearchIndexError as exc:
        log.error("build_digest: %s", exc)
        return
    log.info("build_digest: search index of %d pages", pages)


def on_files(files: Any, config: Any, **kwargs: Any) -> None:
    from build_digest.sitepass import active

    site_pass = active()
    if site_pass is not None:
        site_pass.expect(len(files.documentation_pages()))


def on_post_page(output: str, page: Any, config: Any, **kwargs: Any) -> str:
    """Within ``build_digest site``: the page goes to the search index and the link check."""
    from build_digest.sitepass import active

    site_pass = active()
    if site_pass is not None:
        site_pass.page(page.file.dest_uri, output, bool(page.meta.get("bd_article")))
    return output
