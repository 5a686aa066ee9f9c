"""Internal link check of a built site: every link between its own files must resolve.

MkDocs validates links written in Markdown, but not the HTML the build step writes (article
lists, quote permalinks, speaker links) nor the theme's. This reads every HTML page of the built
site (and the sitemap), resolves each ``href``/``src`` that points into the site, including
absolute links under the site address, and checks that the file exists and that a ``#fragment``
names an element of the target page.
"""

from __future__ import annotations

import html
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
    """Collects the ids of a page and the URLs it links to."""

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


# A regular-expression reading of the same start tags, a dozen times faster than HTMLParser on
# large sites: script and style contents and comments are blanked first (no tags in them), and
# quoted attribute values may hold ">".
_RAW_TEXT = re.compile(r"(<(script|style)\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>).*?(</\2\s*>)",
                       re.S | re.I)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_START_TAG = re.compile(r"<([a-zA-Z][^\s/>]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
_ATTR = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")
_WANTED = re.compile(r"\b(?:id|name|href|src|poster|action)\s*=", re.I)


class PageLinks:
    """The ids of a page and the URLs it links to (what :class:`_PageScan` collects)."""

    def __init__(self, html_text: str) -> None:
        self.ids: set[str] = set()
        self.urls: list[str] = []
        text = _COMMENT.sub("", _RAW_TEXT.sub(r"\1\3", html_text))
        for tag_match in _START_TAG.finditer(text):
            attrs_text = tag_match.group(2)
            if not _WANTED.search(attrs_text):
                continue
            tag = tag_match.group(1).lower()
            values: dict[str, str | None] = {}
            for attr in _ATTR.finditer(attrs_text):
                raw = next((v for v in attr.groups()[1:] if v is not None), None)
                values[attr.group(1).lower()] = None if raw is None else html.unescape(raw)
            if values.get("id"):
                self.ids.add(values["id"] or "")
            if tag == "a" and values.get("name"):
                self.ids.add(values["name"] or "")
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
        self._ids: dict[Path, set[str]] = {}
        self._verdicts: dict[str, str | None] = {}  # resolved target -> why it is broken

    def ids_of(self, file: Path) -> set[str]:
        if file not in self._ids:
            self._ids[file] = scan(file).ids
        return self._ids[file]

    def page_url(self, rel: str) -> str:
        """The URL a file is served at (``a/index.html`` -> ``<root>a/``)."""
        if rel == "index.html" or rel.endswith("/index.html"):
            rel = rel[: -len("index.html")]
        return self.root + rel

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
        absolute = urljoin(self.page_url(page_rel), url)
        if not absolute.startswith(self.root):
            return OUTSIDE
        return absolute[len(self.root):]

    def check(self, page_rel: str, url: str) -> str | None:
        """Why ``url`` (written on ``page_rel``) is broken, or None if it resolves."""
        target = self.local_target(page_rel, url)
        if target is None:
            return None
        if target is OUTSIDE:
            return "points outside the site's path"
        if target not in self._verdicts:  # the theme's links recur on every page
            self._verdicts[target] = self._target_problem(target)
        return self._verdicts[target]

    def _target_problem(self, target: str) -> str | None:
        parts = urlsplit(target)
        path = posixpath.normpath("/" + unquote(parts.path)).lstrip("/")
        if parts.path.endswith("/") or not parts.path:
            path = posixpath.join(path, "index.html") if path not in ("", ".") else "index.html"
        file = self.site_dir / path
        if file.is_dir():
            file = file / "index.html"
        if not file.is_file():
            return f"no file {path}"
        fragment = unquote(parts.fragment)
        if fragment and file.suffix == ".html" and fragment not in self.ids_of(file):
            return f"no element with id {fragment!r} in {path}"
        return None

    def broken_in(self, page: Path) -> list[BrokenLink]:
        rel = page.relative_to(self.site_dir).as_posix()
        page_scan = scan(page)
        self._ids[page] = page_scan.ids
        broken = []
        for url in page_scan.urls:
            reason = self.check(rel, url)
            if reason:
                broken.append(BrokenLink(rel, url, reason))
        return broken


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
    links = SiteLinks(site_dir, site_url)
    broken: list[BrokenLink] = []
    for page in sorted(site_dir.rglob("*.html")):
        broken.extend(links.broken_in(page))
    broken.extend(sitemap_broken(links))
    return broken
