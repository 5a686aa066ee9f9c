"""Quote detection: pairing marks, partial quotes, titles and scare quotes, unclosed marks."""

from __future__ import annotations

import pytest

HEAD = "Judul Berita Uji Coba Untuk Kutipan\n"


def texts(doc) -> list[str]:
    return [q.text for q in doc.quotes]


def test_offsets_index_the_decoded_text(make_doc):
    doc = make_doc(HEAD + "JAKARTA - \u201cKami siap bekerja,\u201d kata Budi.\n")
    (quote,) = doc.quotes
    assert quote.text == "Kami siap bekerja,"
    assert doc.text[quote.start:quote.end] == quote.text
    assert doc.text[quote.open_mark] == "\u201c" and doc.text[quote.close_mark] == "\u201d"
    assert quote.id == f"q{quote.open_mark}" and not quote.partial


def test_straight_curly_and_mismatched_marks(make_doc):
    doc = make_doc(HEAD + (
        '"Harga beras turun pekan ini," kata Andi.\n'
        "\u201cStok di gudang masih cukup,\" ujar Rina.\n"
        "\u201dKami tambah pasokan,\u201d ucap Dedi.\n"))
    assert texts(doc) == ["Harga beras turun pekan ini,", "Stok di gudang masih cukup,",
                          "Kami tambah pasokan,"]


def test_several_sentences_and_split_statement(make_doc):
    doc = make_doc(HEAD + (
        '"Kami sudah menunggu lama. Semua berkas lengkap," kata Yanti. '
        '"Sekarang giliran pemerintah bekerja."\n'))
    assert texts(doc) == ["Kami sudah menunggu lama. Semua berkas lengkap,",
                          "Sekarang giliran pemerintah bekerja."]


def test_ellipses_and_nested_single_quotes(make_doc):
    doc = make_doc(HEAD + (
        "\"Dia bilang kepada saya, 'jangan pernah menyerah', dan saya ingat itu... sampai "
        'sekarang\u2026" tutur Siti Aminah.\n'
        '"...dan itu bukan yang pertama," kata dia.\n'))
    assert texts(doc) == [
        "Dia bilang kepada saya, 'jangan pernah menyerah', dan saya ingat itu... sampai sekarang\u2026",
        "...dan itu bukan yang pertama,"]


def test_unclosed_mark_ends_with_its_paragraph(make_doc):
    doc = make_doc(HEAD + (
        '"Kami sudah berusaha maksimal, tapi lawan bermain lebih baik hari ini.\n'
        "Pertandingan berikutnya digelar Sabtu di Stadion Manahan, Solo.\n"
        '"Kami akan bangkit," ujar kapten tim, Rizky Ananda.\n'))
    first, second = doc.quotes
    assert first.close_mark is None
    assert first.text == "Kami sudah berusaha maksimal, tapi lawan bermain lebih baik hari ini."
    assert "Pertandingan" not in first.text
    assert second.text == "Kami akan bangkit,"


def test_unclosed_quote_ends_before_its_own_attribution(make_doc):
    doc = make_doc(HEAD + (
        '"Kami sudah berusaha maksimal, kata pelatih tim itu kepada wartawan.\n'
        '"Lawan bermain lebih baik, tetapi kami belum menyerah, ujar Rizky Ananda.\n'
        '"Kami akan kembali bekerja, ia menambahkan.\n'
        '"Latihan dimulai besok, kata pelatih, dan semua pemain wajib hadir.\n'))
    assert texts(doc) == ["Kami sudah berusaha maksimal",
                          "Lawan bermain lebih baik, tetapi kami belum menyerah",
                          "Kami akan kembali bekerja",
                          "Latihan dimulai besok, kata pelatih, dan semua pemain wajib hadir."]
    assert all(q.close_mark is None for q in doc.quotes)
    assert [q.speaker for q in doc.quotes[1:3]] == ["Rizky Ananda", "Rizky Ananda"]


def test_continuation_paragraphs_are_linked(make_doc):
    doc = make_doc(HEAD + (
        '"Kami tidak akan mundur. Tuntutan kami jelas.\n'
        '"Pemerintah harus membuka data itu ke publik," kata Rahmat.\n'))
    first, second = doc.quotes
    assert first.close_mark is None and first.attrs["continued_by"] == second.id
    assert second.attrs["continues"] == first.id


