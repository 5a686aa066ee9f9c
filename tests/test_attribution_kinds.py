"""A speaker is a person or a body: places (listed, opening a sentence, an office's field),
compound adjectives and award titles are no speakers, and a reference lands on the person the
sentence is about (the subject, a passive verb's agent, a person given a name by "bernama")."""

from __future__ import annotations

from conftest import speakers

HEAD = "Judul Berita Uji Coba Untuk Narasumber\n"



def test_places_in_a_list_are_no_subject_and_a_passive_agent_acts(make_doc):
    doc = make_doc(HEAD + (
        "Sebanyak 50 perajin dari Toraja, Toraja Utara, Enrekang, hingga Mamasa ikut pameran.\n\n"
        "Pameran itu dibuka Gubernur Sulawesi Barat, Yakobus Tandi Rante. Ia menyebut pameran itu "
        '"jendela kerajinan Sulawesi".\n'))
    assert speakers(doc) == ["Yakobus Tandi Rante"]


def test_a_name_set_off_after_a_place_is_the_subject(make_doc):
    doc = make_doc(HEAD + (
        "Rina Wulandari (35), pedagang sayur, mengeluhkan harga cabai.\n\n"
        "Pembeli lain di Pasar Kodim, Hendri, justru senang. "
        '"Harga tomat turun separuh," kata karyawan bank itu.\n'))
    assert speakers(doc) == ["Hendri"]


def test_a_sentence_opened_by_a_place_names_its_person_with_bernama(make_doc):
    doc = make_doc(HEAD + (
        "Kepala Dinas Sosial, Hartono Wijaya, meninjau lokasi banjir.\n\n"
        "Di Desa Sukamaju, Kecamatan Cibeber, seorang petani bernama Karta (60) kehilangan sawahnya. "
        '"Padi saya tinggal dua minggu lagi panen," tuturnya.\n'))
    assert speakers(doc) == ["Karta"]


def test_a_pronoun_after_praise_means_the_one_who_praised(make_doc):
    doc = make_doc(HEAD + (
        "Pelatih Persiba, Agus Riyanto, puas dengan hasil laga.\n\n"
        "Agus juga memuji bek Yosua Mandowen yang tampil tanpa cela. Ia menyebut Yosua "
        '"tembok terakhir tim ini".\n'))
    assert speakers(doc) == ["Agus Riyanto"]


def test_a_thing_pointed_back_to_is_no_name(make_doc):
    doc = make_doc(HEAD + (
        "Pasar Seni Sukawati kembali ramai.\n\n"
        "Pasar itu diresmikan Bupati Gianyar, Made Sutarga Wisnu. "
        'Ia menyebut pasar itu "rumah para perajin".\n'))
    assert speakers(doc) == ["Made Sutarga Wisnu"]


def test_a_compound_adjective_is_no_name(make_doc):
    """ "a Medan-based bank" describes the bank; the unnamed analyst stays unnamed, and
    "Singapore-based Orchid Capital" is Orchid Capital."""
    doc = make_doc(HEAD + (
        "Tani Makmur raised $20 million on Monday.\n\n"
        "Singapore-based Orchid Capital said it led the round. \"The numbers convinced us,\" "
        "Orchid Capital said.\n\n"
        "An analyst at a Medan-based bank, who asked not to be named, doubted the plan.\n\n"
        '"Lending to farmers is hard," the analyst said.\n'))
    assert speakers(doc) == ["Orchid Capital", None]


def test_a_place_qualifying_an_offices_field_is_no_holder(make_doc):
    """ "The chair of the Kupang weavers' cooperative, Y, said": Kupang qualifies the
    cooperative; Y holds the office, and "she said" is Y."""
    doc = make_doc(HEAD + (
        "Weavers in Kupang signed an export deal on Monday.\n\n"
        "The chair of the Kupang weavers' cooperative, Maria Ndoen Lay, said orders had doubled.\n\n"
        '"We need more looms," she said.\n'))
    assert speakers(doc) == ["Maria Ndoen Lay"]


def test_an_award_title_is_no_speaker(make_doc):
    """ "yang dinobatkan sebagai Pemain Terbaik Proliga": the title she won is no person (nor its
    holder); "kata perempuan kelahiran 2000 itu" is her."""
    doc = make_doc(HEAD + (
        "Pelatih tim putri, Sugeng Riyadi, memuji anak asuhnya.\n\n"
        "Dewi Anggraini yang dinobatkan sebagai Pemain Terbaik Proliga mengaku kaget. "
        '"Saya tidak pernah membayangkan ini," kata perempuan kelahiran 2000 itu.\n'))
    assert speakers(doc) == ["Dewi Anggraini"]


