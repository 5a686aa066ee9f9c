"""From a noun phrase to an entity: the fullest name, clipped and spelled-out short forms."""

from __future__ import annotations

import re
from dataclasses import replace

from ...textutil import standing_alone
from ..gender import gender_of_text
from ..mentions import NP, Entity, contains, key_tokens, role_after_name
from ..mentions.words import descriptive
from ..speaker_rules import fuller_name, syllabic_source
from .patterns import AGE
from .state import ReaderState

_NAME_EDGE = r"\w'’-"  # characters that continue a word

_SHORT_FORM = re.compile(r"[A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*")  # "MUI", "UID", "PLN", "KilatXpress"
# a short form in brackets, then the capitalised words up to lower case or a clause mark
_BRACKET_THEN_CAPITALS = re.compile(r" \([A-Z][\w-]*\)((?: [A-Z][\w'’-]*){1,3})(?=\s+[a-z]|[,.;:])")
_MIN_CLIPPED = 4  # letters a clipped first name has at least ("Frans", "Rifqi")


def _is_short_form(token: str) -> bool:
    return bool(_SHORT_FORM.fullmatch(token))


class NameForms(ReaderState):
    """The fullest form of a name or short form the article uses, as an entity."""

    def _spelled_parts(self, tokens: tuple[str, ...]) -> tuple[str, ...]:
        """Known short forms after an office's short form spelled out ("Kemenag Sulsel" ->
        Kementerian Agama Sulawesi Selatan), unless the article uses them as its own short forms."""
        names = self.institutions.get("names") or {}
        regions = self.institutions.get("regions") or {}
        spelled: list[str] = []
        for token in tokens:
            full = None if token in self.registry.abbreviations else names.get(token) or regions.get(token)
            spelled.extend(w.strip(",") for w in full.split()) if full else spelled.append(token)
        return tuple(spelled)

    def province_names(self) -> frozenset[str]:
        """Provinces, spelled out: those with a short form and those without."""
        regions = self.institutions.get("regions") or {}
        return frozenset([*regions.values(), *(self.institutions.get("provinces") or [])])

    def regions_spelled(self, tokens: tuple[str, ...]) -> tuple[str, ...]:
        """Provinces' short forms spelled out ("Jatim" -> Jawa Timur), unless the article uses
        them as short forms of its own."""
        regions = self.institutions.get("regions") or {}
        if not any(t in regions for t in tokens):
            return tokens
        return tuple(w for t in tokens for w in (
            regions[t].split() if t in regions and t not in self.registry.abbreviations else (t,)))

    def _national_body(self, np: NP) -> Entity | None:
        """ "Baznas RI": a short form the article defines, with a word after it that says the
        national body (``national_markers``), is the body named without any region."""
        markers = self.institutions.get("national_markers") or []
        if len(np.name) != 2 or np.name[1] not in markers or np.name[0] not in self.registry.abbreviations:
            return None
        entity = self.registry.abbreviations[np.name[0]]
        entity.last_seen = max(entity.last_seen, np.start)
        return entity

    def _province_body(self, np: NP) -> Entity | None:
        """ "Komisi Independen Pemilihan (KIP) Aceh menyatakan": a body's name, its short form in
        brackets and then a province and nothing more names the body of that province, not the
        body of a district in it the article defined first ("(KIP) Aceh Utara")."""
        after = _BRACKET_THEN_CAPITALS.match(self.text, np.end) if np.org else None
        if after is None:
            return None
        region = self.regions_spelled(tuple(after.group(1).split()))
        if " ".join(region) not in self.province_names():
            return None
        tokens = (*np.name, *region)
        if not any(len(e.tokens) > len(tokens) and e.tokens[:len(tokens)] == tokens
                   for e in self.registry.entities):
            return None  # (no district body to tell it from: the name resolves as it is)
        entity = next((e for e in self.registry.entities if e.tokens == tokens), None)
        if entity is None:  # (a name of its own, though the district's body holds its words)
            entity = Entity(tokens, True)
            self.registry.entities.append(entity)
        entity.last_seen = max(entity.last_seen, np.start)
        return entity

    def _qualified_short_form(self, np: NP) -> NP:
        """A short form with a region after it, the province's short form spelled out ("MUI
        Jatim", "PLN UID Sumut"); a name holding an institution's short form the article defines
        is an institution's ("Tirta Khatulistiwa UD Pontianak")."""
        name = np.name
        if len(name) < 2 or not any(t in self.registry.abbreviations or _is_short_form(t) for t in name[:-1]):
            return np
        spelled = (name[0], *self.regions_spelled(name[1:]))
        known = self.registry.abbreviations
        defined = any(known[t].org for t in name[1:-1] if t in known)
        return replace(np, name=spelled, org=True) if spelled != name or defined else np

    def _unit_cut(self, np: NP) -> NP:
        """ "Bidang Humas Polda Jatim": the public-relations unit speaks for its institution."""
        for unit in self.sl.words("speaking_units"):
            words = tuple(unit.split())
            if np.name[:len(words)] == words and len(np.name) > len(words):
                return replace(np, name=np.name[len(words):], org=True)
        return np

    def np_entity(self, np: NP) -> Entity:
        qualified = self.qualified_entity(np)
        if qualified is not None:  # "BBWS Pemali Juana" of "… (BBWS) Pemali Juana"
            return qualified
        if len(np.name) == 1 and np.name[0] in self.initials:  # "kata MK" (berinisial MK)
            return self.registry.resolve(replace(np, org=False), np.start)
        nicknamed = self.registry.nicknames.get(" ".join(np.name).casefold()) if len(np.name) > 1 else None
        if nicknamed is not None:  # "kata Gede Surya" (akrab disapa Gede Surya)
            np = replace(np, name=nicknamed.tokens)
        if len(np.name) >= 2 and np.name[0] in self.registry.descriptors:
            np = replace(np, name=np.name[1:])  # ("Pesawat Nusa Air": cut_descriptors)
        np = self.described_brand(np)  # ("Aplikator JalanKu", the brand written once)
        national = self._national_body(np) or self._province_body(np)
        if national is not None:
            return national
        np = self._qualified_short_form(self._unit_cut(np))
        spelled = self._spelled_out(np)
        spelled = self.spelled_from_data(spelled) if spelled == np else spelled
        np = self._fuller(self._known_prefix(spelled) if spelled == np else spelled)
        np = self._clipped(np)
        apart = self._introduced_apart(np)
        if apart is not None:
            return apart
        entity = self.registry.resolve(np, np.start)
        role = role_after_name(self.text, np.end, self.paragraph_of(np.start)[1], self.sl)
        if role and role not in entity.roles:
            entity.roles.append(role)
        if np.role:  # "Pria asal Bekasi, Dedi (45), …", "Seorang ibu, Sumarni, …"
            self.learn_gender(entity, gender_of_text(np.role, self.sl))
        return entity

    def _introduced_apart(self, np: NP) -> Entity | None:
        """A one-word name introduced with an age ("Rahayu (41), pedagang batik …") after a
        fuller name holding that word was given without that age ("Kepala Dinas …, Sri Rahayu
        Handayani"): a person of her own, whom the bare name means from here on."""
        if len(np.name) != 1 or np.org or not AGE.match(self.text, np.end, self.paragraph_of(np.start)[1]):
            return None
        age, key = self._age_cues.get(np.name, 0), key_tokens(np.name)
        fuller = [e for e in self.registry.entities if not e.org and len(e.tokens) >= 2
                  and contains(key_tokens(e.tokens), key)]
        if age <= 0 or not fuller or any(self._age_cues.get(e.tokens) == age for e in fuller):
            return None
        entity = next((e for e in self.registry.entities if e.tokens == np.name and not e.org), None)
        if entity is None:
            entity = Entity(np.name)
            self.registry.entities.append(entity)
        entity.called.add(key)
        entity.last_seen = max(entity.last_seen, np.start)
        return entity

    def common_noun(self, word: str) -> bool:
        """A capitalised word the article also writes in lower case ("Investor" and "investor"),
        or a noun that describes people ("Relawan", description_nouns), and no part of a name it
        gives ("Putri" of "Putri Maharani"): a common noun."""
        folded = word.casefold()
        if not word[1:].islower() or (folded not in self.lower_words
                                      and folded not in self.sl.folded_words("description_nouns")):
            return False
        return not any(word in e.tokens for e in self.registry.entities if not e.org)

    def described_brand(self, np: NP) -> NP:
        """ "Aplikator JalanKu dalam pernyataannya …": a common noun capitalised only where a
        sentence starts, then an institution's name (a brand, a short form, an institution
        word), describes the institution and is no part of its name."""
        if np.kind != "name" or np.org or np.role or len(np.name) < 2 or (
                np.name[0] in self.known_capitals or not self.common_noun(np.name[0])):
            return np
        rest = np.name[1:]
        if not (descriptive(rest[0], self.sl) or descriptive(rest[-1], self.sl)):
            return np
        return replace(np, name=rest, org=True)

    def _fuller(self, np: NP) -> NP:
        """ "Andi Fachrul" with "Andi Muhammad Fachrul Razak" in the article: the full name."""
        key = key_tokens(np.name)
        people = [e for e in self.registry.entities if not e.org and e.display is None]
        if len(key) < 2 or np.org or any(len(e.tokens) > len(key) and contains(key_tokens(e.tokens), key)
                                         for e in people):
            return np
        full = fuller_name(key, [key_tokens(e.tokens) for e in people])
        entity = next((e for e in people if full is not None and key_tokens(e.tokens) == full), None)
        return replace(np, name=entity.tokens) if entity is not None else np

    def _clipped(self, np: NP) -> NP:
        """ "tanya Rifqi" with "Rifqinizamy Karsayuda Hasibuan" named before: a one-word name that is
        the start of a part of exactly one person's name, and no name part of its own, is that
        person ("Frans" of "Fransiskus Xaverius …"); not where it first stands as someone introduced
        (", Frans," "Frans (45)"), nor before that person is named."""
        word = np.name[0] if len(np.name) == 1 and not np.org else ""
        if len(word) < _MIN_CLIPPED or not word[1:].islower():
            return np
        key = word.casefold()
        if key in self.registry.nicknames or any(key in key_tokens(e.tokens) for e in self.registry.entities):
            return np
        owners = [e for e in self.registry.entities if not e.org and e.display is None and len(e.tokens) >= 2
                  and any(p.startswith(key) and len(p) > len(key) for p in key_tokens(e.tokens))]
        if len(owners) != 1:
            return np
        first = self._first_use.get(word)
        if first is None:
            m = re.search(rf"{standing_alone(word, _NAME_EDGE)}(?![{_NAME_EDGE}])", self.text)
            first = self._first_use[word] = m.start() if m else -1
        named = self.text.find(" ".join(owners[0].tokens))
        introduced = self.text.startswith(", ", max(0, first - 2)) or bool(
            AGE.match(self.text, first + len(word)))
        if named < 0 or first < named or introduced:
            return np
        return replace(np, name=owners[0].tokens)

    def _spelled_out(self, np: NP) -> NP:
        """ "tulis Kemenkes" with "Kementerian Kesehatan" in the article: the institution's name."""
        first, tail = np.name[0], np.name[1:]  # ("Dinkes Garut": the region follows the short form)
        if not np.name or len(tail) > 2 or first in self.registry.abbreviations or first.casefold() in (
                self.registry.nicknames) or any(first in e.tokens for e in self.registry.entities
                                                if len(e.tokens) > len(np.name)):
            return np
        institutions = [e.tokens for e in self.registry.entities
                        if len(e.tokens) >= 2 and (e.org or e.tokens[0] in self.sl.organisations)]
        spelled = syllabic_source(first, institutions, self.sl.folded_words("short_form_skips"), tail)
        return replace(np, name=spelled, org=True) if spelled else np
