"""Publication windows: every constraint the text gives, alone and together."""

import datetime as dt

import pytest

from build_digest.export import document_json
from build_digest.render.article import render_meta_block
from build_digest.render.chronology import render_chronology
from build_digest.render.site import SiteContext
from build_digest.steps.elapsed import elapsed_language, elapsed_range
from build_digest.steps.published import decide_published
from build_digest.steps.window import Bound

D = dt.date


def window(doc):
    return doc.meta.published_window


def published(doc):
    m = doc.meta
    return (m.published and m.published.isoformat(), m.published_precision, m.published_inferred)


def dates_of(doc):
    return {doc.text[s.start:s.end]: (s.get("value"), s.get("precision"))
            for s in doc.spans_of("date")}


# --- reading durations -----------------------------------------------------------------------

@pytest.mark.parametrize(("code", "phrase", "expected"), [
    ("id", "telah berlangsung lebih dari tiga setengah tahun", ("month", 42, 48)),
    ("id", "sudah berlangsung hampir tiga tahun", ("month", 24, 36)),
    ("id", "telah berlangsung sekitar dua tahun", ("month", 18, 30)),
    ("id", "telah berlangsung selama tiga tahun", ("month", 30, 48)),
    ("id", "telah berjalan setahun", ("month", 6, 24)),
    ("id", "telah berlangsung setidaknya dua tahun", ("month", 24, None)),
    ("id", "telah berlangsung 18 bulan", ("month", 17, 19)),
    ("id", "sudah berlangsung dua pekan", ("day", 10, 21)),
    ("id", "memasuki tahun keempat", ("month", 36, 48)),
    ("en", "has lasted more than three and a half years", ("month", 42, 48)),
    ("en", "has been going on for nearly three years", ("month", 24, 36)),
    ("en", "have raged for three years", ("month", 30, 48)),
    ("en", "now in its fourth year", ("month", 36, 48)),
])
def test_duration_readings(lex, code, phrase, expected):
    lang = elapsed_language(lex, code)
    for rule in lang.rules:
        match = rule.pattern.search(phrase)
        if match:
            assert elapsed_range(match, rule, lang) == expected
            return
    pytest.fail(f"no rule reads {phrase!r}")


@pytest.mark.parametrize("phrase", [
    "Perang Dunia II berlangsung selama enam tahun",  # a finished past, not "still lasting"
    "perang itu berlangsung lebih dari tiga tahun",
    "the war had lasted three years",
    "selama dekade terakhir",
])
def test_finished_or_vague_durations_are_not_read(lex, phrase):
    for code in ("id", "en"):
        assert not any(r.pattern.search(phrase) for r in elapsed_language(lex, code).rules)


# --- elapsed duration since a dated start ----------------------------------------------------

WAR = ("Perundingan Damai Kembali Buntu\n"
       "Upaya mediasi belum mampu menghidupkan pembicaraan untuk mengakhiri perang yang telah "
       "berlangsung lebih dari tiga setengah tahun.\n"
       "Kedua delegasi terakhir bertemu pada Agustus lalu, dan sebelumnya sudah berunding pada "
       "14 Mei dan 30 Juni.\n"
       "Konflik itu dimulai pada Februari 2022.\n")


def test_elapsed_since_a_dated_start_bounds_publication(make_doc):
    doc = make_doc(WAR)
    # Feb 2022 + 3.5..4 years, and not in August ("Agustus lalu"): Sep 2025 - Feb 2026
    assert window(doc) == (D(2025, 9, 1), D(2026, 2, 28))
    assert doc.meta.published is None  # the window crosses a year: no day, month or year
    evidence = doc.meta.published_evidence
    assert "lebih dari tiga setengah tahun" in evidence and "Februari 2022" in evidence
    assert "Agustus lalu" in evidence
    found = dates_of(doc)
    assert found["pada Agustus lalu"] == ("2025-08", "month")
    assert found["14 Mei"] == ("2025-05-14", "day")
    assert found["30 Juni"] == ("2025-06-30", "day")
    assert found["Februari 2022"] == ("2022-02", "month")
    inferred = {e.date: e.inferred for e in doc.events}
    assert inferred == {"2025-08": True, "2025-05-14": True, "2025-06-30": True, "2022-02": False}


