"""Organisations speak through what they write: a forum, league, union or NGO as the subject of a
speech or writing verb, a back-reference by its kind noun ("forum itu menulis"), English names
with "of" and a possessive."""

from __future__ import annotations

from conftest import speakers

HEAD = "Judul Berita Uji Coba Untuk Narasumber\n"



def test_a_forum_named_by_its_kind_noun_writes_its_letter(make_doc):
    doc = make_doc(HEAD + (
        '"Harga pupuk naik dua kali lipat," kata Sartono Wibowo, petani di Desa Karangrejo.\n\n'
        "Para petani lalu bergabung dalam Forum Petani Kopi Lestari. Dalam surat terbukanya "
        'kepada bupati, forum itu menulis, "Kami hanya meminta pupuk tersedia saat tanam."\n\n'
        'Forum tersebut juga menegaskan, "Kami akan datang lagi pekan depan."\n'))
    assert speakers(doc) == ["Sartono Wibowo", "Forum Petani Kopi Lestari", "Forum Petani Kopi Lestari"]


def test_a_network_is_an_organisation_its_general_kind_points_back_to(make_doc):
    doc = make_doc(HEAD + (
        "Jaringan Advokasi Nelayan Tangguh menyatakan, \"Izin reklamasi harus dicabut.\"\n\n"
        'Lembaga itu juga menulis bahwa warga "tidak pernah diajak bicara".\n'))
    assert speakers(doc) == ["Jaringan Advokasi Nelayan Tangguh", "Jaringan Advokasi Nelayan Tangguh"]


def test_a_meeting_called_a_forum_is_no_speaker(make_doc):
    doc = make_doc(HEAD + (
        "Forum Guru Honorer Sejahtera mengirim surat ke DPRD.\n\n"
        "Dalam forum dengar pendapat itu, seorang anggota dewan angkat bicara. "
        '"Jangan sampai guru tahu kabar dari media sosial," kata anggota dewan itu.\n'))
    assert speakers(doc) == [None]


def test_a_whole_quote_right_after_its_writing_verb_is_the_subjects(make_doc):
    doc = make_doc(HEAD + (
        "Liga Bola Basket Pelajar Nusantara resmi dibuka di Surabaya, Senin.\n\n"
        "Lewat unggahan di akun Instagram resminya, Liga Bola Basket Pelajar Nusantara menulis "
        "“Pendaftaran tahap kedua dibuka Jumat. Siapkan kartu pelajar!”\n\n"
        "Pelatih tim, Rudi Hartono, menyebut jadwal itu “terlalu mepet”.\n"))
    assert speakers(doc) == ["Liga Bola Basket Pelajar Nusantara", "Rudi Hartono"]


def test_english_names_go_on_through_a_possessive_and_a_closing_word(make_doc):
    doc = make_doc("Exporters and fishers react to new rules\n\n" + (
        "JAKARTA (Reuters) - Indonesia will cap the catch from January.\n\n"
        'The Federation of Indonesia\'s Small Fishers said in a statement: "Small boats will '
        'lose their waters."\n\n'
        "The Association of Indonesian Cocoa Exporters and Industries said on Thursday that "
        '"shipments will fall short".\n\n'
        "Indonesia's trade minister Sulastri Wijaya said exports would not be capped. "
        '"Farmers deserve the high prices," Wijaya said.\n'))
    assert speakers(doc) == ["Federation of Indonesia's Small Fishers",
                             "Association of Indonesian Cocoa Exporters and Industries", "Sulastri Wijaya"]


def test_the_ministry_is_the_one_its_ministers_fields_name(make_doc):
    doc = make_doc("Indonesia to cap catch in Arafura Sea\n\n" + (
        "JAKARTA (Reuters) - Indonesia will cap the tuna catch from January, Prime Minister "
        "Adi Santoso and Marine Affairs and Fisheries Minister Darmawangsa said on Wednesday.\n\n"
        'The ministry said in a written statement that "small boats are exempt".\n'))
    assert speakers(doc) == ["Ministry of Marine Affairs and Fisheries"]


def test_an_organisation_named_in_quotation_marks_after_its_kind_writes_its_petition(make_doc):
    doc = make_doc(HEAD + (
        'Komunitas "Sahabat Kucing Jalanan" menolak rencana itu. Ketua komunitas, Maria Lestari, '
        'menyebutnya "cara malas".\n\n'
        "Sahabat Kucing Jalanan dalam petisi daring yang ditandatangani 2.000 orang menulis: "
        '"Hentikan peracunan sekarang juga."\n\n'
        'Sahabat Andi, Budi Santoso, menulis: "Kami rindu dia."\n'))
    assert speakers(doc) == ["Maria Lestari", "Sahabat Kucing Jalanan", "Budi Santoso"]


def test_a_short_form_with_its_province_is_no_region(make_doc):
    doc = make_doc(HEAD + (
        "Warga mengadu ke Balai Pengelola Transportasi Darat (BPTD) Jawa Tengah, Senin.\n\n"
        "BPTD Jawa Tengah dalam keterangan tertulisnya menyebut lelang dilakukan "
        '"agar pengelolaan kios lebih transparan".\n'))
    assert speakers(doc) == ["Balai Pengelola Transportasi Darat Jawa Tengah"]


def test_kementerian_itu_is_the_ministry_its_ministers_fields_name(make_doc):
    doc = make_doc(HEAD + (
        "Menteri Kelautan dan Perikanan Darmawangsa Putra mengumumkan kuota tangkap baru, Rabu.\n\n"
        'Kementerian itu dalam keterangan tertulisnya menyebut nelayan kecil "dikecualikan dari '
        'kuota".\n\n'
        'Menurut kementerian tersebut, "Kuota berlaku mulai Januari."\n'))
    assert speakers(doc) == ["Kementerian Kelautan dan Perikanan"] * 2


def test_an_organisation_issuing_a_document_before_its_quote_wrote_it(make_doc):
    doc = make_doc(HEAD + (
        "Warga berkumpul di tepi sungai, Minggu.\n\n"
        'Gerakan Peduli Sungai Ciliwung mengunggah pernyataan sikap: "Stop buang sampah ke sungai."\n\n'
        'Budi Santoso menunjukkan surat: "Rumah Anda akan disita."\n'))
    assert speakers(doc) == ["Gerakan Peduli Sungai Ciliwung", None]
