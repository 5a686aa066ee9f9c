"""The canonical form of an institution speaker: the fullest form the article uses for that same
body, with the region that qualifies it (short forms defined beside a region, provinces' short
forms, units inside a company's name, the national body)."""

from __future__ import annotations

from conftest import speakers


def test_short_form_defined_beside_a_province_keeps_it_when_used_alone(make_doc):
    doc = make_doc(
        "Jembatan Darurat Dipasang\n"
        "Balai Prasarana Jalan Daerah (BPJD) Maluku Utara mengirim tim ke lokasi, Senin.\n"
        'Dalam rilisnya, BPJD menyebut jembatan "bisa dilewati motor mulai Rabu."\n'
        '"Kami minta jembatan permanen," kata warga, Yusran Hadi Wokas.\n')
    assert speakers(doc) == ["Balai Prasarana Jalan Daerah Maluku Utara", "Yusran Hadi Wokas"]


def test_short_form_used_with_another_region_stays_the_bare_body(make_doc):
    doc = make_doc(
        "Dana Hibah Diaudit\n"
        "Lembaga Pengelola Hibah Nasional (LPHN) Bengkulu mengaudit LPHN Kaur.\n"
        '"Audit selesai bulan depan," tulis LPHN dalam keterangannya.\n')
    assert speakers(doc) == ["Lembaga Pengelola Hibah Nasional"]


def test_province_short_form_after_a_defined_short_form_is_spelled_out(make_doc):
    doc = make_doc(
        "Nelayan Menolak Zonasi\n"
        "Persatuan Nelayan Kecil Indonesia (PNKI) menolak aturan zonasi baru.\n"
        'PNKI Sulsel menyatakan aturan itu "mematikan nelayan kecil."\n')
    assert speakers(doc) == ["Persatuan Nelayan Kecil Indonesia Sulawesi Selatan"]


def test_national_marker_names_the_national_body(make_doc):
    doc = make_doc(
        "Audit Dana Wakaf\n"
        "Badan Wakaf Nasional (Bawanas) Provinsi Jambi memeriksa laporan keuangan.\n"
        'Bawanas RI menyatakan "mendukung penuh pemeriksaan itu."\n')
    assert speakers(doc) == ["Badan Wakaf Nasional"]


def test_unit_short_form_inside_a_company_name_is_spelled_out(make_doc):
    doc = make_doc(
        "Gas Tersendat di Medan\n"
        "PGN Area Layanan Regional (ALR) Sumatera Utara menyebut pasokan menurun.\n"
        '"Pasokan pulih pekan depan," tulis PGN ALR Sumut dalam keterangannya.\n')
    assert speakers(doc) == ["PGN Area Layanan Regional Sumatera Utara"]


def test_common_noun_opening_the_sentence_is_no_part_of_the_name(make_doc):
    doc = make_doc(
        "Kapal Bahari Lestari Tertahan\n"
        "Kapal Bahari Lestari tertahan di Pelabuhan Lembar sejak Senin.\n"
        'Bahari Lestari menyatakan kapal "akan berlayar setelah cuaca membaik."\n'
        "Penumpang menunggu kapal pengganti di dermaga.\n")
    assert speakers(doc) == ["Bahari Lestari"]


def test_capitalised_word_before_a_club_is_cut_when_the_club_is_named_without_it(make_doc):
    doc = make_doc(
        "Gaji Pemain Telat\n"
        "Skuad Garuda Muda FC menolak berangkat ke Medan.\n"
        'Melalui akun resminya, Garuda Muda FC menulis bahwa gaji dibayar "pekan depan."\n')
    assert speakers(doc) == ["Garuda Muda FC"]


def test_brand_after_a_descriptor_is_the_company_it_names(make_doc):
    doc = make_doc(
        "Kurir Mogok\n"
        "Kurir mitra PT Antar Cepat Nusantara (AntarKu) mogok sejak Rabu.\n"
        'Manajemen AntarKu dalam keterangannya menyebut tarif "sudah sesuai pasar."\n'
        'Ia berharap manajemen mau berdialog. "Kami menunggu," kata Budi Santoso Lubis.\n')
    assert speakers(doc) == ["PT Antar Cepat Nusantara", "Budi Santoso Lubis"]



def test_company_keeps_its_legal_form_in_its_fullest_name(make_doc):
    doc = make_doc(
        "Port expansion\n"
        "Jakarta. State port operator PT Dermaga Nusa Indonesia has begun work on a new quay.\n"
        'Dermaga Nusa said the quay would "double the capacity of the port".\n')
    assert speakers(doc) == ["PT Dermaga Nusa Indonesia"]


def test_company_defined_with_its_brand_keeps_its_legal_form(make_doc):
    doc = make_doc(
        "Startup layoffs\n"
        "Jakarta. PT Panen Raya Digital (PanenKu), a farm lender, cut 90 jobs on Monday.\n"
        'In a statement, PanenKu said staff would get "three months of salary."\n')
    assert speakers(doc) == ["PT Panen Raya Digital"]


