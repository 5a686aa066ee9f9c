"""The chronology page and the event anchors of article pages."""

import re

import pytest
from conftest import SEED_FILES

from build_digest.corpus import load_corpus
from build_digest.doc import Quote
from build_digest.render.article import render_article
from build_digest.render.chronology import group_events, render_chronology
from build_digest.render.site import SiteContext
from build_digest.steps.events import extract_events


@pytest.fixture(scope="module")
def seeds(lex):
    return load_corpus(SEED_FILES, lex=lex).docs


def test_seed_timeline_groups_by_year_then_month(seeds):
    page = render_chronology(seeds, SiteContext())
    headings = re.findall(r"^#{2,3} .+$", page, re.M)
    assert headings == ["## 2022", "### Februari 2022", "## 2024", "### Juni 2024",
                        "### November 2024", "## 2025", "### Februari 2025", "### Mei 2025",
                        "### Juni 2025", "### Juli 2025", "### Agustus 2025",
                        "## Peristiwa tanpa tanggal pasti", "## Tanpa tanggal"]
    undated = page.split("## Tanpa tanggal\n", 1)[1]
    assert "articles/003-" in undated
    for seed in ("000-", "001-", "002-", "004-"):
        assert f"articles/{seed}" not in undated
    # 004 is dated to its year only: it opens 2025, before the months
    year_2025 = page.split("## 2025", 1)[1].split("### Februari 2025", 1)[0]
    assert '<time datetime="2025">2025 <span class="bd-inferred"' in year_2025
    assert "articles/004-3386260cfa599837/" in year_2025


def test_year_precision_event_opens_its_year(seeds):
    page = render_chronology(seeds, SiteContext())
    year_2022 = page.split("## 2022", 1)[1].split("### Februari 2022", 1)[0]
    assert '<time datetime="2022">2022</time>' in year_2022
    assert "sejak awal 2022" in year_2022 and "articles/004-3386260cfa599837/#e1" in year_2022


def test_same_event_from_two_articles_is_shown_once(seeds):
    groups = {(g.date, g.precision): g for g in group_events(seeds)}
    start = groups[("2022-02", "month")]
    assert sorted(d.id[:3] for d, _ in start.sources) == ["001", "003"]
    page = render_chronology(seeds, SiteContext())
    feb_2022 = page.split("### Februari 2022", 1)[1].split("## 2024", 1)[0]
    assert feb_2022.count("<li") == 1
    assert "../articles/001-70cb9827bcca99bd/#e1" in feb_2022
    assert "../articles/003-bc52a67e33c93302/#e5" in feb_2022  # after its 2025 events


def test_inferred_publication_is_marked(seeds):
    page = render_chronology(seeds, SiteContext())
    feb_2025 = page.split("### Februari 2025", 1)[1].split("### Mei 2025", 1)[0]
    items = re.findall(r"<li .*?</li>", feb_2025)
    # month-precise 000 and 001 first, the 26 February article among its events, in date order
    for item, evidence in zip(items[:2], ("Rusia Ungkap KTT", "12/2/2025"), strict=True):
        assert "bd-entry-article" in item and "Februari 2025 <span class=\"bd-inferred\" title=" in item
        assert evidence in item  # the evidence as its tooltip
    dates = re.findall(r'<time datetime="([\d-]+)"', feb_2025)
    assert dates == sorted(dates, key=lambda d: (len(d) == 10, d))
    assert any("bd-entry-article" in i and "26 Februari 2025" in i for i in items)


def test_inferred_events_and_windows_are_marked(seeds):
    page = render_chronology(seeds, SiteContext())
    august = page.split("### Agustus 2025", 1)[1].split("</ul>", 1)[0]
    # "Agustus lalu" is counted from 003's inferred window
    assert '<time datetime="2025-08">Agustus 2025</time> <span class="bd-inferred"' in august
    assert "perkiraan waktu terbit (2025-09-01 \u2013 2026-02-28)" in august
    # an event stated outright carries no mark
    feb_2022 = page.split("### Februari 2022", 1)[1].split("</ul>", 1)[0]
    assert "bd-inferred" not in feb_2022
    undated = page.split("## Tanpa tanggal", 1)[1]
    item_003 = next(i for i in undated.split("<li")[1:] if "articles/003-" in i)
    assert "perkiraan: antara 1 September 2025 dan 28 Februari 2026" in item_003.replace("&#58;", ":")