def test_a_description_noun_and_its_modifier_before_a_name(make_doc):
    doc = make_doc(HEAD + (
        "Pameran Batik Pesisir dibuka di Pekalongan.\n\n"
        "Perajin muda Siti Khoiriyah yang terpilih sebagai Perajin Muda Berbakat Jawa Tengah "
        "memamerkan batik tulis motif laut. "
        '"Motif ini dari cerita nelayan," ujar perempuan itu.\n'))
    assert speakers(doc) == ["Siti Khoiriyah"]


def test_words_quoted_back_from_a_document_are_the_documents(make_doc):
    """ "ditanya mengapa surat itu memakai kata "…", X mengatakan …": the letter's words (its author
    unnamed: null), not X's; X's own answer after it stays X's."""
    doc = make_doc(HEAD + (
        "Orang tua murid menerima surat edaran dari komite sekolah pekan lalu.\n\n"
        "Kepala sekolah, Dra. Yuliana Sitepu, membantah ada paksaan.\n\n"
        'Ketika ditanya mengapa surat edaran itu memakai kata "wajib dibayar", Yuliana mengatakan '
        'hal itu salah ketik. "Suratnya akan kami ganti," ujarnya.\n'))
    assert speakers(doc) == [None, "Yuliana Sitepu"]


def test_a_company_named_by_its_closing_word_is_a_body(make_doc):
    """ "Lotus Bay Ventures" is a body (a word that closes a company's name), so "the firm said"
    after it is the firm, not the company described as a firm paragraphs before."""
    doc = make_doc(HEAD + (
        "PT Sawit Hijau Lestari, a palm oil firm, cut 200 jobs on Monday.\n\n"
        "Its chief executive, Bonifasius Lubis, said the cuts were painful.\n\n"
        "Lotus Bay Ventures said on Tuesday it would not invest again. "
        '"The numbers did not add up," the firm said.\n'))
    assert speakers(doc) == ["Lotus Bay Ventures"]


def test_a_club_named_with_fc_is_a_body(make_doc):
    """ "tulis Persada Timur FC" is the club, not its coach described with the club's name."""
    doc = make_doc(HEAD + (
        "Pelatih kepala Persada Timur FC, Yohanes Wenda, mengaku kecewa.\n\n"
        '"Kami sedang mencari solusi terbaik," tulis Persada Timur FC.\n'))
    assert speakers(doc) == ["Persada Timur FC"]


def test_a_body_described_by_a_place_and_a_lower_case_modifier(make_doc):
    """ "The Bali provincial government said": that government, not the "Bali Post" named before."""
    doc = make_doc(HEAD + (
        "The airport plan was first reported by the Bali Post on Monday.\n\n"
        'The Bali provincial government said in a statement that it "supports the plan in full".\n'))
    assert speakers(doc) == ["Bali provincial government"]


def test_a_description_of_someone_introduced_unnamed_names_nobody(make_doc):
    """ "unggahan seorang pelanggan … tulis pelanggan itu": the customer was never named (null),
    not the official quoted last; a customer named where introduced is that customer."""
    unnamed = make_doc(HEAD + (
        "Kepala Unit Layanan PDAM, Budi Hartono, meminta maaf atas gangguan air.\n\n"
        '"Petugas kami sudah di lapangan," kata Budi.\n\n'
        "Gangguan itu ramai setelah unggahan seorang pelanggan di media sosial.\n\n"
        '"Sudah tiga hari air mati. Tidak ada pemberitahuan," tulis pelanggan tersebut.\n'))
    assert speakers(unnamed) == ["Budi Hartono", None]
    named = make_doc(HEAD + (
        "Kepala Unit Layanan PDAM, Budi Hartono, meminta maaf atas gangguan air.\n\n"
        "Seorang pelanggan, Rina Marlina (30), mengeluh di media sosial.\n\n"
        '"Sudah tiga hari air mati," tulis pelanggan tersebut.\n'))
    assert speakers(named) == ["Rina Marlina"]


