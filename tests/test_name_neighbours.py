"""Names that must not pick up their neighbours (ranks with their corps, unit numbers in an
office, degrees with a qualifier, a full stop after the last name), short forms of offices, and
regional name parts (Sasak particles kept, forms of address stripped, nicknames after "alias")."""

from __future__ import annotations

import pytest
from conftest import speakers

from build_digest.steps.mentions import parse_np

HEAD = "Judul Berita Uji Coba Untuk Narasumber\n"


def np_of(text: str, sl):
    return parse_np(text, 0, len(text), sl)



@pytest.mark.parametrize("phrase, name", [
    ("Letkol Inf. Bayu Aji mengatakan", "Bayu Aji"),
    ("Mayor Czi Dedi Kusuma mengatakan", "Dedi Kusuma"),
    ("Kapten Mar Yoga Pratama mengatakan", "Yoga Pratama"),
    ("Komandan Kodim 0812/Lamongan, Letkol Arh Wahyu Prasetyo, mengatakan", "Wahyu Prasetyo"),
    ("Andi Muh. Ilham mengatakan", "Andi Muh. Ilham"),
])
def test_rank_corps_and_shortened_parts(sl_id, phrase, name):
    np = np_of(phrase, sl_id)
    assert np is not None and " ".join(np.name) == name


@pytest.mark.parametrize("text", [
    "anggota DPRD Ketapang, Rahmat Syah. Politisi",
    "Kepala Dinas Sosial Riau, Himawan Aji. Usai",
])
def test_full_stop_after_a_name_ends_it(sl_id, text):
    at = text.index(", ") + 2
    np = parse_np(text, at, len(text), sl_id)
    assert np is not None and not any(t.endswith(".") for t in np.name)


def test_office_short_forms_and_degrees(make_doc):
    doc = make_doc(HEAD + (
        "Komandan Kodim 1201/Mempawah, Letkol Kav. Yohanes Tarigan, memimpin apel siaga.\n"
        '"Semua personel siap bergerak," kata Letkol Yohanes.\n'
        '"Perahu karet sudah kami siapkan," lanjut Dandim.\n'
        "Kepala Puskesmas Sungai Pinyuh dr. Ratna Sari Dewi, Sp.PD(K), mengimbau warga merebus air.\n"
        '"Diare mudah menular setelah banjir," ujar Kepala Puskesmas itu.\n'
        "Imbauan itu diamini anggota DPRD Mempawah, Joko Aji. Politisi muda itu meninjau posko.\n"
        '"Logistik cukup sampai pekan depan," kata politisi muda tersebut.\n'))
    assert speakers(doc) == ["Yohanes Tarigan", "Yohanes Tarigan", "Ratna Sari Dewi",
                             "Joko Aji"]


@pytest.mark.parametrize("phrase, name", [
    ("Lalu Muhammad Zaini mengatakan", "Lalu Muhammad Zaini"),
    ("Kepala Desa Sajang, Baiq Rina Hartini, mengatakan", "Baiq Rina Hartini"),
    ("Kepala Satuan Lalu Lintas Polres Bima, Dedy Saputra, mengatakan", "Dedy Saputra"),
    ("Camat Cisarua, Abah Dedi Kurniadi, mengatakan", "Dedi Kurniadi"),
    ("Muhammad Yusran Daeng Bella mengatakan", "Muhammad Yusran Daeng Bella"),
])
def test_regional_name_parts(sl_id, phrase, name):
    np = np_of(phrase, sl_id)
    assert np is not None and " ".join(np.name) == name


def test_sentence_opening_lalu_is_no_name(sl_id):
    np = np_of("Lalu, Budi Santoso mengatakan", sl_id)
    assert np is None or "Lalu" not in np.name


def test_two_word_nickname_after_alias(make_doc):
    doc = make_doc(HEAD + (
        "Seorang pemilik lahan, Syamsuardi alias Tan Malin, mengaku belum menerima ganti rugi.\n"
        '"Baru dibayar separuh," kata Tan Malin.\n'
        "Calon jemaah asal Bantaeng, Baharuddin Ngalle alias Daeng Lalle, sudah menabung sejak 1998.\n"
        '"Insya Allah masih ada umur," ujar Daeng Lalle.\n'
        '"Tiap panen saya sisihkan," tutur Kang Ujang kepada wartawan.\n'))
    assert speakers(doc) == ["Syamsuardi", "Baharuddin Ngalle", "Ujang"]


def test_full_name_then_next_clause_subject(sl_id):
    text = "majelis hakim yang diketuai Hakim Rudy Hartono, Wahyuni mengaku"
    at = text.index("Hakim R")
    np = parse_np(text, at, len(text), sl_id)
    assert np is not None and np.name == ("Rudy", "Hartono")


def test_appositive_after_an_institution_still_names_the_holder(sl_id):
    np = np_of("Koordinator Aliansi Buruh Nasional, Rahmat mengatakan", sl_id)
    assert np is not None and np.name == ("Rahmat",)


