"""What makes large corpora fast must not change results: the process pool, the match
prefilter, string-only relative URLs, and same-statement clusters."""

from __future__ import annotations

import itertools
import posixpath
import shutil
from pathlib import Path

import pytest
from conftest import ROOT, SEED_FILES

from build_digest import parallel
from build_digest.corpus import load_corpus
from build_digest.doc import Document, Quote, RelatedLink
from build_digest.export import document_json
from build_digest.related.evaluate import load_versions, statements
from build_digest.related.match import compare, could_be_same, idf_weights
from build_digest.related.step import MAX_SAME_LINKS, _cap_same, _Weights, mark_clusters
from build_digest.render.site import relative_url


def _relpath_url(from_md: str, to_url: str) -> str:
    """The former definition of relative_url, on posixpath.relpath."""
    if from_md == "index.md":
        base = ""
    elif from_md.endswith("/index.md"):
        base = from_md[: -len("index.md")]
    else:
        base = from_md[: -len(".md")] + "/"
    rel = posixpath.relpath(to_url or ".", base or ".")
    if to_url.endswith("/") and not rel.endswith("/"):
        rel += "/"
    return "./" if rel in (".", "./") else rel


def test_relative_url_agrees_with_relpath():
    froms = ["index.md", "articles/a.md", "articles/index.md", "speakers/b.md", "guide.md",
             "chronology/index.md", "a/b/c.md"]
    tos = ["", "articles/a/", "articles/b/", "articles/", "speakers/b/", "data/statements.json",
           "feed.xml", "chronology/", "a/b/", "a/b/c/", "guide/", "articles/a/x.json"]
    for from_md, to_url in itertools.product(froms, tos):
        assert relative_url(from_md, to_url) == _relpath_url(from_md, to_url), (from_md, to_url)


def test_prefilter_never_drops_a_match(lex):
    """Every pair of the labelled statement sets that compare() calls one statement passes."""
    for name in ("pairs.yaml", "heldout.yaml"):
        stmts = statements(load_versions(ROOT / "tests" / "related" / name), lex)
        idf = idf_weights([s.key_set for s in stmts])
        weight = _Weights(idf).__getitem__
        matched = 0
        for a, b in itertools.combinations(stmts, 2):
            if compare(a, b, weight).same:
                matched += 1
                assert could_be_same(a, b), (a.ref, b.ref)
        assert matched > 10


def test_pool_gives_the_serial_result(tmp_path: Path, lex, monkeypatch: pytest.MonkeyPatch):
    for copy in range(4):
        for seed in SEED_FILES:
            shutil.copy(seed, tmp_path / f"{copy}_{seed.name}")
    (tmp_path / "9_bad.txt").write_bytes(b"")
    paths = sorted(tmp_path.glob("*.txt"))
    monkeypatch.setenv("BUILD_DIGEST_JOBS", "1")
    serial = load_corpus(paths, keep_going=True, lex=lex)
    monkeypatch.setenv("BUILD_DIGEST_JOBS", "2")
    monkeypatch.setattr(parallel, "PARALLEL_MIN", 2)
    monkeypatch.setattr(parallel, "CHUNK", 3)
    pooled = load_corpus(paths, keep_going=True, lex=lex)
    assert [document_json(d) for d in pooled.docs] == [document_json(d) for d in serial.docs]
    assert [f.message for f in pooled.failures] == [f.message for f in serial.failures]
    assert len(pooled.failures) == 1


def _doc(doc_id: str, published: str | None, quotes: int) -> Document:
    import datetime as dt

    doc = Document(source=f"{doc_id}.txt", id=doc_id, text="x" * 100)
    doc.meta.published = dt.date.fromisoformat(published) if published else None
    doc.quotes = [Quote(f"q{i}", i, i + 1, "x", i, i + 1) for i in range(quotes)]
    return doc


def _link(a: Document, qa: str, b: Document, qb: str, score: float) -> None:
    a.related.append(RelatedLink(qa, b.id, qb, "same_statement", score))
    b.related.append(RelatedLink(qb, a.id, qa, "same_statement", score))


def test_clusters_name_the_earliest_version_and_count_all():
    docs = [_doc(f"d{i}", f"2025-03-{10 + i:02d}", 2) for i in range(12)]
    docs[5].meta.published = None
    for a, b in itertools.combinations(docs[:10], 2):  # one statement in ten articles
        _link(a, "q0", b, "q0", 0.9 - int(b.id[1:]) / 100)
    _link(docs[10], "q1", docs[11], "q1", 0.8)  # another, in two
    mark_clusters(docs)
    for doc in docs[:10]:
        assert doc.quotes[0].attrs == {"statement": "d0#q0", "statement_versions": 10}
        assert "statement" not in doc.quotes[1].attrs
    assert docs[11].quotes[1].attrs["statement"] == "d10#q1"
    for doc in docs:
        doc.related.sort(key=lambda link: (link.quote, link.kind != "same_statement",
                                           -link.score, link.article, link.other_quote))
        capped = _cap_same(doc.related)
        per_quote = [link for link in capped if link.quote == "q0"]
        assert len(per_quote) == (MAX_SAME_LINKS if doc in docs[:10] else 0)
        assert per_quote == [link for link in doc.related if link.quote == "q0"][:MAX_SAME_LINKS]


def test_link_scan_reads_pages_as_the_html_parser_does():
    from build_digest.linkcheck import PageLinks, _PageScan

    page = ('<!doctype html><HTML><head><link rel="preconnect" href="https://x.example">'
            '<link rel=stylesheet href=a.css><script src="s.js"></script>'
            '<script>var t = "<a href=\'fake/\'>"; if (a > b) {}</script>'
            '<style>p > a { }</style></head><body><!-- <a href="commented/"> -->'
            '<p id="p1" title="a > b" data-x=\'y\'>x</p><A HREF="q/?a=1&amp;b=2#f" id=top>'
            '</A><a name="n1" href="#p1" href="dup/">d</a><img src="i.png" alt="">'
            '<video src="v.mp4" poster="p.jpg"></video><form action="/go"><input id="">'
            '<div\nid="multi"\n>y</div></body></HTML>')
    reference = _PageScan()
    reference.feed(page)
    reference.close()
    fast = PageLinks(page)
    assert fast.urls == reference.urls
    assert fast.ids == reference.ids
    assert "fake/" not in fast.urls and "commented/" not in fast.urls
