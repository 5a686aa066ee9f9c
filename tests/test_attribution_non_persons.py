"""Non-persons are no speakers: a pronoun, a clitic or "she said" means a person the article
established, never a place, a region, a label or a title; where there is none, nobody."""

from __future__ import annotations

from conftest import speakers


def test_name_label_before_an_aged_name_is_no_part_of_it(make_doc):
    doc = make_doc(
        "Penenun Muda dari Sumba Timur\n"
        "WAINGAPU - Nama Kristina Ata Ndapa (27) mulai dikenal setelah kainnya dipakai di pekan mode.\n"
        '"Saya belajar dari nenek sejak umur sembilan," kata Kristina.\n'
        '"Motif kuda itu paling sulit," ujarnya.\n')
    assert speakers(doc) == ["Kristina Ata Ndapa"] * 2


def test_regency_in_the_dateline_and_after_a_place_noun_is_no_speaker(make_doc):
    doc = make_doc(
        "Harga Rumput Laut Turun, Petani Rote Ndao Menahan Panen\n"
        "POSKUPANG.CO.ID, ROTE NDAO - Harga rumput laut kering di tingkat petani di Kabupaten Rote "
        "Ndao, Nusa Tenggara Timur, turun hingga Rp 9.000 per kilogram.\n"
        "Yakobus (61), petani rumput laut di Desa Oeseli, menyimpan hasil panennya di gudang. "
        '"Harga ini rugi," kata Yakobus.\n'
        "Potongan kadar air yang dikeluhkan Yakobus itu, menurut petani, bisa mencapai sepuluh "
        'persen. "Kami tidak pernah lihat angkanya," ujarnya.\n')
    assert speakers(doc) == ["Yakobus", "Yakobus"]


def test_place_set_off_after_another_place_names_no_unnamed_speaker(make_doc):
    doc = make_doc(
        "Nelayan Tunggu Cuaca Membaik\n"
        "MAUMERE - Gelombang tinggi melanda perairan utara Flores, Rabu. Nelayan di sejumlah pulau, "
        "seperti Kepulauan Palue dan Pulau Besar, diminta tidak melaut.\n"
        '"Perahu kecil dilarang melaut," kata Kepala Syahbandar Maumere, Yohanes Rangga Bata.\n'
        "Seorang nelayan di Ladolaka, Kepulauan Palue, yang ditemui di dermaga mengaku belum "
        'melaut. "Kami makan dari tabungan," ucapnya.\n')
    assert speakers(doc) == ["Yohanes Rangga Bata", None]


def test_province_short_form_in_an_english_dateline_is_no_speaker(make_doc):
    doc = make_doc(
        "Flood victims in Bima still in tents\n"
        "Bima, NTB (ANTARA) - Hundreds of families remain in tents a month after floods, officials said.\n"
        'District head Arif Rahman Hakim said new houses were planned. "Land is the problem," he said.\n'
        "Rosmini, a 47-year-old vendor in Rabadompu village, sleeps in a tent with her son. "
        '"The rain comes in every night," she said.\n')
    assert speakers(doc) == ["Arif Rahman Hakim", "Rosmini"]


def test_two_fields_before_an_english_office_are_no_person(make_doc):
    doc = make_doc(
        "New cold storage opens at Tual port\n"
        "Tual (ANTARA) - A cold storage plant for tuna opened at Tual port on Monday.\n"
        "Marine Affairs and Fisheries Minister Lasut, who opened the plant, "
        'called it "a promise kept to the fishermen of Kei."\n'
        '"Now they can sell when the price is right," Lasut said.\n')
    assert speakers(doc) == ["Lasut"] * 2


def test_office_and_one_word_of_its_institution_is_its_holder_not_a_person_so_named(make_doc):
    doc = make_doc(
        "Nelayan Rupat Tolak Kapal Pengisap Pasir\n"
        "BENGKALIS - Nelayan di Pulau Rupat menolak kapal pengisap pasir, Selasa.\n"
        "Ketua Paguyuban Nelayan Rupat Utara, Zulkifli Amran, meminta izin kapal itu ditinjau. "
        '"Kami sudah surati bupati," kata Ketua Paguyuban.\n')
    assert speakers(doc) == ["Zulkifli Amran"]


def test_region_set_off_after_a_description_names_no_one(make_doc):
    doc = make_doc(
        "Warga Lombok Timur Keluhkan Air Bersih\n"
        "SELONG - Warga di sejumlah desa di Lombok Timur kesulitan air bersih selama kemarau.\n"
        "Bupati Lombok Timur, Haerul Warisin, mengatakan pemerintah daerah sudah mengirim truk "
        'tangki. "Kami tambah lagi pekan depan," kata Haerul.\n'
        "Warga Desa Mujur, Praya Timur, harus membeli air Rp 50.000 per tangki. "
        '"Uang kami habis untuk beli air," ujarnya.\n')
    assert speakers(doc) == ["Haerul Warisin", None]


def test_field_words_after_an_english_office_are_no_part_of_its_holder(make_doc):
    doc = make_doc(
        "Pearl farmers in Aru seek export help\n"
        "Dobo (ANTARA) - Pearl farmers in the Aru Islands asked for help with export permits.\n"
        '"Permits will take two weeks, not two months," Director of Export Facilitation '
        "Nurlela Hasibuan told reporters.\n")
    assert speakers(doc) == ["Nurlela Hasibuan"]


def test_english_region_noun_closing_a_name_makes_no_antecedent(make_doc):
    doc = make_doc(
        "Pearl divers in Aru face shrinking catch\n"
        "Dobo (ANTARA) - Pearl divers in the Aru Islands say their catch has halved in five years.\n"
        "Yosina Gaite, a diver's wife in Benjina, sells dried fish to pay school fees. "
        '"He dives twice as long now," she said.\n'
        "Aru Islands Regency recorded 1,200 licensed divers last year.\n"
        '"We need a closed season," she added.\n')
    assert speakers(doc) == ["Yosina Gaite", "Yosina Gaite"]


def test_a_thing_as_subject_gives_way_to_the_person_named_after_its_passive_verb(make_doc):
    """ "Harga yang dikeluhkan Darmawan itu …": the price speaks for nobody; the one-word name
    after its passive verb is the person who spoke before, whom "ujarnya" then means."""
    doc = make_doc(
        "Harga Kopra Anjlok\n\nAMBON - Petani kopra di Pulau Seram mengeluhkan harga.\n\n"
        "Ketua kelompok tani, Darmawan Sitepu, menyebut tengkulak menurunkan harga sepihak. "
        '"Kami tidak bisa menawar," kata Darmawan.\n\n'
        'Kepala Dinas Pertanian Maluku, Yohanis Latumahina, berjanji turun ke lapangan. "Kami '
        'akan cek timbangannya," ujar Yohanis.\n\n'
        "Harga yang dikeluhkan Darmawan itu kini separuh dari tahun lalu. "
        '"Ongkos angkut saja tidak tertutup," ujarnya.\n')
    assert speakers(doc) == ["Darmawan Sitepu", "Yohanis Latumahina", "Darmawan Sitepu"]
