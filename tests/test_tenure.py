"""Office titles date an article: a person named with a title they held only for a time."""

import datetime as dt

import pytest

from build_digest.steps.tenure import title_rules

D = dt.date


def published(doc):
    m = doc.meta
    return (m.published and m.published.isoformat(), m.published_precision, m.published_inferred)


def test_a_single_term_closes_the_window(make_doc):
    doc = make_doc("Pembicaraan Mineral\nPenasihat Keamanan Nasional AS Mike Waltz mengatakan "
                   "pembicaraan soal mineral akan berlangsung pekan depan.\n")
    # in office 20 January to 1 May 2025, with a week's slack either side
    assert doc.meta.published_window == (D(2025, 1, 13), D(2025, 5, 8))
    assert published(doc) == ("2025-01-01", "year", True)
    assert "Mike Waltz" in doc.meta.published_evidence
    assert "2025-05-01" in doc.meta.published_evidence


def test_an_open_term_gives_a_lower_bound(make_doc):
    doc = make_doc("Kunjungan Kenegaraan\nPresiden Prabowo Subianto tiba di Tokyo untuk "
                   "kunjungan dua hari.\n")
    assert doc.meta.published_window == (D(2024, 10, 13), None)
    assert published(doc) == (None, None, False)


@pytest.mark.parametrize("text", [
    "Sikap itu berbeda dengan mantan Presiden AS Joe Biden yang memilih jalur lain.",
    "Kebijakan itu diambil Menlu AS saat itu Mike Pompeo.",
    "Pada 2019, Presiden AS Donald Trump bertemu pemimpin Korea Utara di perbatasan.",
    "Warga menyambut Joe Biden di bandara.",  # a name without a title dates nothing
])
def test_titles_marked_past_or_in_a_dated_sentence_bound_nothing(make_doc, text):
    doc = make_doc("Catatan Diplomasi\n" + text + "\n")
    assert doc.meta.published_window is None or doc.meta.published_window[0] < D(2018, 1, 1)
    assert "menjabat" not in (doc.meta.published_evidence or "")


def test_the_other_bounds_choose_between_terms(make_doc):
    # Trump held the office twice; "sejak awal 2022" leaves only the second term
    doc = make_doc("Telepon Dua Pemimpin\nPresiden AS Donald Trump mengatakan percakapan itu yang "
                   "pertama sejak awal 2022.\n")
    assert doc.meta.published_window == (D(2025, 1, 13), None)
    alone = make_doc("Telepon Dua Pemimpin\nPresiden AS Donald Trump mengatakan dia telah "
                     "berbicara dengan mitranya melalui telepon tentang perang itu.\n",
                     name="alone.txt")
    assert alone.meta.published_window == (D(2017, 1, 13), None)  # both terms: from the first


def test_a_stated_date_outweighs_a_title(make_doc):
    # a stamp is the date the article states: the title cannot move it
    doc = make_doc("Kunjungan Lama\nJAKARTA, Rabu (5/6/2019) - Presiden Prabowo Subianto "
                   "meninjau pabrik.\n")
    assert published(doc)[:2] == ("2019-06-05", "day")


def test_bracketed_abbreviation_and_comma_may_sit_between_title_and_name(make_doc):
    doc = make_doc("Sikap Kremlin\nJuru bicara Kremlin, Dmitry Peskov, menolak berkomentar. "
                   "Sekretaris Dewan Pertahanan dan Keamanan Nasional Ukraina, Rustem Umerov, "
                   "berada di Istanbul.\n")
    assert doc.meta.published_window == (D(2025, 7, 10), None)


def test_english_titles(make_doc):
    doc = make_doc("Minerals Talks\nNational Security Adviser Mike Waltz said the talks would "
                   "take place this week, a former U.S. President Joe Biden aide said.\n")
    assert doc.meta.language == "en"
    assert doc.meta.published_window == (D(2025, 1, 13), D(2025, 5, 8))


def test_every_office_has_titles_in_every_language(lex):
    offices = set(lex.offices["offices"])
    for code in lex.languages:
        titled = set((lex.lang(code).get("offices") or {}).get("titles", {}))
        assert titled == offices, code
        assert len(title_rules(lex, code).patterns) == len(offices)
