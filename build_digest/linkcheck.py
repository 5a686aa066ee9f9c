"""Internal link check of a built site: every link between its own files must resolve.

MkDocs validates links written in Markdown, but not the HTML the build step writes (article
lists, quote permalinks, speaker links) nor the theme's. This reads every HTML page of the built
site (and the sitemap), resolves each ``href``/``src`` that points into the site, including
absolute links under the site address, and checks that the file exists and that a ``#fragment``
names an element of the target page.

:class:`LinkCheck` reads each page once: pages can be handed to it as they are written
(:meth:`LinkCheck.add_page`), the rest are read from disk by :meth:`LinkCheck.broken`.
"""

from __future__ import annotations

import html
import os
import posixpath
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

# Attributes holding a URL, per element.
_URL_ATTRS = {"a": ("href",), "link": ("href",), "script": ("src",), "img": ("src",),
              "iframe": ("src",), "source": ("src",), "video": ("src", "poster"),
              "audio": ("src",), "form": ("action",)}
_SKIP_SCHEMES = ("mailto:", "tel:", "data:", "javascript:", "blob:")
_SITEMAP_LOC = re.compile(r"<loc>([^<]+)</loc>")
_PSEUDO_ORIGIN = "http://site.invalid/"
OUTSIDE = "\0outside"  # marker: the URL leaves the site's path


@dataclass(frozen=True)
class BrokenLink:
    page: str  # file, relative to the site folder
    url: str  # as written
    reason: str

    def __str__(self) -> str:
        return f"{self.page}: {self.url} ({self.reason})"


class _PageScan(HTMLParser):
    """Collects the ids of a page and the URLs it links to (the reference reading)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"])
        if tag == "a" and values.get("name"):
            self.ids.add(values["name"])
        for attr in _URL_ATTRS.get(tag, ()):
            url = values.get(attr)
            if url is not None and not (tag == "link" and values.get("rel") == "preconnect"):
                self.urls.append(url)


# A regular-expression reading of the same start tags, many times faster than HTMLParser on
# large sites: script and style contents and comments are blanked first (no tags in them), and
# quoted attribute values may hold ">". Only tags with an attribute of interest are read whole.
_RAW_TEXT = re.compile(r"(<(script|style)\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>).*?(</\2\s*>)",
                       re.S | re.I)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
# (possessive: a tag that never closes fails at once instead of backtracking)
_START_TAG = re.compile(r"<([a-zA-Z][^\s/>]*)((?:[^>\"']++|\"[^\"]*\"|'[^']*')*+)>")
_WANTED = re.compile(r"""[\s"'/](?:id|name|href|src|poster|action)\s*=""", re.I)
_ATTR = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")


class PageLinks:
    """The ids of a page and the URLs it links to (what :class:`_PageScan` collects)."""

    def __init__(self, html_text: str) -> None:
        self.ids: set[str] = set()
        self.urls: list[str] = []
        text = _COMMENT.sub("", _RAW_TEXT.sub(r"\1\3", html_text))
        wanted = _WANTED.search
        for tag, attrs_text in _START_TAG.findall(text):
            if not wanted(attrs_text):
                continue
            tag = tag.lower()
            values: dict[str, str] = {}
            for name, double, single, bare in _ATTR.findall(attrs_text):
                raw = double or single or bare
                values[name.lower()] = html.unescape(raw) if "&" in raw else raw
            if values.get("id"):
                self.ids.add(values["id"])
            if tag == "a" and values.get("name"):
                self.ids.add(values["name"])
            for name in _URL_ATTRS.get(tag, ()):
                url = values.get(name)
                if url is not None and not (tag == "link" and values.get("rel") == "preconnect"):
                    self.urls.append(url)


def scan(path: Path) -> PageLinks:
    return PageLinks(path.read_text("utf-8", errors="replace"))


