"""Each ingest and metadata step on small inputs written for the purpose."""

import pytest
from conftest import visible_text


def test_read_also_and_countdown_lines_removed(make_doc):
    doc = make_doc("Judul Berita Hari Ini\nJAKARTA - Paragraf pertama berisi kabar.\n"
                   "Baca juga: Kabar lain yang tidak terkait\nWait 5 sec.\nREAD MORE: Other story\n"
                   "Paragraf kedua menutup berita.\n")
    assert visible_text(doc) == ("JAKARTA - Paragraf pertama berisi kabar.\n"
                                 "Paragraf kedua menutup berita.")


def test_read_also_block_takes_its_link_titles(make_doc):
    doc = make_doc("Judul Berita Hari Ini\nJAKARTA - Paragraf pertama berisi kabar.\n"
                   "Baca juga:\nHarga Emas Antam Naik Lagi\n- Banjir Rob Rendam Pesisir Demak\n"
                   "\"Kami siap bekerja,\" kata Rina, pengurus koperasi.\n"
                   "BACA JUGA: Jadwal Libur Sekolah Diumumkan\nDua Tersangka Ditahan Polisi\n"
                   "Paragraf kedua menutup berita.\n"
                   "Artikel ini telah tayang di Contoh.com dengan judul \"Judul Lain\", "
                   "Klik untuk baca: https://contoh.com/a\n[Gambas:Video Contoh]\n"
                   "Simak Video \"Cara Mudah Menabung\"\n")
    assert visible_text(doc) == ("JAKARTA - Paragraf pertama berisi kabar.\n"
                                 "\"Kami siap bekerja,\" kata Rina, pengurus koperasi.\n"
                                 "Paragraf kedua menutup berita.")


def test_link_list_ends_at_prose(make_doc):
    doc = make_doc("Judul Berita Hari Ini\nParagraf pertama berisi kabar penting.\nBerita Terkait\n"
                   "- Tautan satu\n- Tautan dua\nJudul tanpa tanda hubung\n"
                   + "Paragraf penutup yang panjang sekali dan menjelaskan duduk perkaranya dengan "
                     "rinci kepada pembaca, sehingga jelas bukan judul tautan lagi melainkan isi. " * 2
                   + "\n")
    body = visible_text(doc)
    assert "Tautan" not in body and "Judul tanpa" not in body
    assert body.endswith("melainkan isi.")


def test_first_line_named_like_a_list_header_is_a_headline(make_doc):
    doc = make_doc("Terkini\nJAKARTA - Isi berita yang sebenarnya ada di sini.\n")
    assert doc.meta.title == "Terkini"


@pytest.mark.parametrize(("text", "seams"), [
    ("Satu kalimat selesai.Kalimat berikut mulai.", ["Kalimat berikut mulai."]),
    ("Ia berkata selesai.\u201cKutipan baru,\u201d katanya.", ["\u201cKutipan baru,\u201d katanya."]),
    ('Pada Jumat."Apakah benar," ujarnya.', ['"Apakah benar," ujarnya.']),
    ("Kata dia \u201caman.\u201dTrump lalu pergi.", ["Trump lalu pergi."]),
])
def test_glued_sentences_split(make_doc, text, seams):
    doc = make_doc(f"Judul Berita Uji\n{text}\n")
    assert visible_text(doc).split("\n")[1:] == seams


@pytest.mark.parametrize("text", [
    "Dibaca di Suara.com dan KONTAN.CO.ID hari ini.",
    "Harga naik menjadi Rp1.200 per liter.",
    "Dr.Ahmad memeriksa pasien.",
    "Negara-negara U.S.A. dan lainnya hadir.",
])
def test_no_seam_in_domains_numbers_abbreviations(make_doc, text):
    doc = make_doc(f"Judul Berita Uji\n{text}\n")
    assert visible_text(doc) == text


