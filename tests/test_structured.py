"""Structured data and head metadata: unit tests of the JSON-LD, then the built pages."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from reader import article_slugs

from build_digest.doc import Quote
from build_digest.render.site import SiteContext
from build_digest.render.structured import article_schema
from build_digest.siteconfig import load_site_config


def quoted_doc(make_doc):
    doc = make_doc("Judul\nJAKARTA - Menteri berkata \"Kami siap,\" ujarnya. \"Ayo,\" kata dia.\n",
                   name="kutipan.txt")
    doc.quotes = [Quote(id="q1", start=0, end=4, text="Kami siap,", open_mark=0, close_mark=5,
                        speaker="Menteri </script><b>"),
                  Quote(id="q2", start=6, end=9, text="Ayo,", open_mark=6, close_mark=10)]
    return doc


def test_news_article_alone_without_quotes(make_doc):
    doc = make_doc("Judul\nJAKARTA - Tanpa kutipan.\n", name="a.txt")
    data = article_schema(doc, SiteContext(site_url="https://ex.org/d/"))
    assert data["@type"] == "NewsArticle"
    assert data["url"] == data["@id"] == data["mainEntityOfPage"] == "https://ex.org/d/articles/a/"


def test_quotations_point_into_the_article(make_doc):
    data = article_schema(quoted_doc(make_doc), SiteContext(site_url="https://ex.org/d/"))
    article, *quotes = data["@graph"]
    assert article["@type"] == "NewsArticle" and "@context" in data
    assert [q["url"] for q in quotes] == ["https://ex.org/d/articles/kutipan/#q1",
                                          "https://ex.org/d/articles/kutipan/#q2"]
    assert quotes[0]["spokenByCharacter"] == {"@type": "Person", "name": "Menteri </script><b>"}
    assert "spokenByCharacter" not in quotes[1]  # no speaker found: none invented
    assert all(q["isPartOf"] == {"@id": article["@id"]} for q in quotes)


def test_without_site_address_no_urls_are_made_up(make_doc):
    data = article_schema(quoted_doc(make_doc), SiteContext())
    assert all("url" not in item for item in data["@graph"])


_JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def head_value(html: str, pattern: str) -> str | None:
    match = re.search(pattern, html)
    return match.group(1) if match else None


@pytest.mark.slow
def test_built_pages_carry_canonical_urls_og_and_json_ld(reader_site: Path):
    site_url = load_site_config(reader_site.parent).site_url
    sitemap = (reader_site / "sitemap.xml").read_text("utf-8")
    for slug in article_slugs(reader_site):
        html = (reader_site / "articles" / slug / "index.html").read_text("utf-8")
        url = f"{site_url}articles/{slug}/"
        assert head_value(html, r'<link rel="canonical" href="([^"]+)"') == url
        assert head_value(html, r'<meta property="og:url" content="([^"]+)"') == url
        assert head_value(html, r'<meta property="og:type" content="([^"]+)"') == "article"
        assert re.search(r'<html lang="id"', html)
        assert f"<loc>{url}</loc>" in sitemap
        blocks = _JSON_LD.findall(html)
        assert len(blocks) == 1
        data = json.loads(blocks[0])
        items = data.get("@graph", [data])
        article = items[0]
        assert article["@type"] == "NewsArticle" and article["url"] == url
        for quote in items[1:]:
            assert quote["@type"] == "Quotation" and quote["url"].startswith(url + "#")
            fragment = quote["url"].split("#", 1)[1]
            assert f'id="{fragment}"' in html, f"{slug}: JSON-LD quote {fragment} not on the page"
    english = (reader_site / "articles" / "902-port-terminal" / "index.html").read_text("utf-8")
    assert '<div class="bd-body" lang="en"' in english
    assert head_value(english, r'<meta property="og:locale" content="([^"]+)"') == "en_US"
    feed_link = head_value(english, r'<link rel="alternate" type="application/rss\+xml"[^>]*href="([^"]+)"')
    assert feed_link == "../../feed.xml"


def test_json_ld_is_script_safe_and_exact(make_doc):
    from build_digest.render.structured import script_json

    doc = quoted_doc(make_doc)
    data = article_schema(doc, SiteContext(site_url="https://ex.org/d/"))
    text = script_json(data)
    assert not set("<>&'") & set(text)
    assert json.loads(text) == data  # readers get the exact names back
