"""The extent of a speaker's name: a run of capitalised words ends where the name ends, not in a
Title Case headline's verb and object."""

from __future__ import annotations

from conftest import speakers


def test_title_case_headline_words_are_no_part_of_an_institutions_name(make_doc):
    doc = make_doc(
        "Lombok Post\n"
        "Pengadilan Agama Kota Bima Putuskan Hak Asuh Anak Jatuh ke Ibu, Ini Pertimbangan Majelis Hakimnya\n"
        "BIMA - Pengadilan Agama Kota Bima mengabulkan gugatan cerai seorang pengusaha mutiara.\n"
        'Dalam putusannya, Pengadilan Agama Kota Bima menyatakan "gugatan penggugat dikabulkan '
        'untuk seluruhnya."\n')
    assert speakers(doc) == ["Pengadilan Agama Kota Bima"]



def test_a_laws_title_is_no_person_an_office_pointing_back_could_mean(make_doc):
    doc = make_doc(
        "Dua Pelajar Jadi Tersangka Perundungan\n"
        "MAKASSAR - Kapolrestabes Makassar Kombes Yudhistira Ardi Nugroho mengatakan dua pelajar "
        "ditetapkan sebagai tersangka.\n"
        "Keduanya masih anak, sehingga penyidikan mengikuti Undang-Undang Perlindungan Anak. "
        '"Pendampingan psikolog kami siapkan," kata mantan Wakapolres Gowa itu.\n'
        "Sekolah juga diminta patuh pada Peraturan Daerah Nomor 2 Tahun 2020 tentang Sekolah "
        'Ramah Anak. "Kami tunggu laporan dari dinas," ujar perwira menengah tersebut.\n')
    assert speakers(doc) == ["Yudhistira Ardi Nugroho"] * 2


def test_an_english_describing_noun_opening_a_sentence_is_no_part_of_the_name(make_doc):
    doc = make_doc(
        "Jakarta Globe\n"
        "Boat capsizes off Flores, nine rescued\n"
        "LABUAN BAJO - A tourist boat capsized near Padar island on Sunday.\n"
        "Passenger Wulan Sekar Arum, 27, said the boat tilted after a large wave. "
        '"We were told to hold on to anything," she said.\n'
        'Evacuee Markus Dalo said the rescue took an hour. "The sea was very dark," Dalo said.\n')
    assert speakers(doc) == ["Wulan Sekar Arum", "Markus Dalo"]


def test_balinese_name_opens_after_an_unknown_office_and_its_place(make_doc):
    doc = make_doc(
        "Bali Post\n"
        "Petani Tabanan Tanam Ulang\n"
        "TABANAN - Pemangku Pura Ulun Carik Jatiluwih I Nyoman Suartana mengatakan benih sudah "
        "dibagikan kepada petani.\n"
        '"Kami tanam ulang minggu depan," kata Suartana.\n'
        "Ia menyebut hujan menjadi kendala. Sawah di hulu kering sejak Oktober. "
        '"Bibit ini tidak tahan kering," ujar pria asal Penebel, Tabanan, itu.\n')
    assert speakers(doc) == ["I Nyoman Suartana"] * 2


def test_a_rank_written_in_full_is_described_by_its_stars(make_doc):
    doc = make_doc(
        "Kompas.com\n"
        "Pergantian Pejabat Polda Maluku\n"
        "AMBON - Kepala Bidang Humas Polda Maluku Komisaris Besar Welem Latumahina membenarkan "
        "pergantian itu. Ia menyebut jabatan direktur akan diisi AKBP Roni Tuasikal. "
        '"Mutasi itu biasa," ujar perwira menengah itu.\n'
        "Sementara itu Inspektur Jenderal Hendrik Pattipeilohy berpamitan. "
        '"Terima kasih, Maluku," kata jenderal bintang dua itu.\n')
    assert speakers(doc) == ["Welem Latumahina", "Hendrik Pattipeilohy"]


def test_a_field_and_an_english_describing_noun_before_a_name_are_no_person(make_doc):
    doc = make_doc(
        "Seaweed exports to be capped next year\n"
        "KUPANG, Dec 3 (Reuters) - Indonesia will cap raw seaweed exports from March, Marine Affairs "
        "and Fisheries Minister Hartawan told reporters on Thursday.\n"
        '"Processing must happen here," Hartawan said.\n'
        "Fisheries observer Mariana Fanggidae, who has studied Rote's farms for years, said the plan "
        'came too fast. "The farmers cannot wait another season," she said.\n')
    assert speakers(doc) == ["Hartawan", "Mariana Fanggidae"]
