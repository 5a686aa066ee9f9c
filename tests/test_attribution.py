"""Attribution: speech verbs, pronouns and clitics, role nouns, canonical names, unnamed sources."""

from __future__ import annotations

from conftest import speakers

HEAD = "Judul Berita Uji Coba Untuk Narasumber\n"



def test_names_pronouns_clitics_and_role_synonyms(make_doc):
    doc = make_doc(HEAD + (
        "JAKARTA - Menteri Keuangan Sri Mulyani Indrawati memastikan defisit anggaran tahun ini "
        "tetap berada di bawah batas aman.\n"
        '"Kami akan menjaga defisit tetap di bawah tiga persen. Itu komitmen pemerintah," kata Sri '
        "Mulyani dalam konferensi pers di Jakarta, Senin (3/3/2025).\n"
        "Ia menambahkan, pemerintah terus memantau harga komoditas.\n"
        '"Kalau harga minyak naik, subsidi energi ikut naik," ujar dia.\n'
        '"Namun ruang fiskal kita masih cukup," tegas bendahara negara itu.\n'
        "Sementara itu, Ketua Komisi XI DPR Misbakhun meminta pemerintah berhati-hati.\n"
        '"Jangan sampai utang terus membengkak," katanya.\n'))
    assert speakers(doc) == ["Sri Mulyani Indrawati"] * 3 + ["Misbakhun"]
    evidence = [q.speaker_evidence for q in doc.quotes]
    assert evidence == ["kata Sri Mulyani", "ujar dia", "tegas bendahara negara itu", "katanya"]
    assert doc.quotes[0].confidence > doc.quotes[2].confidence > 0


def test_pronoun_follows_the_subject_not_an_object(make_doc):
    doc = make_doc(HEAD + (
        "Presiden Prabowo Subianto bertemu Perdana Menteri Malaysia Anwar Ibrahim di Istana "
        "Merdeka, Jakarta.\n"
        '"Kedua negara sepakat memperkuat kerja sama perbatasan," kata Prabowo.\n'
        "Prabowo juga mengundang Anwar ke Ibu Kota Nusantara.\n"
        '"Kami ingin Malaysia melihat langsung pembangunan di sana," ujarnya.\n'
        "Anwar menyambut baik undangan tersebut.\n"
        '"Saya akan datang tahun depan," kata dia.\n'))
    assert speakers(doc) == ["Prabowo Subianto", "Prabowo Subianto", "Anwar Ibrahim"]


def test_role_noun_introduced_earlier(make_doc):
    doc = make_doc(HEAD + (
        "Juru bicara Kementerian Luar Negeri Roy Soemirat mengatakan seluruh WNI di Suriah dalam "
        "kondisi aman.\n"
        "Kapolda Metro Jaya Irjen Karyoto juga hadir dalam rapat itu.\n"
        '"Kami terus berkoordinasi dengan KBRI Damaskus," kata juru bicara itu.\n'
        '"Situasi di Jakarta kondusif," ujar Karyoto.\n'))
    assert speakers(doc) == ["Roy Soemirat", "Karyoto"]
    assert doc.quotes[0].attrs["attribution"] == "role"


def test_according_to_colon_and_appositive(make_doc):
    doc = make_doc(HEAD + (
        'Menurut Kepala BMKG Dwikorita Karnawati, "Cuaca ekstrem masih akan terjadi hingga akhir '
        'bulan."\n'
        'Dwikorita menjelaskan: "Masyarakat diminta tetap waspada."\n'
        '"Kami siap," kata Budi Santoso, Ketua RT setempat. "Semua warga sudah dievakuasi."\n'))
    assert speakers(doc) == ["Dwikorita Karnawati"] * 2 + ["Budi Santoso"] * 2
    assert doc.quotes[3].attrs["attribution"] == "split"


def test_continuation_paragraphs_share_the_speaker(make_doc):
    doc = make_doc(HEAD + (
        "Ribuan buruh berunjuk rasa di depan Gedung DPR, Jakarta, Rabu.\n"
        '"Kami tidak akan mundur sedikit pun. Tuntutan kami jelas.\n'
        '"Pemerintah harus membuka data itu ke publik," kata Koordinator Aliansi Buruh Nasional, '
        "Rahmat Hidayat, kepada wartawan.\n"
        '"Kalau tidak, kami akan kembali turun ke jalan."\n'
        "Polisi mengerahkan ratusan personel untuk mengamankan aksi tersebut.\n"))
    assert speakers(doc) == ["Rahmat Hidayat"] * 3
    assert [q.attrs["attribution"] for q in doc.quotes] == ["continuation", "role-name",
                                                            "continuation"]


def test_statement_named_after_the_quote(make_doc):
    doc = make_doc(HEAD + (
        '"Pembangunan jalan tol ini akan selesai akhir tahun."\n'
        "Hal itu disampaikan Menteri Pekerjaan Umum Dody Hanggodo di Semarang, Selasa.\n"))
    assert speakers(doc) == ["Dody Hanggodo"]


def test_colon_at_end_of_previous_paragraph(make_doc):
    doc = make_doc(HEAD + (
        "Dalam pidatonya, Gubernur Jawa Barat Dedi Mulyadi menyampaikan pesan kepada warga:\n"
        '"Jaga kebersihan sungai kita bersama-sama."\n'))
    assert speakers(doc) == ["Dedi Mulyadi"]


def test_unnamed_speakers_stay_null(make_doc):
    doc = make_doc(HEAD + (
        "Sumber yang mengetahui isi pembicaraan mengatakan kedua pihak ingin kesepakatan "
        "\u201csegera dan menyeluruh.\u201d\n"
        '"Kami hanya ingin hidup tenang," kata seorang warga.\n'
        '"Kami menolak relokasi," kata mereka.\n'
        '"Tidak ada yang datang membantu kami di sini."\n'))
    assert speakers(doc) == [None, None, None, None]
    assert doc.quotes[2].speaker_evidence == "kata mereka"
    assert all(q.confidence == 0 for q in doc.quotes)


def test_institution_as_speaker(make_doc):
    doc = make_doc(HEAD + (
        "Kremlin menegaskan Rusia menginginkan pertemuan itu \u201clebih cepat daripada nanti.\u201d\n"))
    assert speakers(doc) == ["Kremlin"]
    assert doc.quotes[0].attrs["speaker_kind"] == "organisation"


def test_titles_and_honorifics_are_stripped(make_doc):
    doc = make_doc(HEAD + (
        '"Pelaku sudah kami amankan," kata Kapolres Metro Jakarta Selatan Kombes Pol Ade Rahmat '
        "Idnal.\n"
        '"Kami periksa tiga saksi," ujar Ade.\n'
        '"Hasil otopsi keluar pekan depan," kata Dr. Hastuti Wulandari.\n'))
    assert speakers(doc) == ["Ade Rahmat Idnal", "Ade Rahmat Idnal", "Hastuti Wulandari"]


def test_short_name_before_full_name(make_doc):
    doc = make_doc(HEAD + (
        '"Kami siap menggelar pemilu ulang," kata Afifuddin.\n'
        "Ketua KPU Mochammad Afifuddin menyebut anggaran sudah tersedia.\n"))
    assert speakers(doc) == ["Mochammad Afifuddin"]


def test_english_article(make_doc):
    doc = make_doc(
        "Kremlin Says Summit Preparations Are Under Way\n"
        "MOSCOW - Kremlin spokesman Dmitry Peskov said on Thursday that preparations for a summit "
        "were under way.\n"
        '"There is political will on both sides," Peskov told reporters. "We are ready to work."\n'
        "He added that no date had been set.\n"
        '"It is too early to talk about the format," he said.\n'
        'Foreign Minister Sergei Lavrov called the talks "a useful first step".\n'
        '"We will see," the spokesman said.\n'
        "A senior official, speaking on condition of anonymity, said the talks were "
        '"going nowhere fast".\n')
    assert speakers(doc) == ["Dmitry Peskov"] * 3 + ["Sergei Lavrov", "Dmitry Peskov", None]


SEED_SPEAKERS = {
    "000": ["Dmitry Peskov"] * 4,
    "001": ["Donald Trump"] * 2 + ["Dmitry Peskov"] * 9,
    "002": ["Dmitry Peskov", "Dmitry Peskov", None],
    "003": ["Kremlin", "Dmitry Peskov", "Donald Trump", "Dmitry Peskov"],
    "004": ["Donald Trump", "Donald Trump"] + ["Dmitry Peskov"] * 3 + ["Mike Waltz"] * 2,
}


def test_seed_speakers(seed_docs):
    for key, expected in SEED_SPEAKERS.items():
        assert speakers(seed_docs[key]) == expected, key


def test_seed_partial_quotes(seed_docs):
    partial = {key: [q.text for q in doc.quotes if q.partial] for key, doc in seed_docs.items()}
    assert partial["001"] == ["baik-baik saja", "tidak mungkin", "percakapan yang sangat penting.",
                              "terlalu terburu-buru."]
    assert partial["002"] == ["bebas, berdaulat, dan aman."]
    assert partial["003"] == ["lebih cepat daripada nanti.", "pertemuan yang sia-sia."]
    assert partial["004"] == ["lebih baik tidak mengatakan", "banyak komunikasi yang berbeda muncul."]
    assert partial["000"] == []


def test_sidecar_fixes_an_attribution(make_doc):
    text = HEAD + '"Kami siap," kata Budi.\n"Kami juga," kata Ani.\n'
    plain = make_doc(text, name="plain.txt")
    first, second = (q.id for q in plain.quotes)
    doc = make_doc(text, name="fixed.txt", sidecar=(
        f"quotes:\n  {first}: {{speaker: Budi Santoso}}\n  {second}: {{speaker: null}}\n"
        "  q9999: {speaker: Siapa}\n"))
    assert speakers(doc) == ["Budi Santoso", None]
    assert [q.speaker_evidence for q in doc.quotes] == ["sidecar", "sidecar"]
    assert doc.quotes[0].confidence == 1.0 and doc.quotes[0].attrs["speaker_from_text"] == "Budi"
    assert any("q9999" in w for w in doc.warnings)


