"""Speaker phrases: names with their particles, offices before names, institutions, kin, documents."""

from __future__ import annotations

import pytest

from build_digest.steps.mentions import name_run, parse_np


def np_of(text: str, sl):
    return parse_np(text, 0, len(text), sl)


@pytest.mark.parametrize("phrase, name", [
    # particles belong to the name, even after a place or a numeral-looking word
    ("Kepala Dinas Pariwisata Provinsi Bali I Ketut Darmaja mengatakan", "I Ketut Darmaja"),
    ("Bupati Tabanan I Komang Gede Sanjaya mengatakan", "I Komang Gede Sanjaya"),
    ("Camat Ubud Ni Made Sutarini menjelaskan", "Ni Made Sutarini"),
    ("Bupati Bone Barat Andi Fahsar Padjalangi menegaskan", "Andi Fahsar Padjalangi"),
    ("Wali Kota Pare Pare Andi Taufan Tiro menegaskan", "Andi Taufan Tiro"),
    # a region before the name
    ("Bupati Mamasa Tengah Rosdiana Usman mengatakan", "Rosdiana Usman"),
    ("Kapolres Toraja Utara Yulius Tandirerung mengatakan", "Yulius Tandirerung"),
    # English job titles and companies before the name
    ("Head of Research PT Cakrawala Sekuritas, Dion Pranata, mengatakan", "Dion Pranata"),
    ("Chief Technology Officer PT Awan Data Nusantara, Kevin Sutanto, menjelaskan", "Kevin Sutanto"),
    ("Senior Equity Analyst PT Lintas Kapital Indonesia Nadia Prameswari menilai", "Nadia Prameswari"),
    ("General Manager PT Pelayaran Selat Nusantara Cabang Merak, Heru Santosa, mengatakan",
     "Heru Santosa"),
    ("Plt. Corporate Secretary PT Kereta Cepat Nusantara, Dewi, mengatakan", "Dewi"),
    ("Ketua MUI Bidang Dakwah, K.H. Ahmad Zubaidi, mengatakan", "Ahmad Zubaidi"),
    # an office after a lower-case description, then the name
    ("Kuasa hukum korban, Parulian Hutapea, mengatakan", "Parulian Hutapea"),
    ("Pelatih kepala tim dayung nasional, Marthen Rumere, mengatakan", "Marthen Rumere"),
    ("pemandu wisata senior Ni Wayan Sukerti", "Ni Wayan Sukerti"),
    # kin with their own name
    ("Ayah Rini, Sutrisno, mengatakan", "Sutrisno"),
    # a document names its author
    ("Keterangan tertulis PW Ansor menyebut", "PW Ansor"),
])
def test_holder_name_id(sl_id, phrase, name):
    np = np_of(phrase, sl_id)
    assert np is not None and np.kind == "name" and " ".join(np.name) == name


def test_name_particle_not_taken_for_a_numeral(sl_id):
    np = np_of("Ketua Komisi I DPR Meutya Larasati mengatakan", sl_id)
    assert np.name == ("Meutya", "Larasati")


@pytest.mark.parametrize("phrase, name", [
    ("Kementerian Energi dan Sumber Daya Mineral menyatakan", "Kementerian Energi dan Sumber Daya Mineral"),
    ("Badan Pusat Statistik Provinsi Maluku Utara mencatat", "Badan Pusat Statistik Provinsi Maluku Utara"),
])
def test_institution_names_whole_id(sl_id, phrase, name):
    np = np_of(phrase, sl_id)
    assert np.kind == "name" and np.org and " ".join(np.name) == name


def test_two_institutions_are_not_joined(sl_id):
    np = np_of("Kementerian Kesehatan dan Polri menyatakan", sl_id)
    assert np.name == ("Kementerian", "Kesehatan")


@pytest.mark.parametrize("phrase", ["istrinya", "ayah korban", "adik terdakwa", "keluarga korban banjir"])
def test_unnamed_kin_names_nobody(sl_id, phrase):
    assert np_of(phrase + " mengatakan", sl_id).kind == "anonymous"


