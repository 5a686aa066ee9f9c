"""Non-persons are no speakers: a pronoun, a clitic or "she said" means a person the article
established, never a place, a region, a label or a title; where there is none, nobody."""

from __future__ import annotations


def speakers(doc) -> list[str | None]:
    return [q.speaker for q in doc.quotes]


def test_name_label_before_an_aged_name_is_no_part_of_it(make_doc):
    doc = make_doc(
        "Penenun Muda dari Sumba Timur\n"
        "WAINGAPU - Nama Kristina Ata Ndapa (27) mulai dikenal setelah kainnya dipakai di pekan mode.\n"
        '"Saya belajar dari nenek sejak umur sembilan," kata Kristina.\n'
        '"Motif kuda itu paling sulit," ujarnya.\n')
    assert speakers(doc) == ["Kristina Ata Ndapa"] * 2