def test_sidecar_quote_overrides_are_validated(make_doc):
    import pytest

    from build_digest.errors import InputError

    for bad in ("quotes: [q1]\n", "quotes:\n  kutipan1: {speaker: X}\n",
                "quotes:\n  q1: {pembicara: X}\n", "quotes:\n  q1: {speaker: 42}\n"):
        with pytest.raises(InputError) as err:
            make_doc(HEAD + '"A b c," kata D.\n', name="bad.txt", sidecar=bad)
        assert err.value.key == "quotes"


def test_corpus_merges_speaker_names():
    from collections import Counter

    from build_digest.speakers import canonical_names

    mapping = canonical_names(Counter({
        "Peskov": 2, "Dmitry Peskov": 5, "Dmitry S. Peskov": 1, "Zelenskiy": 1,
        "Volodymyr Zelenskyy": 2, "Trump": 1, "Donald Trump": 1, "Melania Trump": 1}))
    assert mapping["Peskov"] == mapping["Dmitry S. Peskov"] == "Dmitry Peskov"
    assert mapping["Zelenskiy"] == "Volodymyr Zelenskyy"
    assert mapping["Trump"] == "Trump"  # two Trumps: not merged
    assert mapping["Melania Trump"] == "Melania Trump"


def test_corpus_step_applies_across_articles(tmp_path, lex):
    from build_digest.corpus import load_corpus

    (tmp_path / "a.txt").write_text(HEAD + "Juru bicara Kremlin Dmitry Peskov berbicara.\n"
                                    '"Kami siap," kata Peskov.\n', encoding="utf-8")
    (tmp_path / "b.txt").write_text(HEAD + '"Belum ada jadwal," kata Peskov kepada wartawan.\n',
                                    encoding="utf-8")
    docs = load_corpus(sorted(tmp_path.glob("*.txt")), lex=lex).docs
    assert [q.speaker for d in docs for q in d.quotes] == ["Dmitry Peskov", "Dmitry Peskov"]
    assert docs[1].quotes[0].attrs["speaker_as_written"] == "Peskov"


def test_corpus_merge_uses_full_names_of_people_not_quoted(tmp_path, lex):
    from build_digest.corpus import load_corpus

    (tmp_path / "a.txt").write_text(HEAD + "Proyek dipimpin General Manager Pelindo, Faisal Rachmat "
                                    "Harahap, dan Rudi Basri Harahap.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(HEAD + '"Antrean kapal berkurang," kata Faisal Harahap.\n'
                                    '"Dermaga baru siap," kata Rudi Harahap.\n', encoding="utf-8")
    (tmp_path / "c.txt").write_text(HEAD + "Rudi Setiawan Harahap juga hadir di pelabuhan.\n",
                                    encoding="utf-8")
    docs = load_corpus(sorted(tmp_path.glob("*.txt")), lex=lex).docs
    # two fuller Rudi Harahaps in the corpus: left as written
    assert [q.speaker for q in docs[1].quotes] == ["Faisal Rachmat Harahap", "Rudi Harahap"]


def test_abbreviations_give_the_institution_its_full_name(make_doc):
    doc = make_doc(HEAD + (
        "JAKARTA - Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperingatkan potensi "
        "hujan lebat sepekan ke depan.\n"
        '"Masyarakat di daerah rawan longsor diminta waspada," tulis BMKG dalam keterangannya.\n'))
    assert speakers(doc) == ["Badan Meteorologi, Klimatologi, dan Geofisika"]


def test_descriptions_anaphora_and_short_forms(make_doc):
    doc = make_doc(HEAD + (
        "SURABAYA - Kepala Dinas Sumber Daya Air dan Bina Marga (DSDABM) Surabaya, Syamsul "
        "Hariadi, menambahkan petugas piket disiagakan 24 jam.\n"
        '"Setiap rumah pompa ada tiga petugas," katanya.\n'
        "Pelatih Persib Bojan Hodak menilai timnya bermain disiplin.\n"
        '"Lapangan sangat berat," kata Hodak.\n'
        "Persib Bandung kini memimpin klasemen.\n"
        '"Kami harus tetap rendah hati," tegas pelatih asal Kroasia itu.\n'))
    assert speakers(doc) == ["Syamsul Hariadi", "Bojan Hodak", "Bojan Hodak"]
    assert doc.quotes[2].attrs["attribution"] in ("role", "role-anaphora")


def test_unnamed_people_and_their_pronouns(make_doc):
    doc = make_doc(HEAD + (
        "Wali Kota Eri Cahyadi meninjau rumah pompa.\n"
        "Hal senada diungkapkan seorang pedagang yang ditemui di pasar. "
        '"Tahun lalu juga dijanjikan begitu," ujarnya.\n'
        "Seorang karyawan yang meminta namanya tidak disebut mengaku kecewa.\n"
        '"Kami tidak diberi tahu sebelumnya," katanya.\n'))
    assert speakers(doc) == [None, None]


def test_english_appositives_and_named_at_the_end(make_doc):
    doc = make_doc(
        "Volcano Alert Raised As Ash Column Reaches Three Kilometres\n"
        '"We are seeing a clear increase in pressure," Hanif Kurniawan, the head of the centre, '
        "told reporters.\n"
        '"My cows are still up there," said a farmer who gave only one name, Wagiman.\n'
        "Local disaster agency official Dewi Kartika said no casualties had been reported.\n"
        '"Our priority is the elderly and children," she said.\n')
    assert speakers(doc) == ["Hanif Kurniawan", "Wagiman", "Dewi Kartika"]


def test_quote_after_a_sentence_about_its_speaker(make_doc):
    doc = make_doc(HEAD + (
        "Warsini (52), warga Dusun Ngasem, mengaku sudah menghabiskan Rp 600.000 untuk membeli air. "
        '"Uang segitu biasanya buat beli pupuk.\n'
        'Kepala Desa Jerukwudel, Suparman, membenarkan hal itu. "Sudah kami ajukan," ujarnya.\n'
        '"Bantuan belum cukup," kata Pak Kades.\n'))
    assert speakers(doc) == ["Warsini", "Suparman", "Suparman"]


# -- names, offices and phrases beyond the tuning articles -------------------------------------

def test_first_name_kept_when_the_article_uses_the_middle_name(make_doc):
    doc = make_doc(HEAD + (
        "JAKARTA - Wakil Ketua Komisi VIII DPR Ahmad Fauzan Hidayatullah meminta Kementerian Agama "
        "mengevaluasi penyelenggaraan haji.\n"
        '"Antrean di Mina tahun ini tidak boleh terulang," kata Fauzan di Jakarta.\n'
        "Bupati Cianjur Asep Nurjaman juga hadir. Warga Kabupaten Cianjur banyak yang berangkat tahun ini.\n"
        '"Kami siapkan bus untuk jemaah," ujar Asep.\n'))
    assert speakers(doc) == ["Ahmad Fauzan Hidayatullah", "Asep Nurjaman"]


def test_similar_statement_goes_to_the_person_named(make_doc):
    doc = make_doc(HEAD + (
        "JAKARTA - Ketua RW 03 Slamet Raharjo mengatakan warga sudah mengungsi sejak pagi.\n"
        '"Air naik cepat sekali," kata Slamet.\n'
        "Hal senada disampaikan Ketua RT 05 Kelurahan Kampung Melayu, Suparmi Handayani. "
        '"Kami belum dapat bantuan selimut," katanya.\n'
        "Senada dengan itu, relawan posko banjir Hendra Gunawan mengaku kekurangan perahu karet. "
        '"Perahu kami hanya dua," ujarnya.\n'))
    assert speakers(doc) == ["Slamet Raharjo", "Suparmi Handayani", "Hendra Gunawan"]


def test_unnamed_relative_is_nobody(make_doc):
    doc = make_doc(HEAD + (
        "MEDAN - Korban banjir, Tumpal Sinaga, mengatakan rumahnya terendam setinggi dada.\n"
        '"Semua perabot rusak," kata Tumpal. "Kami tidur di masjid," tambah istrinya.\n'
        '"Anak-anak belum sekolah," ujar ibu korban yang lain.\n'))
    assert speakers(doc) == ["Tumpal Sinaga", None, None]


def test_nicknames_descriptions_and_verbs(make_doc):
    doc = make_doc(HEAD + (
        "SURABAYA - Pedagang kaki lima di Jalan Tunjungan, Johanes Situmorang, menolak rencana "
        "relokasi.\n"
        '"Di tempat baru tidak ada pembeli," kata pria yang akrab disapa Bang Jo itu.\n'
        "Atlet renang Maria Kristina Londa mengunggah foto latihan di akun media sosialnya. "
        '"Satu bulan lagi menuju Olimpiade," tulis peraih medali emas SEA Games 2023 itu.\n'
        '"Ayo, semangat!" teriak Maria.\n'))
    assert speakers(doc) == ["Johanes Situmorang", "Maria Kristina Londa", "Maria Kristina Londa"]


def test_witness_prosecutor_and_document_formulas(make_doc):
    doc = make_doc(HEAD + (
        "BANDUNG - Jaksa penuntut umum (JPU) Ratna Sari Dewi membacakan dakwaan terhadap dua "
        "terdakwa.\n"
        '"Terdakwa menerima uang sebesar Rp 2 miliar," demikian bunyi dakwaan jaksa.\n'
        "Saksi kedua, Yusuf Maulana, mengaku pernah mengantar uang itu.\n"
        'Hakim bertanya siapa yang menyuruhnya. "Atasan saya, Yang Mulia," jawab saksi.\n'
        "Pengurus Besar Persatuan Guru Republik Indonesia (PGRI) ikut memantau persidangan.\n"
        '"Kasus ini mencoreng dunia pendidikan," demikian pernyataan PGRI.\n'))
    assert speakers(doc) == ["Ratna Sari Dewi", "Yusuf Maulana",
                             "Pengurus Besar Persatuan Guru Republik Indonesia"]


