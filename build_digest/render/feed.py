"""The RSS 2.0 feed of new articles (``feed.xml`` at the site root).

RSS rather than Atom because an article's date may be unknown: RSS lets an item go without one,
Atom would make us invent it. Pure function of the documents and the site address; newest
first, undated articles after the dated ones. Every value from a seed is XML-escaped and
characters XML cannot carry (controls, lone surrogates) are dropped, so a hostile seed can
neither break the feed nor add elements to it.
"""

from __future__ import annotations

import datetime as dt
import re

from ..doc import Document
from .article import page_description
from .escape import display
from .indexes import newest_first
from .site import ARTICLES_DIR, SiteContext, label, page_url

FEED_PATH = "feed.xml"
FEED_TYPE = "application/rss+xml"
FEED_LIMIT = 50
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# what xml.sax.saxutils' escape and quoteattr do, without importing it (it imports urllib.request,
# ssl and email: about 0.025 s of CPU on every build)
_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_ATTR_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;",
                               "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def xml_text(text: str) -> str:
    """Escape untrusted text for XML element content."""
    return _NOT_XML.sub("", display(text)).translate(_TEXT_ESCAPES)


def xml_attr(text: str) -> str:
    """Escape untrusted text as a quoted XML attribute value (quotes included): in double quotes,
    or in single quotes when the value has a double quote but no single one."""
    value = _NOT_XML.sub("", display(text)).translate(_ATTR_ESCAPES)
    if '"' not in value:
        return f'"{value}"'
    if "'" not in value:
        return f"'{value}'"
    return '"' + value.replace('"', "&quot;") + '"'


def rfc822_date(date: dt.date) -> str:
    """RSS dates (RFC 822); articles carry a day only, so midnight UTC."""
    return (f"{_DAYS[date.weekday()]}, {date.day:02d} {_MONTHS[date.month - 1]} {date.year} "
            "00:00:00 +0000")


def site_link(ctx: SiteContext, url: str) -> str:
    """Absolute when the site address is known, else relative to the feed (the site root)."""
    return f"{ctx.site_url}{url}" if ctx.site_url else url or "./"


def feed_item(doc: Document, ctx: SiteContext) -> str:
    meta = doc.meta
    link = site_link(ctx, page_url(ARTICLES_DIR, doc.id))
    lines = ["<item>", f"<title>{xml_text(meta.title or doc.id)}</title>",
             f"<link>{xml_text(link)}</link>"]
    if ctx.site_url:
        lines.append(f'<guid isPermaLink="true">{xml_text(link)}</guid>')
    else:
        lines.append(f'<guid isPermaLink="false">build-digest:article:{xml_text(doc.id)}</guid>')
    if meta.published and (meta.published_precision or "day") == "day":
        # a month or a year only would need a made-up day: RSS allows leaving the date out
        lines.append(f"<pubDate>{rfc822_date(meta.published)}</pubDate>")
    summary = page_description(doc)
    if summary:
        lines.append(f"<description>{xml_text(summary)}</description>")
    if meta.outlet:
        lines.append(f"<category>{xml_text(meta.outlet)}</category>")
    if meta.author:
        lines.append(f"<dc:creator>{xml_text(meta.author)}</dc:creator>")
    lines.append("</item>")
    return "\n".join(lines)


def render_feed(docs: list[Document], ctx: SiteContext, limit: int = FEED_LIMIT) -> str:
    """RSS 2.0 document listing the ``limit`` newest articles."""
    items = newest_first(docs)[:limit]
    title = ctx.extra.get("site_name") or label("home_title")
    head = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">',
        "<channel>",
        f"<title>{xml_text(title)}</title>",
        f"<link>{xml_text(site_link(ctx, ''))}</link>",
        f"<description>{xml_text(label('home_intro'))}</description>",
        f"<language>{xml_text(ctx.language)}</language>",
        "<generator>build_digest</generator>",
    ]
    if ctx.site_url:
        head.append(f'<atom:link rel="self" type="{FEED_TYPE}" '
                    f"href={xml_attr(site_link(ctx, FEED_PATH))}/>")
    return "\n".join([*head, *(feed_item(d, ctx) for d in items), "</channel>", "</rss>"]) + "\n"


def feed_part(doc: Document, ctx: SiteContext) -> str:
    """Everything :func:`render_feed` reads of one article (see :func:`.chronology_part`)."""
    return repr((doc.meta.published, doc.id, feed_item(doc, ctx)))