def test_a_people_noun_opening_a_sentence_is_an_unnamed_person(make_doc):
    """ "Relawan yang berjaga di posko mengaku …": a volunteer the text does not name, so
    "katanya" after it is null, not the official quoted before."""
    doc = make_doc(HEAD + (
        "Camat Medan Barat, Hendra Sinaga, meninjau posko banjir.\n\n"
        '"Logistik cukup untuk seminggu," ujar Hendra.\n\n'
        "Relawan yang berjaga di posko mengaku kewalahan. "
        '"Kami hanya berlima sejak malam," katanya.\n'))
    assert speakers(doc) == ["Hendra Sinaga", None]


def test_the_voice_of_a_body_the_article_defines_is_that_body(make_doc):
    doc = make_doc(HEAD + (
        "Mahasiswa Universitas Tirta Raya (Untira) memprotes kenaikan biaya praktikum.\n\n"
        'Pihak rektorat Untira dalam pernyataan tertulis menyatakan, "Biaya praktikum ditinjau '
        'ulang."\n\n'
        'Pihak keluarga mahasiswa dalam pernyataan tertulis menyatakan, "Kami mendukung protes."\n'))
    assert speakers(doc) == ["Universitas Tirta Raya", None]


def test_the_company_is_the_one_the_article_named_with_its_legal_form(make_doc):
    doc = make_doc(HEAD + (
        "Produsen keramik PT Tanah Liat Makmur Tbk menutup satu lini produksinya.\n\n"
        '"Perseroan mengalihkan pekerja ke lini lain," tulis perseroan dalam keterbukaan '
        "informasi.\n\n"
        '"Penjualan kami turun," tulis manajemen Tanah Liat Makmur.\n'))
    assert speakers(doc) == ["PT Tanah Liat Makmur Tbk", "PT Tanah Liat Makmur Tbk"]


def test_an_institution_anaphor_speaks_past_an_aside_about_its_statement(make_doc):
    doc = make_doc(
        "Indonesia tightens rules on coral exports\n"
        "Indonesia will tighten permits for coral exports from next year, the Ministry of "
        "Forestry said on Monday, after a survey found many colonies shipped abroad were wild.\n\n"
        'The ministry, in a written statement, said exporters must "prove every colony was '
        'farmed."\n')
    assert speakers(doc) == ["Ministry of Forestry"]


def test_a_company_word_speaks_past_the_document_it_writes_in(make_doc):
    doc = make_doc(HEAD + (
        "Produsen semen PT Semen Timor Jaya Tbk menghentikan produksi di pabriknya, Senin.\n\n"
        'Perseroan dalam keterbukaan informasi menyatakan, "Perawatan tanur berlangsung dua '
        'pekan."\n\n'
        'Perusahaan dalam surat resminya menyebut, "Pasokan ke distributor tetap aman."\n'))
    assert speakers(doc) == ["PT Semen Timor Jaya Tbk", "PT Semen Timor Jaya Tbk"]


def test_an_institution_anaphor_may_carry_describing_words(make_doc):
    doc = make_doc(
        "Port operator delays terminal expansion\n"
        "PT Pelabuhan Nusantara Timur will delay the expansion of its container terminal in Bitung "
        "by a year, a senior executive told reporters on Tuesday, citing weaker shipping demand.\n\n"
        'The state-owned company said in a statement it would "revisit the plan once volumes '
        'recover."\n\n'
        'Bank Maluku Raya, its main lender, agreed. "The loan terms stay the same," the regional '
        "bank said.\n")
    assert speakers(doc) == ["PT Pelabuhan Nusantara Timur", "Bank Maluku Raya"]


def test_a_forum_pointed_back_to_is_the_forum_the_article_named(make_doc):
    doc = make_doc(HEAD + (
        "Ketua RT 04, Bambang Suharjo, ikut menggalang dukungan melalui Forum Warga Peduli Sungai.\n\n"
        'Dalam surat terbukanya kepada wali kota, forum itu menulis, "Kami menolak pengurukan '
        'sungai."\n'))
    assert speakers(doc) == ["Forum Warga Peduli Sungai"]


def test_a_company_kind_points_back_to_the_company_named_with_its_legal_form(make_doc):
    doc = make_doc(
        "Ferry fire kills three in Bali Strait\n"
        "The ferry, operated by PT Selat Bahari Nusantara, was sailing from Ketapang to Gilimanuk "
        "when smoke was spotted on its vehicle deck early on Sunday, officials said.\n\n"
        'The operator denied this in a statement, saying all life jackets "were available on '
        'deck."\n')
    assert speakers(doc) == ["PT Selat Bahari Nusantara"]
