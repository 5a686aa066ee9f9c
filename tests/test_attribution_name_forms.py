"""The form of a speaker's name: titles stripped, descriptions that are no part of a name cut,
institution words that are part of one kept, short forms canonicalised to the one full name."""

from __future__ import annotations


def speakers(doc) -> list[str | None]:
    return [q.speaker for q in doc.quotes]


def test_english_text_strips_indonesian_honorifics(make_doc):
    doc = make_doc(
        "Villagers Demand Compensation After River Spill\n"
        "PEKANBARU - Village elder Haji Rusli Daulay Tanjung said the river had turned black overnight.\n"
        '"Our cages are empty now," Tanjung said.\n'
        '"We will not wait another year," said Hajjah Salmah Nasution, a fish farmer.\n'
        '"Who pays the loans?" she asked.\n')
    assert speakers(doc) == ["Rusli Daulay Tanjung", "Salmah Nasution", "Salmah Nasution"]