def test_without_the_month_the_window_keeps_august(make_doc):
    doc = make_doc(WAR.replace("pada Agustus lalu", "di Jenewa"))
    assert window(doc) == (D(2025, 8, 1), D(2026, 2, 28))


def test_elapsed_in_english(make_doc):
    doc = make_doc(
        "Peace Talks Stall Again\n"
        "Mediators have failed to revive talks to end the war, which has lasted more than three "
        "and a half years. The delegations last met last August, and had held rounds on May 16 "
        "and July 23.\nThe conflict began in February 2022.\n")
    assert doc.meta.language == "en"
    assert window(doc) == (D(2025, 9, 1), D(2026, 2, 28))
    found = dates_of(doc)
    assert found["last August"] == ("2025-08", "month")
    assert found["May 16"] == ("2025-05-16", "day")


def test_a_war_duration_does_not_link_to_another_kind_of_start(make_doc):
    doc = make_doc("Kerja Sama Dagang\nKerja sama dagang kedua negara dimulai pada Januari 2020. "
                   "Perang yang telah berlangsung tiga tahun menekan ekspor.\n")
    assert window(doc) == (D(2020, 1, 1), None)  # only "dimulai pada Januari 2020" itself


def test_two_different_starts_of_one_kind_link_nothing(make_doc):
    doc = make_doc("Dua Perang\nPerang pertama pecah pada Maret 2019. Perang kedua dimulai pada "
                   "Juni 2021. Warga lelah dengan perang yang telah berlangsung dua tahun.\n")
    assert window(doc) == (D(2021, 6, 1), None)  # the later start, no duration bound
    assert "dua tahun" not in doc.meta.published_evidence


def test_one_start_without_subjects_links_a_duration_without_subject(make_doc):
    doc = make_doc("Proyek Jalan Tol\nPembangunan jalan tol itu dimulai pada Maret 2023. Hingga "
                   "kini pekerjaan itu telah berjalan hampir dua tahun.\n")
    # Mar 2023 + 1..2 years
    assert window(doc) == (D(2024, 3, 1), D(2025, 3, 31))


def test_start_in_the_same_sentence_links(make_doc):
    doc = make_doc("Blokade Pelabuhan\nBlokade yang dimulai pada Oktober 2023 itu sudah "
                   "berlangsung sekitar satu tahun, kata pejabat pelabuhan.\n")
    assert window(doc) == (D(2024, 4, 1), D(2025, 4, 30))


def test_a_duration_told_from_another_date_gives_no_bound(make_doc):
    doc = make_doc("Sejarah Perang\nPerang itu pecah pada September 1939. Pada Mei 1945, perang "
                   "telah berlangsung lebih dari lima tahun.\n")
    assert "lima tahun" not in (doc.meta.published_evidence or "")
    assert window(doc) == (D(1939, 9, 1), None)  # only the start itself


def test_duration_without_a_dated_start_bounds_nothing(make_doc):
    doc = make_doc("Perang Berlanjut\nPerang yang telah berlangsung selama tiga tahun belum "
                   "berakhir, ujar juru bicara pada Kamis.\n")
    assert window(doc) is None and doc.meta.published is None


# --- named months, stated dates --------------------------------------------------------------

def test_stated_past_and_future_dates_close_a_window(make_doc):
    doc = make_doc("Jadwal Pemilu\nKampanye berjalan sejak Februari 2022. Pemungutan suara akan "
                   "digelar pada Maret 2022.\n")
    assert window(doc) == (D(2022, 2, 1), D(2022, 3, 31))
    assert published(doc) == ("2022-01-01", "year", True)
    assert "sejak" in doc.meta.published_evidence or "Februari 2022" in doc.meta.published_evidence
    assert "Maret 2022" in doc.meta.published_evidence


