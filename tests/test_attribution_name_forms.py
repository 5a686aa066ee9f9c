"""The form of a speaker's name: titles stripped, descriptions that are no part of a name cut,
institution words that are part of one kept, short forms canonicalised to the one full name."""

from __future__ import annotations

from conftest import speakers


def test_english_text_strips_indonesian_honorifics(make_doc):
    doc = make_doc(
        "Villagers Demand Compensation After River Spill\n"
        "PEKANBARU - Village elder Haji Rusli Daulay Tanjung said the river had turned black overnight.\n"
        '"Our cages are empty now," Tanjung said.\n'
        '"We will not wait another year," said Hajjah Salmah Nasution, a fish farmer.\n'
        '"Who pays the loans?" she asked.\n')
    assert speakers(doc) == ["Rusli Daulay Tanjung", "Salmah Nasution", "Salmah Nasution"]


def test_institution_word_written_before_the_same_words_every_time_is_part_of_the_name(make_doc):
    doc = make_doc(
        "Nasabah Bank Cahaya Mandala Resah\n"
        "Ratusan nasabah Bank Cahaya Mandala mendatangi kantor cabang di Solo, Senin.\n"
        'Bank Cahaya Mandala dalam keterangannya menyatakan, "Dana nasabah aman."\n'
        '"Kami minta laporan harian," kata Kepala OJK Solo, Rudi Hartawan Lubis.\n')
    assert speakers(doc) == ["Bank Cahaya Mandala", "Rudi Hartawan Lubis"]


def test_school_after_its_head_is_no_person(make_doc):
    doc = make_doc(
        "Atap SD Inpres Naikolan Ambruk\n"
        "Atap ruang kelas SD Inpres Naikolan ambruk, Selasa.\n"
        '"Kami sudah tiga kali melapor," kata Marselinus Bria Seran, Kepala SD Inpres Naikolan.\n'
        '"Tidak ada yang datang," ujar Marselinus.\n')
    assert speakers(doc) == ["Marselinus Bria Seran"] * 2


def test_person_after_an_institution_word_stays_a_person(make_doc):
    doc = make_doc(
        "Pengamanan Pelabuhan Diperketat\n"
        "Di Kupang, Pangdam IX/Udayana Mayjen TNI Kornelis Tey Bana menyatakan prajurit siap membantu.\n"
        '"Kami punya kapal dan truk," kata jenderal bintang dua itu.\n'
        'Juru bicara Kremlin Dmitry Peskov juga berkomentar. "Kami mengikuti," kata Peskov.\n')
    assert speakers(doc) == ["Kornelis Tey Bana", "Dmitry Peskov"]


def test_common_noun_capitalised_at_a_sentence_start_is_no_part_of_a_brand(make_doc):
    doc = make_doc(
        "Pengemudi Protes Potongan Aplikasi\n"
        "Ratusan pengemudi memprotes potongan yang dipungut aplikator sejak Januari.\n"
        'Aplikator GoJalan dalam keterangannya menyebut, "Potongan sudah sesuai aturan."\n')
    assert speakers(doc) == ["GoJalan"]
    assert doc.quotes[0].attrs["speaker_kind"] == "organisation"


def test_capitalised_common_noun_opening_a_clause_names_nobody(make_doc):
    doc = make_doc(
        "Harga Cabai Naik Lagi\n"
        "Para pembeli mengeluhkan harga cabai di Pasar Gede. Ketua paguyuban pedagang, Rudi Santoso "
        'Lubis, mengatakan pasokan berkurang. "Panen gagal di mana-mana," kata Rudi.\n'
        "Sementara itu, Pembeli yang ditemui di pasar mengaku mengurangi belanja. "
        '"Sekarang beli setengah kilo saja," katanya.\n'
        'Pembeli lain mengatakan hal serupa. "Kami ganti cabai kering," ujarnya.\n')
    assert speakers(doc) == ["Rudi Santoso Lubis", None, None]


def test_common_noun_opening_a_sentence_without_a_speech_verb_leaves_the_speaker(make_doc):
    doc = make_doc(
        "Terminal Dibangun Ulang\n"
        "Kepala balai, Agung Prasetyo Wibowo, menjelaskan terminal akan dibangun dua lantai. "
        'Lantai dasar untuk kedatangan bus dan lantai atas untuk ruang tunggu. "Konsepnya seperti '
        'bandara," ujarnya.\n')
    assert speakers(doc) == ["Agung Prasetyo Wibowo"]


def test_first_name_after_menurut_and_surname_stand_for_the_full_name(make_doc):
    doc = make_doc(
        "Dewan Soroti Bonus Direksi\n"
        "Anggota DPRD dari Fraksi Partai Hijau, Magdalena Yuliana Rumbiak, menyoroti bonus direksi. "
        'Menurut Magdalena, "Perusahaan yang rugi tidak pantas membagi bonus."\n'
        'Rumbiak juga meminta rincian gaji. "Publik berhak tahu," ujar Rumbiak.\n')
    assert speakers(doc) == ["Magdalena Yuliana Rumbiak"] * 2


def test_name_set_off_after_its_office_keeps_its_first_name(make_doc):
    doc = make_doc(
        "Pelari NTT Tercepat di Kategori Putri\n"
        "Di kategori putri, pelari asal Flores Timur, Yosefa Margareta Kolo, finis ketiga.\n"
        '"Saya bilang ke diri sendiri, \'ayo, Yosefa, sedikit lagi.\' Akhirnya bisa," ujar atlet itu.\n'
        'Kolo mengaku berlatih tanpa pelatih. "Saya latihan sendiri tiap pagi," kata Kolo.\n')
    assert speakers(doc) == ["Yosefa Margareta Kolo"] * 2


def test_office_word_closing_a_two_word_name_is_part_of_it(make_doc):
    doc = make_doc(
        "Abrasi Ancam Rumah Warga\n"
        "Wali Nagari Pasia Laweh, Syafrizal Hakim, mengatakan garis pantai mundur lima meter.\n"
        '"Dulu masih ada jalan setapak di sini," kata Syafrizal.\n')
    assert speakers(doc) == ["Syafrizal Hakim"]


def test_title_after_a_first_name_is_part_of_the_name(make_doc):
    doc = make_doc(
        "Harga Benang Tenun Naik\n"
        "Salah seorang penenun, Maria Nona Sabu (61), mengaku harga benang naik dua kali lipat. "
        '"Dulu satu gulung Rp 40 ribu," ujar nenek tiga cucu itu.\n'
        'Nona Ria, pedagang kain, ikut mengeluh. "Pembeli sepi," kata Nona Ria.\n')
    assert speakers(doc) == ["Maria Nona Sabu", "Ria"]


def test_english_occupations_before_a_name_are_offices(make_doc):
    doc = make_doc(
        "School Meals Scheme Extended\n"
        'Dietitian Yohana Mau Bria said the menus lacked eggs. "Children need protein," Bria said.\n')
    assert speakers(doc) == ["Yohana Mau Bria"]


def test_one_word_name_that_is_also_a_common_noun_before_its_verb_stays_a_name(make_doc):
    doc = make_doc(
        "Pasar Malam Ramai Lagi\n"
        "Pengunjung pasar malam lebih ramai karena ada bintang tamu dari Jakarta.\n"
        'Sementara itu, Bintang mengatakan lapaknya laris. "Dagangan habis sebelum jam sembilan," '
        'katanya.\n')
    assert speakers(doc) == ["Bintang"]