def test_short_forms_of_institutions(make_doc):
    doc = make_doc(HEAD + (
        "KUPANG - Kementerian Energi dan Sumber Daya Mineral (ESDM) menyiapkan pembangkit baru.\n"
        '"Pembangkit ini beroperasi tahun depan," tulis Kementerian ESDM dalam siaran persnya.\n'
        "Badan Pusat Statistik Provinsi Papua Barat mencatat inflasi naik.\n"
        '"Inflasi terutama karena harga ikan," ungkap BPS dalam rilisnya.\n'
        "Pimpinan Pusat Persatuan Islam juga bersikap.\n"
        '"Jangan ada lagi judi," tulis PP Persatuan Islam.\n'))
    assert speakers(doc) == ["Kementerian Energi dan Sumber Daya Mineral",
                             "Badan Pusat Statistik Provinsi Papua Barat",
                             "Pimpinan Pusat Persatuan Islam"]


def test_title_before_name_after_the_quote(make_doc):
    doc = make_doc(HEAD + (
        "JAKARTA - Kereta cepat menambah jadwal perjalanan mulai bulan depan.\n"
        '"Kami menambah delapan perjalanan setiap hari," kata Pj. Corporate Secretary PT Kereta '
        "Cepat Nusantara, Nadia Kusuma.\n"
        "Kepala Dinas Perhubungan Jawa Barat, Benny Kurniawan, menyambut baik.\n"
        '"Penumpang akan lebih banyak," jelas Kepala Dishub itu.\n'))
    assert speakers(doc) == ["Nadia Kusuma", "Benny Kurniawan"]


def test_subheadings_are_not_subjects(make_doc):
    doc = make_doc(HEAD + (
        "JAKARTA - Menteri Perdagangan Budi Santoso Wibowo mengatakan harga pangan terkendali.\n"
        '"Stok cukup sampai Lebaran," kata Budi.\n'
        "Baca Juga: Harga Cabai Turun di Pasar Induk\n"
        "2. Pasokan Bawang Putih dari Impor\n"
        '"Impor bawang putih tiba pekan depan," jelasnya.\n'
        "Kemacetan Parah di Jalur Distribusi\n"
        '"Impor bawang putih tiba pekan depan," jelasnya.\n'))
    assert speakers(doc) == ["Budi Santoso Wibowo"] * 3


def test_english_institutions_and_team_roles(make_doc):
    doc = make_doc("Dengue cases rise in Maluku as rains arrive\n" + (
        "AMBON (Kabar Nusa) - Dengue cases in Maluku rose sharply in October, health officials said.\n"
        '"Clinics should prepare for more admissions," the World Health Organization\'s country '
        "office said in a statement.\n"
        '"We have sent test kits to every district," the Ministry of Health wrote on its Facebook page.\n'
        "The Maluku Health Office said in a statement that it would \"open two more field clinics\" "
        "this week.\n"
        '"Our players are safe and training normally," team manager Samuel Latuheru told ANTARA.\n'))
    assert speakers(doc) == ["World Health Organization", "Ministry of Health", "Maluku Health Office",
                             "Samuel Latuheru"]
    assert doc.quotes[2].partial


def test_glossed_and_borrowed_terms_are_not_quotes(make_doc):
    doc = make_doc(HEAD + (
        "JAKARTA - Analis pasar modal Rudi Hartono menilai investor sedang bersikap \"wait and see\" "
        "menjelang rapat bank sentral.\n"
        "Menurut dia, aksi ambil untung atau \"profit taking\" masih akan terjadi.\n"
        'Ia menyebut kenaikan indeks kemarin "tidak didukung volume transaksi".\n'))
    assert [q.text for q in doc.quotes] == ["tidak didukung volume transaksi"]
    assert speakers(doc) == ["Rudi Hartono"]


def test_region_judge_and_spelled_out_short_forms(make_doc):
    doc = make_doc(HEAD + (
        "PONTIANAK - Bupati Sintang Yosef Antonius Lumban mengatakan stok vaksin cukup.\n"
        '"Vaksin sudah tiba di semua puskesmas," kata Yosef.\n'
        "Sidang dipimpin ketua majelis hakim I Gede Wirawan Putra.\n"
        '"Saksi harap bicara yang jelas," lanjut hakim.\n'
        "Pengurus Besar Persatuan Dayung Seluruh Indonesia (PB PODSI) ikut bersuara.\n"
        '"Hak atlet akan dibayar," tulis PB PODSI.\n'
        "Pimpinan Pusat (PP) Persatuan Islam juga menyampaikan sikap.\n"
        '"Kami mendukung," tulis PP Persatuan Islam.\n'))
    assert speakers(doc) == ["Yosef Antonius Lumban",
        "I Gede Wirawan Putra", "Pengurus Besar Persatuan Dayung Seluruh Indonesia",
        "Pimpinan Pusat Persatuan Islam"]


def test_nicknames_given_at_introduction_name_the_person(make_doc):
    doc = make_doc(HEAD + (
        "Salah satu relawan, Rafael Simanjuntak, yang akrab disapa Rafa, datang dari Medan.\n"
        "Relawan lain, Ramadhan \"Dhani\" Syahputra, mengantar makanan dengan perahu.\n"
        '"Saya baru pertama kali menjadi relawan," kata pria yang akrab disapa Rafa itu.\n'
        '"Arusnya masih deras," kata Dhani.\n'
        '"Kami butuh perahu tambahan," ujar pemuda yang biasa dipanggil Dhani tersebut.\n'))
    assert doc.quotes[0].text.startswith("Saya baru")  # "Dhani" is no quote
    assert speakers(doc) == ["Rafael Simanjuntak", "Ramadhan Syahputra", "Ramadhan Syahputra"]


def test_descriptions_given_at_introduction_find_the_person(make_doc):
    doc = make_doc(HEAD + (
        "Siti Rahmah (41), ibu dua anak asal Bekasi, mengungsi ke balai desa.\n"
        "Dokter spesialis anak RSUD Cibinong, dr. Nina Hartati, memeriksa anak-anak pengungsi.\n"
        "Politikus Partai Golkar Andi Baso Tenri dan politikus PDI-P Rudi Hartono meninjau posko.\n"
        '"Anak-anak mulai batuk karena debu," kata ibu dua anak tersebut.\n'
        '"Daerah tidak akan sanggup menanggung ini sendirian," tegas politikus Golkar itu.\n'
        '"Kami minta orang tua membawa anak yang demam ke posko," tutur dokter spesialis anak itu.\n'
        "Rukiah (70) ikut mengungsi bersama cucu-cucunya sejak Selasa.\n"
        '"Pengungsi perlu air bersih," kata nenek tujuh cucu itu.\n'))
    # a description the article never gave ("nenek tujuh cucu") is the person it is about, less sure
    assert speakers(doc) == ["Siti Rahmah", "Andi Baso Tenri", "Nina Hartati", "Rukiah"]
    assert doc.quotes[3].confidence < doc.quotes[0].confidence


def test_institutions_by_their_kind_and_documents(make_doc):
    doc = make_doc(HEAD + (
        "JAKARTA - Kementerian Kesehatan (Kemenkes) meminta daerah mempercepat imunisasi.\n"
        '"Orang tua jangan menunda jadwal vaksin anak," tulis Kemenkes dalam keterangannya.\n'
        "Presiden Prabowo Subianto meminta pemerintah Prabowo bekerja cepat.\n"
        '"Distribusi vaksin dimulai pekan depan," tegas kementerian itu.\n'
        "Dakwaan itu menguraikan aliran uang kepada terdakwa.\n"
        '"Terdakwa menerima uang tujuh kali," demikian bunyi dakwaan tersebut.\n'))
    assert speakers(doc) == ["Kementerian Kesehatan", "Kementerian Kesehatan", None]


def test_english_institutions_by_their_kind(make_doc):
    doc = make_doc("Startup Cuts Staff as Embassy Issues Advice\n" + (
        "JAKARTA - Indonesian logistics startup Kirimin Nusantara has laid off 120 employees.\n"
        '"This was the hardest decision we have made," the startup said in a statement.\n'
        "Its co-founder, Arief Wibisono, posted a message on LinkedIn.\n"
        '"I take full responsibility," he wrote.\n'
        "The Australian Embassy in Jakarta updated its travel advice.\n"
        '"Travellers should follow local authorities," the embassy wrote on its website.\n'))
    assert speakers(doc) == ["Kirimin Nusantara", "Arief Wibisono", "Australian Embassy"]


def test_an_unnamed_subject_takes_over_the_pronoun(make_doc):
    doc = make_doc(HEAD + (
        "JAKARTA - Penyanyi Nadine Aurelia memutuskan rehat dari panggung selama setahun.\n"
        '"Aku butuh waktu untuk keluarga," tulis Nadine.\n'
        "Kawan lama Nadine, yang meminta namanya tidak disebutkan, mengatakan keputusan itu "
        "sudah lama dipikirkan.\n"
        '"Dia sudah lama kelelahan," ungkapnya.\n'
        "Rekan satu grup Nadine yang enggan disebut namanya menyebut jadwal mereka terlalu padat.\n"
        '"Hampir setiap malam kami manggung," katanya.\n'
        "Penyanyi senior Dewi Sekar ikut menulis di kolom komentar:\n"
        '"Istirahat yang cukup, Sayang."\n'))
    assert speakers(doc) == ["Nadine Aurelia", None, None, "Dewi Sekar"]


