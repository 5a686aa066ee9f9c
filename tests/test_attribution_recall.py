"""Attribution where the text names the speaker in ways the plain frames miss: interviews
presented by a conversation, institutions' long names, documents and posts and their owners."""

from __future__ import annotations

from conftest import speakers

HEAD = "Judul Berita Uji Coba Untuk Narasumber\n"



def test_interview_presented_by_a_conversation_with_the_reporters_challenge(make_doc):
    """Bare questions after "spoke to X" open an interview; a statement put to X between the
    answers ("Investigators say …") is a turn, not the speaker of the next answer."""
    doc = make_doc(HEAD + (
        "Prosecutors named five suspects in the tin case on Monday.\n\n"
        "Tempo spoke to Maruli Tua Silalahi, the lawyer for the former director.\n\n"
        "Is your client cooperating with investigators?\n\n"
        '"He has answered every summons. He has nothing to hide."\n\n'
        "Investigators say he signed the purchase orders.\n\n"
        '"He signed hundreds of documents a month."\n'))
    assert speakers(doc) == ["Maruli Tua Silalahi"] * 2


def test_a_question_paragraph_without_a_conversation_opens_no_interview(make_doc):
    doc = make_doc(HEAD + (
        "Warga Oesapa, Maria Goreti Ndolu, mengumpulkan sampah di pantai bersama relawan.\n\n"
        "Lalu dari mana sampah itu datang?\n\n"
        '"Dari sungai-sungai di kota."\n'))
    assert doc.quotes[0].attrs["attribution"] != "interview"


def test_function_word_inside_a_long_institution_name(make_doc):
    doc = make_doc(HEAD + (
        "Warga mengantre di kantor Disdukcapil sejak subuh.\n\n"
        "Direktorat Jenderal Kependudukan dan Pencatatan Sipil Kementerian Dalam Negeri dalam "
        'keterangan tertulis menyatakan "pengadaan blangko tahap kedua sedang berjalan".\n'))
    assert speakers(doc) == ["Direktorat Jenderal Kependudukan dan Pencatatan Sipil Kementerian Dalam Negeri"]


def test_a_post_is_by_the_owner_of_the_account(make_doc):
    """The account's owner speaks: the institution that posts "di akun Instagram-nya" (a word
    with a possessive clitic is no name), the owner named after "Akun Instagram resmi"."""
    doc = make_doc(HEAD + (
        "Kebakaran melanda RSUD Kota Depok pada Senin malam.\n\n"
        "Pemerintah Kota Depok dalam unggahan resmi di akun Instagram-nya menulis, "
        '"Seluruh biaya perawatan pasien ditanggung pemkot."\n\n'
        'Akun Instagram resmi Dinas Perhubungan Kota Depok menulis, "Jalur Margonda dialihkan."\n'))
    assert speakers(doc) == ["Pemerintah Kota Depok", "Dinas Perhubungan Kota Depok"]


def test_english_account_of_an_institution_and_a_document_from_it(make_doc):
    doc = make_doc(HEAD + (
        "Bogor (ANTARA) - Floods closed two roads on Monday.\n\n"
        'The official Instagram account of the Bogor Transportation Agency posted: "The route is closed."\n\n'
        'A circular from the Bogor Education Agency said "classes will resume on Monday".\n'))
    assert speakers(doc) == ["Bogor Transportation Agency", "Bogor Education Agency"]


def test_a_document_nobody_is_named_as_writing_gives_null_not_the_outlet_that_saw_it(make_doc):
    doc = make_doc(HEAD + (
        "Jakarta (ANTARA) - Nine stadiums failed a safety audit, minister Iwan Santoso said.\n\n"
        "An internal memo circulated among clubs, seen by ANTARA, noted that "
        '"tear gas must not be stored inside stadiums".\n\n'
        'A letter sent to parents, obtained by Reuters, said: "Classes will resume on Monday."\n'))
    assert speakers(doc) == [None, None]


def test_indonesian_document_from_an_institution_and_one_received_by_an_outlet(make_doc):
    doc = make_doc(HEAD + (
        "Sekolah di Kota Bogor diliburkan selama banjir pekan lalu.\n\n"
        'Sebuah surat dari Dinas Pendidikan Kota Bogor menyebutkan "kelas dimulai Senin".\n\n'
        "Sebuah memo internal yang beredar di grup guru, yang salinannya diterima Kompas.com, "
        'menyebut "ujian diundur sepekan".\n'))
    assert speakers(doc) == ["Dinas Pendidikan Kota Bogor", None]