@pytest.mark.parametrize(("lead", "outlet", "city"), [
    ("JAKARTA, KOMPAS.com - Isi", "Kompas.com", "Jakarta"),
    ("Liputan6.com, Jakarta - Isi", "Liputan6.com", "Jakarta"),
    ("KONTAN.CO.ID - ISTANBUL. Isi", "Kontan", "Istanbul"),
    ("Jakarta, CNN Indonesia -- Isi", "CNN Indonesia", "Jakarta"),
    ("SURABAYA - Isi", None, "Surabaya"),
    ("Contohberita.id - Isi", "Contohberita.id", None),
])
def test_lead_patterns(make_doc, lead, outlet, city):
    doc = make_doc(f"Judul Berita Uji Coba\n{lead} berita yang cukup panjang di sini.\n")
    assert (doc.meta.outlet, doc.meta.dateline) == (outlet, city)


def test_byline_line_gives_wire_editor_author(make_doc):
    doc = make_doc("Sumber: Reuters | Editor: Siti Aminah | Penulis: Budi\n"
                   "JAKARTA - Isi berita ada di sini dan cukup panjang.\n")
    assert doc.meta.wire == ["Reuters"] and doc.meta.editor == "Siti Aminah"
    assert doc.meta.author == "Budi"
    assert "Editor" not in visible_text(doc)


def test_byline_closing_the_text_gives_the_editor(make_doc):
    doc = make_doc("Judul Berita Uji Coba Yang Panjang\n"
                   "JAKARTA - Isi berita ada di sini dan cukup panjang.\n"
                   "Editor: Hendra T. Wibowo\n")
    assert doc.meta.editor == "Hendra T. Wibowo"
    assert "Editor" not in visible_text(doc)
    assert not list(doc.spans_of("person"))  # the editor is nobody the article names


@pytest.mark.parametrize(("sentence", "wire"), [
    ("Hal itu disampaikan seperti dilansir dari AFP pada Selasa.", ["AFP"]),
    ("Ia berbicara kepada kantor berita negara RIA Novosti.", ["RIA Novosti"]),
    ("Xinhua melaporkan bahwa pertemuan ditunda.", ["Xinhua"]),
    ("Pejabat itu mengunjungi kantor AP di sana.", []),
    ("Seorang warga bernama Antara tinggal di sana.", []),
])
def test_wire_only_where_credited(make_doc, sentence, wire):
    doc = make_doc(f"Judul Berita Uji Coba\nJAKARTA - {sentence}\n")
    assert doc.meta.wire == wire


def test_title_falls_back_to_first_sentence_without_lead(make_doc):
    doc = make_doc("Suara.com - Pemerintah menaikkan anggaran pendidikan tahun depan. Kalimat dua.\n"
                   "Paragraf kedua.\n")
    assert doc.meta.title == "Pemerintah menaikkan anggaran pendidikan tahun depan"
    assert doc.meta.provenance["title"] == "inferred"


def test_english_article_detected(make_doc):
    doc = make_doc("Kremlin Says Talks Are Being Prepared\nMOSCOW (Reuters) - The Kremlin said on "
                   "Wednesday that it was preparing for talks, according to Reuters.\n")
    assert doc.meta.language == "en" and doc.meta.dateline == "Moscow"
    assert doc.meta.wire == ["Reuters"]


def test_line_closed_by_its_photo_credit_is_a_caption(make_doc):
    doc = make_doc("Banjir Rendam Permukiman Warga\nBANDUNG - Banjir merendam empat desa, Minggu.\n"
                   "Seorang pengungsi, Euis Sumiati (52), mengaku sudah tiga kali mengungsi.\n"
                   "Camat Dayeuhkolot Asep Kurniadi meninjau dapur umum, Minggu (19/10/2025). "
                   "(jabarkini.id/Rendra Pratama)\n"
                   "\"Capek, Pak,\" ujarnya.\n"
                   "Petugas berjaga di tanggul. (ANTARA FOTO/Raisan Al Farisi)\n"
                   "Relawan menggendong balita, Minggu. ANTARA FOTO/Muh. Rizal/nym.\n"
                   "Harga beras naik karena pasokan dari AS berkurang (AS/Tiongkok)\n")
    body = visible_text(doc)
    assert "Asep" not in body and "Raisan" not in body and "Relawan" not in body
    assert "(AS/Tiongkok)" in body  # a bracket with no photo credit in it stays
    assert doc.quotes[0].speaker == "Euis Sumiati"