def test_english_unnamed_subject(make_doc):
    doc = make_doc("Singer Takes a Break From Touring\n" + (
        "JAKARTA - Singer Nadine Aurelia will take a year off from the stage.\n"
        '"I need time for my family," Nadine wrote on Instagram.\n'
        "A close friend of the singer, who asked not to be named, said the decision was not sudden.\n"
        '"She has been exhausted for months," the friend said.\n'
        '"She barely slept," she added.\n'))
    assert speakers(doc) == ["Nadine Aurelia", None, None]


def test_nicknames_without_comma_in_brackets_and_of_one_word_names(make_doc):
    doc = make_doc(HEAD + (
        "Salah satu pedagang, Rosmaniar Tanjung yang akrab disapa Uni Ros, berjualan sejak 1998.\n"
        '"Sekarang sudah aman," kata Uni Ros.\n'
        "Di sebelahnya, Abdurrahman Sulaiman (akrab dipanggil Haji Oman) menjual martabak.\n"
        '"Omzet naik dua kali lipat," ujar Haji Oman.\n'
        "Pengelola pasar, Suparman, yang akrab disapa Parman, membagi lapak.\n"
        '"Semua pedagang lama mendapat tempat," tutur Parman.\n'
        "Jakarta, yang biasa disebut Ibu Kota, juga punya pasar malam.\n"))
    assert speakers(doc) == ["Rosmaniar Tanjung", "Abdurrahman Sulaiman", "Suparman"]


def test_titles_ranks_and_degrees_around_names(make_doc):
    """Lower-case and dotted titles (dr., Pdt., AKBP, Hj.) and degrees (Sp.A) are no part of the
    name; particles are (boru, Moh., La Ode); an acronym after an office names its institution."""
    doc = make_doc(HEAD + (
        "BALIGE - Ketua panitia, Rosmawati boru Sinaga, membuka festival.\n"
        '"Kami ingin anak muda bangga," kata Rosmawati.\n'
        "Tokoh agama setempat, Pdt. Jonggi Hutapea, berharap festival tidak sekadar tontonan.\n"
        '"Budaya ini warisan leluhur," ujar Pdt. Jonggi.\n'
        "Kapolres Toba AKBP Moh. Irfan Lubis menyiagakan 350 personel.\n"
        '"Dermaga juga kami jaga," kata AKBP Irfan.\n'
        "Ketua IDAI cabang Medan, dr. Larasati Wibowo, Sp.A, mengatakan banyak anak sakit.\n"
        '"Fase kritis justru saat demam turun," ujarnya.\n'
        "Dokter spesialis paru dari Perhimpunan Dokter Paru Indonesia (PDPI), dr. Agustina "
        "Rahayu, Sp.P, mengingatkan warga memakai masker.\n"
        '"Kelompok rentan sebaiknya di rumah," katanya.\n'
        '"Masker kain tidak cukup," jelas dr. Agustina.\n'))
    assert speakers(doc) == ["Rosmawati boru Sinaga", "Jonggi Hutapea", "Moh. Irfan Lubis",
                             "Larasati Wibowo", "Agustina Rahayu", "Agustina Rahayu"]


def test_speaker_set_off_by_commas_inside_reported_speech(make_doc):
    """ "Herman, kata dia, membawa …": the sentence is Rahmat's account of Herman; the next
    "katanya" is Rahmat's, not Herman's (and a wire credit is nobody's antecedent)."""
    doc = make_doc(HEAD + (
        "JAMBI - Kepala Desa Sungai Bertam, Herman Saputra, menolak klaim perusahaan.\n"
        '"Kami punya surat tanah," kata Herman.\n'
        "Bupati Muaro Jambi Rahmat Hidayat memanggil kedua pihak.\n"
        '"Semua harus menahan diri," tutur Rahmat, seperti dikutip dari Antara.\n'
        "Herman, kata dia, membawa tumpukan surat dari tahun 1990-an.\n"
        '"Dokumen itu sedang kami cocokkan," katanya.\n'
        "Menurut Rahmat, warga juga membawa peta. Warga, ujarnya, menggambar peta itu sendiri.\n"
        '"Petanya cukup rinci," ujarnya.\n'))
    assert speakers(doc) == ["Herman Saputra"] + ["Rahmat Hidayat"] * 3


def test_english_short_forms_initials_ages_and_it(make_doc):
    doc = make_doc(
        "Port Operator Raises Fees As Regulator Warns Shippers\n"
        "SURABAYA - The Port Supervisory Authority (KSOP) said it would review the new fees.\n"
        '"Fees must follow the published tariff," the KSOP said.\n'
        "The Shipping Owners Federation (INSA) also objected in a letter.\n"
        '"Our members were not consulted," the federation wrote.\n'
        "A truck driver, who asked to be identified only by his initials, TW, said he waited all night.\n"
        '"I lost a day of work," he said.\n'
        "Crane driver Bima Sakti Wardhana, who won the Port Skills Championship, said the cranes were old. "
        "The 41-year-old, a father of three, joined the port in 2004.\n"
        '"Half of them break every week," the 41-year-old added.\n'
        "Samudra Logistics Group, the largest tenant, said it would pay the fees.\n"
        '"We have no choice," it said.\n')
    assert speakers(doc) == ["Port Supervisory Authority", "Shipping Owners Federation", "TW",
                             "Bima Sakti Wardhana", "Samudra Logistics Group"]


def test_interview_answers_are_the_interviewees(make_doc):
    """Labelled answers (Jawab:, J:) and, once an interview is announced, a quoted paragraph
    after a bare question are the words of the person the introduction names; a question names
    nobody who speaks, and the quotes after the interview keep their own speakers."""
    doc = make_doc(HEAD + (
        "PALU - Kepala BPBD Sigi, Moh. Rizal Lamasitudju, menerima kami di kantornya. Berikut "
        "petikan wawancaranya.\n"
        "Tanya: Ada yang menyebut Bupati Sigi Hendra Lapanda terlambat bertindak?\n"
        'Jawab: "Kami bekerja sejak malam pertama."\n'
        "T: Berapa warga yang mengungsi?\n"
        'J: "Sekitar 640 jiwa."\n'
        "Apa yang paling dibutuhkan?\n"
        '"Air bersih dan popok bayi."\n'
        "Kepala Dinas Sosial Sigi, Nurhayati Lapasere, membuka dapur umum.\n"
        '"Kami masak tiga kali sehari," kata Nurhayati.\n'))
    assert speakers(doc) == ["Moh. Rizal Lamasitudju"] * 3 + ["Nurhayati Lapasere"]
    assert doc.quotes[0].attrs["attribution"] == "interview"


def test_no_interview_without_labels_or_announcement(make_doc):
    doc = make_doc(HEAD + (
        "PALU - Kepala BPBD Sigi, Moh. Rizal Lamasitudju, meninjau pengungsian.\n"
        "Apa yang paling dibutuhkan warga?\n"
        '"Air bersih dan popok bayi."\n'))
    assert doc.quotes[0].attrs["attribution"] != "interview"


def test_initials_ranks_and_descriptions_after_a_group(make_doc):
    doc = make_doc(HEAD + (
        "MEDAN - Pangdam I/Bukit Barisan Mayjen TNI Darius Sembiring meninjau lokasi banjir.\n"
        "Sejumlah warga mengungsi ke masjid. Salah seorang warga berinisial LS (52) mengaku "
        "rumahnya terendam.\n"
        '"Air masuk tengah malam," ujar ibu empat anak itu.\n'
        "Ketua RT setempat, Amir Sahat Raja, mengatakan bantuan sudah datang.\n"
        '"Beras cukup untuk sepekan," kata Amir.\n'
        '"Dapur umum kami buka besok pagi," tegas jenderal bintang dua itu.\n'
        "Sejumlah relawan membagikan selimut. Relawan lain, Yuliana Br Ginting, ikut memasak.\n"
        "Sejumlah pemuda ikut membantu. \"Kami kerja sampai malam,\" ujar perempuan berusia 30 tahun itu.\n"))
    assert speakers(doc) == ["LS", "Amir Sahat Raja", "Darius Sembiring", "Yuliana Br Ginting"]


def test_institutions_by_known_short_forms_and_their_statements(make_doc):
    """Short forms the article never spells out take the full name from the list of known
    institutions; a short form spelled out in the article keeps the article's words (the
    ministry word before a syllabic form, the region after it); "keterangan tersebut" is the
    institution whose statement ("keterangan resminya") was quoted."""
    doc = make_doc(HEAD + (
        "JAKARTA - Kementerian Komunikasi dan Digital (Komdigi) memanggil pengelola aplikasi.\n"
        '"Laporan harus masuk dalam tiga hari," tulis Komdigi dalam keterangan resminya.\n'
        '"Sanksi menanti bila lalai," lanjut keterangan tersebut.\n'
        '"Personel kami siaga," kata Polda Metro Jaya dalam keterangannya.\n'
        '"Segera periksa ke puskesmas," demikian imbauan Dinkes Garut.\n'
        '"Gelombang bisa mencapai dua meter," tulis BMKG.\n'
        "Komisi Pemilihan Umum (KPU) Kabupaten Nias Selatan membantah dalil pemohon.\n"
        '"Rekapitulasi sesuai prosedur," tulis KPU Nias Selatan.\n'))
    assert speakers(doc) == ["Kementerian Komunikasi dan Digital"] * 2 + [
        "Kepolisian Daerah Metro Jaya", "Dinas Kesehatan Garut",
        "Badan Meteorologi, Klimatologi, dan Geofisika", "Komisi Pemilihan Umum Kabupaten Nias Selatan"]


