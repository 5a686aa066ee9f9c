"""Which of the people an article introduced a reference means: the person a sentence just made
its subject (after a scene-setting opener, named after the places of a description, a one-word
name with what the person is in apposition, an office and a name before their verb), and nobody
when the subject is a person noun marked as someone other than those described before."""

from __future__ import annotations

from conftest import speakers

from build_digest.speakers import apply_speaker_names

HEAD = "Judul Berita Uji Coba Untuk Orang yang Dimaksud\n\n"
OPENING = ("Kepala Dinas Sosial, Hartono Wibisono, mengatakan bantuan sudah disalurkan. "
           "\"Semua posko sudah menerima beras,\" kata Hartono.\n\n")



def test_a_quote_with_no_cue_is_by_the_subject_named_after_a_scene_setting_opener(make_doc):
    doc = make_doc(HEAD + "BANDUNG - Tim voli putri Bandung menang tipis di laga pembuka.\n\n" + OPENING + (
        "Usai konferensi pers, Rinaldi Purnomo sempat bercanda dengan wartawan. \"Besok saya "
        "traktir bakso kalau kami menang lagi.\"\n"))
    assert speakers(doc) == ["Hartono Wibisono", "Rinaldi Purnomo"]


def test_a_person_noun_marked_other_is_an_unnamed_person_a_clitic_means(make_doc):
    doc = make_doc(HEAD + "KUDUS - Retribusi los Pasar Kliwon naik mulai bulan depan.\n\n" + (
        "Sumiati, pedagang sayur di los barat, mengaku belum menerima pemberitahuan. \"Tahunya "
        "dari tetangga,\" tuturnya.\n\n"
        "Pedagang lain yang ditemui di pintu selatan juga mengeluhkan hal serupa. \"Naiknya "
        "jangan mendadak,\" ucapnya.\n\n"
        "Ibu lainnya yang berjualan bumbu menyebut pembeli makin sepi. \"Sehari laku sedikit,\" "
        "katanya.\n"))
    assert speakers(doc) == ["Sumiati", None, None]


def test_an_unnamed_description_names_its_person_after_its_places(make_doc):
    doc = make_doc(HEAD + "BANDUNG - Banjir merendam ratusan rumah di Bandung timur.\n\n" + OPENING + (
        "Warga Kelurahan Sukamiskin, Kecamatan Arcamanik, Yayat (47), mengatakan air masuk "
        "rumah sejak subuh. \"Kasur dan lemari terendam semua,\" ujarnya.\n"))
    assert speakers(doc) == ["Hartono Wibisono", "Yayat"]


def test_a_one_word_name_with_a_person_apposition_opens_a_sentence_as_its_subject(make_doc):
    doc = make_doc(HEAD + "BOGOR - Pemkab Bogor menaikkan insentif guru honorer.\n\n" + OPENING + (
        "Marni, guru honorer di sebuah SD di Cibinong, menyambut baik kebijakan itu. \"Dulu "
        "gaji saya habis untuk ongkos,\" tuturnya.\n"))
    assert speakers(doc) == ["Hartono Wibisono", "Marni"]


def test_an_office_and_name_before_their_verb_are_the_subject_an_office_noun_means(make_doc):
    doc = make_doc(HEAD + "MADIUN - Taman kota baru dibuka untuk umum.\n\n" + (
        "Wali Kota Darmanto meresmikan taman itu di Kelurahan Kartoharjo. \"Taman ini untuk "
        "semua warga,\" ujar wali kota.\n\n") + OPENING)
    assert speakers(doc)[0] == "Darmanto"


def test_a_trial_role_written_before_a_name_in_apposition_is_that_persons(make_doc):
    doc = make_doc(HEAD + (
        "CIREBON - Sidang perkara dana desa dengan terdakwa mantan Kepala Desa Sukamaju, Wawan "
        "Hermawan, kembali digelar di Pengadilan Tipikor Bandung.\n\n"
        "Jaksa menghadirkan dua saksi, salah satunya bendahara desa, Rina Marlina. Hakim ketua "
        "Yudi Prasetya meminta saksi menjelaskan aliran dana. \"Uang itu ke mana?\" tanya hakim.\n\n"
        "\"Diambil tunai oleh kepala desa, Yang Mulia,\" jawab saksi.\n\n"
        "\"Itu tidak benar. Saya hanya meminjam,\" kata terdakwa.\n"))
    assert speakers(doc) == ["Yudi Prasetya", "Rina Marlina", "Wawan Hermawan"]