def test_an_indefinite_phrase_holding_a_document_word_inside_another_word_is_a_person(make_doc):
    """ "Seorang penumpang merekam kondisi …": "isi" inside "kondisi" is no document, so "ujarnya"
    is that unnamed passenger, not the official named before."""
    doc = make_doc(HEAD + (
        "Kepala stasiun, Budi Santoso, mengatakan kereta terlambat. \"Ada gangguan sinyal,\" kata Budi.\n\n"
        "Seorang penumpang merekam kondisi di dalam gerbong. \"Sesak sekali,\" ujarnya.\n"))
    assert speakers(doc) == ["Budi Santoso", None]


def test_partial_quote_governed_by_menurutnya(make_doc):
    doc = make_doc(HEAD + (
        "Ketua Dewan Adat Lapago, Elias Hubi Mabel, menolak usulan itu. Menurutnya, dukungan kepala "
        'kampung itu "dikumpulkan tanpa musyawarah adat."\n'))
    assert speakers(doc) == ["Elias Hubi Mabel"]


def test_partial_quote_in_a_sentence_with_an_inline_speech_verb(make_doc):
    """ "Dinas, kata Wulan, akan menutup … "mulai bulan depan"": the speaker set off by commas
    speaks the fragment, not the sentence's subject."""
    doc = make_doc(HEAD + (
        "Kepala Bidang Pengairan, Wulan Sasmita Dewi, meninjau saluran yang jebol.\n"
        'Dinas, kata Wulan, akan menutup pintu air itu "mulai bulan depan".\n'))
    assert speakers(doc) == ["Wulan Sasmita Dewi"]


def test_institution_kind_alone_after_a_speech_verb_and_as_a_subject(make_doc):
    """ "tulis perusahaan dalam jawaban tertulisnya", "inspektorat menulis bahwa …": the
    institution of that kind the article named; a kind with a name after it is that name."""
    doc = make_doc(HEAD + (
        "PT Sumber Rimba Nusantara menyatakan tidak terlibat pembongkaran sekat. “Perusahaan "
        "mematuhi ketentuan,” tulis perusahaan dalam jawaban tertulisnya kepada Tempo.\n\n"
        "Temuan itu bermula dari laporan Inspektorat Kabupaten Gorontalo Utara. Dalam laporan hasil "
        'pemeriksaan, inspektorat menulis bahwa terdapat "pengeluaran yang tidak sah".\n'))
    assert speakers(doc) == ["PT Sumber Rimba Nusantara", "Inspektorat Kabupaten Gorontalo Utara"]


def test_document_pointed_back_to_right_after_the_quote(make_doc):
    doc = make_doc(HEAD + (
        "Kepala Bidang Penindakan, Teuku Ridwan Fahmi, membacakan kutipan surat edaran Direktorat "
        "Jenderal Pajak yang menjadi dasar operasi.\n\n"
        '"Kepala kantor wajib meningkatkan pengawasan," bunyi surat edaran tersebut.\n'))
    assert speakers(doc) == ["Direktorat Jenderal Pajak"]


def test_english_office_after_an_institutions_possessive(make_doc):
    doc = make_doc(HEAD + (
        "Jakarta (ANTARA) - Farmers signed a seaweed supply deal on Thursday.\n\n"
        '"This is the largest direct contract," the ministry\'s director general of marine product '
        "competitiveness, Budi Sulistiyo Hardjono, told reporters in Jakarta.\n"))
    assert speakers(doc) == ["Budi Sulistiyo Hardjono"]


def test_english_he_said_after_an_office_pointing_back_to_the_man_named_before(make_doc):
    """ "The regional immigration chief" is the "Bali immigration office head" named before (a
    regional office stands for the region's name), not the tourism office chief introduced
    after it, and "he said" follows him."""
    doc = make_doc(HEAD + (
        "Denpasar (ANTARA) - A Canadian tourist was escorted onto a flight to Vancouver, Bali "
        "immigration office head Parwata said.\n\n"
        "The head of the Canggu customary village, Sujana, said a ceremony would be held.\n\n"
        '"For us, this is not only about physical damage," Sujana said.\n\n'
        "The regional immigration chief noted that 287 foreigners had been deported this year.\n\n"
        '"But there are also many cases of foreigners disturbing public order," he said.\n\n'
        "Bali's provincial tourism office chief, Tjokorda Raka Putra, urged tourists to learn the rules.\n\n"
        '"Most tourists who come to Bali are good guests," he said.\n'))
    assert speakers(doc) == ["Sujana", "Parwata", "Tjokorda Raka Putra"]