def test_one_word_names_merge_only_with_the_one_person_who_holds_them(tmp_path, lex):
    from build_digest.corpus import load_corpus

    (tmp_path / "a.txt").write_text(HEAD + (
        "Ketua kelompok tani, Sri Ulina Ginting, hadir bersama Kepala Desa Sukamaju Rudi Ginting.\n"
        '"Air dibagi rata," kata Sri Ulina.\n'
        "Kepala balai, Torang Hidayat Tarigan, juga hadir.\n"
        '"Kami isi pelan-pelan," kata Torang.\n'), encoding="utf-8")
    (tmp_path / "b.txt").write_text(HEAD + (
        '"Semua blok dapat giliran," kata Ginting.\n'
        '"Bendungan aman," kata Tarigan.\n'), encoding="utf-8")
    docs = load_corpus(sorted(tmp_path.glob("*.txt")), lex=lex).docs
    # two Gintings in the corpus (one never quoted): neither; one Tarigan: him
    assert [q.speaker for q in docs[1].quotes] == ["Ginting", "Torang Hidayat Tarigan"]



def test_quote_paragraph_after_a_promise_and_inline_menurutnya(make_doc):
    """A paragraph that is only a quote continues the person the paragraph before has speak or
    promise; "menurutnya, "…"" inside a sentence is that person's partial quote; "ancamnya"."""
    doc = make_doc(HEAD + (
        "BOGOR - Koordinator sopir, Ujang Saepudin, mengancam mogok berlanjut.\n"
        '"Besok kami tutup Jalan Pajajaran," ancamnya.\n'
        "Kepala Dinas Perhubungan Kota Bogor, Marlina Kusumawati, berjanji meninjau ulang rute.\n"
        '"Rute yang berimpitan akan kami kaji lagi."\n'
        "Pengamat transportasi Hendra Gunawan menilai sopir perlu dilibatkan. Namun, menurutnya, "
        '"angkot tetap harus diremajakan", sehingga integrasi menjadi pilihan.\n'
        "Seorang sopir, Dadang, hanya menggeleng.\n"
        "Hujan turun sejak siang.\n"
        '"Kami pulang saja."\n'))
    assert speakers(doc) == ["Ujang Saepudin", "Marlina Kusumawati", "Hendra Gunawan", None]
    assert [q.partial for q in doc.quotes] == [False, False, True, False]


def test_the_statement_is_by_who_said_in_a_statement(make_doc):
    doc = make_doc("Smelter Workers Strike Over Unpaid Overtime\n" + (
        "PALU - The smelter's operator, PT Sulawesi Nikel Perkasa, said in a statement that "
        "overtime had been paid.\n"
        '"The company has complied with the agreement," the statement said.\n'
        "Union leader Rustam Lamadjido told Reuters the strike would go on.\n"
        '"We stay off the job," he said.\n'))
    assert speakers(doc) == ["PT Sulawesi Nikel Perkasa", "Rustam Lamadjido"]


def test_public_relations_unit_speaks_for_its_institution(make_doc):
    doc = make_doc(HEAD + (
        "SURABAYA - Kepolisian Daerah Jawa Timur menerjunkan 300 personel.\n"
        '"Aksi berjalan tertib," demikian keterangan tertulis Bidang Humas Polda Jatim.\n'
        '"Arus lalu lintas normal kembali," tulis Humas Polda Metro Jaya.\n'))
    assert speakers(doc) == ["Kepolisian Daerah Jawa Timur", "Kepolisian Daerah Metro Jaya"]


def test_bare_alias_regional_titles_and_initials_that_spell_an_institution(make_doc):
    doc = make_doc(HEAD + (
        "Seorang pedagang, Marulak Pasaribu alias Ompung Lina, kehilangan lapaknya.\n"
        '"Semua habis," ujar Ompung Lina.\n'
        "Ketua nelayan, Hendri alias Ucu Hendri, ikut membantu.\n"
        '"Kami angkut air pakai ember," kata Ucu Hendri.\n'
        "Polisi memeriksa penjaga malam berinisial KPK (41).\n"
        '"Bunyinya seperti ban pecah," kata KPK.\n'
        "Wali Kota Sibolga, Abah Hasudungan Sitompul, datang pagi.\n"
        '"Lapak darurat kita dirikan," kata Abah Hasudungan.\n'))
    assert speakers(doc) == ["Marulak Pasaribu", "Hendri", "KPK", "Hasudungan Sitompul"]
    assert doc.quotes[2].attrs["speaker_kind"] == "person"


def test_english_balinese_names_and_modified_offices(make_doc):
    doc = make_doc(
        "Bali Regency Rations Tap Water During Drought\n"
        "DENPASAR - A district official, I Gusti Ngurah Bagus Arimbawa, said the springs were low.\n"
        '"We ration every other day," Arimbawa said.\n'
        "Buleleng police chief Komang Adi Sanjaya said officers would guard the pipes.\n"
        "Health Minister Dewi Ratnasari visited a clinic.\n"
        '"Nobody may cut the pipes," the police chief said.\n'
        '"Boil the water," the health minister added.\n')
    assert speakers(doc) == ["I Gusti Ngurah Bagus Arimbawa", "Komang Adi Sanjaya", "Dewi Ratnasari"]


def test_words_written_in_a_document_sent_by_someone(make_doc):
    """ "Dalam pesan itu tertulis, "…"": the author a relative clause gives the document ("pesan
    singkat yang dikirim Darmadi", "surat yang ditandatangani Bupati X")."""
    doc = make_doc(HEAD + (
        "SEMARANG - Hakim Ketua Bambang Triyono menyinggung pesan singkat yang dikirim Darmadi "
        "Kusnanto kepada kontraktor pada Maret 2023. Dalam pesan itu tertulis, \"Amankan dulu yang "
        '10 persen."\n'
        "Jaksa juga membacakan surat yang ditandatangani Kepala Dinas PUPR Sukamaju, Herlambang "
        'Wicaksono. Dalam surat tersebut berbunyi, "Proyek dikerjakan rekanan yang sudah ditunjuk."\n'))
    assert speakers(doc) == ["Darmadi Kusnanto", "Herlambang Wicaksono"]


def test_capitalised_modifier_and_kind_before_the_subject_name(make_doc):
    doc = make_doc("Smelter Blast Kills Two Workers\n" + (
        "MOROWALI - Environmental group Trend Asia called the accident \"a predictable outcome\" of "
        "the expansion.\n"
        "Local fisherman Budi Santoso said the water had turned grey.\n"
        '"We cannot sell our fish," he said.\n'))
    assert speakers(doc) == ["Trend Asia", "Budi Santoso"]


def test_politicians_told_apart_by_their_party(make_doc):
    doc = make_doc(HEAD + (
        "Anggota Fraksi PKB Ahmad Fauzi Mubarok meminta tanggul dipercepat. Sementara anggota Fraksi "
        "Partai Gerindra, Bambang Sutrisno, menilai tanggul tidak cukup.\n"
        '"Tanggul itu harga mati," ujar politisi PKB itu.\n'
        '"Air tanah juga harus diatur," kata politisi Partai Gerindra tersebut.\n'
        "Seorang nelayan, Darsono, yang dikenal dengan sebutan Mbah Dar, tidak bisa melaut.\n"
        '"Perahu tidak bisa keluar," ujar Mbah Dar.\n'))
    assert speakers(doc) == ["Ahmad Fauzi Mubarok", "Bambang Sutrisno", "Darsono"]


def test_english_nickname_cue_with_words_inside(make_doc):
    doc = make_doc(
        "Night Market Reopens After Fire In Surabaya\n"
        "SURABAYA - Market manager Suryadi Hartanto, better known to vendors as Cak Yadi, said the "
        "stalls would be rebuilt.\n"
        '"People need to earn again," Cak Yadi said.\n'
        'Vendors have dubbed the new section "the tent village".\n')
    assert speakers(doc) == ["Suryadi Hartanto"]


def test_sentence_opened_by_what_someone_read_out(make_doc):
    doc = make_doc(HEAD + (
        "JAKARTA - Saksi Ratna Sari menyebut fee proyek mencapai 10 persen. Dalam dakwaan yang "
        'dibacakan Kejaksaan Negeri Medan, uang itu disebut sebagai "uang pengamanan" yang wajib '
        "disetor.\n"))
    assert speakers(doc) == ["Kejaksaan Negeri Medan"]
    assert doc.quotes[0].partial


def test_canonical_name_keeps_a_particle_after_an_office_and_a_shared_first_name(make_doc):
    doc = make_doc(HEAD + (
        "Bupati Bima Barat Lalu Ahmad Kurniawan Jaya meresmikan dermaga baru.\n"
        '"Dermaga ini untuk nelayan," kata Lalu Kurniawan.\n'
        "Anggota DPRD, Ahmad Rifki Maulana, meminta perawatan rutin.\n"
        '"Jangan sampai cepat rusak," ucap Rifki.\n'
        '"Kami rawat tiap tahun," lanjut Bupati.\n'))
    assert speakers(doc) == ["Lalu Ahmad Kurniawan Jaya", "Ahmad Rifki Maulana",
                             "Lalu Ahmad Kurniawan Jaya"]


def test_english_office_introduced_with_an_article_and_an_institute(make_doc):
    doc = make_doc(
        "Coffee Exporters Brace For Slower Quarter\n"
        'SURABAYA - "We see no recovery before March," said Wulan Pratiwi Sembiring, an analyst '
        "at the Medan-based Center for Commodity Studies.\n"
        'Trader Arief Tanoto was calmer. "Buyers have signed already," Arief said.\n'
        '"Growers will feel it first," the analyst added.\n')
    assert speakers(doc) == ["Wulan Pratiwi Sembiring", "Arief Tanoto", "Wulan Pratiwi Sembiring"]


def test_english_agency_head_and_company_statement(make_doc):
    doc = make_doc(
        "Flood Closes Port Road In Padang\n"
        "PADANG - Floodwater closed the road to a warehouse run by PT Samudra Logistik Andalas.\n"
        '"The pumps are running," head of the Padang Fire Agency Yosef Marpaung said.\n'
        'Driver Tamrin Sagala waited on the bridge. "I have been here since noon," Tamrin said.\n'
        '"Stay off the road tonight," the agency head said.\n'
        'The company said it "apologises for the delays" to its customers.\n')
    assert speakers(doc) == ["Yosef Marpaung", "Tamrin Sagala", "Yosef Marpaung",
                             "PT Samudra Logistik Andalas"]