def test_different_events_on_one_date_stay_apart(make_doc, lex):
    a = make_doc("Pertemuan Dua Presiden\nKedua presiden bertemu di Riyadh, ujar pejabat itu, "
                 "Selasa (18/2/2025).\nTrump bertemu Putin pada Februari 2025.\n", name="a.txt")
    b = make_doc("Telepon Dua Presiden\nTelepon itu singkat, ujar pejabat itu, Selasa (18/2/2025).\n"
                 "Trump menelepon Putin pada Februari 2025.\n", name="b.txt")
    groups = [g for g in group_events([a, b]) if g.date == "2025-02"]
    assert len(groups) == 2


def test_hostile_text_is_escaped(make_doc):
    doc = make_doc("Judul Uji\nPejabat <script>alert(1)</script> berkata pada Februari 2022 "
                   "**tebal** [tautan](http://x).\n")
    page = render_chronology([doc], SiteContext())
    assert "<script>" not in page and "**tebal**" not in page and "](http" not in page
    assert "&#60;script&#62;" in page


def test_event_links_to_the_quote_in_its_sentence(make_doc, lex):
    text = ("Pernyataan Menteri\nMenteri bicara, Senin (17/11/2025). "
            "Ia mengatakan \"kami akan bertemu pekan depan\" kepada wartawan.\n")
    doc = make_doc(text)
    start = doc.text.index("kami akan")
    end = doc.text.index("\" kepada")
    doc.quotes = [Quote(id="q1", start=start, end=end, text=doc.text[start:end],
                        open_mark=start - 1, close_mark=end)]
    extract_events(doc, lex)
    assert doc.events[0].quote_ids == ["q1"]
    page = render_chronology([doc], SiteContext())
    assert f"articles/{doc.id}/#q1" in page


def test_article_page_has_sentence_anchors(seeds):
    doc = next(d for d in seeds if d.id.startswith("001"))
    page = render_article(doc, SiteContext(docs={d.id: d for d in seeds}))
    anchors = re.findall(r'<span id="(e\d+)" class="bd-event">([^<]{0,30})', page)
    assert anchors == [("e1", "Panggilan telepon pada hari Ra"),
                       ("e2", "Berbicara kepada wartawan pada"),
                       ("e3", "Pada saat yang sama, Peskov me")]


def test_anchor_never_cuts_through_a_quote(make_doc, lex):
    doc = make_doc("Judul Uji\nMenteri bicara, Senin (17/11/2025). \"Kami bertemu pada Sabtu lalu. "
                   "Hasilnya baik,\" ujarnya.\n")
    start = doc.text.index("Kami bertemu")
    end = doc.text.index(",\" ujarnya")
    doc.quotes = [Quote(id="q1", start=start, end=end, text=doc.text[start:end],
                        open_mark=start - 1, close_mark=end + 1)]
    extract_events(doc, lex)
    page = render_article(doc, SiteContext(docs={doc.id: doc}))
    assert '<span id="e1" class="bd-event-anchor"></span>' in page
    assert 'class="bd-event"' not in page


def test_events_known_only_between_two_dates_are_listed_apart(seeds):
    page = render_chronology(seeds, SiteContext())
    bounded = page.split("## Peristiwa tanpa tanggal pasti", 1)[1].split("## Tanpa tanggal\n")[0]
    items = re.findall(r"<li .*?</li>", bounded)
    # 003 may date from September 2025 to February 2026: its relative dates have bounds only,
    # earliest bound first, each linking to its sentence
    assert [re.search(r"\(perkiraan&#58; (antara .*?)\)", i).group(1) for i in items] == [
        "antara Agustus 2025 dan Januari 2026",
        "antara 30 Agustus 2025 dan 21 Februari 2026",
        "antara 1 September 2025 dan 23 Februari 2026",
    ]
    links = [re.search(r'href="([^"]+)"', i).group(1) for i in items]
    assert links[:2] == [f"../articles/003-bc52a67e33c93302/#e{n}" for n in (2, 3)]
    # the Monday's sentence holds Peskov's quote: the link lands on the quote
    assert re.fullmatch(r"\.\./articles/003-bc52a67e33c93302/#q\d+", links[2])
    assert "bulan lalu" in items[0] and "Sabtu lalu" in items[1] and "pada Senin" in items[2]
