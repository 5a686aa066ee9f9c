"""The RSS feed: valid XML whatever the seed holds, newest first, absolute links when known."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

from build_digest.render.feed import render_feed, rfc822_date
from build_digest.render.site import SiteContext

HOSTILE = ("Judul <b>tebal</b> & \"kutip\" ]]> <!-- x --> \x00\x07\x1b\ud800 "
           "<item><title>palsu</title></item>")


def doc_with(make_doc, name, title, published=None, outlet=None):
    doc = make_doc(f"Judul\nJAKARTA - Isi berita tentang {name}.\n", name=name)
    doc.meta.title = title
    doc.meta.published = published
    doc.meta.outlet = outlet
    return doc


def test_hostile_text_stays_text(make_doc):
    doc = doc_with(make_doc, "a.txt", HOSTILE, dt.date(2025, 3, 4), outlet=HOSTILE)
    doc.meta.author = HOSTILE  # metadata can carry anything a sidecar allows
    xml = render_feed([doc], SiteContext(site_url="https://ex.org/d/"))
    root = ET.fromstring(xml.encode("utf-8"))
    items = root.findall("./channel/item")
    assert len(items) == 1  # the fake <item> did not become one
    assert "<item><title>palsu" in items[0].findtext("title")
    assert "\x00" not in xml and "\x1b" not in xml


def test_items_newest_first_undated_last(make_doc):
    docs = [doc_with(make_doc, "old.txt", "Lama", dt.date(2024, 1, 2)),
            doc_with(make_doc, "none.txt", "Tanpa tanggal"),
            doc_with(make_doc, "new.txt", "Baru", dt.date(2025, 2, 26))]
    root = ET.fromstring(render_feed(docs, SiteContext(site_url="https://ex.org/d/")))
    items = root.findall("./channel/item")
    assert [i.findtext("title") for i in items] == ["Baru", "Lama", "Tanpa tanggal"]
    assert items[0].findtext("pubDate") == "Wed, 26 Feb 2025 00:00:00 +0000"
    assert items[2].find("pubDate") is None
    assert items[0].findtext("link") == "https://ex.org/d/articles/new/"
    assert items[0].findtext("guid") == items[0].findtext("link")


def test_without_site_address_links_are_relative(make_doc):
    doc = doc_with(make_doc, "a.txt", "Satu", dt.date(2025, 1, 1))
    root = ET.fromstring(render_feed([doc], SiteContext()))
    item = root.find("./channel/item")
    assert item.findtext("link") == "articles/a/"
    assert item.find("guid").get("isPermaLink") == "false"


def test_rfc822_weekday():
    assert rfc822_date(dt.date(2025, 11, 3)).startswith("Mon, 03 Nov 2025")


def test_a_month_precise_date_is_not_given_a_day(make_doc):
    doc = doc_with(make_doc, "bulan.txt", "Bulan", dt.date(2025, 2, 1))
    doc.meta.published_precision = "month"
    item = ET.fromstring(render_feed([doc], SiteContext())).find("./channel/item")
    assert item.find("pubDate") is None


SAMPLES = [HOSTILE, "Kata \"Rina\" & 'Bayu'", "tanpa kutip", "hanya \"ganda\"", "hanya 'tunggal'",
           "baris\nbaru\r\ttab", "", "a > b < c && d", "Bu Sari: \"tak ada 'dana'\" <catatan>"]


def test_escaping_matches_the_standard_library():
    from xml.sax.saxutils import escape, quoteattr

    from build_digest.render.escape import display
    from build_digest.render.feed import _NOT_XML, xml_attr, xml_text

    for text in SAMPLES:
        clean = _NOT_XML.sub("", display(text))
        assert xml_text(text) == escape(clean)
        assert xml_attr(text) == quoteattr(clean)
        # the attribute parses back to the cleaned text
        assert ET.fromstring(f"<a v={xml_attr(text)}/>").get("v") == clean