def test_partial_quotes_in_reported_speech(make_doc):
    doc = make_doc(HEAD + (
        'Menteri itu mengisyaratkan pemerintah "siap berdialog" dengan buruh dan menyebut tuntutan '
        "mereka \u201cmasuk akal.\u201d\n"))
    assert texts(doc) == ["siap berdialog", "masuk akal."]
    assert all(q.partial for q in doc.quotes)


@pytest.mark.parametrize("sentence", [
    'Film "Agak Laen" ditonton lebih dari sembilan juta orang di bioskop.',
    'Novel berjudul "Laut Bercerita" kembali dicetak ulang tahun ini.',
    'Aksi "begal" kembali terjadi di Depok pada Minggu dini hari.',
    'Mereka tinggal di kawasan "zona merah" banjir sejak lama.',
    'Program "Makan Bergizi Gratis" mulai berjalan di sekolah pekan ini.',
    'Ia menonton "Laskar Pelangi" bersama keluarganya.',
    'The film "Top Gun" was shown at the festival.',
])
def test_titles_and_scare_quotes_are_not_quotes(make_doc, sentence):
    doc = make_doc(HEAD + sentence + "\n")
    assert doc.quotes == []
    assert list(doc.spans_of("not_quote"))


def test_marks_in_headline_and_boilerplate_are_ignored(make_doc):
    doc = make_doc('"Kami Siap," Kata Menteri\n'
                   "JAKARTA - Menteri Pertahanan menyatakan kesiapan pasukan.\n"
                   'Baca Juga: "Tidak Ada Kompromi," Tegas Kapolri\n'
                   '"Semua satuan sudah siaga," kata dia.\n')
    assert texts(doc) == ["Semua satuan sudah siaga,"]


def test_english_quotes(make_doc):
    doc = make_doc("Kremlin Says Summit Preparations Under Way\n"
                   '"There is political will on both sides," Peskov told reporters. '
                   '"We are ready to work."\n'
                   'Foreign Minister Sergei Lavrov called the talks "a useful first step".\n')
    assert doc.meta.language == "en"
    assert texts(doc) == ["There is political will on both sides,", "We are ready to work.",
                          "a useful first step"]
    assert [q.partial for q in doc.quotes] == [False, False, True]


def test_ids_are_stable_and_in_text_order(make_doc):
    text = HEAD + '"Satu dua tiga," kata Ani. "Empat lima enam," kata Budi.\n'
    first, second = make_doc(text, name="a.txt"), make_doc(text, name="b.txt")
    assert [q.id for q in first.quotes] == [f"q{q.open_mark}" for q in first.quotes]
    assert [q.start for q in first.quotes] == sorted(q.start for q in first.quotes)
    assert [(q.id, q.start) for q in first.quotes] == [(q.id, q.start) for q in second.quotes]


def test_reporters_terms_are_not_partial_quotes(make_doc):
    doc = make_doc(HEAD + (
        'Aplikasi itu mengiklankan layanannya sebagai "paling murah dan cepat" di media sosial.\n'
        'Polisi menyebut pelaku masuk ke server melalui "jalur khusus" yang disiapkan orang dalam.\n'
        'Yudha menyebut kasus ini sebagai "alarm keras" bagi perusahaan rintisan.\n'
        'Ia menilai target itu "terlalu optimistis" untuk tahun ini.\n'
        'Warga mengeluhkan air yang "kami minum setiap hari" berbau lumpur.\n'))
    assert texts(doc) == ["alarm keras", "terlalu optimistis", "kami minum setiap hari"]
    assert all(q.partial for q in doc.quotes)


def test_named_labels_and_lists_of_terms_are_not_quotes(make_doc):
    doc = make_doc(HEAD + (
        'Ketua kelompok tani, Darmaji, mengkritik penyebutan "padi gogo" dan "padi sawah" oleh dinas.\n'
        'Ia menambahkan, lahan di bukit itu dikenal sebagai "tanah merah" oleh warga.\n'
        'Jaksa menilai terdakwa "sengaja menyembunyikan aset" dan "tidak kooperatif".\n'
        'Dalam dakwaan, uang itu disebut sebagai "uang pelicin" yang diserahkan di hotel.\n'))
    # labels after a naming cue, and the terms listed with them, are not speech; reported
    # words after a speech verb stay partial quotes, listed or not
    assert texts(doc) == ["sengaja menyembunyikan aset", "tidak kooperatif", "uang pelicin"]
    assert all(q.partial for q in doc.quotes)


