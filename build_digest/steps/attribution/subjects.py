"""The subject of a sentence: the person or institution a speech verb or "Menurut" points to
(subjects with no name: unnamed.py)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..mentions import NP, parse_np
from ..mentions.words import AGE_SET_OFF, passive_verb, predicate_word, skip_spaces
from ..quotes import SHAPES
from ..speaker_rules import (
    after_connective,
    appositive_name,
    described_appositive,
    description_subject,
    name_after_words,
)
from .patterns import AGE, CAPITAL_WORD, RUN_BEFORE, WORD_RUN
from .state import ReaderState

_PREDICATE = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:[a-z][\w-]*)")
# a passive verb ("diungkapkan", "disampaikannya oleh"): speech.yaml passive_prefixes, clitics,
# agent_markers
_PASSIVE = r"(?<!\w)((?:{=passive_prefixes})[\w-]+?)(?:{=clitics})?(?:\s+(?:{=agent_markers}))?\s+(?=\S)"
# a name (its last word) and the comma after it, right before a position
_NAME_BEFORE_COMMA = re.compile(r"[A-Z][\w'’-]*\)?, $")
# the rest of a list of names after one of them: more names set off by commas, a joiner, a name
_MORE_LISTED = (r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})*,?\s+(?:{=list_joiners})\s+"
                r"[A-Z]")
_DEMONSTRATIVE_AFTER = r"\s+(?:{demo})(?!\w)"
# a short opening phrase before the subject, all lower case after its first word ("Di luar
# wawancara, ", "Sementara itu, ", "On Monday, ")
_ADVERBIAL_OPENER = re.compile(r"[A-Z][a-z]*(?: [a-z][\w-]*){0,4}, ")
# a lower-case apposition set off by commas before a lower-case predicate: ", perawat di …, menyambut"
_APPOSITION = re.compile(r",\s+([a-z][^,.;:!?\"“”\n]{0,100}?),\s+(?=[a-z])")
# an age given in a description: "58-year-old", "berusia 58 tahun", "aged 58"
_AGE_GIVEN = r"(?i)\d{1,3}[- ]?(?:{=age_words})(?!\w)|(?<!\w)(?:{=age_words})\s+\d{1,3}(?!\d)"


class Subjects(ReaderState):
    """Who a sentence is about: its subject, a passive agent, "Menurut X"."""

    def subject(self, start: int, end: int) -> NP | None:
        """The subject of the sentence ``text[start:end]``: a phrase at its start or after a comma,
        followed by its predicate."""
        text = self.text
        positions = [start] + [m.end() for m in re.finditer(r", ", text[start:end])]
        positions = [start] + [start + p for p in positions[1:]]
        opened = after_connective(text, start, end, self.sl)
        if opened is not None:  # "Adapun Andi Fachrul menilai …"
            positions.insert(1, opened)
        unnamed = None  # a common noun opening the sentence, when no name follows
        for pos in positions:
            if self.inside_quote(pos) or (pos < end and text[pos] in SHAPES):
                continue
            other = self._other_person(pos, end) if self.opens_sentence(start, pos) else None
            if other is not None:  # "Pedagang lain yang ditemui … mengeluhkan …": nobody named before
                return (appositive_name(text, other, end, self.sl, self.registry.places)
                        or self._initials_given(other, end) or other)
            presented = self._presented(pos, end)
            if presented is not None:  # "Salah satunya Wartini (41), …", "Di antara massa, tampak Sri …"
                if presented.kind == "name":
                    return presented
                continue  # "Tampak Pasar Cakranegara sepi": no one is brought on
            if pos == start and not self._named_actor(pos, end) and (
                    described := description_subject(text, pos, end, self.sl)):
                return described  # "Warga Kecamatan Adiwerna, Tegal, itu duduk …"
            if pos == start and (named := described_appositive(text, pos, end, self.sl,
                                                               self.registry.places)):
                return named  # "Dokter spesialis paru dari PDPI, dr. Agustina Rahayu, Sp.P, …"
            if pos == start and not self.sl.role_rx.match(text, pos, end) and (
                    named := self.described_subject(pos, end)):
                return named  # "Warga Dusun Krajan, Desa Sumberejo, Sumarni (52), mengaku …"
            if (pos == start or _ADVERBIAL_OPENER.fullmatch(text, start, pos)) and not (
                    self.sl.role_rx.match(text, pos, end) or self.sl.anonymous_rx.match(text, pos, end)) and (
                    named := self.described_bare_subject(pos, end)):
                return named  # "Di depan posko, penyintas banjir Rohimah Lestari sibuk …"
            institution = self.org_anaphor(pos, end, bare=True)
            if institution is not None and _PREDICATE.match(text, self.past_aside(institution[1], end), end):
                written = text[pos:institution[1]].casefold()  # ("The ministry, in a statement, said")
                return NP(pos, institution[1], "role", role=written, anaphoric=True)
            voiced = self.voiced_institution(pos, end)
            if voiced is not None and _PREDICATE.match(text, self.past_aside(voiced.end, end), end):
                return voiced  # "Pihak rektorat Unitas dalam pernyataan resmi menyatakan, …"
            if pos == start and (described := self.described_person(pos, end)) is not None and (
                    text.startswith(",", described.end) or _PREDICATE.match(text, described.end, end)):
                return described  # "The 34-year-old, a former taxi driver, owns …"
            np = self.known_institution(pos, end) or parse_np(text, pos, end, self.sl)
            if np is None or self.is_place(np) or (pos > start and self._listed(pos, np.end, end)):
                continue
            if self._common_noun_subject(np, end):  # "Sementara itu, Investor ritel yang ditemui …"
                if pos == start:  # (unless a name follows: "Promotor konser, PT Gemilang …,")
                    unnamed = NP(np.start, np.end, "anonymous")
                    continue
                np = NP(np.start, np.end, "anonymous")
            described = self._described_name(np, end) if np.kind == "name" and pos == start else None
            if described is not None:
                np = described  # "Environmental group Trend Asia called …"
            elif np.kind == "name" and pos == start and not self._name_at_start(np):
                continue
            rest = text[np.end:end].lstrip()
            nxt = re.match(r"[\w-]+", rest)
            if np.kind == "anonymous" and pos == start and self._unnamed_thing(np):
                continue  # "A tablet does not replace a person …": nobody is brought on
            if np.kind == "anonymous" and pos == start:  # "Seorang penumpang, Wartini (52), …"
                return self._appositive_person(np, end) or self._initials_given(np, end) or np
            if np.kind == "role" and (not np.anaphoric or text.startswith(",", np.end)) and (
                    self.opens_sentence(start, pos)):  # ("The witness, contractor Agus Priyanto, said")
                # "Pedagang lain, Rusdi (61), …", "Di luar wawancara, analis …"
                named = self._appositive_person(np, end)
                if named is not None:
                    return replace(named, role=np.role)
            if rest.startswith((",", "(")) or (nxt and nxt.group()[0].islower()):
                if np.kind == "name" and np.org:
                    return self._speaking_name(start, end) or np
                return np
        return self._speaking_name(start, end) or unnamed

    def conversation_partner(self, start: int, end: int) -> NP | None:
        """The person a reporter meets or talks to ("Tim detikJateng menemui Sumarno, petambak
        garam …", "Kompas.com berbincang dengan Rini …", "spoke to Ahmad"): named right after a
        conversation cue (``conversation_cues``), outside quotes."""
        rx = self.sl.conversation_cue_rx
        for m in rx.finditer(self.text, start, end) if rx is not None else ():
            if self.inside_quote(m.start()):
                continue
            np = parse_np(self.text, m.end(), end, self.sl)
            if np is not None and np.kind == "name" and not np.org and not self.is_place(np):
                return np
        return None

    def _named_actor(self, pos: int, end: int) -> bool:
        """An office and a name at ``pos`` before their predicate ("Wali Kota Hendrar meresmikan
        koridor itu …"): the sentence's subject is that person, whatever "itu" closes later."""
        np = parse_np(self.text, pos, end, self.sl)
        return np is not None and np.kind == "name" and bool(np.role) and self._verb_follows(np.end, end)

    def opens_sentence(self, start: int, at: int) -> bool:
        """The phrase at ``at`` opens the sentence starting at ``start``, or follows only a short
        phrase that sets the scene ("Di akhir wawancara, ", "Later, ")."""
        return at == start or _ADVERBIAL_OPENER.fullmatch(self.text, start, at) is not None

    def place_set_off(self, np: NP) -> bool:
        """An office or description whose "holder", set off by a comma, is a place ("Warga Desa
        Mujur, Praya Timur, …"): nobody is named."""
        return (np.kind == "name" and bool(np.role) and not np.org
                and f", {' '.join(np.name)}" in self.text[np.start:np.end]
                and self.is_place(replace(np, role="")))

    def _appositive_person(self, np: NP, end: int) -> NP | None:
        """The person an unnamed phrase names in apposition ("Seorang penumpang, Wartini (52),
        …"); not a place set off by commas after another ("Seorang pengepul di Dobo, Kepulauan
        Aru, yang …")."""
        named = appositive_name(self.text, np, end, self.sl, self.registry.places)
        return None if named is None or self.is_place(replace(named, role="")) else named

    def _common_noun_subject(self, np: NP, end: int) -> bool:
        """A one-word "name" that is a common noun of the article, capitalised where a sentence
        or clause opens, before the lower-case words that go on describing it (not its verb), in
        a sentence with a speech verb ("Santri yang masih dirawat mengaku …"): a person the text
        does not name."""
        if np.kind != "name" or np.org or np.role or len(np.name) != 1 or (
                self.text[np.start:np.end] != np.name[0] or not self.common_noun(np.name[0])):
            return False
        nxt = WORD_RUN.match(self.text, skip_spaces(self.text, np.end, end), end)
        return (nxt is not None and nxt.start() > np.end and nxt.group()[:1].islower()
                and not self._verb_follows(np.end, end)  # (a name before its verb: "Hari mengatakan")
                and self.has_speech_verb(np.end, end))  # (not "Lantai dasar untuk …": no speaker)

    def _listed(self, pos: int, after: int, end: int) -> bool:
        """The phrase at ``pos`` to ``after`` is one name in a list ("dari Luwu, Luwu Utara,
        Enrekang, hingga Polewali Mandar"): a name before its comma, more names after it and a
        joiner before the last. None of them is the sentence's subject."""
        return bool(_NAME_BEFORE_COMMA.search(self.text, max(0, pos - 40), pos)) and bool(
            self.sl.pattern(_MORE_LISTED).match(self.text, after, end))

    def _presented(self, pos: int, end: int) -> NP | None:
        """A person a presenting phrase brings on at ``pos`` ("Salah satunya Wartini (41), …",
        "tampak Sri Lestari (48), seorang ibu …", "Among them was Rudi Hartono, 45, …"): the
        name, introduced by an age or set off by a comma, is the sentence's subject; anything
        else shown there gives a phrase of kind "presented" (no subject at ``pos``)."""
        rx = self.sl.presentative_rx
        m = rx.match(self.text, pos, end) if rx is not None else None
        if m is None:
            return None
        np = parse_np(self.text, m.end(), end, self.sl)
        if np is None or np.kind != "name" or np.org or self.is_place(np) or not (
                AGE.match(self.text, np.end, end) or self.text.startswith(",", np.end) or np.end >= end - 1):
            if not self.text[m.end():m.end() + 1].isupper():
                return None  # ("Tampak hadir Bupati …": read as any sentence)
            return NP(pos, m.end(), "presented")  # something else is shown: no subject here
        return replace(np, start=pos)

    def known_institution(self, pos: int, end: int) -> NP | None:
        """The institution the article named with its short form ("Ikatan Pedagang Pasar
        Tradisional Bima (IPPTB)"), written out in full at ``pos``: one mention, even when its
        words hold an office ("Pedagang", "Dokter") that would start a description."""
        if self._institutions_by_word is None:
            self._institutions_by_word = {}
            for entity in self.registry.abbreviations.values():
                if len(entity.tokens) >= 2:
                    self._institutions_by_word.setdefault(entity.tokens[0], []).append(entity)
        word = WORD_RUN.match(self.text, pos, end)
        for entity in self._institutions_by_word.get(word.group(), []) if word else []:
            written = entity.display or " ".join(entity.tokens)
            if self.text.startswith(written, pos) and pos + len(written) <= end and not (
                    self.text[pos + len(written):pos + len(written) + 1].isalnum()):
                return NP(pos, pos + len(written), "name", name=entity.tokens, org=True)
        return None

    def _described_name(self, np: NP, end: int) -> NP | None:
        """A capitalised modifier and a lower-case noun before the name that is the subject:
        "Environmental group Trend Asia called …", "Local fisherman Budi Santoso said …"."""
        if len(np.name) != 1 or not self.text.startswith(" ", np.end):
            return None
        named = name_after_words(self.text, np.end + 1, end, self.sl)
        if named is None or named.start == np.end + 1:
            return None
        between = self.text[np.end:named.start].split()
        if any(predicate_word(w, self.sl) for w in between):
            return None  # "Hariyanto juga memuji kiper Dimas …": he acts on the man named after
        kinds = self.sl.folded_words("description_nouns") | self.sl.folded("organisation_kinds")
        if np.name[0].casefold() in kinds and all(w in self.sl.role_modifiers for w in between) and (
                not named.role):  # "Desainer muda Maria Yasinta Bura …": what she is, then her name
            return replace(named, start=np.start, role=self.text[np.start:named.start].strip().casefold())
        if named.role:  # "Constitutional law expert Zulkifli Chaniago said": the office closes it
            return replace(named, start=np.start) if len(between) <= 2 and all(
                w.islower() for w in between) and named.role.islower() else None
        if not 1 <= len(between) <= 2 or not all(w.islower() for w in between) or between[-1] not in kinds:
            return None
        return replace(named, start=np.start)

    def _speaking_name(self, start: int, end: int) -> NP | None:
        """A name anywhere in the sentence directly followed by a speech verb ("… Dewi Kartika said")."""
        for m in CAPITAL_WORD.finditer(self.text, start, end):
            if self.inside_quote(m.start()) or RUN_BEFORE.search(self.text, max(start, m.start() - 40),
                                                                  m.start()):
                continue
            np = parse_np(self.text, m.start(), end, self.sl)
            if (np is not None and np.kind == "name" and not np.org and not self.is_place(np)
                    and self._verb_after(np.end, end)):
                return np
        return None

    def passive_agent(self, start: int, end: int, known: bool = False) -> NP | None:
        """The agent of a passive speech verb: "Hal senada diungkapkan seorang pria ...", or the
        person named after any other passive verb ("Festival ini dibuka Wali Kota Makassar, Ilham
        Syarif."): the one who acts, whom a pronoun in the next sentence means. ``known``: also a
        one-word name of a person the text made its subject or speaker before ("Harga yang
        dikeluhkan Saharudin itu …")."""
        for m in self.sl.pattern(_PASSIVE).finditer(self.text, start, end):
            if self.inside_quote(m.start()):
                continue
            verb = m.group(1).casefold()
            np = parse_np(self.text, m.end(), end, self.sl)
            if (np is None or np.kind == "anonymous") and passive_verb(verb, self.sl):
                # "Keluhan itu dibenarkan sesama pedagang, Agustina.": a description, then its name
                np = self.described_after_verb(m.end(), end, bare=np is None) or np
            if np is None:
                continue
            if verb in self.sl.folded("passive_verbs") and np.kind in ("name", "anonymous", "role"):
                return np
            if (passive_verb(verb, self.sl) and np.kind == "name" and not np.org and not self.is_place(np)
                    and (np.role or len(np.name) >= 2 or (known and self._spoke_before(np, m.start())))):
                return np
        return None

    def _spoke_before(self, np: NP, before: int) -> bool:
        """The name of ``np`` is that of a person the text made its subject or speaker before."""
        return any(e.offset < before and e.entity is not None and not e.entity.org
                   and np.name[0] in e.entity.tokens for e in self.events)

    def _name_at_start(self, np: NP) -> bool:
        """A capitalised word opening a sentence is a name if it is one elsewhere, or reads as one:
        followed by an age ("Warsini (52), …", "Sahnun, a 58-year-old widow, …") or by a speech
        verb."""
        if len(np.name) == 1 and self.sl.pattern(_DEMONSTRATIVE_AFTER).match(self.text, np.end):
            return False  # "Festival ini dibuka …", "Pasar tersebut …": a thing pointed back to
        if len(np.name) >= 2 or np.name[0] in self.known_capitals or np.role or np.org:
            return True
        hi = self.paragraph_of(np.start)[1]
        return (bool(AGE.match(self.text, np.end, hi) or AGE_SET_OFF.match(self.text, np.end, hi))
                or self._verb_after(np.end, hi) is not None or self._person_apposition(np.end, hi))

    def _person_apposition(self, pos: int, hi: int) -> bool:
        """What a person is follows ``pos`` set off by commas, then the predicate: "Sarinah,
        perawat di Puskesmas Pulau Harapan, menyambut …", "Sahnun, a widow of 52, said …"."""
        m = _APPOSITION.match(self.text, pos, hi)
        if m is None:
            return False
        if self.inside_quote(pos):
            return False
        if self.sl.pattern(_AGE_GIVEN).search(m.group(1)):
            return True  # "Sahnun, a 58-year-old widow in Gondang village, has lived …"
        skip = self.sl.folded_words("indefinites") | self.sl.folded_words("definite_articles")
        words = [w for w in m.group(1).casefold().split() if w not in skip][:2]
        return any(self._describes_person(w) for w in words)

    def according_to(self, start: int, end: int) -> NP | None:
        """ "Menurut X" inside the sentence."""
        for m in self.sl.according_rx.finditer(self.text, start, end):
            if self.inside_quote(m.start()):
                continue
            np = parse_np(self.text, m.end(), end, self.sl)
            if np:
                return np
        return None

    def has_speech_verb(self, start: int, end: int) -> bool:
        words = {w.casefold() for w in WORD_RUN.findall(self.text, start, end)}
        return not (words.isdisjoint(self.sl.report_verbs) and words.isdisjoint(self.sl.after_verbs))
