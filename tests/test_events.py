"""Dated events: each resolved date with its sentence, precision and the quotes in it."""

from build_digest.doc import Quote
from build_digest.export import document_json
from build_digest.steps.events import extract_events

ARTICLE = (
    "Perundingan Damai Dilanjutkan\n"
    "ISTANBUL, Senin (17/11/2025) - Delegasi kedua negara bertemu lagi pada Sabtu lalu di "
    "Istanbul. \"Kami siap melanjutkan pembicaraan pekan depan,\" kata ketua delegasi.\n"
    "Kedua pihak sebelumnya bertemu pada 16 Mei, 2 Juni, dan 23 Juli, lalu sempat berhenti "
    "sejak Agustus lalu.\n"
    "Pertemuan puncak yang direncanakan bulan lalu dibatalkan. Perang dimulai pada Februari 2022.\n"
    "Baca Juga: Gencatan Senjata 1 Januari 2025 Gagal\n"
)


def events_of(doc):
    return [(e.date, e.precision, e.text) for e in doc.events]


def test_events_with_dates_precision_and_sentences(make_doc):
    doc = make_doc(ARTICLE)
    assert doc.meta.published.isoformat() == "2025-11-17"
    got = [(d, p) for d, p, _ in events_of(doc)]
    assert got == [
        ("2025-11-15", "day"), ("2025-11", "month"),
        ("2025-05-16", "day"), ("2025-06-02", "day"), ("2025-07-23", "day"), ("2025-08", "month"),
        ("2025-10", "month"), ("2022-02", "month"),
    ]
    first = doc.events[0]
    assert first.text == "Delegasi kedua negara bertemu lagi pada Sabtu lalu di Istanbul."
    assert doc.text[first.start:first.end] == first.text
    # the three rounds share their sentence
    assert len({e.start for e in doc.events[2:6]}) == 1
    assert doc.events[2].text.startswith("Kedua pihak sebelumnya bertemu")


def test_next_week_in_a_quote(make_doc):
    doc = make_doc(ARTICLE)
    quoted = doc.events[1]
    assert quoted.text.startswith("\"Kami siap") and "pekan depan" in quoted.text
    # 24-30 November 2025 lies in one month
    assert (quoted.date, quoted.precision) == ("2025-11", "month")


def test_quote_ids_come_from_quotes_in_the_sentence(make_doc, lex):
    doc = make_doc(ARTICLE)
    text = doc.text
    start = text.index("Kami siap")
    end = text.index(",\" kata")
    doc.quotes = [Quote(id="q1", start=start, end=end, text=text[start:end],
                        open_mark=start - 1, close_mark=end + 1)]
    extract_events(doc, lex)
    assert [e.quote_ids for e in doc.events[:2]] == [[], ["q1"]]


def test_no_events_from_boilerplate_stamps_or_impossible_dates(make_doc):
    doc = make_doc(ARTICLE + "Rapat berikutnya pada 31 April.\n")
    assert not any("2025-01" in e.date for e in doc.events)
    assert not any(e.date == "2025-11-17" for e in doc.events)  # the stamp is the report's date
    assert not any("31 April" in e.text for e in doc.events)


def test_export_fields(make_doc):
    record = document_json(make_doc(ARTICLE))
    assert record["published"] == "2025-11-17" and record["published_precision"] == "day"
    assert record["published_inferred"] is False
    assert "Senin (17/11/2025)" in record["published_evidence"]
    assert record["events"][0] == {
        "date": "2025-11-15", "precision": "day",
        "text": "Delegasi kedua negara bertemu lagi pada Sabtu lalu di Istanbul.",
        "start": record["events"][0]["start"], "end": record["events"][0]["end"], "quote_ids": [],
        "inferred": False,  # counted from a stated date stamp
        "between": None,
    }
    assert record["published_window"] == {"start": "2025-11-17", "end": "2025-11-17"}


def test_seed_events(seed_docs):
    events = {k: [(e.date, e.precision, e.text[:30]) for e in d.events] for k, d in seed_docs.items()}
    assert events["001"] == [
        ("2025-02-12", "day", "Panggilan telepon pada hari Ra"),
        ("2022-02", "month", "Panggilan telepon pada hari Ra"),
        ("2025-02-12", "day", "Berbicara kepada wartawan pada"),
        ("2025-05-09", "day", "Pada saat yang sama, Peskov me"),
    ]
    assert events["003"] == [
        (None, None, "Kremlin menyampaikan pada Seni"),  # bounds only: see test_published
        ("2025-08", "month", "Putin dan Trump terakhir kali "),
        (None, None, "Putin dan Trump terakhir kali "),
        (None, None, "Pada Sabtu lalu, Sekretaris De"),
        ("2025-05-16", "day", "Rusia dan Ukraina sebelumnya m"),
        ("2025-06-02", "day", "Rusia dan Ukraina sebelumnya m"),
        ("2025-07-23", "day", "Rusia dan Ukraina sebelumnya m"),
        ("2022-02", "month", "Konflik Rusia\u2013Ukraina dimulai "),
    ]
    assert events["004"] == [
        ("2022", "year", "Presiden AS Donald Trump menga"),
        ("2025", "year", "Trump, yang telah berjanji unt"),
        ("2025", "year", "Dalam sebuah wawancara dari Ai"),
        ("2025", "year", "Ditanya selama wawancara NBC N"),
        ("2025", "year", "Arab Saudi dan Uni Emirat Arab"),
        ("2025", "year", "\"Percakapan itu akan terjadi m"),
        ("2024-06-14", "day", "Pada 14 Juni, Putin menetapkan"),
        ("2024-11", "month", "Reuters melaporkan pada bulan "),
    ]
    assert events["000"] == []