def test_glossed_terms_slogans_and_attitudes_are_not_quotes(make_doc):
    """A gloss after the fragment ("atau derivative rights") makes it a term, a naming noun after
    it ("sesuai slogan …") a name, a belief word governing it ("anggapan bahwa", "menganggap …
    sebagai") a scare quote, a predicate after it ("… masih akan berlangsung") the subject the
    reporter names; one word after "menyebut … sebagai" and words after a topic noun
    that is also a title cue ("pasal tentang lagu "…"") stay partial quotes."""
    doc = make_doc(HEAD + (
        'Draf itu memuat ketentuan soal "hak cipta turunan" atau derivative rights.\n'
        'Panitia mengusung "sinema tumbuh bersama", sesuai slogan Hari Film Nasional.\n'
        'Ia mengakui masih ada anggapan bahwa membakar adalah cara "paling murah dan cepat".\n'
        'Sebagian produser menganggap kurasi sebagai "urusan birokrat" belaka.\n'
        'Bupati menyebut kopi sebagai "nyawa" ekonomi Gayo.\n'
        'Ia menilai pasal tentang lagu "akan mematikan kreativitas komposer film".\n'
        'Analis menilai "musim paceklik pendanaan" masih akan berlangsung hingga 2027.\n'
        'Ia menilai protes itu "bisa dipahami" meski disampaikan lewat media sosial.\n'))
    assert texts(doc) == ["nyawa", "akan mematikan kreativitas komposer film", "bisa dipahami"]
    assert all(q.partial for q in doc.quotes)


def test_quote_after_a_degree_at_the_sentence_end_opens_its_own_sentence(make_doc):
    doc = make_doc(HEAD + (
        "Kabar itu dibenarkan Humas Pengadilan Agama Jakarta Selatan, Drs. H. Haris Munandar, S.H., "
        'M.H. "Benar, ada gugatan atas nama penggugat. Sidang pertama pekan depan," kata Haris.\n'))
    assert [q.partial for q in doc.quotes] == [False]
    assert doc.quotes[0].speaker == "Haris Munandar"


def test_short_noun_after_an_indefinite_article_is_a_term(make_doc):
    doc = make_doc(
        "Village Declared Unsafe\n"
        'PADANG - The agency said the hamlet sits in a "red zone" and declared an "emergency '
        'period" for two weeks, adding that residents "must leave before Friday".\n')
    assert texts(doc) == ["must leave before Friday"]


def test_indonesian_ngg_is_no_mark_of_a_borrowed_word(make_doc):
    doc = make_doc(HEAD + (
        'Ia menyebut pesisir utara "tenggelam perlahan" karena air tanah disedot.\n'
        'Ia menyebut langkah itu "window dressing" belaka.\n'))
    assert texts(doc) == ["tenggelam perlahan"] and doc.quotes[0].partial


def test_a_role_given_by_the_reporters_own_verb_is_no_quote(make_doc):
    doc = make_doc(HEAD + (
        'Pengamat itu menyebut rapat kerap berakhir sebagai "ajang pamer" menjelang pemilu.\n'
        'Ia menyebut rapat itu sebagai "ajang pamer anggaran".\n'))
    assert texts(doc) == ["ajang pamer anggaran"]


def test_a_phrase_the_article_shortens_to_its_initials_is_a_term(make_doc):
    doc = make_doc(HEAD + (
        'Ia menyebut "tempat pembuangan sampah" yang penuh sebagai masalah utama. '
        "Volume sampah di TPS naik dua kali lipat.\n"
        'Ia menyebut "tempat yang nyaman" bagi pemulung.\n'))
    assert texts(doc) == ["tempat yang nyaman"]


def test_what_no_one_named_calls_something_is_a_scare_quote(make_doc):
    doc = make_doc(HEAD + (
        'Kota itu sempat disebut sebagai salah satu kota "paling ramah" bagi pesepeda.\n'
        'Kota itu disebut Wali Kota Sutrisno sebagai kota "paling ramah" bagi pejalan kaki.\n'
        'Kota itu disebutnya sebagai kota "paling bersih" di Jawa.\n'))
    assert texts(doc) == ["paling ramah", "paling bersih"]


def test_unclosed_mark_stops_at_the_next_opening_mark(make_doc):
    doc = make_doc(HEAD + (
        "\u201cKami siap bertanding dengan kekuatan penuh. Pelatih kemudian menambahkan "
        "\u201cSemua pemain dalam kondisi bugar,\u201d kata Budi Santoso.\n"))
    first, second = doc.quotes
    assert first.close_mark is None
    assert "Semua pemain" not in first.text
    assert second.text == "Semua pemain dalam kondisi bugar,"


