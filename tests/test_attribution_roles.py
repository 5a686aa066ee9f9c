"""Offices that point back agree with the office a person was introduced with (steps/rolefit.py),
and in an article: the qualifiers choose among holders of the same office noun, a candidate or a
deputy holds no office, an office noun is a person and never the body it heads, and an office
nobody named holds gives no speaker."""

from __future__ import annotations

from conftest import speakers

from build_digest.steps.rolefit import (
    CONFLICT,
    LOOSE,
    MATCH,
    NOT_HOLDER,
    UNKNOWN,
    fit,
    is_head_office,
    person_fit,
    qualifiers,
    read_office,
)

HEAD = "Judul Berita Uji Coba Untuk Jabatan\n\n"



# -- the comparison on its own ----------------------------------------------------------------

def test_the_qualifier_chooses_between_holders_of_one_office_noun(sl_id):
    wanted = read_office("Kepala BPBD itu", sl_id)
    assert qualifiers(wanted, sl_id) == ["BPBD"]
    agency = read_office("Kepala Badan Penanggulangan Bencana Daerah (BPBD) Sikka", sl_id)
    village = read_office("Kepala Desa Waiblama", sl_id)
    assert fit(wanted, agency, sl_id) == MATCH
    assert fit(wanted, village, sl_id) == CONFLICT
    # a short form by syllables is a qualifier written too ("Dinkes": DINas KESehatan)
    assert fit(read_office("Kepala Dinkes tersebut", sl_id),
               read_office("Kepala Dinas Kesehatan Kabupaten Ende", sl_id), sl_id) == MATCH
    # the same noun with nothing more said on either side agrees loosely or fully
    assert fit(read_office("kepala desa itu", sl_id), village, sl_id) == MATCH
    assert fit(read_office("ketua koperasi tersebut", sl_id), read_office("ketua", sl_id), sl_id) == LOOSE


def test_a_description_after_the_office_is_no_qualifier(sl_id):
    wanted = read_office("gubernur asal Buleleng tersebut", sl_id)
    assert qualifiers(wanted, sl_id) == []
    assert fit(wanted, read_office("Gubernur Bali", sl_id), sl_id) == MATCH
    assert qualifiers(read_office("sekda dalam keterangan tersebut", sl_id), sl_id) == []
    assert qualifiers(read_office("Ketua Koperasi tiga periode itu", sl_id), sl_id) == ["Koperasi"]


def test_a_candidate_or_a_deputy_is_not_the_holder(sl_id, sl_en):
    bupati = read_office("bupati itu", sl_id)
    assert fit(bupati, read_office("Calon bupati nomor urut 1", sl_id), sl_id) in (NOT_HOLDER, CONFLICT)
    assert fit(read_office("kepala desa itu", sl_id),
               read_office("Calon kepala desa nomor urut 2", sl_id), sl_id) == NOT_HOLDER
    assert fit(read_office("rektor itu", sl_id),
               read_office("Wakil Rektor Bidang Kemahasiswaan Unimor", sl_id), sl_id) == NOT_HOLDER
    # the deputy is meant when the phrase says so
    assert fit(read_office("wakil rektor tersebut", sl_id),
               read_office("Wakil Rektor Bidang Kemahasiswaan Unimor", sl_id), sl_id) == MATCH
    assert fit(read_office("the minister", sl_en), read_office("Deputy Minister", sl_en), sl_en) == NOT_HOLDER
    # a person read as "Calon kepala desa" and, cut short, as "kepala desa" is still no holder
    held = [read_office("Calon kepala desa nomor urut 2", sl_id), read_office("kepala desa", sl_id)]
    assert person_fit(read_office("kepala desa itu", sl_id), held, sl_id) == NOT_HOLDER


def test_the_held_office_may_be_a_qualifier_of_the_wanted_one(sl_id):
    wanted = read_office("kepala desa petahana itu", sl_id)
    assert fit(wanted, read_office("petahana", sl_id), sl_id) == LOOSE


def test_english_synonyms_and_premodifiers(sl_en):
    chief = read_office("the agency chief", sl_en)
    assert qualifiers(chief, sl_en) == ["agency"]
    assert fit(chief, read_office("Agency head", sl_en), sl_en) == MATCH
    assert fit(chief, read_office("village head", sl_en), sl_en) == CONFLICT
    assert fit(read_office("the union chair", sl_en), read_office("Union chairman", sl_en), sl_en) == MATCH
    secretary = read_office("the district secretary", sl_en)
    assert fit(secretary, read_office("researcher", sl_en), sl_en) == CONFLICT
    assert person_fit(read_office("the district secretary", sl_en), [], sl_en) == UNKNOWN


def test_which_offices_need_a_named_holder(sl_id, sl_en):
    assert is_head_office(read_office("Kepala BBKSDA itu", sl_id), sl_id)
    assert is_head_office(read_office("the district secretary", sl_en), sl_en)
    assert not is_head_office(read_office("politikus asal Sumatera Barat itu", sl_id), sl_id)
    assert not is_head_office(read_office("mantan kepala sekolah tersebut", sl_id), sl_id)
    assert not is_head_office(read_office("the economist", sl_en), sl_en)


# -- in an article ------------------------------------------------------------------------------