@pytest.mark.parametrize("phrase, role", [
    ("Kepala Dinkes itu", "kepala dinkes"),
    ("pengacara yang juga kerap menangani perkara perceraian selebritas itu", "pengacara"),
])
def test_offices_pointing_back(sl_id, phrase, role):
    np = np_of(phrase, sl_id)
    assert np.kind == "role" and np.anaphoric and np.role.startswith(role)


def test_long_descriptions_after_a_verb(sl_id):
    text = "peraih medali perak Olimpiade Paris 2024 itu"
    assert parse_np(text, 0, len(text), sl_id) is None or not parse_np(text, 0, len(text), sl_id).anaphoric
    np = parse_np(text, 0, len(text), sl_id, described=True)
    assert np.kind == "role" and np.anaphoric
    np = np_of("pria yang akrab disapa Bang Ucok itu", sl_id)
    assert np.kind == "role" and np.anaphoric


@pytest.mark.parametrize("phrase, name, org", [
    ("the Ministry of Health wrote", "Ministry of Health", True),
    ("the World Food Programme's country office said", "World Food Programme", True),
    ("the Bintan Regency Administration Council said", "Bintan Regency Administration Council", True),
    ("Bintan Regent Ahmad Yani Harahap told", "Ahmad Yani Harahap", False),
    ("team manager Jefri Rumaropen told", "Jefri Rumaropen", False),
    ("Chief Executive Officer Arunika Group, Lydia Tan, said", "Lydia Tan", False),
])
def test_english_phrases(sl_en, phrase, name, org):
    np = np_of(phrase, sl_en)
    assert np.kind == "name" and " ".join(np.name) == name and np.org == org


def test_english_possessive_person_stays_unnamed(sl_en):
    assert np_of("the ministry's spokesperson said", sl_en) is None


def test_corpus_names_join_over_middle_names():
    from collections import Counter

    from build_digest.speakers import canonical_names
    mapping = canonical_names(Counter(["Margareta Lawalata", "Margareta Yosephine Lawalata",
                                       "Budi Santoso", "Budi Arie Santoso", "Budi Agung Santoso"]))
    assert mapping["Margareta Lawalata"] == "Margareta Yosephine Lawalata"
    assert mapping["Budi Santoso"] == "Budi Santoso"  # two fuller names fit: left alone
    mapping = canonical_names(Counter(["Komang Wirata", "I Komang Adi Wirata"]), frozenset({"i"}))
    assert mapping["Komang Wirata"] == "I Komang Adi Wirata"


@pytest.mark.parametrize("phrase, name", [
    # an office word that is also a common part of names stays inside the name
    ("Sekretaris Daerah Sleman Drs. Hendra Hakim Saputra, M.Si. dan", ("Hendra", "Hakim", "Saputra")),
    # Malaysian honorific phrases (with an apostrophe) and "bin" inside the name
    ("Pengarah Urusan Syarikat Jaya Makmur, Dato' Seri Kamal Arif bin Hassan, berkata",
     ("Kamal", "Arif", "bin", "Hassan")),
    ("Tan Sri Razak Hamdan mengatakan", ("Razak", "Hamdan")),
    # an office listed with commas and "dan" ends where the name starts
    ("Direktur Perencanaan, Pengawasan, dan Hubungan Antarlembaga BPOM, Sinta Marlina, mengatakan",
     ("Sinta", "Marlina")),
])
def test_name_boundaries_id(sl_id, phrase, name):
    np = np_of(phrase, sl_id)
    assert np is not None and np.kind == "name" and np.name == name


@pytest.mark.parametrize("phrase, name", [
    ("Deputy Minister of Labour and Welfare Tran Quoc Bao said", ("Tran", "Quoc", "Bao")),
    ("Seismologist Maria Lopez Vega of the National Seismic Service said", ("Maria", "Lopez", "Vega")),
    # a place and an office before the name: the office word is not part of the name
    ("Jayapura Regent Mathius Kogoya said", ("Mathius", "Kogoya")),
])
def test_name_boundaries_en(sl_en, phrase, name):
    np = np_of(phrase, sl_en)
    assert np is not None and np.kind == "name" and np.name == name


