"""``mkdocs build`` (MkDocs 1.6) in the order the site build wants: each page outside the
navigation read, rendered and written in one go.

MkDocs' own build first turns every page's Markdown into HTML (keeping it all in memory), then
puts every page into its template and writes it. So the pages reach the site pass
(:mod:`.sitepass`: search index, link check) only in the last quarter of the run, the other
core idles before, and the whole site's HTML is held at once. Here the pages in the navigation
are read first (their metadata appears on every page; one whose title is not the navigation's
is rendered then too), then every other page (the articles, the speaker pages) is read, rendered
and written at once and its HTML let go, and the navigation's pages are rendered and written
last. The caller may have some pages written before the others
(the site build has the articles first, so Pagefind writes its bundle while the rest is built).
The plugin events, the templates and so every byte written are those of ``mkdocs build``; only
the order of the work differs (tested).

MkDocs reads every id in each page's raw HTML (a third of its time on the article pages) only to
check links to anchors, whose verdicts it logs at ``validation.links.anchors`` (info by default).
When that level is not shown (the site build shows warnings only) the ids are not read and the
anchors not checked: nothing anyone sees changes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from mkdocs import utils
from mkdocs.commands.build import (
    _build_extra_template,
    _build_page,
    _build_theme_template,
    _populate_page,
)
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort, BuildError
from mkdocs.structure import pages as pages_module
from mkdocs.structure.files import File, InclusionLevel, get_files, set_exclusions
from mkdocs.structure.nav import get_navigation
from mkdocs.structure.pages import Page


def build(config: MkDocsConfig, first: Callable[[File], bool] = lambda file: False,
          first_done: Callable[[], None] | None = None) -> None:
    """Build the site of ``config`` as ``mkdocs build`` does. Of the pages outside the
    navigation, those ``first`` picks are written first; then ``first_done`` is called."""
    warnings = utils.CountHandler()
    warnings.setLevel(logging.WARNING)
    logger = logging.getLogger("mkdocs")
    if config.strict:
        logger.addHandler(warnings)
    inclusion = InclusionLevel.is_included
    read_raw_html = pages_module._RawHTMLPreprocessor.run
    try:
        config = config.plugins.on_config(config)
        anchors_level = config.validation.links.anchors
        anchors_shown = logging.getLogger(pages_module.__name__).isEnabledFor(anchors_level)
        if not anchors_shown:  # nobody would see its verdicts: the ids of raw HTML are not read
            pages_module._RawHTMLPreprocessor.run = _lines_as_they_are
        config.plugins.on_pre_build(config=config)
        utils.clean_directory(config.site_dir)
        files = get_files(config)
        env = config.theme.get_env()
        files.add_files_from_theme(env, config)
        files = config.plugins.on_files(files, config=config)
        set_exclusions(files, config)
        nav = get_navigation(files, config)
        nav = config.plugins.on_nav(nav, config=config, files=files)

        doc_files = files.documentation_pages(inclusion=inclusion)
        in_nav = {id(page.file) for page in nav.pages}
        for file in doc_files:
            if file.page is None and file.inclusion.is_not_in_nav():
                Page(None, file, config)
            assert file.page is not None
        deferred = set()  # pages of the navigation read only for their metadata, for now
        for file in doc_files:
            if id(file) in in_nav:
                if "title" in vars(file.page):  # titled by the navigation: its metadata is all
                    file.page.read_source(config)  # the other pages show of it
                    deferred.add(id(file))
                else:
                    _populate_page(file.page, config, files)
        env = config.plugins.on_env(env, config=config, files=files)
        files.copy_static_files(inclusion=inclusion)
        for template in config.theme.static_templates:
            _build_theme_template(template, env, files, config, nav)
        for template in config.extra_templates:
            _build_extra_template(template, files, config, nav)

        streamed = [file for file in doc_files if id(file) not in in_nav]
        for wanted in (True, False):
            for file in streamed:
                if first(file) == wanted:
                    page = file.page
                    _populate_page(page, config, files)
                    _build_page(page, config, doc_files, nav, env,
                                excluded=file.inclusion.is_excluded())
                    page.content = None  # written: its HTML is let go (anchors, title kept)
            if wanted and first_done is not None:
                first_done()
        for file in doc_files:
            if id(file) in in_nav:
                if id(file) in deferred:
                    _populate_page(file.page, config, files)
                _build_page(file.page, config, doc_files, nav, env,
                            excluded=file.inclusion.is_excluded())

        if anchors_shown:
            for file in doc_files:
                file.page.validate_anchor_links(files=files, log_level=anchors_level)
        config.plugins.on_post_build(config=config)
        if counts := warnings.get_counts():
            summary = ", ".join(f"{v} {k.lower()}s" for k, v in counts)
            raise Abort(f"Aborted with {summary} in strict mode!")
    except Exception as exc:
        config.plugins.on_build_error(error=exc)
        if isinstance(exc, BuildError):
            logging.getLogger(__name__).error(str(exc))
            raise Abort("Aborted with a BuildError!") from None
        raise
    finally:
        logger.removeHandler(warnings)
        pages_module._RawHTMLPreprocessor.run = read_raw_html


def _lines_as_they_are(self: object, lines: list[str]) -> list[str]:
    return lines
