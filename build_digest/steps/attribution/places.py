"""Places: the names an article uses as places ("di Blahbatuh", "Kabupaten Tulang Bawang",
"Praya Timur", "NTB"), which never speak."""

from __future__ import annotations

from ..mentions import NP, Entity, contains
from ..mentions.words import skip_spaces
from ..speaker_rules import award_titles, dateline_places, place_names
from .patterns import WORD_RUN
from .state import ReaderState


class Places(ReaderState):
    """Which names of the article are places, and which entities read as people are places."""

    def places(self) -> frozenset[str]:
        """Words the article uses as places ("Kabupaten Cianjur", "di Ubud")."""
        self.title_names = award_titles(self.text, self.paragraphs, self.sl)
        self.place_names = place_names(self.text, self.paragraphs, self.sl) | dateline_places(
            [self.text[s.start:s.end] for s in self.doc.spans_of("lead")])
        return frozenset(word for name in self.place_names for word in name)

    def is_place(self, np: NP) -> bool:
        """A name the article uses only as a place ("di Blahbatuh", "in Hanoi"): never a speaker."""
        if np.kind != "name":
            return False
        if _inside_any(tuple(np.name), self.title_names):
            return True  # "Pemain Terbaik Liga Voli Putri": an award, named after its winner
        if np.role:
            return False
        if self._compass_region(np):
            return True  # "Praya Timur", "East Sumba"
        if len(np.name) >= 2 and np.name[0] in self.sl.words("place_nouns") and (
                tuple(np.name[1:]) in self.place_names or self._region_noun(np.name[0])):
            return True  # "Desa Pringgabaya", "Kepulauan Aru": the place noun and the place
        if tuple(np.name) not in self.place_names and not (
                tuple(np.name) in self.regions and self._alone_as_region(np)):
            return False  # (a province or its short form in the data, alone, is a place: "NTB")
        return not any(e.roles and e.tokens == tuple(np.name) for e in self.registry.entities)

    def _alone_as_region(self, np: NP) -> bool:
        """No lower-case word goes on from the name: "Mataram, NTB (ANTARA)", not "The Jakarta
        provincial government" (an entity's name, read anywhere, stands alone)."""
        word = WORD_RUN.match(self.text, skip_spaces(self.text, np.end, len(self.text))) if np.end else None
        return word is None or not word.group()[:1].islower()

    def _compass_region(self, np: NP) -> bool:
        """A name of two words or more that a compass word opens ("East Sumba") or a compass word
        or region noun closes ("Lombok Timur", "Aru Islands Regency"), of no institution: a region."""
        sl, name = self.sl, np.name
        forms, nouns = sl.folded_words("company_forms"), sl.folded_words("place_nouns")
        closed = len(name) >= 2 and name[-1] in sl.folded_words("region_closers")
        if len(name) < 2 or np.org or not (closed or name[0] in sl.folded_words("region_openers")):
            return False
        if any(w in sl.organisations or w in forms or sl.role_rx.fullmatch(w)
               for w in (name[:-1] if closed else name[1:])):
            return False
        if name[0] in self.registry.abbreviations:
            return False  # "BPTD Jawa Tengah": a short form the article defines, with its region
        return not any(e.org and e.tokens[0] not in nouns and contains(e.tokens, tuple(name))
                       for e in self.registry.entities)  # (not an institution's short form: "Pelabuhan
        # Timur" of "PT Pelabuhan Timur Indonesia")

    def _region_noun(self, word: str) -> bool:
        """A capitalised place noun that opens a place's name ("Kabupaten", "Kepulauan"), not an
        institution's or office's word."""
        sl = self.sl
        return word[:1].isupper() and word not in sl.organisations and not sl.role_rx.fullmatch(word)

    def place_entity(self, entity: Entity) -> bool:
        """An entity read as a person that is a place of the article ("Tulang Bawang" after
        "Kabupaten", "Praya Timur" read as the holder of "Warga Desa Mujur")."""
        return not entity.org and self.is_place(NP(0, 0, "name", name=entity.tokens))


def _inside_any(name: tuple[str, ...], runs: frozenset[tuple[str, ...]]) -> bool:
    """Whether ``name`` is written word for word inside one of ``runs``."""
    n = len(name)
    return any(run[k:k + n] == name for run in runs for k in range(len(run) - n + 1))