def test_a_person_described_after_the_verb_is_named_after_the_comma(make_doc):
    doc = make_doc(HEAD + "WAMENA - Jalan baru menghubungkan Kurulu dan Wamena.\n\n" + OPENING + (
        "\"Sekarang hasil kebun bisa sampai pasar sebelum siang,\" ujar tokoh adat Kurulu, "
        "Markus Tabuni.\n"))
    assert speakers(doc) == ["Hartono Wibisono", "Markus Tabuni"]


def test_a_name_set_off_after_a_short_label_is_the_subject_a_clitic_means(make_doc):
    doc = make_doc(HEAD + "WAMENA - Warga menagih ganti rugi lahan bandara.\n\n" + OPENING + (
        "Perwakilan keluarga, Simon Yikwa, menyebut uang baru dibayar sebagian.\n\n"
        "\"Kami hanya minta janji ditepati,\" tegasnya.\n"))
    assert speakers(doc) == ["Hartono Wibisono", "Simon Yikwa"]


def test_an_english_one_word_name_with_an_age_in_apposition_is_the_subject(make_doc):
    doc = make_doc("Families near Mount Agung move again as alert level rises\n\n" + (
        "KARANGASEM, Bali (ANTARA) - Hundreds of families living near Mount Agung moved to "
        "shelters on Tuesday after the alert level was raised.\n\n"
        "Karangasem Regent Made Suarjana said buses were waiting in every village. \"Nobody "
        "should stay behind tonight,\" he said.\n\n"
        "Nyoman, a 64-year-old living below the crater in Sebudi village, has moved three times "
        "since 2017. \"I know the way to the shelter by heart now,\" she said.\n"))
    assert speakers(doc) == ["Made Suarjana", "Nyoman"]


SHARED_NAME = HEAD + "SOLO - Tarif parkir di pasar tradisional naik mulai Senin.\n\n" + (
    "Kepala Dinas Perdagangan Kota Surakarta, Sri Wahyuni Lestari, mengatakan kenaikan sudah "
    "disosialisasikan. \"Tarif baru berlaku untuk semua pasar,\" kata Sri.\n\n"
    "Wahyuni (39), penjual sayur di Pasar Gede, mengaku keberatan. \"Sehari saya bisa keluar "
    "parkir dua kali,\" ucapnya.\n")


def test_a_one_word_name_introduced_with_an_age_is_not_the_fuller_name_holding_it(make_doc):
    doc = make_doc(SHARED_NAME)
    assert speakers(doc) == ["Sri Wahyuni Lestari", "Wahyuni"]


def test_a_one_word_name_given_whole_keeps_it_across_the_corpus(make_doc):
    doc = make_doc(SHARED_NAME)
    trader = doc.quotes[1]
    assert trader.attrs.get("name_whole") is True and not doc.quotes[0].attrs.get("name_whole")
    apply_speaker_names([doc], {"Wahyuni": "Endang Wahyuni Kusuma"})
    assert speakers(doc) == ["Sri Wahyuni Lestari", "Wahyuni"]


def test_a_description_holding_a_quoted_title_points_back_to_the_person(make_doc):
    doc = make_doc(HEAD + "JAKARTA - Penyanyi Laras Wijayanti meluncurkan album keduanya.\n\n" + (
        "Laras Wijayanti datang ke toko buku di Blok M bersama penerbitnya. \"Album ini saya tulis "
        "selama pandemi,\" kata Laras.\n\n"
        "Pelantun lagu \"Hujan di Bulan Mei\" itu mengaku sempat ragu menerbitkannya.\n\n"
        "\"Saya takut pembaca bosan dengan cerita keluarga,\" ungkap pelantun lagu tersebut.\n"))
    assert speakers(doc) == ["Laras Wijayanti", "Laras Wijayanti"]


def test_a_quote_paragraph_with_no_cue_is_by_the_person_the_paragraph_before_was_about(make_doc):
    doc = make_doc(HEAD + "KLATEN - Atap Pasar Delanggu bocor di musim hujan.\n\n" + OPENING + (
        "Usai rapat, Bupati Sriyatun Kusumawati meninjau los pedagang yang bocor.\n\n"
        "\"Atapnya kami ganti bulan depan, pedagang tidak perlu pindah.\"\n"))
    assert speakers(doc) == ["Hartono Wibisono", "Sriyatun Kusumawati"]