def test_the_qualifier_names_the_holder_in_an_article(make_doc):
    doc = make_doc(HEAD + (
        "MAKASSAR - Kepala Balai Besar Pelaksana Jalan Nasional (BBPJN) Sulawesi Selatan, Imam "
        "Santoso Hadi, mengatakan perbaikan jembatan dimulai pekan depan.\n\n"
        "\"Material sudah tiba di lokasi,\" ujar Imam.\n\n"
        "Kepala Desa Gerung Utara, Sahnan Mustafa, menyebut warga sudah sebulan memutar lewat "
        "jalan desa.\n\n"
        "\"Jalan desa kami rusak dilewati truk,\" kata Sahnan.\n\n"
        "Sahnan meminta jalan desa ikut diperbaiki. \"Kami anggarkan tahun ini juga,\" kata Kepala "
        "BBPJN itu.\n"))
    assert speakers(doc) == ["Imam Santoso Hadi", "Sahnan Mustafa", "Imam Santoso Hadi"]


def test_an_office_no_named_person_holds_gives_no_speaker(make_doc):
    doc = make_doc(HEAD + (
        "SUMBAWA - Ketua Kelompok Nelayan Pantai Goa, Muhtar Basri, mengeluhkan harga solar.\n\n"
        "\"Solar di SPBN sering habis,\" kata Muhtar.\n\n"
        "Kepala Dinas Kelautan dan Perikanan dalam keterangan tertulis menyebut kuota solar "
        "akan ditambah. \"Kuota tambahan sudah kami ajukan,\" tulis kepala dinas itu.\n"))
    assert speakers(doc) == ["Muhtar Basri", None]


def test_english_office_nouns_point_to_people_not_bodies(make_doc):
    doc = make_doc(HEAD + (
        "Kupang (ANTARA) - The Kupang Water Agency will add two pumps before the dry season.\n\n"
        "Agency head Benyamin Lay said the pumps would arrive in May. \"Two pumps double our "
        "supply,\" the agency chief said.\n\n"
        "Resident Maria Tefa, 44, said her street had no water for a week. \"We buy water from "
        "trucks,\" she said.\n\n"
        "\"The budget has been approved,\" the city secretary said in a statement.\n"))
    assert speakers(doc) == ["Benyamin Lay", "Maria Tefa", None]


def test_an_office_written_with_no_name_since_the_holder_is_someone_else(make_doc):
    doc = make_doc(HEAD + (
        "CIANJUR - Juru bicara PT Jembatan Nusa, Benny Lesmana, mengatakan perusahaannya siap "
        "memperbaiki jembatan gantung di Desa Sukamaju.\n\n"
        "\"Material sudah kami siapkan,\" kata Benny.\n\n"
        "Juru bicara Pemerintah Kabupaten Cianjur melalui pesan singkat menyatakan perbaikan harus "
        "menunggu kajian teknis. \"Kajian selesai bulan depan,\" tulis juru bicara tersebut.\n\n"
        "Benny menyebut perusahaannya akan menunggu kajian itu. \"Kami ikut jadwal pemerintah,\" "
        "ujar juru bicara perusahaan itu.\n"))
    assert speakers(doc) == ["Benny Lesmana", None, "Benny Lesmana"]


def test_an_english_profession_before_a_name_is_no_part_of_it(make_doc):
    doc = make_doc(HEAD + (
        "Atambua (ANTARA) - Belu Regency will open four more village clinics this year.\n\n"
        "Dietitian Yosefina Mali said children in the border villages ate fish twice a week. "
        "\"Most families grow their own moringa,\" she said.\n\n"
        "Agronomist Paulus Seran said the dry season came early. \"The maize was planted "
        "three weeks late,\" Paulus said.\n"))
    assert speakers(doc) == ["Yosefina Mali", "Paulus Seran"]


def test_the_place_or_listed_fields_of_an_office_with_no_holder_are_no_person(make_doc):
    doc = make_doc(HEAD + (
        "BOYOLALI - Harga cabai di Kabupaten Boyolali turun separuh sepekan terakhir.\n\n"
        "Kepala Dinas Perdagangan, Koperasi Usaha Kecil, dan Perindustrian Boyolali melalui "
        "keterangan tertulis menyebut pasokan dari Magelang melimpah. \"Harga akan pulih bulan "
        "depan,\" tulis kepala dinas itu.\n\n"
        "Warga Desa Tegalrejo mengeluhkan jalan yang rusak. Kepala Desa Tegalrejo dalam rapat "
        "warga menyebut perbaikan dimulai Juli. \"Dananya dari desa,\" kata kepala desa itu.\n\n"
        "Bupati Haryanto dalam kunjungannya meminta warga bersabar. \"Kami kawal,\" ujarnya.\n"))
    # (a name the text never writes as a place stays the holder: "Bupati Haryanto")
    assert speakers(doc) == [None, None, "Haryanto"]


def test_the_agent_of_a_passive_verb_holds_the_role_it_gives(make_doc):
    doc = make_doc(HEAD + (
        "SORONG - Diskusi publik soal tambang nikel di Raja Ampat berlangsung tiga jam.\n\n"
        "Diskusi yang dimoderatori dosen hukum Agustina Wamafma itu menghadirkan empat "
        "pembicara. \"Satu pertanyaan saja per orang,\" kata moderator.\n"))
    assert speakers(doc) == ["Agustina Wamafma"]
