"""Publication dates: sidecar, date stamps, weekday-dated references, corpus years; else unknown."""

import datetime as dt

import pytest
from conftest import SEED_FILES

from build_digest.corpus import load_corpus


@pytest.fixture(scope="module")
def corpus(lex):
    return {d.source.rsplit("/", 1)[-1][:3]: d for d in load_corpus(SEED_FILES, lex=lex).docs}


def published(doc):
    m = doc.meta
    return (m.published and m.published.isoformat(), m.published_precision, m.published_inferred)


def events(doc):
    return [(e.date, e.precision, e.inferred, doc.text[s.start:s.end])
            for e in doc.events if e.date
            for s in doc.spans_of("date")
            if e.start <= s.start < e.end and s.get("value") == e.date and not s.get("stamp")]


def bounded(doc):
    return [(e.between, e.between_precision, doc.text[s.start:s.end])
            for e in doc.events if e.date is None
            for s in doc.spans_of("date")
            if e.start <= s.start < e.end and (s.get("earliest"), s.get("latest")) == e.between]


def test_seed_publication_dates(corpus):
    # 001 cites the call "pada hari Rabu (12/2/2025)": published within the week after it.
    assert published(corpus["001"]) == ("2025-02-01", "month", True)
    assert corpus["001"].meta.published_window == (dt.date(2025, 2, 12), dt.date(2025, 2, 18))
    assert "12/2/2025" in corpus["001"].meta.published_evidence
    # 002 is stamped "Rabu, 26 Februari" without a year; 26 February is a Wednesday in 2025,
    # the year of the other dated article of the corpus.
    assert published(corpus["002"]) == ("2025-02-26", "day", True)
    assert "Rabu, 26 Februari" in corpus["002"].meta.published_evidence
    assert corpus["002"].meta.provenance["published"] == "inferred"
    # 003: the war "telah berlangsung lebih dari tiga setengah tahun" since "Februari 2022",
    # and "Agustus lalu" is past: September 2025 to February 2026, across a year, so no date
    # but a window
    assert published(corpus["003"]) == (None, None, False)
    assert corpus["003"].meta.published_window == (dt.date(2025, 9, 1), dt.date(2026, 2, 28))
    for phrase in ("lebih dari tiga setengah tahun", "Februari 2022", "Agustus lalu"):
        assert phrase in corpus["003"].meta.published_evidence
    # 004 states only "sejak awal 2022", but it names "Penasihat Keamanan Nasional AS Mike
    # Waltz" (in office 20 January - 1 May 2025) and "Menteri Pertahanan Pete Hegseth" (from 25
    # January 2025): within a week of those terms, a window inside 2025
    assert published(corpus["004"]) == ("2025-01-01", "year", True)
    assert corpus["004"].meta.published_window == (dt.date(2025, 1, 18), dt.date(2025, 5, 8))
    for phrase in ("Mike Waltz", "2025-05-01", "Pete Hegseth"):
        assert phrase in corpus["004"].meta.published_evidence
    # 000 names no year anywhere, and its war "telah berlangsung selama tiga tahun" has no dated
    # start; but three of its statements are 001's: 001's week, one news cycle either side
    assert published(corpus["000"]) == ("2025-02-01", "month", True)
    assert corpus["000"].meta.published_window == (dt.date(2025, 2, 5), dt.date(2025, 2, 25))
    assert "3 pernyataan yang sama" in corpus["000"].meta.published_evidence


def test_seed_events_table(corpus):
    # a three-week window (5 to 25 February) places no weekday on a day, but the month holds
    # every Wednesday it allows and "kemarin"; a Thursday may be 30 January: only the year is sure
    assert events(corpus["000"]) == [
        ("2025", "year", True, "pada Kamis"),
        ("2025-02", "month", True, "pada Rabu"),
        ("2025-02", "month", True, "kemarin"),
    ]
    assert events(corpus["001"]) == [
        ("2025-02-12", "day", False, "Rabu (12/2/2025)"),
        ("2022-02", "month", False, "bulan Februari 2022"),
        ("2025-02-12", "day", True, "pada hari Rabu"),
        ("2025-05-09", "day", True, "tanggal 9 Mei"),
    ]
    assert events(corpus["002"]) == [
        ("2025-02", "month", True, "pekan lalu"),
        ("2025-02", "month", True, "pekan ini"),
        ("2025-02-28", "day", True, "pada Jumat"),
    ]
    assert events(corpus["003"]) == [
        ("2025-08", "month", True, "pada Agustus lalu"),
        ("2025-05-16", "day", True, "16 Mei"),
        ("2025-06-02", "day", True, "2 Juni"),
        ("2025-07-23", "day", True, "23 Juli"),
        ("2022-02", "month", False, "Februari 2022"),
    ]
    # the window lies before 14 June 2025 and after November 2024: the June and the November
    # it reports as past are those of 2024; its weeks and weekdays fall somewhere in 2025
    assert events(corpus["004"]) == [
        ("2022", "year", False, "awal 2022"),
        ("2025", "year", True, "pekan lalu"),
        ("2025", "year", True, "pada hari Jumat"),
        ("2025", "year", True, "pada hari Minggu"),
        ("2025", "year", True, "awal bulan ini"),
        ("2025", "year", True, "minggu ini"),
        ("2024-06-14", "day", True, "14 Juni"),
        ("2024-11", "month", True, "bulan November"),
    ]
    # what the window cannot pin to one year keeps only its bounds: "bulan lalu" may be August
    # 2025 to January 2026, "Sabtu lalu" and "pada Senin" any week of it
    unresolved = sorted(corpus["003"].text[s.start:s.end] for s in corpus["003"].spans_of("date")
                        if s.get("value") is None)
    assert unresolved == ["Pada Sabtu lalu", "bulan lalu", "pada Senin"]
    assert bounded(corpus["003"]) == [
        (("2025-09-01", "2026-02-23"), "day", "pada Senin"),
        (("2025-08", "2026-01"), "month", "bulan lalu"),
        (("2025-08-30", "2026-02-21"), "day", "Pada Sabtu lalu"),
    ]
    assert all(e.inferred for e in corpus["003"].events if e.date is None)


