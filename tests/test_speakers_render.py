"""Rendered quotes: highlights with unique anchors, the quotes section, speaker pages, escaping."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sitebuild import build_site, copy_project

from build_digest.build import render_site
from build_digest.corpus import load_corpus
from build_digest.render.site import SiteContext

ARTICLE = ("Judul Berita Uji Coba Untuk Halaman\n"
           "JAKARTA - Juru bicara Kementerian Luar Negeri Roy Soemirat memberi keterangan, Senin.\n"
           '"Kami terus memantau keadaan WNI," kata Roy. "Semua dalam kondisi aman."\n'
           'Sumber lain menyebut situasi itu "jauh dari kata aman."\n')
HOSTILE = '<img src=x onerror=alert(1)> {{ config.site_name }} *Budi* [x](javascript:alert(2))'


def site_pages(tmp_path: Path, lex, sidecar: str | None = None) -> tuple[list, dict[str, str]]:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    if sidecar:
        (tmp_path / "a.yml").write_text(sidecar, encoding="utf-8")
    docs = load_corpus([tmp_path / "a.txt"], lex=lex).docs
    return docs, render_site(docs, SiteContext(docs={d.id: d for d in docs}))


def test_article_highlights_quotes_with_unique_anchors(tmp_path, lex):
    docs, pages = site_pages(tmp_path, lex)
    page = pages["articles/a.md"]
    ids = [q.id for q in docs[0].quotes]
    assert len(ids) == 3
    for quote_id in ids:
        assert page.count(f'id="{quote_id}"') == 1
        assert f'href="#{quote_id}"' in page
    assert page.count('<mark class="bd-quote') == 3
    assert 'data-speaker="Roy Soemirat"' in page
    assert 'href="../../speakers/roy-soemirat/"' in page
    section = page[page.index("## Kutipan"):]
    assert section.count("<li>") == 3 and "narasumber tidak disebut" in section


def test_quote_split_over_paragraphs_keeps_one_anchor(tmp_path, lex):
    from build_digest.doc import Quote
    from build_digest.render.quotes import quote_inlines

    docs, _ = site_pages(tmp_path, lex)
    doc = docs[0]
    paragraphs = sorted(s.start for s in doc.spans_of("paragraph"))
    # a quote reaching over a paragraph seam (as glued text can produce) is clipped per paragraph
    doc.quotes = [Quote("q1", paragraphs[1] + 1, paragraphs[2] + 5, "", paragraphs[1],
                        paragraphs[2] + 5)]
    inlines = quote_inlines(doc, SiteContext(docs={doc.id: doc}))
    assert len(inlines) == 2
    assert sum('id="q1"' in i.open for i in inlines) == 1
    assert sum("bd-permalink" in i.close for i in inlines) == 1


def test_speaker_pages_and_index(tmp_path, lex):
    docs, pages = site_pages(tmp_path, lex)
    page = pages["speakers/roy-soemirat.md"]
    assert page.count('class="bd-statement"') == 2
    assert page.index("Kami terus memantau") < page.index("Semua dalam kondisi aman")
    for quote in docs[0].quotes[:2]:
        assert f'href="../../articles/a/#{quote.id}"' in page
    index = pages["speakers/index.md"]
    assert '<a href="roy-soemirat/">Roy Soemirat</a> \u2014 2 kutipan' in index
    assert "Kutipan tanpa narasumber yang disebut: 1." in index


def test_statements_in_publication_order(tmp_path, lex):
    for name, date in (("b_new.txt", "2025-03-01"), ("a_old.txt", "2024-01-05"), ("c_none.txt", None)):
        (tmp_path / name).write_text(ARTICLE.replace("Halaman", name[:1].upper() + "x"), "utf-8")
        if date:
            (tmp_path / name).with_suffix(".yml").write_text(f"published: {date}\n", "utf-8")
    docs = load_corpus(sorted(tmp_path.glob("*.txt")), lex=lex).docs
    pages = render_site(docs, SiteContext(docs={d.id: d for d in docs}))
    page = pages["speakers/roy-soemirat.md"]
    order = [m.group(1) for m in re.finditer(r'href="\.\./\.\./articles/([\w-]+)/#', page)]
    assert order == ["a-old", "a-old", "b-new", "b-new", "c-none", "c-none"]


def test_hostile_speaker_names_are_escaped(tmp_path, lex):
    sidecar = f"quotes:\n  q{ARTICLE.index(chr(34) + 'Kami')}:\n    speaker: '{HOSTILE}'\n"
    docs, pages = site_pages(tmp_path, lex, sidecar)
    assert docs[0].quotes[0].speaker == HOSTILE
    speaker_pages = [p for p in pages if p.startswith("speakers/") and p != "speakers/index.md"]
    hostile_page = next(p for p in speaker_pages if "img" in p)
    assert re.fullmatch(r"speakers/[a-z0-9-]+\.md", hostile_page)
    for path in ("articles/a.md", hostile_page, "speakers/index.md"):
        _, front, body = pages[path].split("---\n", 2)
        assert "<img" not in front, path  # the theme prints titles raw: HTML-escaped there
        assert "<img" not in body and "{{" not in body and "[x](" not in body, path
        assert "*Budi*" not in body, path
    assert "&lt;img" in pages[hostile_page].split("---\n")[1]


@pytest.mark.slow
def test_site_with_quotes_builds_strict(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (seeds / "a.yml").write_text(
        f"quotes:\n  q{ARTICLE.index(chr(34) + 'Kami')}:\n    speaker: '{HOSTILE}'\n", "utf-8")
    project = copy_project(tmp_path / "project", seeds)
    site = build_site(project)
    html = (site / "articles" / "a" / "index.html").read_text("utf-8")
    assert html.count('<mark class="bd-quote') == 3 and "<img src=x" not in html
    speakers = sorted(p.name for p in (site / "speakers").iterdir() if p.is_dir())
    assert len(speakers) == 2 and "roy-soemirat" in speakers
