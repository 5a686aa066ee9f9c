"""Same-statement matching: normalization, the views of the matcher, and the figures on the
hand-written statement sets (tests/related/)."""

from pathlib import Path

import pytest

from build_digest.related.evaluate import evaluate
from build_digest.related.index import BlockingIndex, index_terms
from build_digest.related.match import Statement, compare, speaker_prior
from build_digest.related.text import normalizer

DATA = Path(__file__).parent / "related"


def stmt(lex, text, speaker=None, language="id"):
    norm = normalizer(lex, language)
    return Statement(norm.content_keys(text), norm.segments(text), speaker, language)


@pytest.mark.parametrize(("words", "key"), [
    (["menyelesaikan", "penyelesaian", "selesai"], "selesai"),
    (["menghentikan", "dihentikan", "mengakhiri"], "henti"),
    (["pemerintahan", "administrasi"], "administrasi"),
    (["mempertahankan", "bertahan"], "tahan"),
    (["mencari", "dicari"], "cari"),
    (["pertukaran", "ditukar"], "tukar"),
])
def test_word_forms_share_a_key(lex, words, key):
    norm = normalizer(lex, "id")
    assert {norm.key(w)[0] for w in words} == {key}


def test_names_are_not_stemmed_and_phrases_join(lex):
    norm = normalizer(lex, "id")
    keys = norm.content_keys("Mereka bertemu di Arab Saudi, kata pejabat Amerika Serikat.")
    assert "saudi" in keys and "as" in keys and "serikat" not in keys


def test_ellipsis_splits_segments(lex):
    norm = normalizer(lex, "id")
    assert len(norm.segments("Kami siap berunding… tetapi tidak di bawah ancaman sanksi.")) == 2


def test_continuation_after_shared_passage_still_matches(lex):
    full = stmt(lex, "Pasokan listrik di seluruh kota akan pulih sepenuhnya pada Jumat malam,")
    longer = stmt(lex, "Pasokan listrik di seluruh kota akan pulih… pada Jumat malam. Kami minta "
                       "warga menghemat pemakaian alat elektronik yang besar daya listriknya selama "
                       "masa pemulihan,")
    assert compare(full, longer).same


def test_speaker_prior(lex):
    a = "Kami akan terus memantau situasi di pelabuhan dan mengambil langkah bila diperlukan,"
    b = "Kami terus memantau situasi di pelabuhan dan akan mengambil langkah yang diperlukan,"
    assert compare(stmt(lex, a, "Ani"), stmt(lex, b, "Ani")).same
    assert not compare(stmt(lex, a, "Ani"), stmt(lex, b, "Budi")).same
    assert compare(stmt(lex, a), stmt(lex, b)).same  # unknown speakers: the text decides
    assert speaker_prior("Ani", "ani", 3) > speaker_prior(None, "Ani", 3) == 0
    assert speaker_prior("Ani", "Budi", 12) > speaker_prior("Ani", "Budi", 3)


def test_few_shared_words_are_not_one_statement(lex):
    assert not compare(stmt(lex, "Kami siap berdialog,"),
                       stmt(lex, "Kami siap berdialog dengan siapa saja, tetapi tuntutan kami soal "
                                 "perbatasan tidak berubah sejak awal perundingan,")).same


def test_precision_and_recall_on_the_calibration_set(lex):
    report = evaluate(DATA / "pairs.yaml", lex)
    print(report.summary())
    assert report.tp + report.fn >= 35 and report.hard_negatives >= 150
    assert report.precision >= 0.95 and report.recall >= 0.95, report.errors


def test_precision_and_recall_on_the_held_out_set(lex):
    report = evaluate(DATA / "heldout.yaml", lex)
    print(report.summary())
    assert report.tp + report.fn >= 10
    assert report.precision >= 0.9 and report.recall >= 0.9, report.errors


def test_blocking_keeps_every_true_pair_of_the_set(lex):
    """Candidate search must not lose a pair that the matcher would link."""
    import yaml

    data = yaml.safe_load((DATA / "pairs.yaml").read_text(encoding="utf-8"))
    texts = [(st["id"], v["text"], v.get("language", st.get("language", "id")))
             for st in data["statements"] for v in st["versions"]]
    index = BlockingIndex(max_posting=10)
    for _id, text, language in texts:
        index.add(index_terms(normalizer(lex, language).content_keys(text)))
    candidates = {(i, j) for i, j, _n in index.pairs(min_shared=2)}
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            if texts[i][0] == texts[j][0] and texts[i][2] == texts[j][2]:
                assert (i, j) in candidates, (texts[i][1], texts[j][1])
    assert len(candidates) < len(texts) * (len(texts) - 1) / 2 / 4


def test_common_terms_leave_candidate_search():
    index = BlockingIndex(max_posting=3)
    for n in range(6):
        index.add({"perang", f"unik{n}", f"lain{n}"})
    index.add({"unik0", "lain0"})
    assert not index.selective("perang")
    assert {(i, j) for i, j, _ in index.pairs()} == {(0, 6)}
