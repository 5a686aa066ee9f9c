"""The extent of a speaker's name: a run of capitalised words ends where the name ends, not in a
Title Case headline's verb and object."""

from __future__ import annotations


def speakers(doc) -> list[str | None]:
    return [q.speaker for q in doc.quotes]


def test_title_case_headline_words_are_no_part_of_an_institutions_name(make_doc):
    doc = make_doc(
        "Lombok Post\n"
        "Pengadilan Agama Kota Bima Putuskan Hak Asuh Anak Jatuh ke Ibu, Ini Pertimbangan Majelis Hakimnya\n"
        "BIMA - Pengadilan Agama Kota Bima mengabulkan gugatan cerai seorang pengusaha mutiara.\n"
        'Dalam putusannya, Pengadilan Agama Kota Bima menyatakan "gugatan penggugat dikabulkan '
        'untuk seluruhnya."\n')
    assert speakers(doc) == ["Pengadilan Agama Kota Bima"]

