"""Related statements on the five seed articles."""

from __future__ import annotations

import pytest
from conftest import SEED_FILES
from related_support import locate_quotes

from build_digest.corpus import load_corpus
from build_digest.related.step import MAX_RELATED, link_related


@pytest.fixture(scope="module")
def linked(lex):
    """The seeds as one corpus (the build's own load, corpus steps included)."""
    docs = load_corpus(SEED_FILES, lex=lex).docs
    if not any(doc.quotes for doc in docs):  # before quote extraction: quoted passages
        for doc in docs:
            doc.quotes = locate_quotes(doc)
        link_related(docs, lex)
    return {doc.source.rsplit("/", 1)[-1][:3]: doc for doc in docs}


def _text(docs, article, quote_id):
    doc = next(d for d in docs.values() if d.id == article)
    return next(q.text for q in doc.quotes if q.id == quote_id)


def test_the_three_same_statement_pairs_and_no_other(linked):
    pairs = set()
    for key, doc in linked.items():
        for link in doc.related:
            if link.kind == "same_statement":
                other = next(k for k, d in linked.items() if d.id == link.article)
                mine = next(q.text for q in doc.quotes if q.id == link.quote)
                theirs = _text(linked, link.article, link.other_quote)
                pairs.add(tuple(sorted([(key, mine[:25]), (other, theirs[:25])])))
    assert pairs == {
        (("000", "Kami lebih terkesan denga"), ("001", "Kami jauh lebih terkesan ")),
        (("000", "Ada kemauan politik yang "), ("001", "Ada kemauan politik… untu")),
        (("000", "Administrasi AS sebelumny"), ("001", "Tidak seperti pemerintaha")),
    }


def test_links_are_symmetric_cross_article_and_bounded(linked):
    for doc in linked.values():
        per_quote: dict[str, int] = {}
        for link in doc.related:
            assert link.article != doc.id
            if link.kind == "related":
                per_quote[link.quote] = per_quote.get(link.quote, 0) + 1
                assert "shared_terms" in link.reasons and link.terms
            else:
                other = next(d for d in linked.values() if d.id == link.article)
                assert any(back.article == doc.id and back.other_quote == link.quote
                           and back.kind == "same_statement" for back in other.related)
        assert all(n <= MAX_RELATED for n in per_quote.values())


def test_related_links_name_shared_topic_terms(linked):
    doc = linked["002"]
    contact = next(q for q in doc.quotes if q.text.startswith("Kontak sedang dipersiapkan"))
    links = [link for link in doc.related if link.quote == contact.id and link.kind == "related"]
    assert links, "the expert-level contacts (002) and prisoner-exchange contacts (003) share a topic"
    best = links[0]
    assert _text(linked, best.article, best.other_quote).startswith("Ada kontak di tingkat ahli")
    assert any("tingkat ahli" in term.lower() for term in best.terms)