def test_a_person_brought_on_unnamed_inside_a_sentence_is_whom_a_clitic_means(make_doc):
    doc = make_doc(HEAD + "SUNGAI PENUH - Anggota DPRD menggelar reses di balai desa.\n\n" + OPENING + (
        "Pertemuan sempat tegang ketika seorang pemuda di barisan belakang berdiri.\n\n"
        "\"Bapak datang lima tahun sekali. Janji kemarin mana?\" tanyanya.\n"))
    assert speakers(doc) == ["Hartono Wibisono", None]


def test_a_thing_or_the_speaking_voice_brings_on_no_person_a_pronoun_could_mean(make_doc):
    doc = make_doc("Minister on school tablets: teachers first\n\n" + (
        "JAKARTA - Deputy Minister Wulan Pertiwi Hadisoemarto spoke about the tablet pilot. "
        "\"We are not in a hurry,\" Wulan told reporters.\n\n"
        "Asked about remote islands, she was firm. A tablet does not replace a teacher who stays. "
        "We will keep hiring teachers for the islands.\n\n"
        "\"Ask me again next year,\" she said.\n"))
    assert speakers(doc) == ["Wulan Pertiwi Hadisoemarto", "Wulan Pertiwi Hadisoemarto"]


def test_a_case_role_nobody_holds_means_the_person_just_brought_on(make_doc):
    doc = make_doc(HEAD + (
        "SEMARANG - Sidang perkara pungutan liar di Pasar Johar dengan terdakwa Kepala UPTD "
        "Pasar Johar nonaktif, Bambang Sutrisno, kembali digelar.\n\n"
        "Jaksa menghadirkan tiga pedagang sebagai saksi. Salah satunya, Murtini (48), mengaku "
        "menyetor Rp200 ribu setiap bulan.\n\n"
        "\"Kalau tidak bayar, lapak saya dipindah ke belakang,\" kata saksi.\n\n"
        "Hakim ketua Sri Handayani lalu bertanya kepada terdakwa. \"Apakah Saudara menerima uang "
        "itu?\" tanya hakim.\n\n"
        "\"Tidak pernah, Yang Mulia,\" jawab terdakwa.\n"))
    assert speakers(doc) == ["Murtini", "Sri Handayani", "Bambang Sutrisno"]


def test_english_trial_roles_set_off_by_commas_find_their_holders(make_doc):
    doc = make_doc("Witness says bribes were paid in cash\n\n" + (
        "JAKARTA - A former contractor told the anti-graft court on Tuesday that he paid bribes "
        "to the defendant, former Bekasi mayor Rahmat Sulistyo, in cash.\n\n"
        "The witness, contractor Agus Priyanto, said the money came in three installments. \"I "
        "brought the money in a rice sack,\" the witness said.\n\n"
        "Presiding judge Maria Lumbantobing asked whether anyone else was present. \"Was the "
        "mayor alone?\" the judge asked.\n\n"
        "\"His aide was there,\" the witness replied.\n\n"
        "The defendant denied the account. \"I never met this man,\" the defendant said.\n"))
    assert speakers(doc) == ["Agus Priyanto", "Maria Lumbantobing", "Agus Priyanto", "Rahmat Sulistyo"]


def test_the_person_a_reporter_meets_is_whom_the_next_clitic_means(make_doc):
    doc = make_doc(HEAD + "PATI - Harga garam di tingkat petambak anjlok.\n\n" + OPENING + (
        "Tim redaksi menemui Sumarno, petambak garam di Desa Raci, Kecamatan Batangan. "
        "\"Hasil panen sebulan tidak cukup untuk bayar buruh,\" katanya.\n"))
    assert speakers(doc) == ["Hartono Wibisono", "Sumarno"]


def test_an_english_one_word_name_with_its_age_set_off_by_commas_is_the_subject(make_doc):
    doc = make_doc("Jakarta fish market traders fear relocation\n\n" + (
        "JAKARTA - Traders at the Muara Baru fish market fear losing customers.\n\n"
        "Jakarta Governor Hendra Wijayakusuma said the move was needed. \"The sea wall cannot "
        "protect this market forever,\" the governor said.\n\n"
        "Siti, 45, a fish trader at Muara Baru for two decades, said her buyers come at dawn. "
        "\"If we move, they will go to Cilincing instead,\" she said.\n"))
    assert speakers(doc) == ["Hendra Wijayakusuma", "Siti"]