def test_an_office_pointing_back_is_nobody_introduced_only_after_it(make_doc):
    doc = make_doc(HEAD + (
        "Jakarta (ANTARA) - Rudi Hartono, a trader, said prices had doubled.\n\n"
        "The immigration chief noted that 287 foreigners had been deported this year.\n\n"
        '"We will not hesitate to act," the immigration chief said.\n\n'
        "Immigration chief Tjokorda Raka Putra visited the airport on Friday.\n"))
    assert speakers(doc) != ["Tjokorda Raka Putra"]


def test_english_office_whose_field_is_a_list(make_doc):
    """ "director of river, lake and ferry transport, NAME,": the list is the office's field, and
    the name after it its holder."""
    doc = make_doc(HEAD + (
        "DENPASAR (ANTARA) - Ferry operators will raise fares by 12 percent, the ministry said.\n\n"
        '"The increase follows fuel costs," the ministry\'s director of river, lake and ferry '
        "transport, Hendro Saptono Wibowo, told reporters in Denpasar.\n"))
    assert speakers(doc) == ["Hendro Saptono Wibowo"]


def test_the_company_is_the_processor_named_before(make_doc):
    """ "food processor Haeyang Foods": a kind of company before the name makes it an
    institution, so "In a statement, the company said" is that institution."""
    doc = make_doc(HEAD + (
        "JAKARTA (ANTARA) - A seaweed cooperative signed a supply deal with South Korean food "
        "processor Haeyang Foods, the Ministry of Marine Affairs said on Thursday.\n\n"
        "Under the agreement, Haeyang Foods will also help build two drying facilities. In a "
        'statement, the company said it was "committed to long-term partnership with coastal '
        'communities".\n'))
    assert speakers(doc) == ["Haeyang Foods"]


def test_a_reporters_quoted_question_opens_an_exchange_with_the_person_asked(make_doc):
    """ "…?" tanya seorang wartawan: the question is nobody's, the bare quoted answers are the
    person the paragraph before presents, a bare quoted question after an answer is the
    reporter's again, and the exchange ends at a paragraph that is not a quote."""
    doc = make_doc(HEAD + (
        "Gubernur Kalimantan Barat, Yosef Antonius Kadir, meninjau tanggul di Sintang. Seusai "
        "peninjauan, ia melayani pertanyaan wartawan.\n\n"
        '"Kapan tanggul ini selesai, Pak?" tanya seorang wartawan.\n\n'
        '"Akhir Februari, kalau cuaca mendukung."\n\n'
        '"Anggarannya dari mana?"\n\n'
        '"Dari APBD provinsi dan bantuan pusat."\n\n'
        "Ketua DPRD Sintang, Markus Bujang Lunjo, menyambut baik rencana itu. "
        '"Kami akan mengawasi," kata Markus.\n'))
    assert speakers(doc) == [None, "Yosef Antonius Kadir", None, "Yosef Antonius Kadir",
                             "Markus Bujang Lunjo"]


def test_a_question_from_an_unnamed_resident_opens_no_exchange(make_doc):
    """A resident's question is no reporter's: the bare quote after it is not the last named
    person's answer."""
    doc = make_doc(HEAD + (
        "Kepala Desa Tumbang Manjul, Darius Bahen Liling, menemui warga di balai desa.\n\n"
        '"Kapan listrik masuk ke dusun kami?" tanya seorang warga.\n\n'
        '"Anak-anak belajar pakai pelita."\n'))
    assert speakers(doc)[1] != "Darius Bahen Liling"


def test_an_answer_with_a_pronoun_cue_in_an_exchange_is_the_person_asked(make_doc):
    """ "…," she said after a reporter's question is the woman asked, not the reporter; an
    answer whose cue names someone else is that person's."""
    doc = make_doc(HEAD + (
        "Toll operator director Wulan Sekar Prameswari met reporters at the Cikampek gate.\n\n"
        '"Will the toll rise next year?" a reporter asked.\n\n'
        '"Not before the new lanes open," she said, smiling.\n\n'
        '"And the trucks?"\n\n'
        '"We will weigh every one," said Andreas Tobing Manurung, her deputy.\n'))
    assert speakers(doc) == [None, "Wulan Sekar Prameswari", None, "Andreas Tobing Manurung"]