def test_a_fragment_opening_with_a_time_phrase_or_clause_is_the_speakers_words(make_doc):
    """An adverbial phrase or a clause is no label (a term or a scare quote is a noun phrase):
    it ends a reported statement, a partial quote, with a speech verb or without one."""
    doc = make_doc(HEAD + (
        'Kepala balai, Rusdi Hamzah, menargetkan tanggul selesai "paling lambat akhir Mei".\n'
        'Ia menyebut uji coba akan dilakukan "pada bulan depan".\n'
        'Rusdi berjanji jalan dibuka "kalau cuaca sudah membaik" di wilayah hulu.\n'
        'Pembangunan ditargetkan rampung sebelum "musim kemarau" tiba.\n'))
    assert texts(doc) == ["paling lambat akhir Mei", "pada bulan depan", "kalau cuaca sudah membaik"]
    assert all(q.partial for q in doc.quotes)
    en = make_doc("Port Operator Sets Deadline\n"
                  'SURABAYA - The operator said the berth would reopen "within ten days" and '
                  'that fees would be refunded "no later than Friday".\n')
    assert texts(en) == ["within ten days", "no later than Friday"]


def test_a_noun_phrase_the_clauses_own_verb_applies_is_a_label(make_doc):
    """A short noun phrase right after an active verb that is not one of speech (adverbs
    skipped), or after any verb of a relative clause, is what the subject applies or offers;
    after a verb of being or undergoing it is the speaker's description, a partial quote."""
    doc = make_doc(HEAD + (
        'Warga mendesak dinas memberlakukan "jam malam" bagi truk tambang.\n'
        'Ia menyebut pemkot akan mengaktifkan kembali "pasar murah keliling" di tiap kecamatan.\n'
        'Ia mendengar ada calo yang menawarkan "jalur cepat" kepada pemohon paspor.\n'
        'Ia menyatakan bahwa perusahaan tengah mengalami "kesulitan arus kas" sejak Juli.\n'
        'Ia mengatakan pemda "tidak akan mundur" dari rencana itu.\n'))
    assert texts(doc) == ["kesulitan arus kas", "tidak akan mundur"]


def test_a_name_after_a_naming_phrase_or_title_noun_is_no_quote_under_a_speech_verb(make_doc):
    """A naming phrase ("dikenal sebagai") or a title noun before a noun phrase names it even in a
    sentence a speech verb governs; the predicate said of a title noun stays a quote, and so does
    a long statement after "berkaitan dengan" (no role the reporter's verb gives)."""
    doc = make_doc(HEAD + (
        'Cara itu, lanjut Hendra, dikenal sebagai "tutup lubang gali lubang baru".\n'
        'Sutarmi mengkritik praktik "jual beli kursi di sekolah negeri" yang masih terjadi.\n'
        'Ia menilai lagu itu "terlalu mirip dengan karya lama mereka".\n'
        'Ia hanya menyebut perkara itu berkaitan dengan "pengadaan bibit jagung tahun anggaran 2025".\n'
        'Ia mempertanyakan klaim "kota ramah anak" yang digaungkan pemkot.\n'))
    assert texts(doc) == ["terlalu mirip dengan karya lama mereka",
                          "pengadaan bibit jagung tahun anggaran 2025"]


def test_borrowed_terms_spelt_with_a_final_y_or_ce_and_numbered(make_doc):
    doc = make_doc(HEAD + (
        'Menurut Haryanto, petambak terpukul oleh aturan "zero tolerance" dari negara tujuan.\n'
        'Ia mengatakan kota itu belum layak disebut "smart city" tahun ini.\n'
        'Ia mengatakan kementerian tidak menyiapkan "tax holiday jilid II" untuk industri baja.\n'))
    assert doc.quotes == []  # (an edition's number is no word of the term)


def test_a_quote_of_whole_sentences_is_never_partial(make_doc):
    doc = make_doc(HEAD + (
        'Video itu diunggah dengan keterangan "Sopir truk ngamuk di tol. Tolong diviralkan".\n'))
    assert texts(doc) == ["Sopir truk ngamuk di tol. Tolong diviralkan"]
    assert not doc.quotes[0].partial


def test_english_words_between_a_determiner_and_their_noun_are_a_label(make_doc):
    doc = make_doc("Port Keeps Its Booking Rule\n"
                   'SURABAYA - The operator said it would keep the "book before you queue" rule that '
                   'bars walk-in trucks, and described the backlog as a "parking lot with a view" '
                   'and a "once a year" problem.\n')
    assert texts(doc) == ["parking lot with a view"]