def test_answer_after_a_question_is_by_the_person_asked(make_doc):
    doc = make_doc(HEAD + (
        "Saksi Sulastri mengaku menyetor uang setiap pekan kepada petugas.\n"
        '"Saya takut lapak saya dipindah," kata Sulastri.\n'
        "Hakim ketua Yosef Manurung lalu menanyakan siapa yang menerima uang itu.\n"
        '"Siapa yang menerima?" tanya Yosef.\n'
        '"Petugas pasar, Yang Mulia. Setiap Senin."\n'
        "Yosef kemudian bertanya kepada saksi kedua, Ruslan Hutapea, soal jumlah setoran.\n"
        '"Berapa Saudara setor?" tanya hakim.\n'
        '"Lima puluh ribu, Yang Mulia."\n'
        '"Itu rutin?" kata Yosef.\n'
        '"Setiap pekan," lanjut Yosef.\n'))
    assert speakers(doc) == ["Sulastri", "Yosef Manurung", "Sulastri", "Yosef Manurung", "Ruslan Hutapea",
                             "Yosef Manurung", "Yosef Manurung"]


def test_camel_case_brand_before_a_name(sl_id):
    np = np_of("CEO KirimCepat Adrian Wibisono menulis", sl_id)
    assert np is not None and np.name == ("Adrian", "Wibisono")


def test_brand_used_alone_is_cut_from_the_name(make_doc):
    doc = make_doc(HEAD + (
        "Perusahaan rintisan logistik AntarKilat memangkas 120 karyawan. Pendiri AntarKilat Rizky "
        "Maulana Akbar menyebut keputusan itu berat.\n"
        '"Kami harus bertahan," kata Rizky.\n'))
    assert speakers(doc) == ["Rizky Maulana Akbar"]


def test_coined_terms_and_scare_quotes_are_not_quotes(make_doc):
    doc = make_doc(HEAD + (
        'Analis Ratih Puspitasari menilai "paceklik modal" masih akan berlangsung hingga 2027.\n'
        'Petani Tarsono mengaku pernah dijanjikan "harga terbaik" oleh perusahaan itu.\n'
        'Ratih menyebut pasar "sedang lesu" tahun ini.\n'))
    assert [doc.text[q.start:q.end] for q in doc.quotes] == ["sedang lesu"]


def test_building_of_an_institution_is_a_place(sl_id):
    text = "rapat di Kantor Kementerian Kesehatan, Jakarta"
    np = parse_np(text, text.index("Kantor"), len(text), sl_id)
    assert np is not None and np.name == ("Kementerian", "Kesehatan")
    own = np_of("Kantor Wilayah Kementerian Agama Jawa Tengah menulis", sl_id)
    assert own is not None and own.name[:2] == ("Kantor", "Wilayah")


def test_regional_office_short_forms_spelled_out(make_doc):
    doc = make_doc(HEAD + (
        "Kepala Kantor Wilayah Kementerian Hukum (Kanwil Kemenkum) Jawa Timur, Hadi Purnomo, "
        "membuka layanan.\n"
        'Kanwil Kemenkum Jatim menulis, "Layanan paten gratis sampai akhir tahun."\n'
        '"Segera periksa kesehatan," tulis Dinkes Sulteng.\n'
        'Kementerian Hukum dalam keterangannya menyatakan, "Semua kantor wilayah buka Sabtu."\n'))
    assert speakers(doc) == ["Kantor Wilayah Kementerian Hukum Jawa Timur", "Dinas Kesehatan Sulawesi Tengah",
                             "Kementerian Hukum"]


def test_shared_short_name_keeps_the_person_it_named(make_doc):
    doc = make_doc(HEAD + (
        "Pengasuh pesantren, KH. Abdul Mujib Hasan, melarang santri membawa ponsel.\n"
        '"Ini sudah merusak," kata Kiai Mujib.\n'
        "Putranya, Muhammad Ilham Mujib atau akrab disapa Gus Ilham, menyebut ada telepon umum.\n"
        '"Santri boleh menelepon tiap Jumat," ujar Gus Ilham.\n'
        "Menanggapi keberatan wali santri, Kiai Mujib mengatakan laboratorium komputer disiapkan.\n"
        '"Bulan depan sudah ada," tegasnya.\n'))
    assert speakers(doc) == ["Abdul Mujib Hasan", "Muhammad Ilham Mujib", "Abdul Mujib Hasan"]


def test_quote_glued_to_a_full_stop_opens_a_sentence(make_doc):
    doc = make_doc(HEAD + (
        '"Kami menolak," kata Slamet Riyadi, Senin (9/11/2026)."Kami minta pabrik duduk bersama," '
        "imbuhnya.\n"))
    assert [q.partial for q in doc.quotes] == [False, False]


@pytest.mark.parametrize("phrase, name", [
    ("A provincial official, I Gusti Agung Bagus Mahendra, said", "I Gusti Agung Bagus Mahendra"),
    ("Farmer I Made Sukarsa said", "I Made Sukarsa"),
])
def test_balinese_names_in_english(sl_en, phrase, name):
    at = phrase.index("I ")
    np = parse_np(phrase, at, len(phrase), sl_en)
    assert np is not None and " ".join(np.name) == name


def test_english_pronoun_i_is_no_name(sl_en):
    np = parse_np("I Think so, he said", 0, 19, sl_en)
    assert np is None or "I" not in np.name