def test_nicknames_after_an_age_after_a_long_appositive_and_after_a_common_noun(make_doc):
    doc = make_doc(HEAD + (
        "Baharuddin (63), yang akrab disapa Mak Bahar, membuka warung sejak subuh.\n"
        '"Pembeli sudah datang sebelum azan," kata Mak Bahar.\n'
        "Andi Saputra (30), pedagang asal Desa Koto, Kecamatan Danau, yang biasa dipanggil Uda Saputra, "
        "menjual sayur.\n"
        '"Sayur naik dua ribu," ujar Uda Saputra.\n'
        "Juara lomba dimenangi Rina Oktaviani Putri tahun ini. Gadis yang akrab disapa Okta itu "
        "berusia 17 tahun.\n"
        '"Saya berlatih tiap sore," kata Okta.\n'))
    assert speakers(doc) == ["Baharuddin", "Andi Saputra", "Rina Oktaviani Putri"]


def test_one_word_name_introduced_with_age_or_description_keeps_its_nickname(make_doc):
    doc = make_doc(HEAD + (
        "PADANG - Marzuki (66), yang akrab disapa Ajo Kutar, kehilangan perahunya.\n"
        'Ketua kelompok nelayan Hendra Saputra ikut membantu. "Kami cari bersama," kata Hendra.\n'
        '"Perahu itu satu-satunya modal saya," kata Ajo Kutar.\n'))
    assert speakers(doc) == ["Hendra Saputra", "Marzuki"]
    doc = make_doc(
        "Fishermen Lose Boats In Storm\n"
        "PADANG - Marzuki, a 66-year-old fisherman known locally as Ajo Kutar, lost his boat.\n"
        'Group leader Hendra Saputra helped. "We searched together," Hendra said.\n'
        '"That boat was all I had," Ajo Kutar said.\n')
    assert speakers(doc) == ["Hendra Saputra", "Marzuki"]


def test_interposed_speech_verb_names_the_speaker_of_a_partial_quote(make_doc):
    doc = make_doc(HEAD + (
        "Kepala Dinas Perikanan, Togar Sitompul, meninjau tambak.\n"
        'Perikanan, kata Togar, "masih jadi tumpuan warga pesisir."\n'
        'Harga pakan itu, ujar dia, "naik dua kali tahun ini."\n'))
    assert speakers(doc) == ["Togar Sitompul", "Togar Sitompul"]
    assert [q.partial for q in doc.quotes] == [True, True]


def test_interview_of_a_person_named_before_with_a_question_that_goes_on(make_doc):
    doc = make_doc(HEAD + (
        "MEDAN - Direktur PT Sawit Hijau Lestari, Bonar Halomoan Tampubolon, menyebut panen turun.\n"
        "Tim redaksi mewawancarai Bonar soal itu. Berikut petikannya.\n"
        "Kenapa panen turun? Hujan tahun ini sedikit.\n"
        '"Kemarau panjang membuat tandan buah kecil. Kami sudah menambah irigasi."\n'
        "Kapan pulih?\n"
        '"Paling cepat pertengahan tahun depan."\n'))
    assert speakers(doc) == ["Bonar Halomoan Tampubolon"] * 2


def test_case_role_given_by_what_is_done_to_a_person(make_doc):
    doc = make_doc(HEAD + (
        "Mantan bendahara koperasi, Yulianti Rahayu, S.E., didakwa menggelapkan dana anggota.\n"
        "Jaksa Hendra Kusuma membacakan dakwaan.\n"
        '"Saya keberatan, Yang Mulia," kata terdakwa.\n'))
    assert speakers(doc) == ["Yulianti Rahayu"]


def test_office_and_name_after_an_opening_phrase_make_the_subject(make_doc):
    doc = make_doc(HEAD + (
        "JAKARTA - Direktur PT Maju Jaya, Andi Prasetyo Nugroho, mengatakan ekspor naik. "
        '"Kami kirim 20 kontainer," ujar Andi.\n'
        "Di luar wawancara, analis energi dari lembaga riset Cahaya Nusantara, Dewi Kartika Sari, "
        "menilai harga akan turun. Menurut dia, pasokan berlebih.\n"
        '"Harga bisa turun sepuluh persen," kata dia.\n'))
    assert speakers(doc) == ["Andi Prasetyo Nugroho", "Dewi Kartika Sari"]


def test_subject_with_region_faction_and_verb_after_the_name(make_doc):
    doc = make_doc(HEAD + (
        "Kepala Dinas Sosial, Wawan Hermawan, membagikan beras.\n"
        '"Stok cukup untuk sebulan," kata Wawan.\n'
        "Anggota DPRD Demak dari Fraksi Golkar, Rini Astuti, menilai pembagian lamban di pemerintah. "
        '"Warga antre sejak subuh," katanya.\n'))
    assert speakers(doc) == ["Wawan Hermawan", "Rini Astuti"]


def test_agent_of_a_passive_agreement_after_a_statement_subject(make_doc):
    doc = make_doc(HEAD + (
        'Ketua koperasi, Yohanes Bili, menyebut panen gagal. "Hujan datang terlambat," ucap Yohanes.\n'
        "Keterangan itu diamini Maria Lende. Menurut dia, benih juga mahal. "
        '"Kami beli dua kali lipat," ujarnya.\n'))
    assert speakers(doc) == ["Yohanes Bili", "Maria Lende"]


def test_suspect_named_by_initials_from_what_is_done_to_him(make_doc):
    doc = make_doc(HEAD + (
        "Polisi menangkap seorang pria berinisial DW (27) di terminal.\n"
        'Kapolsek Ajun Komisaris Rudi Hartanto mengatakan barang bukti disita. "Kami amankan dua '
        'ponsel," kata Rudi.\n'
        'Tersangka berdalih hanya ingin "membayar utang ke teman" saat itu.\n'
        "DW ditahan di Mapolsek.\n"))
    assert speakers(doc) == ["Rudi Hartanto", "DW"]


def test_reply_verb_introduces_a_whole_quote(make_doc):
    doc = make_doc(HEAD + 'Camat Yusuf Harahap membalas, "Kami sudah menambah petugas di tiap kelurahan."\n')
    assert speakers(doc) == ["Yusuf Harahap"]
    assert doc.quotes[0].partial is False


def test_every_initials_of_a_list_name_a_person(make_doc):
    doc = make_doc(HEAD + (
        "DENPASAR - Polisi menangkap dua pemuda yang membobol toko ponsel di Jalan Tukad Sari, "
        "Panjer. Keduanya berinisial YP (24) dan TS (22).\n"
        'Saat digiring ke sel, TS hanya menunduk. "Saya disuruh teman," kata TS.\n'
        'Sementara YP berkata, "Saya menyesal."\n'))
    assert speakers(doc) == ["TS", "YP"]  # not "Tukad Sari", whose initials the letters also are


def test_a_first_name_in_the_credits_does_not_describe(make_doc):
    doc = make_doc(HEAD + (
        "SLEMAN - Gol tunggal pemain muda Ahmad Dimas Prasetyo memenangkan PSS atas tamunya.\n"
        '"Ini untuk bapak saya," kata Dimas seusai laga.\n'
        "Penulis: Ahmad Sobari | Editor: Ahmad Jufri\n"))
    assert speakers(doc) == ["Ahmad Dimas Prasetyo"]


def test_a_clipped_first_name_is_the_one_person_it_can_be(make_doc):
    doc = make_doc(HEAD + (
        "ENDE - Ketua DPRD Ende, Fransiskus Gadi Wangge, meminta dinas menambah bidan desa.\n"
        '"Banyak desa belum punya bidan tetap," kata Frans.\n'
        "Anggota dewan Maksimilianus Sina dan Maksimus Rato ikut hadir.\n"
        '"Kami dukung," ujar Maks.\n'))
    # 'Maks' starts two people's names: it stays as written
    assert speakers(doc) == ["Fransiskus Gadi Wangge", "Maks"]


# -- reference resolution: salience, turn-taking, kinds of institution, documents' owners -------

def test_subject_after_a_connective_of_several_words_takes_the_pronoun(make_doc):
    doc = make_doc(HEAD + (
        "Bidan koordinator desa, Lestari Handayani, mengatakan stok vaksin cukup sampai akhir bulan.\n"
        '"Kami masih punya 400 dosis," kata Lestari.\n'
        "Camat Ciawi Bambang Sudrajat meminta warga tidak panik.\n"
        '"Jadwal posyandu tetap berjalan," ujar Bambang.\n'
        "Oleh karena itu Lestari mengimbau orang tua membawa buku KIA.\n"
        '"Tanpa buku itu, pencatatannya sulit," ujar dia.\n'))
    assert speakers(doc) == ["Lestari Handayani", "Bambang Sudrajat", "Lestari Handayani"]


def test_an_answer_after_a_question_is_by_the_person_asked(make_doc):
    doc = make_doc(HEAD + (
        "Saksi Darmawan Lubis mengaku menerima uang dari kontraktor.\n"
        '"Uangnya diantar ke rumah saya," katanya.\n'
        "Hakim ketua Rosalina Tambunan lalu bertanya soal jumlahnya.\n"
        '"Berapa yang Saudara terima?" tanya Rosalina.\n'
        '"Lima puluh juta, Yang Mulia," jawabnya.\n'))
    assert speakers(doc) == ["Darmawan Lubis", "Rosalina Tambunan", "Darmawan Lubis"]
    # without a question before it, an answer verb is an ordinary pronoun cue
    plain = make_doc(HEAD + (
        "Hakim ketua Rosalina Tambunan menanyakan jumlah uang itu kepada saksi.\n"
        '"Lima puluh juta," jawabnya.\n'))
    assert speakers(plain) == ["Rosalina Tambunan"]