def test_a_date_without_cue_bounds_nothing(make_doc):
    doc = make_doc("Rencana Kota\nRencana tata ruang pada 2045 dibahas warga.\n")
    assert window(doc) is None


def test_named_last_month_moves_a_window_edge(make_doc):
    # a reference week 28 July - 3 August; "Juli lalu" rules July out: 1-3 August
    doc = make_doc("Rapat Anggaran\nRapat pada hari Senin (28/7/2025) menyetujui anggaran yang "
                   "diajukan Juli lalu.\n")
    assert window(doc) == (D(2025, 8, 1), D(2025, 8, 3))
    assert published(doc) == ("2025-08-01", "month", True)
    assert dates_of(doc)["Juli lalu"] == ("2025-07", "month")


def test_contradiction_keeps_the_stated_dates_and_warns(make_doc):
    # the reference week lies wholly in August; "Agustus lalu" cannot hold with it
    doc = make_doc("Rapat Anggaran\nRapat pada hari Jumat (1/8/2025) menyetujui anggaran yang "
                   "diajukan Agustus lalu.\n")
    assert window(doc) == (D(2025, 8, 1), D(2025, 8, 7))
    assert any("disagrees" in w for w in doc.warnings)


def test_stated_dates_that_disagree_leave_the_date_unknown(make_doc):
    doc = make_doc("Rapat Darurat\nRapat sudah digelar pada Juni 2025. Rapat lanjutan akan "
                   "digelar pada Maret 2025.\n")
    assert window(doc) is None and doc.meta.published is None
    assert any("disagree" in w for w in doc.warnings)


def test_stamp_without_year_takes_its_year_from_the_window(make_doc):
    doc = make_doc("Perundingan Buntu\nPerang yang telah berlangsung hampir tiga tahun belum "
                   "berakhir, kata juru bicara, Rabu, 26 Februari.\nPerang itu dimulai pada "
                   "Februari 2022.\n")
    # window Feb 2024 - Feb 2025; 26 February is a Wednesday in 2025 only
    assert published(doc) == ("2025-02-26", "day", True)
    assert "hampir tiga tahun" in doc.meta.published_evidence


def test_corpus_hook_adds_bounds(make_doc, lex):
    doc = make_doc(WAR)
    bound = Bound("related", D(2025, 11, 3), D(2025, 11, 9), "a report of the same statements")
    decide_published(doc, lex, extra=[bound])
    assert published(doc) == ("2025-11-01", "month", True)
    assert "a report of the same statements" in doc.meta.published_evidence
    assert dates_of(doc)["pada Agustus lalu"] == ("2025-08", "month")


# --- output ----------------------------------------------------------------------------------

def test_window_in_export_and_pages(make_doc):
    doc = make_doc(WAR)
    record = document_json(doc)
    assert record["published"] is None
    assert record["published_window"] == {"start": "2025-09-01", "end": "2026-02-28"}
    assert "tiga setengah tahun" in record["published_evidence"]
    assert {e["inferred"] for e in record["events"]} == {True, False}
    block = render_meta_block(doc, SiteContext())
    assert "tidak diketahui" in block and "antara 1 September 2025 dan 28 Februari 2026" in block
    page = render_chronology([doc], SiteContext())
    undated = page.split("## Tanpa tanggal", 1)[1]
    assert "antara 1 September 2025 dan 28 Februari 2026" in undated
    august = page.split("### Agustus 2025", 1)[1].split("</li>", 1)[0]
    assert 'class="bd-inferred"' in august and "perkiraan waktu terbit" in august


def test_month_precision_metadata_uses_a_month_datetime(make_doc):
    doc = make_doc("Menteri Bertemu Mitra\nPertemuan pada hari Rabu (12/2/2025) membahas tarif.\n")
    block = render_meta_block(doc, SiteContext())
    assert '<time datetime="2025-02">' in block and "(perkiraan)" in block


