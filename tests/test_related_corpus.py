"""Related statements through the build: sidecar decisions, export, and the article page."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from related_support import locate_quotes

from build_digest.corpus import load_corpus
from build_digest.errors import InputError
from build_digest.related.step import link_related
from build_digest.render.article import render_article
from build_digest.render.site import SiteContext

ARTICLE_A = (
    "Kereta Cepat Jakarta-Surabaya Dibuka Senin\n"
    "JAKARTA - Menteri Perhubungan Andi Wijaya memastikan jalur baru segera dibuka.\n"
    "\u201cJalur kereta cepat Jakarta-Surabaya akan mulai beroperasi pada Senin depan setelah uji "
    "coba <b>selesai</b>,\u201d kata Andi Wijaya.\n"
    "\u201cHarga tiket akan diumumkan oleh operator dalam waktu dekat,\u201d ujarnya.\n"
)
ARTICLE_B = (
    "Uji Coba Rampung, Kereta Cepat Siap Melaju\n"
    "SURABAYA - Pemerintah menyiapkan pembukaan jalur kereta cepat.\n"
    "\u201cSetelah uji coba rampung, jalur kereta cepat Jakarta-Surabaya mulai beroperasi Senin "
    "depan,\u201d ujar Menteri Perhubungan Andi Wijaya.\n"
    "\u201cKami juga menyiapkan bus pengumpan di setiap stasiun baru,\u201d kata Andi Wijaya.\n"
)


def _load(folder: Path, lex):
    docs = load_corpus(sorted(folder.glob("*.txt")), lex=lex).docs
    if not any(doc.quotes for doc in docs):  # before quote extraction: quoted passages
        for doc in docs:
            doc.quotes = locate_quotes(doc)
        link_related(docs, lex)
    return {doc.id: doc for doc in docs}


def _quote_id(doc, start: str) -> str:
    return next(q.id for q in doc.quotes if q.text.startswith(start))


@pytest.fixture
def corpus_dir(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    return tmp_path


def _same(doc):
    return [(link.quote, link.article, link.other_quote, link.source) for link in doc.related
            if link.kind == "same_statement"]


def test_reworded_statement_is_linked_both_ways(corpus_dir, lex):
    docs = _load(corpus_dir, lex)
    a, b = docs["a"], docs["b"]
    qa, qb = _quote_id(a, "Jalur kereta cepat"), _quote_id(b, "Setelah uji coba")
    assert _same(a) == [(qa, "b", qb, "computed")]
    assert _same(b) == [(qb, "a", qa, "computed")]


def test_editor_rejects_and_confirms(corpus_dir, lex):
    docs = _load(corpus_dir, lex)
    a, b = docs["a"], docs["b"]
    qa, qb = _quote_id(a, "Jalur kereta cepat"), _quote_id(b, "Setelah uji coba")
    price, bus = _quote_id(a, "Harga tiket"), _quote_id(b, "Kami juga")
    (corpus_dir / "a.yml").write_text(
        f"links:\n  - quote: {qa}\n    other: b#{qb}\n    status: reject\n"
        f"  - quote: {price}\n    other: b#{bus}\n    status: confirm\n", encoding="utf-8")
    docs = _load(corpus_dir, lex)
    a, b = docs["a"], docs["b"]
    assert _same(a) == [(price, "b", bus, "editor")]
    assert _same(b) == [(bus, "a", price, "editor")]
    assert not [link for link in a.related if link.quote == qa and link.other_quote == qb]
    confirmed = next(link for link in a.related if link.source == "editor")
    assert confirmed.score == 1.0 and confirmed.reasons == ["editor"]


def test_stale_decision_is_a_warning(corpus_dir, lex):
    (corpus_dir / "a.yml").write_text("links:\n  - {quote: q99, other: 'b#q1', status: confirm}\n",
                                      encoding="utf-8")
    docs = _load(corpus_dir, lex)
    assert any("q99" in w and "links" in w for w in docs["a"].warnings)


@pytest.mark.parametrize(("value", "words"), [
    ("links: yes\n", "list"),
    ("links:\n  - {quote: q1, other: b, status: confirm}\n", "<article id>#<quote id>"),
    ("links:\n  - {quote: q1, other: 'b#q1', status: maybe}\n", "confirm or reject"),
    ("links:\n  - {quote: q1, other: 'b#q1', status: reject, why: x}\n", "unknown key"),
])
def test_bad_links_name_file_and_key(corpus_dir, lex, value, words):
    (corpus_dir / "a.yml").write_text(value, encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_corpus(sorted(corpus_dir.glob("*.txt")), lex=lex)
    assert err.value.key == "links" and err.value.path.endswith("a.yml")
    assert words in err.value.message


def test_page_shows_other_versions_with_diff_and_backlinks(corpus_dir, lex):
    docs = _load(corpus_dir, lex)
    ctx = SiteContext(docs=docs)
    page_a = render_article(docs["a"], ctx)
    section = page_a[page_a.index("## Pernyataan terkait"):]
    assert "Juga diberitakan oleh" in section
    assert "<ins>Setelah uji coba rampung,</ins>" in section and "<del>akan</del>" in section
    qb = _quote_id(docs["b"], "Setelah uji coba")
    assert f'href="../b/#{qb}"' in section
    assert "<b>" not in section and "&#60;b&#62;" in section  # quote text stays text
    page_b = render_article(docs["b"], ctx)
    backlinks = page_b[page_b.index("## Dirujuk oleh"):]
    assert 'href="../a/"' in backlinks


def test_extract_over_several_files_lists_related(corpus_dir):
    out = subprocess.run([sys.executable, "-m", "build_digest", "extract",
                          str(corpus_dir / "a.txt"), str(corpus_dir / "b.txt")],
                         capture_output=True, text=True, cwd=ROOT, check=True).stdout
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in records] == ["a", "b"]
    for record in records:
        assert isinstance(record["related"], list)
        for link in record["related"]:
            assert {"quote", "article", "other_quote", "kind", "score"} <= set(link)
            assert link["kind"] in ("same_statement", "related")
