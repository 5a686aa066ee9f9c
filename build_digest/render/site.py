"""What every renderer shares: interface wording, URLs between generated pages, dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import yaml

from ..doc import Document
from ..lexicon import DATA_DIR

# Generated pages live in these folders of docs/ (plus the home page docs/index.md).
ARTICLES_DIR = "articles"
SPEAKERS_DIR = "speakers"
CHRONOLOGY_DIR = "chronology"
DATA_OUT_DIR = "data"
CORPUS_JSON = f"{DATA_OUT_DIR}/statements.json"


@lru_cache(maxsize=1)
def ui() -> dict[str, Any]:
    with (DATA_DIR / "ui.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def label(name: str) -> str:
    return ui()["labels"][name]


def format_date(date: dt.date, precision: str = "day") -> str:
    month = ui()["months"][date.month - 1]
    if precision == "year":
        return str(date.year)
    if precision == "month":
        return f"{month} {date.year}"
    return f"{date.day} {month} {date.year}"


def page_path(kind: str, slug: str) -> str:
    """Markdown path of a generated page, relative to docs/."""
    return f"{kind}/{slug}.md"


def page_url(kind: str, slug: str) -> str:
    """Site URL of a generated page, relative to the site root (use_directory_urls)."""
    return f"{kind}/{slug}/"


@lru_cache(maxsize=1 << 12)
def _page_parts(from_md: str) -> tuple[str, ...]:
    """The folders of the URL of the page built from ``from_md``."""
    if from_md == "index.md":
        base = ""
    elif from_md.endswith("/index.md"):
        base = from_md[: -len("index.md")]
    else:
        base = from_md[: -len(".md")] + "/"
    return tuple(p for p in base.split("/") if p and p != ".")


@lru_cache(maxsize=1 << 14)
def _url_parts(url: str) -> tuple[str, ...]:
    return tuple(p for p in url.split("/") if p and p != ".")


def relative_url(from_md: str, to_url: str) -> str:
    """Relative link from the page built from ``from_md`` to the site URL ``to_url``.

    Plain string work (no ``posixpath.relpath``, which resolves against the working folder):
    a build makes hundreds of thousands of these links.
    """
    base_parts = _page_parts(from_md)
    to_parts = _url_parts(to_url)
    common = 0
    for mine, other in zip(base_parts, to_parts, strict=False):
        if mine != other:
            break
        common += 1
    rel = "/".join((*[".."] * (len(base_parts) - common), *to_parts[common:]))
    if not rel:
        return "./"
    if to_url.endswith("/") and not rel.endswith("/"):
        rel += "/"
    return rel


@dataclass
class SiteContext:
    """Site-wide facts a page may need: language, base URL, every document by id."""

    language: str = "id"
    site_url: str | None = None
    docs: dict[str, Document] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    def news_article_schema(self, doc: Document) -> dict[str, Any]:
        """schema.org NewsArticle data for the page head (the template serializes it safely)."""
        meta = doc.meta
        data: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": (meta.title or doc.id)[:110],
            "inLanguage": meta.language,
        }
        if meta.published:
            data["datePublished"] = meta.published.isoformat()
        if meta.outlet:
            data["publisher"] = {"@type": "Organization", "name": meta.outlet}
        if meta.author:
            data["author"] = {"@type": "Person", "name": meta.author}
        if meta.editor:
            data["editor"] = {"@type": "Person", "name": meta.editor}
        if meta.dateline:
            data["locationCreated"] = {"@type": "Place", "name": meta.dateline}
        if meta.source_url:
            data["isBasedOn"] = meta.source_url
        if meta.wire:
            data["sourceOrganization"] = [{"@type": "Organization", "name": w} for w in meta.wire]
        return data