# --- corpus: the window of an article reporting the same statements -------------------------

DATED = ("Kremlin Sambut Dialog\nMOSKOW, Kamis (13/2/2025) - Juru bicara Kremlin mengatakan "
         "\"kami terbuka untuk berdialog\" dan \"penyelesaian damai masih mungkin\".\n")
UNDATED = ("Moskow Terbuka Berdialog\nJuru bicara Kremlin pada Kamis menegaskan \"kami terbuka "
           "untuk berdialog\". Ia menambahkan \"penyelesaian damai masih mungkin\". Kemarin kedua "
           "presiden berbicara.\n")


def _with_quotes(doc, *texts):
    from build_digest.doc import Quote
    for number, text in enumerate(texts, 1):
        start = doc.text.index(text)
        doc.quotes.append(Quote(id=f"q{number}", start=start, end=start + len(text), text=text,
                                open_mark=start - 1, close_mark=start + len(text)))
    return doc


def _same(doc, other, *pairs):
    from build_digest.doc import RelatedLink
    doc.related = [RelatedLink(mine, other.id, theirs, "same_statement", 0.9)
                   for mine, theirs in pairs]


def _pair(make_doc):
    quotes = ("kami terbuka untuk berdialog", "penyelesaian damai masih mungkin")
    dated = _with_quotes(make_doc(DATED, name="dated.txt"), *quotes)
    undated = _with_quotes(make_doc(UNDATED, name="undated.txt"), *quotes)
    return dated, undated


def test_two_shared_statements_give_the_news_cycle_window(make_doc, lex):
    from build_digest.steps.corpus_dates import infer_from_related
    dated, undated = _pair(make_doc)
    assert undated.meta.published is None
    _same(undated, dated, ("q1", "q1"), ("q2", "q2"))
    _same(dated, undated, ("q1", "q1"), ("q2", "q2"))
    infer_from_related([dated, undated], lex)
    # 13 February 2025 +- 7 days
    assert undated.meta.published_window == (D(2025, 2, 6), D(2025, 2, 20))
    assert published(undated) == ("2025-02-01", "month", True)
    assert "Kremlin Sambut Dialog" in undated.meta.published_evidence
    assert published(dated) == ("2025-02-13", "day", False)  # its stamp stays as stated
    # a two-week window cannot place "pada Kamis" or "Kemarin" on a day, only in its month
    assert set(dates_of(undated).values()) == {("2025-02", "month")}


def test_one_shared_statement_is_not_enough(make_doc, lex):
    from build_digest.steps.corpus_dates import infer_from_related
    dated, undated = _pair(make_doc)
    _same(undated, dated, ("q1", "q1"))
    infer_from_related([dated, undated], lex)
    assert undated.meta.published_window is None


def test_a_stated_date_outweighs_the_news_cycle(make_doc, lex):
    from build_digest.steps.corpus_dates import infer_from_related
    dated, undated = _pair(make_doc)
    undated = _with_quotes(make_doc(UNDATED + "Perundingan itu sudah digelar pada Juni 2025.\n",
                                    name="later.txt"),
                           "kami terbuka untuk berdialog", "penyelesaian damai masih mungkin")
    _same(undated, dated, ("q1", "q1"), ("q2", "q2"))
    infer_from_related([dated, undated], lex)
    assert undated.meta.published_window == (D(2025, 6, 1), None)  # re-quoted months later
    assert any("disagrees" in w for w in undated.warnings)


def test_ruled_out_months_alone_leave_a_yearless_stamp_pending(make_doc):
    # "Agustus lalu" rules a month out but sets no edge: nothing is known of the window, and the
    # stamp without a year waits for the corpus step (this used to crash describing no window)
    doc = make_doc("Iuran Pensiun\nJakarta, Selasa (14/10) - Iuran yang dijanjikan Agustus lalu "
                   "dan Juni lalu belum cair.\n")
    assert window(doc) is None
    assert doc.meta.published is None
