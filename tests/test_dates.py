"""Date expressions: found by the language's rules and resolved against the publication date."""

import datetime as dt

import pytest

from build_digest.datelang import date_language
from build_digest.steps.dates import collapse, library_parse

FLOOD = (
    "Banjir Rob Rendam Pesisir Utara\n"
    "JAKARTA, Kamis (15/1/2026) - Pemerintah kota mengumumkan status tanggap darurat pada Senin "
    "setelah banjir rob merendam tiga kecamatan.\n"
    "Banjir serupa terjadi pada Desember lalu dan kembali datang awal bulan ini, kata kepala dinas.\n"
    "Sabtu lalu, warga sudah mengungsi. Pekan lalu hujan turun tanpa henti, dan kemarin air mulai "
    "surut.\n"
    "Rapat evaluasi dijadwalkan pada 30 Februari, menurut surat edaran yang keliru itu.\n"
    "Tahun lalu banjir juga melanda pada bulan Maret, dan dalam beberapa hari ini air naik lagi.\n"
    "Baca Juga: Banjir 12 Maret 2024 Rendam Ribuan Rumah\n"
    "Berita Terkait\n- Banjir Bandang 3 Januari 2026 di Hulu Sungai\n"
)


def dates_of(doc):
    return {doc.text[s.start:s.end]: (s.get("value"), s.get("precision"))
            for s in doc.spans_of("date")}


def test_relative_dates_across_a_year_boundary(make_doc):
    found = dates_of(make_doc(FLOOD))
    assert found["pada Desember lalu"] == ("2025-12", "month")
    assert found["awal bulan ini"] == ("2026-01", "month")
    assert found["Pekan lalu"] == ("2026-01", "month")  # 5-11 January 2026
    assert found["Tahun lalu"] == ("2025", "year")
    assert found["bulan Maret"] == ("2025-03", "month")  # the latest March before the article


def test_weekdays_resolve_to_the_latest_such_day(make_doc):
    found = dates_of(make_doc(FLOOD))
    assert found["pada Senin"] == ("2026-01-12", "day")
    assert found["Sabtu lalu"] == ("2026-01-10", "day")
    assert found["kemarin"] == ("2026-01-14", "day")


def test_impossible_date_is_flagged_and_warned(make_doc):
    doc = make_doc(FLOOD)
    bad = [s for s in doc.spans_of("date") if doc.text[s.start:s.end] == "30 Februari"]
    assert len(bad) == 1 and bad[0].get("invalid") and bad[0].get("value") is None
    assert any("30 Februari" in w and "line 5" in w for w in doc.warnings)


def test_dates_in_boilerplate_and_durations_are_not_dates(make_doc):
    found = dates_of(make_doc(FLOOD))
    assert not any("2024" in k or "3 Januari" in k for k in found)
    assert not any("hari ini" in k for k in found)  # "beberapa hari ini" is a duration


def test_no_anchor_no_relative_date(make_doc):
    doc = make_doc("Warga Mengungsi Lagi\nWarga mengungsi pada Kamis, dan sejak bulan lalu hujan "
                   "tidak berhenti. Sungai meluap pertama kali pada Februari 2022.\n")
    found = dates_of(doc)
    assert found["pada Kamis"] == (None, None)
    assert found["bulan lalu"] == (None, None)
    assert found["Februari 2022"] == ("2022-02", "month")
    assert doc.meta.published is None


def test_future_cue_points_a_weekday_forward(make_doc):
    doc = make_doc("Perundingan Dagang\nKesepakatan itu diteken, ujar juru bicara, Rabu (26/2/2025).\n"
                   "Kedua menteri akan bertemu lagi pada Jumat. Mereka sudah bertemu pada Senin.\n")
    found = dates_of(doc)
    assert found["pada Jumat"] == ("2025-02-28", "day")
    assert found["pada Senin"] == ("2025-02-24", "day")