def test_stamp_without_year_stays_unknown_alone(seed_docs):
    assert seed_docs["002"].meta.published is None
    assert not seed_docs["002"].events  # nothing relative resolves without the anchor


def test_sidecar_date_wins_and_anchors_relative_dates(make_doc):
    doc = make_doc("Kesepakatan Dagang\nKesepakatan berlaku, ujar juru bicara, Rabu (26/2/2025).\n"
                   "Perundingan berikutnya akan digelar pada Jumat.\n",
                   sidecar="published: 2025-03-05\n")
    assert published(doc) == ("2025-03-05", "day", False)
    assert doc.meta.published_evidence == "sidecar" and doc.meta.provenance["published"] == "sidecar"
    assert [(e.date, e.precision) for e in doc.events] == [("2025-03-07", "day")]


def test_sidecar_month_gives_a_month_window(make_doc):
    doc = make_doc("Rapat Kabinet\nMenteri mengatakan pada Selasa rapat diundur hingga Agustus "
                   "lalu.\n", sidecar="published: 2025-11\n")
    assert published(doc) == ("2025-11-01", "month", False)
    dates = {doc.text[s.start:s.end]: s.get("value") for s in doc.spans_of("date")}
    precisions = {doc.text[s.start:s.end]: s.get("precision") for s in doc.spans_of("date")}
    # the day cannot follow from a month; the Tuesday before 1 November is in October: the year
    assert (dates["pada Selasa"], precisions["pada Selasa"]) == ("2025", "year")
    assert dates["hingga Agustus lalu"] == "2025-08"


def test_stated_stamp_is_not_inferred(make_doc):
    doc = make_doc("Harga Cabai Naik\nHarga cabai naik tajam, kata pedagang, Selasa (4/3/2025).\n")
    assert published(doc) == ("2025-03-04", "day", False)
    assert "Selasa (4/3/2025)" in doc.meta.published_evidence
    assert not doc.events  # the stamp dates the report, it is no event


def test_stamp_year_from_the_article(make_doc):
    doc = make_doc("Tarif Baru\nTarif itu berlaku sejak Januari 2025, ujar menteri, Rabu (26/2).\n")
    assert published(doc) == ("2025-02-26", "day", True)
    assert "2025" in doc.meta.published_evidence


def test_weekday_mismatch_is_no_evidence(make_doc):
    doc = make_doc("Rapat Darurat\nRapat pada hari Senin (12/2/2025) memutuskan hal itu.\n")
    assert doc.meta.published is None  # 12 February 2025 was a Wednesday


def test_reference_window_across_months_keeps_only_the_year(make_doc):
    doc = make_doc("Menteri Bertemu Mitra\nPertemuan pada hari Kamis (27/2/2025) membahas tarif.\n")
    assert published(doc) == ("2025-01-01", "year", True)
    assert "2025-02-27" in doc.meta.published_evidence and "2025-03-05" in doc.meta.published_evidence


def test_corpus_year_needs_a_consistent_weekday(tmp_path, lex):
    a = tmp_path / "a.txt"
    a.write_text("Sidang Ditunda\nSidang ditunda, kata hakim, Jumat (26/2).\n", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("Harga Cabai\nHarga naik, kata pedagang, Selasa (4/3/2025).\n", encoding="utf-8")
    docs = {d.id: d for d in load_corpus([a, b], lex=lex).docs}
    # 26 February is no Friday in 2024, 2025 or 2026: the year stays unknown
    assert docs["a"].meta.published is None
    assert docs["b"].meta.published == dt.date(2025, 3, 4)