def test_institution_anaphor_skips_an_institution_of_another_kind(make_doc):
    doc = make_doc(HEAD + (
        "Persatuan Pemilik Kapal Nelayan Sibolga (PPKNS) menolak kenaikan tarif tambat.\n"
        "Dinas Perhubungan Kota Sibolga menyatakan tarif baru berlaku bulan depan.\n"
        'Dalam suratnya, asosiasi itu menilai tarif baru "mencekik nelayan kecil".\n'))
    assert speakers(doc) == ["Persatuan Pemilik Kapal Nelayan Sibolga"]


def test_a_courts_reasoning_speaks_for_the_court(make_doc):
    doc = make_doc(HEAD + (
        "Pengadilan Negeri Kupang menolak gugatan warga atas pembangunan bendungan.\n"
        '"Proyek itu telah memenuhi seluruh kajian lingkungan," demikian pertimbangan Pengadilan '
        "Negeri Kupang.\n"))
    assert speakers(doc) == ["Pengadilan Negeri Kupang"]


def test_a_person_set_off_by_an_office_of_an_institution_stays_a_person(make_doc):
    doc = make_doc("Test Story For Sources\n" + (
        "JAMBI (Reuters) - Floods cut the main road to the provincial capital on Monday.\n"
        '"Two bridges are under water," said Yudi Hartono, the head of the agency, adding that '
        "boats had been sent.\n"
        "The agency is working with the army, though Hartono said more boats were needed. "
        '"We have only six," he said.\n'))
    assert speakers(doc) == ["Yudi Hartono", "Yudi Hartono"]
    assert [q.attrs.get("speaker_kind") for q in doc.quotes] == ["person", "person"]


def test_an_english_institution_joined_by_and_is_one_name(make_doc):
    doc = make_doc("Test Story For Sources\n" + (
        "KUALA LUMPUR (Reuters) - Malaysia's Department of Fisheries said it had seized two boats.\n"
        "In a statement, the Fisheries and Maritime Ministry said it would protest. "
        '"We will summon the ambassador," the statement said.\n'))
    assert speakers(doc) == ["Fisheries and Maritime Ministry"]


def test_a_document_speaks_for_the_owner_named_at_its_mention(make_doc):
    doc = make_doc(HEAD + (
        "Bupati Karo Yosafat Ginting menandatangani larangan menanam di lereng gunung.\n"
        "Warga menerima surat Bupati Karo itu kemarin. Surat itu berbunyi, "
        '"Lahan di atas ketinggian 1.400 meter dilarang ditanami sayur."\n'))
    assert speakers(doc) == ["Yosafat Ginting"]
    assert doc.quotes[0].partial is False
    # an office and the word written before its holder's name, with no "itu": that holder
    doc = make_doc(HEAD + (
        "Camat Wonogiri Heru Prasetyo mengaku sudah mengingatkan para kepala sekolah.\n"
        "Ia memperlihatkan surat edaran Camat Wonogiri kepada wartawan. Surat itu berbunyi, "
        '"Setiap pembelian di atas lima juta rupiah wajib disertai tiga penawaran."\n'))
    assert speakers(doc) == ["Heru Prasetyo"]


def test_words_read_out_by_a_named_person_are_theirs(make_doc):
    doc = make_doc(HEAD + (
        "Sidang lanjutan perkara korupsi dana desa digelar di Pengadilan Tipikor Semarang.\n"
        "Dalam dakwaan yang dibacakan jaksa Maria Ulfah tertulis bahwa terdakwa "
        '"menggunakan dana desa untuk kepentingan pribadi".\n'))
    assert speakers(doc) == ["Maria Ulfah"]


def test_kin_word_opening_a_full_name_is_a_first_name(make_doc):
    doc = make_doc(HEAD + (
        "Salah satu penumpang, Putri Anggraini Siregar (27), tertahan di bandara sejak pagi.\n"
        '"Tiket saya sudah dua kali dijadwal ulang," ujar Putri.\n'
        "Ayah korban, yang enggan disebut namanya, meminta maskapai bertanggung jawab.\n"))
    assert speakers(doc) == ["Putri Anggraini Siregar"]


def test_gendered_description_skips_a_person_of_the_other_gender(make_doc):
    doc = make_doc(HEAD + (
        "Seorang penjual sayur, Bu Rukmini (55), kehilangan lapaknya.\n"
        '"Semuanya hanyut terbawa air," kata Rukmini.\n'
        "Ketua RT setempat, Sarmidi (60), pria yang tinggal di tepi sungai itu, mengaku sudah "
        "melapor ke kelurahan.\n"
        '"Tanggulnya retak sejak bulan lalu," ujar Sarmidi.\n'
        '"Saya mau pindah ke rumah anak saya saja," tutur perempuan itu.\n'
        '"Karung pasir baru datang besok," kata pria itu.\n'))
    assert speakers(doc) == ["Rukmini", "Sarmidi", "Rukmini", "Sarmidi"]


def test_she_skips_a_man_and_he_learns_his_gender(make_doc):
    doc = make_doc("Test Story For Sources\n" + (
        "JAKARTA (Reuters) - Ms. Dewi Lestari, who runs a dive shop in Labuan Bajo, said bookings "
        "had halved.\n"
        '"We refunded forty groups," Lestari said.\n'
        "Port official Bastian Siregar said the ferries would resume on Friday.\n"
        '"The weather decides," he said.\n'
        '"Nobody told us anything," she said.\n'))
    assert speakers(doc) == ["Dewi Lestari", "Bastian Siregar", "Dewi Lestari"]


def test_a_common_noun_before_a_name_is_an_office(make_doc):
    doc = make_doc(HEAD + (
        "BLITAR - Sang penjahit sudah 30 tahun membuka kios di Pasar Legi.\n"
        "Penjahit Sumarno Adi Wiyono mengaku pesanan seragam sekolah turun tahun ini.\n"
        '"Orang sekarang beli jadi," kata Sumarno.\n'
        "Penyuluh Dwi Lestari Handayani dari dinas koperasi ikut hadir.\n"
        '"Kami siapkan pelatihan," ujar Dwi.\n'))
    # 'penjahit' is used as a noun ('Sang penjahit'): an office; 'Penyuluh' never is: kept
    assert speakers(doc) == ["Sumarno Adi Wiyono", "Penyuluh Dwi Lestari Handayani"]


def test_english_office_with_a_field_after_of(make_doc):
    doc = make_doc(
        "Forestry official defends permit freeze\n"
        "Jakarta - Director General of Forestry Bambang Supriyadi said the freeze would stay.\n"
        '"We will not issue new permits this year," Bambang said.\n'
        "Auditor Lestiani told reporters the agency backed the decision. An auditor "
        "has to stay neutral, she added.\n"
        '"We support it," Lestiani said.\n')
    assert speakers(doc) == ["Bambang Supriyadi", "Lestiani"]


def test_english_office_with_a_field_of_several_words_after_of(make_doc):
    doc = make_doc(
        "Fish catch falls short of target\n"
        "Jakarta - Director General of Capture Fisheries Rudi Hartono said the national catch fell "
        "short of the target. The Directorate General of Capture Fisheries will review the quota.\n"
        '"We lost almost two months to bad weather," Hartono said.\n'
        "Head of Marine Spatial Planning Dewi Anggraini said new permits were frozen.\n"
        '"No new permits until the zoning map is done," Dewi said.\n')
    assert speakers(doc) == ["Rudi Hartono", "Dewi Anggraini"]


def test_a_presenting_phrase_brings_on_the_subject(make_doc):
    doc = make_doc(HEAD + (
        "MATARAM - Puluhan pedagang mengeluhkan sepinya pembeli. Salah satunya Rohani (44), "
        "penjual sayur di los timur.\n"
        '"Sehari paling laku dua ikat," ujarnya.\n'
        "Di depan kantor pasar, tampak Lalu Sahnan (58), seorang juru parkir.\n"
        '"Motor yang datang tinggal separuh," katanya.\n'))
    assert speakers(doc) == ["Rohani", "Lalu Sahnan"]


def test_presenting_phrase_needs_a_person_introduced(make_doc):
    doc = make_doc(HEAD + (
        "MATARAM - Kepala Dinas Perdagangan, Hasanuddin, meninjau pasar. Tampak Pasar Cakranegara "
        "sepi pembeli.\n"
        '"Kami siapkan promosi," ujarnya.\n'))
    assert speakers(doc) == ["Hasanuddin"]


def test_eastern_forms_of_address_are_honorifics(make_doc):
    doc = make_doc(HEAD + (
        "KUPANG - Penenun asal Sikka, Maria Goreti Lewar (55), memamerkan kain ikatnya.\n"
        '"Satu kain bisa tiga bulan," kata Mama Maria.\n'))
    assert speakers(doc) == ["Maria Goreti Lewar"]


def test_an_institutions_voice_speaks_for_it(make_doc):
    doc = make_doc(HEAD + (
        "BOGOR - PT Sinar Kapuk Abadi membantah mencemari sungai.\n"
        '"Limbah kami olah sesuai izin," tulis manajemen PT Sinar Kapuk Abadi.\n'
        '"Kami terbuka untuk diperiksa," kata pihak PT Sinar Kapuk Abadi.\n'))
    assert speakers(doc) == ["PT Sinar Kapuk Abadi"] * 2


def test_description_points_to_the_person_named_after_an_unnamed_subject(make_doc):
    doc = make_doc(HEAD + (
        "Perajin tenun di Desa Sade kebanjiran pesanan menjelang festival.\n"
        "Salah satunya datang dari butik milik Maria Goreti Bunga, perancang busana asal Ende.\n"
        '"Motifnya tidak ada duanya," ujar alumnus sekolah mode di Jakarta itu.\n'))
    assert speakers(doc) == ["Maria Goreti Bunga"]