def test_day_month_without_year_follows_tense(make_doc):
    doc = make_doc("Parade Tahunan\nMenteri itu berbicara, Rabu (12/2/2025). Ia akan hadir dalam "
                   "parade pada 9 Mei. Putaran pertama digelar pada 14 Juni.\n")
    found = dates_of(doc)
    assert found["9 Mei"] == ("2025-05-09", "day")
    assert found["14 Juni"] == ("2024-06-14", "day")


def test_english_dates(make_doc):
    doc = make_doc(
        "LONDON, Feb. 26, 2025 (Reuters) - The minister said on Monday that the talks held last "
        "week in Riyadh were useful.\nThe president set his conditions on June 14, and the war "
        "began in February 2022. The two leaders last met last August, and spoke by phone "
        "yesterday. He will travel to Paris on Friday.\n")
    assert doc.meta.language == "en"
    assert (doc.meta.published, doc.meta.published_inferred) == (dt.date(2025, 2, 26), False)
    found = dates_of(doc)
    assert found["on Monday"] == ("2025-02-24", "day")
    assert found["last week"] == ("2025-02", "month")
    assert found["June 14"] == ("2024-06-14", "day")
    assert found["February 2022"] == ("2022-02", "month")
    assert found["last August"] == ("2024-08", "month")
    assert found["yesterday"] == ("2025-02-25", "day")
    assert found["on Friday"] == ("2025-02-28", "day")


def test_seed_date_expressions(seed_docs):
    texts = {key: sorted(doc.text[s.start:s.end] for s in doc.spans_of("date"))
             for key, doc in seed_docs.items()}
    assert texts["000"] == ["kemarin", "pada Kamis", "pada Rabu"]
    assert "pada Agustus lalu" in texts["003"] and "Pada Sabtu lalu" in texts["003"]
    assert {"16 Mei", "2 Juni", "23 Juli", "Februari 2022"} <= set(texts["003"])
    assert {"awal 2022", "pekan lalu", "awal bulan ini", "minggu ini", "14 Juni",
            "bulan November"} <= set(texts["004"])
    # the footer lists of seed 000 mention 2025 and 2026: boilerplate, never dates
    assert not any("2025" in t or "2026" in t for t in texts["000"])


@pytest.mark.parametrize(("lo", "hi", "expected"), [
    (dt.date(2025, 2, 3), dt.date(2025, 2, 3), ("2025-02-03", "day")),
    (dt.date(2025, 2, 17), dt.date(2025, 2, 23), ("2025-02-01", "month")),
    (dt.date(2025, 2, 24), dt.date(2025, 3, 2), ("2025-01-01", "year")),
])
def test_collapse_keeps_only_the_precision_a_range_allows(lo, hi, expected):
    period = collapse(lo, hi)
    assert (period.date.isoformat(), period.precision) == expected
    assert collapse(dt.date(2025, 12, 29), dt.date(2026, 1, 4)) is None


def test_library_reads_indonesian_and_rejects_impossible_days(lex):
    lang = date_language(lex, "id")
    assert library_parse("12/2/2025", lang.code, dt.date(2030, 1, 1)).date == dt.date(2025, 2, 12)
    assert library_parse("29 Februari 2025", lang.code, dt.date(2030, 1, 1)) is None


def test_wide_window_coarsens_a_relative_date_to_what_every_day_agrees_on(make_doc):
    text = ("Banjir Susulan\nWarga kembali mengungsi pekan lalu, dan bulan lalu tanggul sudah "
            "retak, kata lurah. Pada 3 Maret tanggul itu diperbaiki.\n")
    found = dates_of(make_doc(text, sidecar="published: 2025-11\n"))
    assert found["bulan lalu"] == ("2025-10", "month")  # every day of November agrees
    assert found["pekan lalu"] == ("2025", "year")  # 20 October to 23 November
    assert found["3 Maret"] == ("2025-03-03", "day")
    across = dates_of(make_doc(text, name="januari.txt", sidecar="published: 2026-01\n"))
    assert across["pekan lalu"] == (None, None)  # December 2025 or January 2026: no one year
    assert across["bulan lalu"] == ("2025-12", "month")