def test_name_particles_corps_grades_and_sentence_ends(make_doc):
    """ "Lalu" opens a Sasak name inside a sentence (and is "then" at its start); a corps after a
    rank and a grade after a degree are no part of the name; a short last name before a full stop
    and a new sentence is no abbreviation."""
    doc = make_doc("Banjir Bandang Terjang Sembalun\n" + (
        "MATARAM - Kepala Desa Sajang, Lalu Ahmad Sukarman, mengatakan 60 rumah terendam.\n"
        '"Airnya datang tiba-tiba," ujar Sukarman.\n'
        "Lalu Ahmad menutup rapat.\n"
        "Komandan Kodim, Letkol Inf. Wisnu Adi Prabowo, memimpin pencarian.\n"
        '"Kami kerahkan 150 personel," kata Letkol Wisnu.\n'
        "Dokter anak RSUD Selong, dr. Baiq Nurhidayati, Sp.A(K), mengingatkan orang tua.\n"
        '"Air minum harus dimasak," katanya.\n'
        "Bantuan datang dari anggota DPRD, Tengku Faisal Syah. Politisi muda itu membawa beras.\n"
        '"Beras ini untuk pengungsi," kata Tengku Faisal.\n'))
    assert [q.speaker for q in doc.quotes] == ["Lalu Ahmad Sukarman", "Wisnu Adi Prabowo",
                                              "Baiq Nurhidayati", "Tengku Faisal Syah"]


@pytest.mark.parametrize("lang, phrase, name", [
    # an office word that ends a name before a comma is the surname
    ("id", "Dr. Arif Rahman Hakim, menilai", ("Arif", "Rahman", "Hakim")),
    ("id", "Maruli Tua Raja, meminta", ("Maruli", "Tua", "Raja")),
    # "I" opens a Balinese name in English text too (and is the pronoun before a verb)
    ("en", "I Gusti Agung Bagus Mahendra said", ("I", "Gusti", "Agung", "Bagus", "Mahendra")),
    ("en", "Karangasem regent I Nyoman Sukadana Putra said", ("I", "Nyoman", "Sukadana", "Putra")),
])
def test_names_ending_in_an_office_word_or_opened_by_i(sl_id, sl_en, lang, phrase, name):
    np = np_of(phrase, sl_id if lang == "id" else sl_en)
    assert np is not None and np.kind == "name" and np.name == name
    assert np_of("I think the plan is good", sl_en) is None


@pytest.mark.parametrize("phrase, role", [
    ("the police chief said", "chief"),
    ("the health minister added", "minister"),
])
def test_offices_with_lower_case_modifiers_point_back(sl_en, phrase, role):
    np = np_of(phrase, sl_en)
    assert np.kind == "role" and np.anaphoric and np.role == role


def test_definite_description_with_an_office_points_back(make_doc):
    doc = make_doc("Border Trade Deal Signed\n" + (
        "KUCHING - Malaysia's delegation was led by Dato' Ahmad Faizal Rahman, who pushed for the "
        "deal. The Malaysian minister said it would be reviewed after a year.\n"
        '"If it works, we will extend it," the Malaysian minister said.\n'))
    assert [q.speaker for q in doc.quotes] == ["Ahmad Faizal Rahman"]


def test_a_pronoun_spelled_like_a_surname_opens_a_name_inside_a_sentence(sl_en):
    text = '"We lost," He Jiayi said. He told reporters. China\'s He Jiayi left.'
    assert parse_np(text, text.index("He Jiayi"), len(text), sl_en).name == ("He", "Jiayi")
    assert parse_np(text, text.index("He told"), len(text), sl_en).kind == "pronoun"
    last = text.rindex("He Jiayi")
    assert parse_np(text, last, len(text), sl_en).name == ("He", "Jiayi")


def test_a_capitalised_kin_word_alone_inside_a_sentence_is_a_name(sl_id):
    text = 'Rekannya, Putri, mengaku tegang. "Tenang," kata Putri. Putri korban ikut hadir.'
    assert parse_np(text, text.index("Putri,"), len(text), sl_id).name == ("Putri",)
    assert parse_np(text, text.index("Putri."), len(text), sl_id).name == ("Putri",)
    assert parse_np(text, text.rindex("Putri"), len(text), sl_id).kind == "anonymous"  # a daughter