def test_field_of_an_office_before_an_agency_is_no_part_of_its_name(make_doc):
    doc = make_doc(
        "Stok Beras Aman\n"
        "Direktur Distribusi dan Cadangan Pangan Badan Logistik Nasional (Balognas), Hendra Wijaya"
        " Kusuma, menyebut stok aman.\n"
        'Dalam surat edarannya, Balognas meminta daerah "menyalurkan cadangan beras pekan ini."\n')
    assert speakers(doc) == ["Badan Logistik Nasional"]


def test_unit_initials_after_a_state_company_name_its_full_written_unit(make_doc):
    doc = make_doc(
        "Gas Terhenti\n"
        "PT Gas Raya (Persero) Sub Holding Wilayah Jawa Timur menyebut pipa bocor di Gresik.\n"
        '"Kami mohon maaf," tulis Gas Raya SHW Jatim dalam keterangannya.\n')
    assert speakers(doc) == ["PT Gas Raya (Persero) Sub Holding Wilayah Jawa Timur"]


def test_company_name_with_a_unit_short_form_it_defines_is_that_unit(make_doc):
    doc = make_doc(
        "Listrik Padam\n"
        "Manajer Sinar Daya Unit Layanan (UL) Sibolga, Robert Sianturi, meminta maaf.\n"
        '"Pemulihan bertahap," tulis Sinar Daya UL Sibolga di akun resminya.\n')
    assert speakers(doc) == ["Sinar Daya Unit Layanan Sibolga"]


def test_a_body_with_a_province_after_its_short_form_is_the_province_body(make_doc):
    doc = make_doc("Judul Berita Uji Coba Untuk Lembaga\n\n" + (
        "MASOHI - Gudang logistik Badan Pengawas Pemilu (Bawaslu) Maluku Tengah di Masohi "
        "terbakar Selasa malam.\n\n"
        "\"Semua berkas pengawasan sudah kami salin,\" kata Ketua Bawaslu Maluku Tengah, "
        "Yohanis Latumahina.\n\n"
        "Dalam surat edarannya, Badan Pengawas Pemilu (Bawaslu) Maluku menyatakan \"pengawasan "
        "tetap berjalan sesuai jadwal\".\n"))
    assert [q.speaker for q in doc.quotes] == ["Yohanis Latumahina", "Badan Pengawas Pemilu Maluku"]


def test_name_written_after_the_short_forms_bracket_stays_with_it(make_doc):
    doc = make_doc(
        "Harimau Dievakuasi dari Kebun Warga\n"
        "Balai Konservasi Satwa Liar (BKSL) Bukit Tigapuluh mengevakuasi seekor harimau, Kamis.\n\n"
        'Dalam rilisnya, BKSL Bukit Tigapuluh menyebut harimau itu "akan dilepas ke hutan lindung."\n\n'
        "Konsulat Jenderal Republik Indonesia (KJRI) di Penang mendata warga yang terdampak.\n\n"
        '"Semua warga sudah kami hubungi," tulis KJRI Penang dalam keterangannya.\n')
    assert speakers(doc) == ["Balai Konservasi Satwa Liar Bukit Tigapuluh",
                             "Konsulat Jenderal Republik Indonesia di Penang"]


def test_words_before_the_long_name_join_it_when_written_before_the_short_form(make_doc):
    doc = make_doc(
        "Sanksi Wasit Basket Ditinjau\n"
        "Divisi Hukum dan Advokasi (Humas) Perbasi meninjau sanksi tiga wasit.\n\n"
        'Divisi Humas Perbasi dalam keterangannya menyatakan, "Peninjauan selesai pekan depan."\n')
    assert speakers(doc) == ["Divisi Hukum dan Advokasi Perbasi"]


def test_short_form_defined_after_an_office_names_the_body(make_doc):
    doc = make_doc(
        "Saksi Kasus Tambang Dilindungi\n"
        "Komisioner Komisi Perlindungan Saksi Daerah (KPSD), Rina Aulia Lestari, menyebut dua "
        "saksi sudah dilindungi.\n\n"
        'Dalam suratnya, KPSD meminta polisi "menjamin keamanan keluarga saksi."\n\n'
        "Ketua Komisi Nasional Hak Asasi Manusia (Komnas HAM), Yosef Bata Ruma, ikut memantau.\n\n"
        'Komnas HAM dalam pernyataannya menyebut, "Kami akan turun ke lokasi."\n')
    assert speakers(doc) == ["Komisi Perlindungan Saksi Daerah", "Komisi Nasional Hak Asasi Manusia"]


def test_office_short_form_after_its_office_words_is_no_body(make_doc):
    doc = make_doc(
        "Operasi Ketupat Dimulai\n"
        "Kepala Kepolisian Negara Republik Indonesia (Kapolri) Jenderal Bambang Sutedjo Hadi "
        "membuka operasi, Senin.\n\n"
        '"Kami siagakan 150.000 personel," kata Kapolri.\n')
    assert speakers(doc) == ["Bambang Sutedjo Hadi"]


