"""The article's named speakers (:class:`Registry`): short forms, abbreviations, nicknames and
offices resolve to the fullest form the article uses."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ...textutil import standing_alone
from ..speechlex import SpeechLexicon
from .entities import Entity, contains, key_tokens
from .phrase import NP
from .words import EDGE, descriptive, is_acronym, is_capital


def _count(text: str, phrase: str) -> int:
    """How often ``phrase`` occurs in ``text`` as whole words."""
    return len(re.findall(rf"{standing_alone(phrase, EDGE)}(?![{EDGE}])", text))


def _initialled_form(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """``short`` is ``full`` with runs of its words written as their initials: "PLN UIW Sumatera
    Utara" of "PLN Unit Induk Wilayah Sumatera Utara"."""
    k = 0
    for token in short:
        n = len(token)
        if full[k:k + 1] == (token,):
            k += 1
        elif is_acronym(token) and n >= 2 and "".join(w[0] for w in full[k:k + n]) == token:
            k += n
        else:
            return False
    return k == len(full)


class Registry:
    """The article's named speakers; short forms and abbreviations resolve to the fullest form."""

    def __init__(self, sl: SpeechLexicon) -> None:
        self.sl = sl
        self.entities: list[Entity] = []
        self.abbreviations: dict[str, Entity] = {}
        self.regional: dict[str, Entity] = {}  # short form -> the body it names, with its region
        self.descriptors: frozenset[str] = frozenset()  # common nouns written before names ("Pesawat")
        self.nicknames: dict[str, Entity] = {}  # case-folded nickname -> its person
        self.places: frozenset[str] = frozenset()
        self.initials: frozenset[str] = frozenset()  # people named only by initials ("berinisial RS")
        self.heads: frozenset[str] = frozenset()  # common nouns the article puts before names
        self.nouns: frozenset[str] = frozenset()  # the article's common nouns, case-folded

    def add_nickname(self, nickname: str, tokens: tuple[str, ...]) -> None:
        """ "Rafael Simanjuntak, yang akrab disapa Rafa" / Ramadhan "Dhani" Syahputra. A nickname
        read as a name of its own ("Hendri alias Ucu Hendri") is no other person."""
        written = tuple(nickname.split())
        self.entities = [e for e in self.entities if e.tokens != written or e.tokens == tokens or e.org]
        self.add_full(tokens, False)
        entity = self.resolve(NP(-1, -1, "name", name=tokens), -1)
        self.nicknames.setdefault(nickname.casefold(), entity)

    def by_nickname(self, phrase: str) -> Entity | None:
        """The person a description names by nickname: "pria yang akrab disapa Rafa itu"."""
        rx = self.sl.nickname_rx
        m = rx.search(phrase) if rx is not None and self.nicknames else None
        return self.nicknames.get(m.group("nick").casefold()) if m else None

    def headless(self, tokens: tuple[str, ...]) -> tuple[tuple[str, ...], str]:
        """A person's name without the common noun written before it ("Commissioner Anggraeni"
        in an article that speaks of "a commissioner"), and that noun as an office ("" if none)."""
        if len(tokens) < 2 or tokens[0] not in self.heads or any(
                descriptive(t, self.sl) or t.casefold() in self.nouns for t in tokens[1:]):
            return tokens, ""  # (not "Fraksi Golkar", "Water Fund": an institution, a thing)
        return tokens[1:], tokens[0].casefold()

    def add_full(self, tokens: tuple[str, ...], org: bool) -> None:
        """Make a name known before resolving (so "Peskov" finds "Dmitry Peskov" written later)."""
        if not org:
            tokens = self.headless(tokens)[0]
        key = key_tokens(tokens)
        for entity in self.entities:
            known = key_tokens(entity.tokens)
            if contains(known, key):
                return
            if contains(key, known) and entity.display is None and not (
                    org and self._office_of(Entity(tokens, True), known)):
                entity.tokens, entity.org = tokens, entity.org and org
                return
        self.entities.append(Entity(tokens, org))

    def add_abbreviation(self, abbreviation: str, tokens: tuple[str, ...], display: str) -> None:
        """ "Kementerian Kesehatan (Kemenkes)": the institution, known by both names."""
        entity = Entity(tokens, True, display=display)
        self.entities.append(entity)
        self.abbreviations.setdefault(abbreviation, entity)

    def add_regional(self, abbreviation: str, region: tuple[str, ...]) -> None:
        """ "Balai Pelaksana Jalan Nasional (BPJN) Sulawesi Tengah": the short form used alone
        names the body in that region."""
        bare = self.abbreviations[abbreviation]
        tokens = (*bare.tokens, *region)
        entity = next((e for e in self.entities if e.tokens == tokens), None)
        if entity is None:
            entity = Entity(tokens, True)
            self.entities.append(entity)
        entity.org = True
        if bare.display and bare.display != " ".join(bare.tokens):  # ("Badan Meteorologi, …")
            entity.display = f"{bare.display} {' '.join(region)}"
        self.regional.setdefault(abbreviation, entity)

    def trim(self, aliases: set[tuple[str, ...]], with_role: set[tuple[str, ...]],
             places: frozenset[str] = frozenset(), text: str = "") -> None:
        """Cut descriptions off long names using the short forms the article uses alone:
        "Cianjur Asep Sukmana" with "Asep" -> "Asep Sukmana". Only words that describe (a place,
        an institution, a word the article uses as a place: "Kabupaten Cianjur") are cut, so a
        person called by a middle name keeps the first ("Ahmad Munawar Syadzili", "Munawar")."""
        self.places = places
        usable = [a for a in aliases if not any(descriptive(t, self.sl) for t in a)]  # not "KAI Commuter"
        forms = self.sl.folded_words("company_forms")
        wider = {a: [b for b in aliases if b != a and contains(b, a)] for a in usable}
        for entity in self.entities:
            tokens = entity.tokens
            n = len(tokens)
            if n < 3 or entity.display:
                continue
            starts = []
            for alias in usable:
                if any(not contains(tokens, other) for other in wider[alias]):
                    continue  # part of an institution's name ("Persib" of "Persib Bandung")
                m = len(alias)
                for k in range(n - m + 1):
                    if tokens[k:k + m] != alias:
                        continue
                    if k + m < n or k == 0:  # a first name: the name starts there
                        starts.append(k)
                    elif tokens in with_role or any(descriptive(t, self.sl) for t in tokens[:n - m - 1]):
                        starts.append(n - m - 1)  # a surname, after a description
            if not starts or not is_capital(tokens[min(starts)]):  # (a name never starts with "dan")
                continue
            if entity.org and min(starts) > 0 and tokens[min(starts) - 1].islower():
                continue  # a word inside an institution's name: "Ministry of Environment and Forestry"
            cut = self._description_length(tokens[:min(starts)], tokens, text, entity)
            if cut == 1 and tokens[0] in forms:
                continue  # a company's legal form opens its name: "PT Angkasa Pura Indonesia"
            if cut == min(starts) or (cut and not entity.org and is_capital(tokens[cut])):
                entity.tokens = tokens[cut:]

    def _description_length(self, words: tuple[str, ...], name: tuple[str, ...], text: str,
                            entity: Entity) -> int:
        """How many of ``words`` before a name describe it: all of them (:meth:`_describes`), or
        those up to the last place or institution word, when the words after it are a first name
        ("Banyuwangi Sri Wahyuni Lestari" called "Wahyuni": "Sri" is hers)."""
        if not words or (self._describes(words, name, text, entity) and not any(
                descriptive(t, self.sl) or t in self.places for t in words)):
            return len(words)
        last = max((k for k, t in enumerate(words) if descriptive(t, self.sl) or t in self.places),
                   default=-1)
        openers = self.sl.openers
        if words[0] in self.sl.particles or words[0] in openers or " ".join(words[:2]) in openers:
            return 0  # ("I Gusti Agung …": the English "I" counts for nothing)
        if last < 0:  # the leading words the article also uses apart from the name: "Persebaya
            n = 0  # Yohanes Ferinando Pahabol" called "Ferinando", with "Persebaya" elsewhere
            while n < len(words) and self._describes(words[n:n + 1], name, text, entity):
                n += 1
            return n
        rest = words[last + 1:]
        opens = words[last] in self.sl.organisations or words[last] in self.sl.folded_words("company_forms")
        if not rest or opens or self._describes(rest, name, text, entity):
            return len(words)  # (after "PT" or "Universitas" the words name the institution)
        return last + 1

    def _describes(self, words: tuple[str, ...], name: tuple[str, ...], text: str,
                   entity: Entity | None = None) -> bool:
        """Whether ``words`` before a name describe it: a place, an institution, or a word the
        article also uses without the name ("PP Muhammadiyah Agus Salim" with "Muhammadiyah"
        elsewhere); a first name is never used apart from its person (nor counted inside another
        person's name: "Muhammad" of "Muhammad Syahrul Anwar" and of "Lalu Muhammad Zainul")."""
        if words[0] in self.sl.particles or words[0] in self.sl.openers:
            return False
        if any(descriptive(t, self.sl) or t in self.places for t in words):
            return True
        if not text:
            return False
        full = _count(text, " ".join(name))
        others = [" ".join(e.tokens) for e in self.entities if e is not entity and not e.org
                  and not any(descriptive(t, self.sl) for t in e.tokens[1:])]
        return all(_count(text, t) - sum(_count(text, o) for o in others if t in o.split()) > full
                   for t in words)

    def expand(self, tokens: tuple[str, ...]) -> tuple[str, ...] | None:
        """A name written with a short form the article spells out elsewhere, spelled out:
        "Kementerian ESDM" (with "Kementerian Energi dan Sumber Daya Mineral (ESDM)"), "PP
        Muhammadiyah" (with "Pimpinan Pusat (PP) Muhammadiyah" or "Pimpinan Pusat Muhammadiyah"),
        "BPS" (with "Badan Pusat Statistik …"), "PB PSOSI" (with its full name and "(PB PSOSI)")."""
        joined = " ".join(tokens)
        if joined in self.abbreviations and len(tokens) > 1:
            return self.abbreviations[joined].tokens
        acronyms = [k for k, t in enumerate(tokens) if is_acronym(t) or t in self.abbreviations]
        if not acronyms or acronyms != list(range(acronyms[0], acronyms[-1] + 1)):
            return None
        first, last = acronyms[0], acronyms[-1] + 1
        if last - first > 1 and any(tokens[k] in self.abbreviations for k in acronyms):
            spelled_each: list[str] = []  # "PLN UID Sumatera Utara" with "PLN Unit Induk Distribusi
            for token in tokens:  # (UID) Sumatera Utara": each short form the article defines
                words = self.abbreviations[token].tokens if token in self.abbreviations else (token,)
                spelled_each.extend(w for w in words if w not in spelled_each)
            return tuple(spelled_each)
        short = "".join(tokens[first:last])
        head, tail = tokens[:first], tokens[last:]
        if last - first == 1 and short in self.abbreviations:
            spelled = self.abbreviations[short].tokens
            if not head and not tail and short in self.regional:
                return self.regional[short].tokens
            if all(t in spelled for t in head + tail):
                return spelled
            if not head and tail:  # "KPU Nias Selatan" of "… (KPU) Kabupaten Nias Selatan"
                n, places = len(spelled), self.sl.folded_words("place_nouns")
                for entity in self.entities:
                    tokens = entity.tokens
                    if (tokens[:n] == spelled and tokens[-len(tail):] == tail
                            and len(tokens) - n - len(tail) == 1 and tokens[n] in places):
                        return tokens
            return (*head, *(t for t in spelled if t not in head), *tail)
        for entity in self.entities:
            words = [t for t in entity.tokens if t[:1].isupper()]
            n = len(head) + len(short)
            if len(words) < n + len(tail) or tuple(words[:len(head)]) != head:
                continue
            initials = "".join(w[0] for w in words[len(head):n])
            if initials.upper() == short.upper() and tuple(words[n:n + len(tail)]) == tail:
                return entity.tokens
        forms = self.sl.folded_words("company_forms")
        return next((e.tokens for e in self.entities if e.org and len(e.tokens) > len(tokens)
                     and _initialled_form(tokens, e.tokens[1:] if e.tokens[0] in forms else e.tokens)), None)

    def resolve(self, np: NP, offset: int) -> Entity:
        head = ""
        if not np.org:
            name, head = self.headless(np.name)
            np = replace(np, name=name, role=np.role or head)
        key = key_tokens(np.name)
        initialled = len(np.name) == 1 and np.name[0] in self.initials  # "RS", not "Raya Sesetan"
        expanded = self.expand(np.name) if (np.org or len(np.name) <= 3) and not initialled else None
        if expanded is not None:
            key = key_tokens(expanded)
            np = replace(np, name=expanded)
        if len(np.name) == 1 and np.name[0] in self.abbreviations:
            entity = self.regional.get(np.name[0]) or self.abbreviations[np.name[0]]
        elif " ".join(np.name).casefold() in self.nicknames:  # "Rafa", "Tan Malin"
            entity = self.nicknames[" ".join(np.name).casefold()]
        else:
            known = [(e, key_tokens(e.tokens)) for e in self.entities]
            found = [e for e, tokens in known if contains(tokens, key)
                     and not (np.org and self._office_of(e, key))]
            if expanded is not None and any(e.org for e in found):  # a short form names an institution,
                found = [e for e in found if e.org]  # not what is left of an office around its name
            if expanded is not None and any(e.tokens == expanded for e in found):
                found = [e for e in found if e.tokens == expanded]  # the body it spells, not a wider
                # one holding its words ("BNN", not "Badan Narkotika Nasional Provinsi")
            inside = [e for e, tokens in known if len(e.tokens) >= 2 and len(tokens) <= len(key)
                      and contains(key, tokens)]
            if found:  # ("Kiai Mujib" is who "Mujib" was before "Muhammad Ilham Mujib" came)
                entity = max(found, key=lambda e: (key in e.called, e.last_seen, len(e.tokens)))
            elif inside and expanded is None and not np.org:  # a description before the name: "Corporate
                entity = max(inside, key=lambda e: len(e.tokens))  # Secretary KAI Joni Harahap"
            else:
                entity = Entity(np.name, np.org or expanded is not None)
                self.entities.append(entity)
        entity.last_seen = max(entity.last_seen, offset)
        if offset >= 0:
            entity.called.add(key)
        if np.role and np.role not in entity.roles:
            entity.roles.append(np.role)
        return entity

    def _office_of(self, entity: Entity, key: tuple[str, ...]) -> bool:
        """ "Kantor Wilayah Kementerian Agama Jawa Tengah" for "Kementerian Agama": another
        institution that holds the name (not "PT Pertamina Patra Niaga" for "Pertamina")."""
        first = key_tokens(entity.tokens)[0]
        company = entity.tokens[0] in self.sl.folded_words("company_forms")
        return entity.org and first != key[0] and not company

    def by_role(self, role: str, preferred: Entity | None,
                allowed: Callable[[Entity], bool] | None = None) -> Entity | None:
        """The person who holds ``role`` ("juru bicara itu"): the current speaker if he does,
        otherwise the one mentioned last; only among those ``allowed`` (the text named them
        already) when given."""
        people = [e for e in self.entities if allowed is None or allowed(e)]
        words = role.split()
        head = self.sl.role_rx.match(role)
        head_text = head.group().casefold() if head else role
        pointing = self.sl.folded_words("demonstratives")  # ("itu", "tersebut", "ini")
        detail = [w for w in words[len(head_text.split()):] if w not in pointing]

        def holds(entity: Entity, details: list[str]) -> bool:
            return any((self.sl.role_matches(head_text, held) and all(w in held.split() for w in details))
                       or f"({head_text})" in held for held in entity.roles)

        # the office with its details first ("juru bicara Kremlin"), then the office alone
        # ("pelatih asal Kroasia itu" is the coach, whatever else it says)
        for details in (detail, []) if detail else ([],):
            if preferred is not None and holds(preferred, details):
                return preferred
            holders = [e for e in people if holds(e, details)]
            if holders:
                return max(holders, key=lambda e: e.last_seen)
        # the office as the last word of a longer title: "ketua majelis hakim" for "hakim"
        def ends_with(held: str) -> bool:
            core = held.split("(")[0].strip()
            return core != head_text and core.endswith(" " + head_text)

        ending = [e for e in people if any(ends_with(held) for held in e.roles)]
        if preferred is not None and preferred in ending:
            return preferred
        return max(ending, key=lambda e: e.last_seen) if ending else None
