"""The quote scorer on synthetic predictions: independent of the extractor's quality."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from build_digest import corpus
from build_digest.cli import main
from build_digest.doc import Document, Quote
from build_digest.errors import InputError
from build_digest.evaluate import (
    CaseCounts,
    Counts,
    evaluate,
    match_quotes,
    normalize_speaker,
    score_article,
)
from build_digest.gold import load_gold, locate, mark_style

ARTICLE = (
    "Menteri Keuangan Rina Sasmita mengatakan defisit aman.\n"
    '"Defisit masih di bawah tiga persen," kata Rina. "Kami tetap hati-hati."\n'
    "Film \u201cSang Penjaga\u201d tayang pekan ini.\n"
    "Ia menyebut pasar \u201cterlalu cemas.\u201d\n"
)
GOLD = """\
articles:
  - path: a.txt
    quotes:
      - text: "Defisit masih di bawah tiga persen,"
        speaker: Rina Sasmita
        tags: [split, name_after]
      - text: "Kami tetap hati-hati."
        speaker: Rina Sasmita
        tags: [split]
      - text: "terlalu cemas."
        speaker: Rina Sasmita
        partial: true
    not_quotes:
      - text: Sang Penjaga
        kind: title
"""


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    path = tmp_path / "gold.yaml"
    path.write_text(GOLD, encoding="utf-8")
    return path


def _located(gold_file: Path):
    gold = load_gold(gold_file)
    article = gold.articles[0]
    locate(article, ARTICLE, str(gold_file))
    return article


def _quote(text: str, speaker: str | None, partial: bool = False, occurrence: int = 0,
           pad: tuple[int, int] = (0, 0)) -> Quote:
    start = -1
    for _ in range(occurrence + 1):
        start = ARTICLE.index(text, start + 1)
    start, end = start - pad[0], start + len(text) + pad[1]
    return Quote(id=f"q{start}", start=start, end=end, text=ARTICLE[start:end], open_mark=start - 1,
                 close_mark=end, partial=partial, speaker=speaker)


def _score(gold_file: Path, quotes: list[Quote]):
    doc = Document(source="a.txt", id="a", text=ARTICLE, quotes=quotes)
    cases: dict[str, CaseCounts] = {}
    result = score_article(_located(gold_file), doc, cases)
    return result, cases


PERFECT = [("Defisit masih di bawah tiga persen,", "Rina Sasmita", False),
           ("Kami tetap hati-hati.", "Rina Sasmita", False),
           ("terlalu cemas.", "Rina Sasmita", True)]


def test_perfect_predictions_score_one(gold_file):
    result, cases = _score(gold_file, [_quote(*q) for q in PERFECT])
    for mode in ("strict", "lenient"):
        scores = result.counts[mode].scores()
        assert scores == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "speaker_accuracy": 1.0,
                          "attributed_f1": 1.0, "partial_accuracy": 1.0}
    assert not (result.misses or result.false_quotes or result.wrong_speakers or result.wrong_spans)
    assert cases["split"].gold == 2 and cases["split"].found == 2
    assert cases["partial"].gold == 1 and cases["marks:curly"].gold == 1
    assert cases["marks:straight"].gold == 2


def test_missing_quote_lowers_recall_only(gold_file):
    result, _ = _score(gold_file, [_quote(*q) for q in PERFECT[:2]])
    scores = result.counts["strict"].scores()
    assert scores["precision"] == 1.0
    assert scores["recall"] == pytest.approx(2 / 3)
    assert scores["f1"] == pytest.approx(0.8)
    assert [m["gold"] for m in result.misses] == ["terlalu cemas."]
    assert result.misses[0]["line"] == 4


def test_extra_quote_lowers_precision_and_names_the_title(gold_file):
    quotes = [_quote(*q) for q in PERFECT] + [_quote("Sang Penjaga", None)]
    result, _ = _score(gold_file, quotes)
    scores = result.counts["strict"].scores()
    assert scores["recall"] == 1.0
    assert scores["precision"] == pytest.approx(0.75)
    assert result.false_quotes == [{"predicted": "Sang Penjaga", "line": 3,
                                    "predicted_speaker": None, "not_quote": "title"}]


def test_wrong_speaker_counts_against_speaker_accuracy_and_attributed_f1(gold_file):
    quotes = [_quote(PERFECT[0][0], "  rina   SASMITA "),  # same name after normalization
              _quote(PERFECT[1][0], "Rina"),  # not the canonical name
              _quote(PERFECT[2][0], None, partial=True)]
    result, cases = _score(gold_file, quotes)
    strict = result.counts["strict"]
    assert (strict.matched, strict.speaker_right) == (3, 1)
    scores = strict.scores()
    assert scores["f1"] == 1.0
    assert scores["speaker_accuracy"] == pytest.approx(1 / 3)
    assert scores["attributed_f1"] == pytest.approx(1 / 3)
    assert [w["predicted_speaker"] for w in result.wrong_speakers] == ["Rina", None]
    assert (cases["split"].found, cases["split"].speaker_right) == (2, 1)


def test_null_speaker_matches_null_gold(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    gold = tmp_path / "g.yaml"
    gold.write_text('articles:\n  - path: a.txt\n    quotes:\n'
                    '      - {text: "Kami tetap hati-hati.", speaker: null}\n', encoding="utf-8")
    result, _ = _score(gold, [_quote("Kami tetap hati-hati.", None)])
    assert result.counts["strict"].speaker_right == 1
    result, _ = _score(gold, [_quote("Kami tetap hati-hati.", "Rina Sasmita")])
    assert result.counts["strict"].speaker_right == 0


def test_boundary_errors_match_leniently_not_strictly(gold_file):
    quotes = [_quote("Defisit masih di bawah tiga persen", "Rina Sasmita"),  # comma left out
              _quote(PERFECT[1][0], "Rina Sasmita", pad=(0, 1)),  # closing mark swallowed
              _quote("cemas", "Rina Sasmita", partial=True)]  # 5 of the 14 characters
    result, _ = _score(gold_file, quotes)
    assert result.counts["strict"].matched == 0
    assert result.counts["lenient"].matched == 2
    assert {w["gold"] for w in result.wrong_spans} == {PERFECT[0][0], PERFECT[1][0]}
    assert result.counts["lenient"].scores()["speaker_accuracy"] == 1.0


def test_white_space_around_a_predicted_span_is_ignored(tmp_path):
    text = '" Siap sedia, " kata Ayu.\n'
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    gold = tmp_path / "g.yaml"
    gold.write_text("articles:\n  - path: a.txt\n    quotes:\n"
                    "      - {text: 'Siap sedia,', speaker: Ayu}\n", encoding="utf-8")
    article = load_gold(gold).articles[0]
    locate(article, text, str(gold))
    pred = Quote(id="q", start=1, end=14, text=text[1:14], open_mark=0, close_mark=14,
                 speaker="Ayu")
    result = score_article(article, Document(source="a.txt", id="a", text=text, quotes=[pred]), {})
    assert result.counts["strict"].matched == 1


def test_matching_is_one_to_one():
    gold = [(10, 30)]
    pred = [(10, 30), (10, 30), (12, 30)]
    assert match_quotes(gold, pred, "strict") == [(0, 0)]
    assert match_quotes(gold, pred, "lenient") == [(0, 0)]
    # the best overlap wins, not the first prediction
    assert match_quotes([(0, 10)], [(0, 6), (0, 9)], "lenient") == [(0, 1)]
    assert match_quotes([(0, 10)], [(0, 4)], "lenient") == []
    assert match_quotes([(0, 10)], [(5, 20)], "lenient") == []


def test_no_predictions_scores_zero_without_crashing(gold_file):
    result, cases = _score(gold_file, [])
    assert result.counts["strict"].scores() == {k: 0.0 for k in (
        "precision", "recall", "f1", "speaker_accuracy", "attributed_f1", "partial_accuracy")}
    assert len(result.misses) == 3 and cases["split"].found == 0


def test_counts_add_up_to_micro_averages():
    total = Counts()
    total += Counts(gold=4, pred=2, matched=2, speaker_right=2, partial_right=2)
    total += Counts(gold=6, pred=8, matched=6, speaker_right=3, partial_right=6)
    scores = total.scores()
    assert scores["precision"] == pytest.approx(0.8)
    assert scores["recall"] == pytest.approx(0.8)
    assert scores["speaker_accuracy"] == pytest.approx(5 / 8)
    assert scores["attributed_f1"] == pytest.approx(0.5)


def test_speaker_names_normalize_case_space_and_unicode_form():
    assert normalize_speaker(" Dmitry\u00a0 PESKOV ") == normalize_speaker("dmitry peskov")
    assert normalize_speaker("Jose\u0301") == normalize_speaker("Jos\u00e9")
    assert normalize_speaker(None) is None
    assert normalize_speaker("Peskov") != normalize_speaker("Dmitry Peskov")


def test_mark_styles():
    text = '"a" \u201cb\u201d \u201cc" "d\n'
    assert mark_style(text, 1, 2) == "straight"
    assert mark_style(text, 5, 6) == "curly"
    assert mark_style(text, 9, 10) == "mismatched"
    assert mark_style(text, 13, 14) == "unclosed"


# --- gold files ----------------------------------------------------------------------------

def test_repeated_texts_resolve_to_successive_occurrences(tmp_path):
    text = '"Siap," kata A. Lalu B: "Siap," katanya.\n'
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    gold = tmp_path / "g.yaml"
    gold.write_text("articles:\n  - path: a.txt\n    quotes:\n"
                    "      - {text: 'Siap,', speaker: A}\n      - {text: 'Siap,', speaker: B}\n",
                    encoding="utf-8")
    article = load_gold(gold).articles[0]
    locate(article, text, str(gold))
    assert [q.start for q in article.quotes] == [1, text.rindex("Siap,")]


@pytest.mark.parametrize(("body", "problem", "key"), [
    ("articles:\n  - path: a.txt\n    quotes:\n      - {text: 'x', speeker: A}\n",
     "unknown field(s) speeker", "articles[0].quotes[0]"),
    ("articles:\n  - path: a.txt\n    quotes:\n      - {text: 'Kami tetap'}\n",
     "missing field(s) speaker", "articles[0].quotes[0]"),
    ("articles:\n  - path: a.txt\n    quotes:\n      - {text: 'x', speaker: A, tags: [splitt]}\n",
     "unknown tag(s) splitt", "articles[0].quotes[0]"),
    ("articles:\n  - path: a.txt\n    quotes:\n      - {text: ' x', speaker: A}\n",
     "leading or trailing white space", "articles[0].quotes[0]"),
    ("articles:\n  - path: a.txt\n    quotes:\n      - {text: 'x', speaker: A, partial: ya}\n",
     "partial must be true or false", "articles[0].quotes[0]"),
    ("articles:\n  - path: missing.txt\n    quotes: []\n", "article missing.txt not found",
     "articles[0]"),
    ("articles:\n  - path: a.txt\n    quotes: []\n  - path: ./a.txt\n    quotes: []\n",
     "listed twice", "articles[1]"),
    ("articles:\n  - path: a.txt\n    quotes: []\n    not_quotes:\n      - {text: x, kind: judul}\n",
     "unknown kind 'judul'", "articles[0].not_quotes[0]"),
    ("articles: [\n", "not valid YAML", None),
    ("artikel: []\n", "unknown field(s) artikel", "top level"),
])
def test_gold_file_errors_name_the_file_and_entry(tmp_path, body, problem, key):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    gold = tmp_path / "gold.yaml"
    gold.write_text(body, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_gold(gold)
    assert problem in info.value.problem
    assert info.value.path == str(gold)
    assert info.value.key == key


def test_gold_text_not_in_article_is_an_error_naming_the_entry(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    gold = tmp_path / "gold.yaml"
    gold.write_text("articles:\n  - path: a.txt\n    quotes:\n"
                    "      - {text: 'Kami tetap hati-hati.', speaker: A}\n"
                    "      - {text: 'Defisit masih', speaker: A}\n"  # out of order
                    "      - {text: 'Tidak ada', speaker: A}\n", encoding="utf-8")
    article = load_gold(gold).articles[0]
    with pytest.raises(InputError) as info:
        locate(article, ARTICLE, str(gold))
    assert info.value.key == "articles[0].quotes[1]"
    assert info.value.line == 5
    assert "after the previous quote" in info.value.problem


# --- the command ---------------------------------------------------------------------------

def _oracle_from(gold_path: Path):
    """A corpus step that predicts exactly the gold quotes: the plumbing must then score 1.0."""
    gold = load_gold(gold_path)
    by_path = {a.path: a for a in gold.articles}

    def oracle(docs: list[Document], lex) -> None:
        for doc in docs:
            article = by_path[Path(doc.source).resolve()]
            locate(article, doc.text, str(gold_path))
            doc.quotes = [Quote(id=f"q{i}", start=q.start, end=q.end, text=q.text,
                                open_mark=q.start - 1, close_mark=q.end, partial=q.partial,
                                speaker=q.speaker)
                          for i, q in enumerate(article.quotes)]
    return oracle


def test_evaluate_runs_the_corpus_and_scores_an_oracle_perfectly(gold_file, monkeypatch):
    monkeypatch.setattr(corpus, "CORPUS_STEPS", [*corpus.CORPUS_STEPS,
                                                 ("oracle", _oracle_from(gold_file))])
    result = evaluate([gold_file])
    assert result.scores("strict")["f1"] == 1.0
    assert result.scores("strict")["attributed_f1"] == 1.0
    assert result.totals["strict"].gold == 3


def test_cli_thresholds_and_json(gold_file, capsys):
    assert main(["evaluate", str(gold_file), "--min-f1", "0"]) == 0
    out = capsys.readouterr().out
    assert "quote F1" in out and "attributed-quote F1" in out
    assert main(["evaluate", str(gold_file), "--min-f1", "1.01"]) == 1
    assert "below threshold: quote F1" in capsys.readouterr().err
    assert main(["evaluate", str(gold_file), "--min-speaker", "1.01"]) == 1
    capsys.readouterr()
    assert main(["evaluate", str(gold_file), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["totals"]["strict"]["counts"]["gold"] == 3
    assert payload["articles"][0]["source"].endswith("a.txt")


def test_cli_reports_gold_errors_plainly(tmp_path, capsys):
    gold = tmp_path / "gold.yaml"
    gold.write_text("articles:\n  - path: nope.txt\n    quotes: []\n", encoding="utf-8")
    assert main(["evaluate", str(gold)]) == 2
    err = capsys.readouterr().err
    assert str(gold) in err and "[articles[0]]" in err and "nope.txt not found" in err