def test_body_named_bare_takes_the_only_region_the_article_gives_it(make_doc):
    doc = make_doc(
        "Sekolah Rusak Diperbaiki\n"
        "Kepala Dinas Pendidikan dan Kebudayaan Kabupaten Sikka, Maria Yosefa Da Cunha, meninjau "
        "sekolah yang rusak.\n\n"
        'Dalam surat edarannya, Dinas Pendidikan dan Kebudayaan meminta sekolah "memindahkan '
        'kelas ke ruang yang aman."\n')
    assert speakers(doc) == ["Dinas Pendidikan dan Kebudayaan Kabupaten Sikka"]


def test_body_named_bare_with_two_regions_in_the_article_stays_bare(make_doc):
    doc = make_doc(
        "Sekolah Rusak Diperbaiki\n"
        "Kepala Dinas Pendidikan dan Kebudayaan Kabupaten Sikka, Maria Yosefa Da Cunha, dan "
        "Kepala Dinas Pendidikan dan Kebudayaan Kabupaten Ende, Aloysius Bata Rato, mendata "
        "sekolah rusak.\n\n"
        'Dalam surat edarannya, Dinas Pendidikan dan Kebudayaan meminta sekolah "memindahkan '
        'kelas ke ruang yang aman."\n')
    assert speakers(doc) == ["Dinas Pendidikan dan Kebudayaan"]


def test_a_word_after_of_inside_an_institutions_name_is_no_name_of_its_own(make_doc):
    doc = make_doc(
        "Indonesia tightens rules on coral exports\n"
        "Indonesia will tighten permits for coral exports from next year, the Ministry of "
        "Environment and Forestry said on Monday, after a survey found that many colonies shipped "
        "abroad had been taken from the wild.\n\n"
        'The ministry, in a written statement, said exporters must "prove every colony was '
        'farmed."\n')
    assert speakers(doc) == ["Ministry of Environment and Forestry"]


def test_the_long_name_where_its_qualified_short_form_is_defined_is_the_qualified_body(make_doc):
    doc = make_doc(
        "Antrean Kapal di Pelabuhan Tenau\n"
        "Antrean kapal di Pelabuhan Tenau, Kupang, mencapai empat hari.\n\n"
        "Kantor Unit Penyelenggara Pelabuhan (UPP) Kelas II Tenau dalam keterangan resminya menyebut "
        '"kapal bahan pokok didahulukan."\n')
    assert speakers(doc) == ["Kantor Unit Penyelenggara Pelabuhan Kelas II Tenau"]


def test_a_plural_possessive_inside_an_institutions_name_stays_in_it(make_doc):
    doc = make_doc(
        "Teachers wary of classroom software\n"
        "Indonesia will test reading software in 300 schools next year, officials said, as the "
        "country struggles with a shortage of teachers in remote areas.\n\n"
        "The Federation of Rural Teachers' Associations said in a statement: \"Software cannot "
        'replace a teacher in the room."\n')
    assert speakers(doc) == ["Federation of Rural Teachers' Associations"]


def test_a_short_form_names_the_body_it_spells_not_a_wider_one_holding_its_words(make_doc):
    doc = make_doc(
        "Sabu Disita di Perbatasan\n"
        "Badan Pengawas Obat Nasional Provinsi (BPONP) Kalimantan Utara menyita obat ilegal.\n\n"
        'Kepala BPONP Kalimantan Utara, Yosua Bate Lembang, menyebut "nilainya Rp 2 miliar."\n\n'
        "Dalam pernyataan tertulis, Badan Pengawas Obat Nasional (BPON) menyebut perbatasan "
        'rawan. "Pengawasan akan kami perketat," tulis BPON.\n')
    assert speakers(doc) == ["Yosua Bate Lembang", "Badan Pengawas Obat Nasional"]


def test_a_known_short_form_takes_the_name_the_article_writes_without_defining_it(make_doc):
    doc = make_doc(
        "Dokumen Palsu Beredar\n"
        "Dokumen itu memakai kop yang menyerupai kop Kementerian Sekretariat Negara.\n\n"
        '"Kop surat tersebut tidak sesuai dengan tata naskah kami," tulis Kemensetneg.\n')
    assert speakers(doc) == ["Kementerian Sekretariat Negara"]


def test_the_first_word_of_a_short_form_with_its_region_names_that_body(make_doc):
    doc = make_doc(
        "Logistik Pemilihan Terlambat\n"
        "Badan Pengawas Pemilihan Daerah Provinsi Papua Tengah (Bawasda Papua Tengah) meminta "
        'jadwal dibuka. "Kami akan mengawasi distribusi," tulis Bawasda.\n')
    assert speakers(doc) == ["Badan Pengawas Pemilihan Daerah Provinsi Papua Tengah"]