def test_a_name_opener_inside_a_run_starts_the_name(sl_id):
    text = "Koreografer Ni Made Ayu Lestari dan Penenun Anak Agung Gede Oka datang ke Gianyar."
    assert parse_np(text, 0, len(text), sl_id).name == ("Ni", "Made", "Ayu", "Lestari")
    at = text.index("Penenun")
    assert name_run(text, at, len(text), sl_id)[0] == ("Anak", "Agung", "Gede", "Oka")


def test_an_office_described_with_an_institution_in_english_names_its_holder(sl_id):
    text = ("Peneliti senior dari Center for Strategic and International Studies (CSIS), Bramantyo "
            "Adi Kusuma, menilai peluang itu tipis.")
    np = parse_np(text, 0, len(text), sl_id)
    assert np.kind == "name" and np.name == ("Bramantyo", "Adi", "Kusuma") and np.role == "peneliti"
    text = "Peneliti senior dari Jakarta menilai, Bramantyo pun setuju."
    assert parse_np(text, 0, len(text), sl_id).kind == "role"


def _holder(text: str, sl) -> tuple[str, ...]:
    np = parse_np(text, 0, len(text), sl)
    assert np is not None and np.kind == "name"
    return np.name


def test_an_office_field_of_several_words_shown_elsewhere_ends_before_the_name(sl_en):
    """ "Director General of Capture Fisheries Rudi Hartono": the field runs as far as the article
    writes it without the name, capitalised or not."""
    lead = "Director General of Capture Fisheries Rudi Hartono said the catch fell."
    assert _holder(lead + " The Directorate General of Capture Fisheries will review quotas.",
                   sl_en) == ("Rudi", "Hartono")
    assert _holder(lead + " Output from capture fisheries dropped by a tenth.", sl_en) == ("Rudi", "Hartono")
    text = ("Head of Marine Spatial Planning Dewi Anggraini Lubis said permits were frozen. "
            "The Marine Spatial Planning office issued none in May.")
    assert _holder(text, sl_en) == ("Dewi", "Anggraini", "Lubis")


def test_an_office_field_ends_where_the_article_writes_the_name_on_its_own(sl_en):
    lead = "Director General of Capture Fisheries Rudi Hartono said the catch fell. "
    assert _holder(lead + "Rudi Hartono blamed the weather.", sl_en) == ("Rudi", "Hartono")
    assert _holder(lead + "Rudi added that boats stayed in port.", sl_en) == ("Rudi", "Hartono")


def test_an_office_field_is_one_word_unless_the_article_shows_more(sl_en):
    """Without other mentions the field is the first word: a surname written alone ("Marlina
    added") does not show where the name starts, and the office written again is no evidence."""
    assert _holder("Director General of Plantations Sutrisno said yields rose.", sl_en) == ("Sutrisno",)
    text = "Head of Research Rina Marlina said bonds rallied. Marlina added that yields fell."
    assert _holder(text, sl_en) == ("Rina", "Marlina")
    text = ("Head of Research Rina Marlina said bonds rallied. Later, Head of Research Rina "
            "Marlina added that yields fell.")
    assert _holder(text, sl_en) == ("Rina", "Marlina")


def test_an_age_after_the_holder_closes_the_name(sl_id, sl_en):
    text = "Petani Sri Rejeki (62) mengaku sawahnya retak."
    assert parse_np(text, 0, len(text), sl_id).name == ("Sri", "Rejeki")
    text = "Fisherman Samsul Bahri of Bitung said he was detained."
    assert parse_np(text, 0, len(text), sl_en).name == ("Samsul", "Bahri")


def _np_at(text: str, phrase: str, sl):
    at = text.index(phrase)
    return parse_np(text, at, len(text), sl)


def test_name_opening_with_a_function_word_the_article_introduced(sl_id):
    text = ("Kepala Perwakilan Ombudsman RI Jawa Barat, Dan Satriyo Wibisono, mengatakan aduan naik. "
            "\"Pola ini berulang,\" kata Dan Satriyo. Dan mendorong dinas terbuka.")
    assert _np_at(text, "Dan Satriyo Wibisono", sl_id).name == ("Dan", "Satriyo", "Wibisono")
    assert _np_at(text, "Dan Satriyo.", sl_id).name == ("Dan", "Satriyo")
    # never introduced so: a conjunction, not a name
    assert parse_np("Dan Satriyo datang.", 0, 19, sl_id) is None


