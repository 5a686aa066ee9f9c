"""Attribution where the text names the speaker in ways the plain frames miss: interviews
presented by a conversation, institutions' long names, documents and posts and their owners."""

from __future__ import annotations

HEAD = "Judul Berita Uji Coba Untuk Narasumber\n"


def speakers(doc) -> list[str | None]:
    return [q.speaker for q in doc.quotes]


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