def test_a_description_repeated_in_a_new_paragraph_finds_its_person(make_doc):
    doc = make_doc(HEAD + (
        "Sudah 30 tahun Karsono Adiwijaya menjual jamu keliling di Solo. Pensiunan sopir bus itu "
        "kini dibantu anaknya.\n"
        '"Resepnya dari ibu saya," kata Karsono.\n'
        "Pelanggannya, Wiwik Handayani, datang setiap pagi.\n"
        '"Badan saya lebih segar," ujar ibu dua anak itu.\n'
        'Pensiunan sopir itu berencana membuka kios kecil. "Biar tidak capek keliling," ujarnya.\n'))
    assert speakers(doc) == ["Karsono Adiwijaya", "Wiwik Handayani", "Karsono Adiwijaya"]


def test_an_institution_kind_alone_as_subject_is_the_institution_named(make_doc):
    doc = make_doc(HEAD + (
        "Perhimpunan Hotel dan Restoran Lombok (PHRL) mencatat okupansi turun 20 persen.\n"
        'Perhimpunan menyebut penurunan itu "belum pernah terjadi sejak pandemi".\n'))
    assert speakers(doc) == ["Perhimpunan Hotel dan Restoran Lombok"]
    # (there the word also opens the name; here only its kind, organisation_kinds, names it)
    doc = make_doc(HEAD + (
        "Gabungan Pengusaha Kopi Lombok (GPKL) menolak kenaikan retribusi pasar.\n"
        'Asosiasi menyebut kenaikan itu "memberatkan petani kecil".\n'))
    assert speakers(doc) == ["Gabungan Pengusaha Kopi Lombok"]


def test_an_office_written_before_a_name_names_its_holder(make_doc):
    doc = make_doc(HEAD + (
        "MADIUN - Kepala Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kota Madiun, Ir. Joko "
        "Santoso Raharjo, meninjau jembatan yang retak.\n"
        "Kasubsi Humas Polres Madiun Ipda Ratna Kusumawati menyebut jalur dialihkan.\n"
        '"Pengalihan sampai Jumat," kata Kasubsi Humas.\n'
        '"Perbaikan butuh dua pekan," ujar Kepala Dinas PUPR.\n'))
    assert speakers(doc) == ["Ratna Kusumawati", "Joko Santoso Raharjo"]


def test_an_unnamed_sources_noun_with_a_place_and_a_demonstrative_points_back(make_doc):
    doc = make_doc(HEAD + (
        "BOYOLALI - Salah satu korban, Sugiyanto (52), selamat karena melompat dari truk.\n"
        '"Saya lompat ke sawah," kata warga Ampel itu.\n'
        '"Suasananya kacau," kata warga di sekitar lokasi.\n'))
    assert speakers(doc) == ["Sugiyanto", None]


def test_a_kin_word_used_as_a_noun_still_opens_a_name(make_doc):
    doc = make_doc(HEAD + (
        "BEKASI - Warga Perumahan Griya Asri menggelar syukuran. Pak Darto datang bersama seorang putri "
        "dan dua cucunya.\n"
        "Ketua panitia Putri Handayani Siregar mengatakan acara digelar tiap tahun.\n"
        '"Ini sudah tahun kelima," ujar Handayani.\n'))
    assert speakers(doc) == ["Putri Handayani Siregar"]


def test_an_age_in_a_description_finds_the_person_given_that_age(make_doc):
    doc = make_doc(HEAD + (
        "Dua pendaki, Wahyudi (41) dan Rangga Saputra (23), tersesat di Gunung Slamet.\n"
        '"Kabutnya tebal sekali, kami tidak lihat jalur," kata Rangga.\n'
        '"Kami bertahan dengan dua bungkus roti," ujar pria berusia 41 tahun itu.\n'))
    assert speakers(doc) == ["Rangga Saputra", "Wahyudi"]
    english = make_doc("Test Story For Sources\n" + (
        "JAKARTA (Reuters) - Two climbers, Hendro Wibisono, 52, and Ayu Paramita, 27, were found alive.\n"
        '"We followed the river down," said Paramita.\n'
        '"I have climbed this mountain twenty times," the 52-year-old said.\n'))
    assert speakers(english) == ["Ayu Paramita", "Hendro Wibisono"]


def test_among_those_arrested_was_brings_on_the_subject(make_doc):
    doc = make_doc(
        "Police arrest eight over illegal mine\n"
        "Palu - Police spokesman Djoko Wienartono said eight people had been arrested.\n"
        "Among those arrested was village head Ahmad Lasarika, 52, who allegedly collected fees.\n"
        '"I only signed letters," he said from his cell.\n')
    assert speakers(doc) == ["Ahmad Lasarika"]


def test_name_opening_with_a_function_word_is_its_person_later(make_doc):
    doc = make_doc(HEAD + (
        "BANDUNG - Kepala Perwakilan Ombudsman RI Jawa Barat, Dan Satriyo Wibisono, mengatakan "
        "pihaknya menerima 63 aduan.\n"
        '"Pola ini berulang tiap tahun," kata Dan Satriyo.\n'
        'Menurut Dan Satriyo, keterbukaan itu penting. "Kalau diam-diam, orang coba lagi," ujar dia.\n'
        "Pedagang di Pasar Kosambi, Mei Lin Tanuwijaya (52), mengaku omzetnya turun sejak Mei.\n"
        '"Pembeli berkurang," kata Mei Lin.\n'))
    assert speakers(doc) == ["Dan Satriyo Wibisono"] * 2 + ["Mei Lin Tanuwijaya"]


def test_standard_short_forms_of_institutions_spelled_out_as_the_article_names_them(make_doc):
    doc = make_doc(HEAD + (
        "SURABAYA - Direktorat Jenderal Imigrasi dan Pemasyarakatan menindak 14 warga asing, menurut "
        "data Dinas Komunikasi dan Informatika Kabupaten Sidoarjo.\n"
        'Dalam siaran pers, Ditjen Imigrasi menyebut penindakan berlanjut. "Pengawasan diperketat," '
        "tulis Ditjen Imigrasi dan Pemasyarakatan.\n"
        '"Data diperbarui tiap pekan," tulis Diskominfo Sidoarjo.\n'))
    assert speakers(doc) == ["Direktorat Jenderal Imigrasi dan Pemasyarakatan",
                             "Dinas Komunikasi dan Informatika Kabupaten Sidoarjo"]


def test_second_half_after_an_attribution_that_runs_on(make_doc):
    """The rest of the attribution's sentence, however it runs on, belongs to it; a speech verb
    there with its own subject hands the next half to nobody."""
    doc = make_doc(HEAD + (
        "Direktur Utama PDAM, Hendra Sasmita, hadir dalam rapat.\n\n"
        '"Biaya listrik naik dua kali lipat," kata Hendra menjawab pertanyaan anggota dewan di '
        'Cibinong, Senin (7/12/2026). "Kalau tarif tidak naik, pipa tidak bisa diganti."\n\n'
        '"Kami tidak setuju," kata Hendra, sementara Wakil Ketua DPRD Ratna Simamora menilai '
        'pemerintah lamban. "Buka dulu laporan keuangannya."\n'))
    assert speakers(doc) == ["Hendra Sasmita"] * 3 + [None]


def test_english_second_half_after_an_appositive_and_a_participle(make_doc):
    doc = make_doc(HEAD + (
        '"My son vomited four times before we reached the clinic," said Sri Wahyuni, a '
        "38-year-old market trader, speaking outside the community health center in Pare. "
        '"Nobody from the school called us."\n'))
    assert speakers(doc) == ["Sri Wahyuni"] * 2


def test_clitic_speech_verb_and_quoted_nickname_inside_a_name(make_doc):
    doc = make_doc(HEAD + (
        "Kepala Museum Negeri, Fitriani Rosmala Dewi, memeriksa vitrin.\n\n"
        'Kamera pengawas tidak berfungsi. "CCTV di lantai dua mati sejak bulan lalu," akunya.\n\n'
        'Koordinator suporter, Agus "Gondrong" Priyanto, menilai pergantian pelatih belum cukup. '
        '"Yang perlu dibenahi itu rekrutmen pemain," tegasnya.\n'))
    assert speakers(doc) == ["Fitriani Rosmala Dewi", "Agus Priyanto"]


def test_quote_paragraph_after_what_someone_reported(make_doc):
    """ "Menurutnya, …" / "Menurut X, …" closing the paragraph before hands a quote-only
    paragraph to that person, like a sentence with a speech verb does."""
    doc = make_doc(HEAD + (
        'Kepala dinas, Ilham Arifuddin, meninjau lokasi. "Kami siap," kata Ilham.\n\n'
        "Anggota DPRD, Andi Tenri Pawallangi, menilai pemkot lamban. Menurutnya, kebakaran "
        "terjadi setiap musim kemarau.\n\n"
        '"Ini bukan kejadian pertama. Setiap tahun janjinya sama."\n\n'
        "Ombudsman ikut memantau. Menurut Ismail Rauf, data alamat belum terhubung.\n\n"
        '"Selama datanya tidak terhubung, celah ini akan selalu ada."\n'))
    assert speakers(doc) == ["Ilham Arifuddin", "Andi Tenri Pawallangi", "Ismail Rauf"]


def test_office_short_form_made_of_an_office_syllable_and_an_institutions_short_form(make_doc):
    doc = make_doc(HEAD + (
        "KUPANG - Kepala Dinas Perdagangan Kota Kupang, Yosefina Manafe, mengatakan harga naik.\n"
        '"Stok cukup sampai akhir bulan," ujar Kadisdag.\n'
        "Kepala Kepolisian Resor Kota (Polresta) Kupang, Kombes Pol Arnold Sinaga, menyiagakan personel.\n"
        '"Kami jaga semua titik keramaian," tegas Kapolresta.\n'))
    assert speakers(doc) == ["Yosefina Manafe", "Arnold Sinaga"]