def test_month_or_day_word_opening_a_name_stays_a_date_elsewhere(sl_id):
    text = ("Ketua Kelompok Tenun Lewotala, Juni Astuti Kelen (44), mengatakan pesanan turun. "
            "\"Kami rugi,\" kata Juni. Juni mengatakan pesanan hilang pada Juni lalu. Hari itu hujan.")
    assert _np_at(text, "Juni.", sl_id).name == ("Juni",)
    assert _np_at(text, "Juni mengatakan", sl_id).name == ("Juni",)
    assert _np_at(text, "Juni lalu", sl_id) is None
    assert _np_at(text, "Hari itu", sl_id) is None


def test_function_word_after_a_title_is_a_name(sl_id):
    text = "Ketua Persi Sulawesi Tenggara, dr. Juli Hasanuddin, mengatakan klaim tertunda."
    np = np_of(text, sl_id)
    assert np is not None and np.kind == "name" and np.name == ("Juli", "Hasanuddin")


@pytest.mark.parametrize("phrase, described, name", [
    ("Garuda Nusa Air commercial director Stefanus Hadiprawira at a press briefing", True,
     "Stefanus Hadiprawira"),
    ("Jambi Disaster Mitigation Agency operations chief Bambang Irawan.", True, "Bambang Irawan"),
    ("Muaro Jambi district health office head Nurhasanah said clinics were full", False, "Nurhasanah"),
])
def test_institution_then_described_office_then_holder_en(sl_en, phrase, described, name):
    np = parse_np(phrase, 0, len(phrase), sl_en, described=described)
    assert np is not None and np.kind == "name" and " ".join(np.name) == name


def test_institution_then_lower_case_words_without_a_holder_en(sl_en):
    # no speech verb closes the holder's name: the institution is the phrase
    phrase = "Garuda Nusa Air commercial director Stefanus Hadiprawira met the governor"
    np = parse_np(phrase, 0, len(phrase), sl_en)
    assert np is not None and np.name == ("Garuda", "Nusa", "Air")


def test_institution_name_goes_on_after_its_short_form_in_brackets(sl_id):
    text = ("Tiga anggota Polrestabes Palembang diperiksa. Dalam rilis yang disampaikan Kepolisian "
            "Resor Kota Besar (Polrestabes) Palembang, anggota disebut menembak.")
    tokens, _end, org = name_run(text, text.index("Kepolisian"), len(text), sl_id)
    assert tokens == ("Kepolisian", "Resor", "Kota", "Besar", "Palembang") and org
    # the article never writes "BPS Amalia": the name after the brackets is no part of it
    text = "Kepala Badan Pusat Statistik (BPS) Amalia Adininggar menyebut inflasi turun."
    tokens, _end, _org = name_run(text, text.index("Badan"), len(text), sl_id)
    assert tokens == ("Badan", "Pusat", "Statistik")


def test_conjunction_inside_a_name_the_article_writes_inside_an_institution(sl_id):
    text = ("Direktorat Jenderal Bea dan Cukai menyita 31 ponsel. Pengawasan diperketat, tulis Ditjen "
            "Bea dan Cukai. Petugas Bea dan Cukai lain berjaga.")
    tokens, _end, _org = name_run(text, text.index("Ditjen"), len(text), sl_id)
    assert tokens == ("Ditjen", "Bea", "dan", "Cukai")
    # two people named together twice are not one name
    text = "Budi dan Ani datang. Kata Budi dan Ani, harga naik."
    tokens, _end, _org = name_run(text, text.index("Budi dan Ani,"), len(text), sl_id)
    assert tokens == ("Budi",)


def test_holder_after_institution_with_short_form_and_its_name(sl_id):
    text = "Ketua Dewan Kemakmuran Masjid (DKM) Al-Ikhlas, H. Mahmud Zainal Abidin, mengatakan"
    assert np_of(text, sl_id).name == ("Mahmud", "Zainal", "Abidin")