class SiteLinks:
    """Resolves URLs written in the pages of ``site_dir`` and checks their targets."""

    def __init__(self, site_dir: Path, site_url: str | None = None) -> None:
        self.site_dir = site_dir
        self.site_url = site_url if not site_url or site_url.endswith("/") else site_url + "/"
        # Pages are resolved as if served from the site's path (GitHub Pages: /<repo>/), so a
        # link climbing above it, or a root-absolute link elsewhere, is caught.
        base_path = urlsplit(self.site_url).path if self.site_url else "/"
        self.root = _PSEUDO_ORIGIN.rstrip("/") + base_path
        self._ids: dict[str, set[str]] = {}  # page (relative to the site) -> its ids
        self._verdicts: dict[str, str | None] = {}  # resolved target -> why it is broken
        self._joined: dict[tuple[str, str], str] = {}  # (base URL, relative URL) -> absolute
        self._files: set[str] | None = None  # every file of the site, once it is complete

    def ids_of(self, rel: str) -> set[str]:
        if rel not in self._ids:
            self._ids[rel] = scan(self.site_dir / rel).ids
        return self._ids[rel]

    def page_url(self, rel: str) -> str:
        """The URL a file is served at (``a/index.html`` -> ``<root>a/``)."""
        if rel == "index.html" or rel.endswith("/index.html"):
            rel = rel[: -len("index.html")]
        return self.root + rel

    def _join(self, page: str, url: str) -> str:
        """``urljoin(page, url)``, remembered: a relative URL climbing ``n`` folders resolves
        the same from every page below the same ancestor (the theme's links on every page)."""
        base, rest = page, url
        if url and not url.startswith(("#", "?", "/")):
            base = page[: page.rfind("/") + 1]  # the page's folder
            while True:
                if rest.startswith("./") or rest == ".":
                    rest = rest[2:]
                elif rest.startswith("../") or rest == "..":
                    rest = rest[3:]
                    if base.count("/") > 3:  # never above the origin, as urljoin
                        base = base[: base.rstrip("/").rfind("/") + 1]
                else:
                    break
            if rest.startswith(("/", "?")):  # an odd form: resolved whole
                base, rest = page, url
        key = (base, rest)
        absolute = self._joined.get(key)
        if absolute is None:
            absolute = self._joined[key] = urljoin(base, rest)
        return absolute

    def local_target(self, page_rel: str, url: str) -> str | None:
        """Site-relative path (with ``#fragment``) that ``url`` on ``page_rel`` points to; None
        when it points to another site; :data:`OUTSIDE` when it climbs out of the site's path."""
        url = url.strip()
        if not url or url.startswith(_SKIP_SCHEMES):
            return None
        if self.site_url and url.startswith(self.site_url):
            url = self.root + url[len(self.site_url):]
        elif urlsplit(url).scheme or url.startswith("//"):
            return None  # another site
        absolute = self._join(self.page_url(page_rel), url)
        if not absolute.startswith(self.root):
            return OUTSIDE
        return absolute[len(self.root):]

    def check(self, page_rel: str, url: str) -> str | None:
        """Why ``url`` (written on ``page_rel``) is broken, or None if it resolves."""
        return self.verdict(self.local_target(page_rel, url))

    def verdict(self, target: str | None) -> str | None:
        if target is None:
            return None
        if target is OUTSIDE:
            return "points outside the site's path"
        if target not in self._verdicts:  # the theme's links recur on every page
            self._verdicts[target] = self._target_problem(target)
        return self._verdicts[target]

    def _exists(self, path: str) -> tuple[bool, bool]:
        """(is a file, is a folder) of a site-relative path."""
        if self._files is None:
            file = self.site_dir / path
            return file.is_file(), file.is_dir()
        return path in self._files, path + "/" in self._files

    def _target_problem(self, target: str) -> str | None:
        parts = urlsplit(target)
        path = posixpath.normpath("/" + unquote(parts.path)).lstrip("/")
        if parts.path.endswith("/") or not parts.path:
            path = posixpath.join(path, "index.html") if path not in ("", ".") else "index.html"
        is_file, is_dir = self._exists(path)
        if is_dir:
            path = posixpath.join(path, "index.html")
            is_file, _ = self._exists(path)
        if not is_file:
            return f"no file {path}"
        fragment = unquote(parts.fragment)
        if fragment and path.endswith(".html") and fragment not in self.ids_of(path):
            return f"no element with id {fragment!r} in {path}"
        return None

    def broken_in(self, page: Path) -> list[BrokenLink]:
        rel = page.relative_to(self.site_dir).as_posix()
        page_scan = scan(page)
        self._ids[rel] = page_scan.ids
        broken = []
        for url in page_scan.urls:
            reason = self.check(rel, url)
            if reason:
                broken.append(BrokenLink(rel, url, reason))
        return broken


class LinkCheck(SiteLinks):
    """The whole-site check, reading every page once.

    Pages handed to :meth:`add_page` (as they are written) are scanned then; :meth:`broken`
    reads the HTML pages not handed over, then checks every link of every page: verdicts need
    the whole site, since a page may link to one written after it.
    """

    def __init__(self, site_dir: Path, site_url: str | None = None) -> None:
        super().__init__(site_dir, site_url)
        self._links: dict[str, list[tuple[str, str | None]]] = {}  # page -> (url, target)
        self._pairs: dict[tuple[str, str | None], tuple[str, str | None]] = {}  # shared pairs

    def add_page(self, rel: str, html_text: str) -> None:
        page = PageLinks(html_text)
        self._ids[rel] = page.ids
        links = []
        for url in page.urls:
            pair = (url, self.local_target(rel, url))
            links.append(self._pairs.setdefault(pair, pair))
        self._links[rel] = links

    def _walk(self) -> list[str]:
        files = []
        for folder, dirs, names in os.walk(self.site_dir):
            rel = Path(folder).relative_to(self.site_dir).as_posix()
            prefix = "" if rel == "." else rel + "/"
            files += [prefix + d + "/" for d in dirs]
            files += [prefix + n for n in names]
        return files

    def broken(self) -> list[BrokenLink]:
        """Every internal link of the site that does not resolve, page by page, then the
        sitemap's."""
        files = self._walk()
        self._files = set(files)
        for rel in sorted(f for f in files if f.endswith(".html") and f not in self._links):
            self.add_page(rel, (self.site_dir / rel).read_text("utf-8", errors="replace"))
        broken = []
        for rel in sorted(self._links):
            for url, target in self._links[rel]:
                reason = self.verdict(target)
                if reason:
                    broken.append(BrokenLink(rel, url, reason))
        return broken + sitemap_broken(self)


def sitemap_broken(links: SiteLinks) -> list[BrokenLink]:
    sitemap = links.site_dir / "sitemap.xml"
    if not sitemap.is_file():
        return []
    broken = []
    for loc in _SITEMAP_LOC.findall(sitemap.read_text("utf-8")):
        if links.site_url and not loc.startswith(links.site_url):
            broken.append(BrokenLink("sitemap.xml", loc, "not under the site address"))
            continue
        reason = links.check("sitemap.xml", loc)
        if reason:
            broken.append(BrokenLink("sitemap.xml", loc, reason))
    return broken


def broken_links(site_dir: Path, site_url: str | None = None) -> list[BrokenLink]:
    """Every internal link of the built site that does not resolve, page by page."""
    return LinkCheck(site_dir, site_url).broken()
