"""The gold files themselves: every quote found exactly, between marks, in visible text."""

from __future__ import annotations

from collections import Counter
from itertools import pairwise
from pathlib import Path

import pytest

from build_digest.decode import decode_bytes
from build_digest.evaluate import quote_cases
from build_digest.gold import CASE_TAGS, OPENING_MARKS, load_gold, locate
from build_digest.ingest import load_document

GOLD_DIR = Path(__file__).parent / "gold"
GOLD_FILES = sorted(GOLD_DIR.glob("*.yaml"))
CLOSING = "\"\u201d\u201c"


def _loaded(gold_path: Path):
    gold = load_gold(gold_path)
    texts = {}
    for article in gold.articles:
        texts[article.path] = decode_bytes(article.path.read_bytes(), str(article.path)).text
        locate(article, texts[article.path], str(gold_path))
    return gold, texts


def test_gold_files_exist():
    assert {p.name for p in GOLD_FILES} >= {"seeds.yaml", "articles.yaml", "heldout.yaml", "heldout2.yaml"}


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name)
def test_every_gold_quote_sits_exactly_between_marks(gold_path, lex):
    gold, texts = _loaded(gold_path)
    for article in gold.articles:
        text = texts[article.path]
        doc = load_document(article.path, lex=lex)
        assert doc.text == text
        spans = sorted([(q.start, q.end, q.key) for q in article.quotes])
        for (_, end, key), (start, _, _) in pairwise(spans):
            assert end <= start, f"{key} overlaps the next gold quote"
        for quote in article.quotes:
            where = f"{article.path.name} {quote.key} {quote.text[:40]!r}"
            before = text[:quote.start].rstrip(" \u00a0")
            assert before[-1] in OPENING_MARKS, where
            after = text[quote.end:quote.end + 1]
            # closed by a mark, left open to the end of its paragraph, or left open before its
            # own attribution there ("Kami lelah, ujar Dwi.": a short clause, no mark, full stop)
            rest = text[quote.end:].split("\n", 1)[0].strip()
            own_attribution = (rest.startswith(", ") and rest.endswith((".", "!", "?"))
                               and len(rest.split()) <= 11 and not any(m in rest for m in CLOSING))
            assert after in CLOSING or rest == "" or own_attribution, where
            inner = quote.text.replace("\u201c", "\0").replace("\u201d", "\0")
            assert '"' not in inner and "\0" not in inner, f"{where}: a mark inside the quote"
            assert not doc.is_removed(quote.start), f"{where}: inside boilerplate or a caption"
        for item in article.not_quotes:
            assert not any(q.start < item.end and item.start < q.end for q in article.quotes), (
                f"{item.key} overlaps a gold quote")


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name)
def test_speaker_names_are_canonical_within_a_gold_file(gold_path):
    """No speaker is a shorter form of another ("Peskov" beside "Dmitry Peskov")."""
    gold, _ = _loaded(gold_path)
    names = {q.speaker for a in gold.articles for q in a.quotes if q.speaker}
    for name in names:
        for other in names - {name}:
            assert not other.endswith(" " + name) and not other.startswith(name + " "), (
                f"{name!r} and {other!r} look like the same person")


@pytest.mark.parametrize("name", ["articles.yaml", "heldout.yaml", "heldout2.yaml"])
def test_article_gold_covers_every_case(name):
    """The tuning set and the held-out set each exercise every case (a few quotes at least)."""
    gold, texts = _loaded(GOLD_DIR / name)
    cases: Counter[str] = Counter()
    for article in gold.articles:
        for quote in article.quotes:
            found = quote_cases(quote, texts[article.path])
            cases.update(found)
            if "marks:unclosed" in found and "continuation" not in quote.tags:
                cases["broken mark"] += 1  # left open by damage, not by a running quote
    assert sum(len(a.quotes) for a in gold.articles) >= 150
    for case in [*CASE_TAGS, "marks:straight", "marks:curly", "marks:mismatched",
                 "broken mark", "partial", "no_speaker"]:
        assert cases[case] >= 3, f"only {cases[case]} gold quote(s) for {case}"
    kinds = Counter(n.kind for a in gold.articles for n in a.not_quotes)
    assert sum(kinds.values()) >= 10 and len(kinds) >= 3
