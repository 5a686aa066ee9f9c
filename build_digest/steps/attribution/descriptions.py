"""Nicknames and descriptions that introduce people ("yang akrab disapa …", "ibu dua anak")."""

from __future__ import annotations

import re
from bisect import bisect_left

from ..gender import gender_of_words
from ..mentions import NP, Entity, name_run, parse_np
from ..mentions.words import descriptive
from ..speaker_rules import nicknames_given_after
from .patterns import AGE, CAPITAL_RUN
from .state import ReaderState

# Ramadhan "Dhani" Syahputra: a quoted nickname between the first name and the last
_QUOTED_NICKNAME = re.compile(r"(?<=[\w'’-]) [\"“]([A-Z][\w'’-]*)[\"”] (?=[A-Z])")
_FIRST_NAMES = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)$")
_NAME_BEFORE_SPACE = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,5})\s+$")
# "Siti Rahmah (41), ibu dua anak asal Bekasi," / "Dokter spesialis anak RSUD X, dr. Nina H.,"
_NAME_RUN = r"(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*"
_DESCRIBED_AFTER = re.compile(r",(?<=[\w)],)\s+(?P<desc>[a-z][^,.;:!?\"“”()\n]{2,80}?)(?=[,.;])")
_NAME_AT_END = re.compile(rf"(?<![\w'’-])(?P<name>{_NAME_RUN})(?:\s*\(\d{{1,3}}\))?$")
_DESCRIBED_BEFORE = re.compile(r"(?P<desc>[A-Za-z][^,.;:!?\"“”()\n]{2,80}?),\s+(?P<name>"
                               r"(?:[A-Za-z]{1,5}\.\s*)*" + _NAME_RUN + r")(?=,|\s+[a-z])")
# "Pria yang akrab disapa …", "Pemain asal Bandung yang biasa dipanggil …": a description, not a name
_DESCRIBED_BY_CLAUSE = (r"[A-Z][a-z-]*(?:\s+[\w-]+){0,4}\s+(?:{=nickname_joiners})\s+"
                        r"|(?i:{=definite_articles})\s+[a-z][\w\s-]{0,40}?,?\s+")


class Descriptions(ReaderState):
    """Nicknames and descriptions the article introduces people with."""

    def collect_nicknames(self) -> None:
        """Nicknames given where a person is introduced: "Rafael Simanjuntak, yang akrab disapa
        Rafa" and Ramadhan "Dhani" Syahputra (the quoted word belongs to the name)."""
        rx = self.sl.nickname_rx
        words = self.sl.words("nickname_cues") + self.sl.words("nickname_cue_hints")
        cues = tuple(c.casefold() for c in words)
        bare = tuple(c.casefold() + " " for c in self.sl.words("nickname_bare_cues")) or ("\0",)
        for para in self.paragraphs:
            for m in _QUOTED_NICKNAME.finditer(self.text, *para):
                names = _FIRST_NAMES.search(self.text, max(para[0], m.start() - 60), m.start())
                if names is None:
                    continue
                first, _, _ = name_run(self.text, names.start(1), m.start(), self.sl)
                last, _, org = name_run(self.text, m.end(), para[1], self.sl)
                if first and last and not org:
                    self.registry.add_nickname(m.group(1), (*first, *last))
            folded = self.text[para[0]:para[1]].casefold() if rx is not None else ""
            if rx is None or not any(c in folded for c in cues):
                continue  # (the cue words first: a quick test before the slower expression)
            name_before = self.sl.name_before_nickname_rx
            for m in rx.finditer(self.text, *para):
                named = name_before.search(self.text, max(para[0], m.start() - 80), m.start())
                if named is None and m.group().casefold().startswith(bare):  # "Syamsuardi alias Tan Malin"
                    named = _NAME_BEFORE_SPACE.search(self.text, max(para[0], m.start() - 80), m.start())
                if self.inside_quote(m.start()):
                    continue
                sharing = self._name_sharing(m.group("nick"), self.sentence_of(m.start())[0], m.start())
                if sharing:  # "Abdul Haris (47), petani asal …, yang biasa dipanggil Ama Haris"
                    self.registry.add_nickname(m.group("nick"), sharing)
                    continue
                described = self.sl.described_before_nickname_rx
                if named is None and described is not None:  # "Darwis, a 58-year-old … known locally as"
                    named = described.search(self.text, max(para[0], m.start() - 100), m.start())
                if named is None:
                    continue
                tokens, _, org = name_run(self.text, named.start("name"), named.end("name"), self.sl)
                if not tokens:  # an office first: "Vokalis Arief Wirananda yang akrab disapa Ayik"
                    held = parse_np(self.text, named.start("name"), named.end("name"), self.sl)
                    if held is not None and held.kind == "name":
                        tokens, org = held.name, held.org
                introduced = named.re is described
                at = named.start("name")
                if not org and (len(tokens) >= 2 or self._single_name(tokens, at, introduced)):
                    self.registry.add_nickname(m.group("nick"), tokens)

    def _name_sharing(self, nick: str, start: int, end: int) -> tuple[str, ...]:
        """The first person's name of two words or more in ``text[start:end]`` that shares a word
        with the nickname ("Ama Haris" of "Abdul Haris"), or nothing."""
        words = set(nick.split())
        for m in CAPITAL_RUN.finditer(self.text, start, end):
            if self.inside_quote(m.start()):
                continue
            tokens, _, org = name_run(self.text, m.start(), m.end(), self.sl)
            if len(tokens) >= 2 and not org and words & set(tokens) and not any(
                    descriptive(t, self.sl) for t in tokens):
                return tokens
        return ()

    def _single_name(self, tokens: tuple[str, ...], at: int, introduced: bool = False) -> bool:
        """ "Pengelola pasar, Suparman, yang akrab disapa Parman": a one-word name set off by a
        comma (or in mid-sentence, or ``introduced`` with a description: "Darwis, a 58-year-old
        … known locally as"), not a place or an institution."""
        if len(tokens) != 1 or not tokens[0][1:].islower():
            return False
        word = tokens[0]
        if word in self.sl.not_names or word in self.sl.organisations or word in self.sl.complement:
            return False
        if AGE.match(self.text, at + len(word)):  # "Darwis (58), yang akrab disapa Mak Uwih"
            return True
        before = self.text[max(0, at - 2):at]
        return introduced or before.endswith((", ", "(")) or (
            at != self.sentence_of(at)[0] and word in self.known_capitals)

    def collect_described_nicknames(self, found: list[NP]) -> None:
        """ "Rafael … mengaku … . Pria yang akrab disapa Rafa itu …": a nickname given in a sentence
        that opens with a description of the person named just before is that person's."""
        rx = self.sl.nickname_rx
        if rx is None:
            return
        people = sorted((np for np in found if np.kind == "name" and not np.org and not self.is_place(np)),
                        key=lambda np: np.start)
        starts = [np.start for np in people]
        for para in self.paragraphs:
            for m in rx.finditer(self.text, *para):
                sentence = self.sentence_of(m.start())
                if self.inside_quote(m.start()) or not self.sl.pattern(_DESCRIBED_BY_CLAUSE).fullmatch(
                        self.text, sentence[0], m.start()):
                    continue
                person = self._introduced_before(people, starts, sentence[0], m.group("nick"))
                if person is not None:
                    entity = self.registry.resolve(person, -1)
                    self.registry.nicknames.setdefault(m.group("nick").casefold(), entity)
            for nick, at in nicknames_given_after(self.text, *para, self.sl):
                if self.inside_quote(at) or nick.casefold() in self.registry.nicknames:
                    continue  # "Eko, sapaan akrabnya, …", "kenang Mbah Tris, sapaan akrabnya"
                person = self._introduced_before(people, starts, self.sentence_of(at)[0], nick)
                if person is not None:
                    entity = self.registry.resolve(person, -1)
                    self.registry.nicknames.setdefault(nick.casefold(), entity)

    def _introduced_before(self, people: list[NP], starts: list[int], at: int, nick: str) -> NP | None:
        """The person the sentence before ``at`` is about: one whose name shares a word with the
        nickname ("Dimas Kribo"), else its subject, else the first person it names."""
        before = [s for s in self.sentences[self.paragraph_of(at)] if s[1] <= at]
        if not before:
            k = self.paragraphs.index(self.paragraph_of(at))
            before = self.sentences[self.paragraphs[k - 1]] if k > 0 else []
        if not before:
            return None
        start, end = before[-1]
        named = people[bisect_left(starts, start):bisect_left(starts, end)]
        words = {w.casefold() for w in re.findall(r"[\w'’-]+", nick)}
        k = self.paragraphs.index(self.paragraph_of(at))
        nearby = people[bisect_left(starts, self.paragraphs[max(0, k - 1)][0]):bisect_left(starts, at)]
        sharing = [np for np in named if words & {t.casefold() for t in np.name}] or [
            np for np in nearby if any(len(w) >= 3 and w in t.casefold() for w in words for t in np.name)]
        if sharing:  # "Dimas Kribo" of Dimas Arya; "Tris" of Sutrisno, "Mail" of Ismail
            return sharing[0]
        subject = self.subject(start, end)
        if subject is not None and subject.kind == "name" and not subject.org and self._person_like(subject):
            return subject
        return next((np for np in named if self._person_like(np)), None)

    def _person_like(self, np: NP) -> bool:
        """A name that reads as a person's: nothing in it describes a place or an institution, and
        a word opening a sentence is one only if it reads as a name ("Gol kemenangan PSS …" is not)."""
        if any(descriptive(t, self.sl) for t in np.name):
            return False
        return np.start != self.sentence_of(np.start)[0] or self._name_at_start(np)

    def collect_descriptions(self) -> None:
        """How the article introduces people: "Siti Rahmah (41), ibu dua anak asal Bekasi",
        "Dokter spesialis anak RSUD X, dr. Nina Hartati", "politikus Partai Golkar Andi Baso": the
        description, so that "ibu dua anak tersebut" or "politikus Golkar itu" finds the person."""
        self.descriptions: list[tuple[int, Entity, tuple[str, ...]]] = []
        for para in self.paragraphs:
            found: list[tuple[int, int, int, int]] = []  # name start/end, description start/end
            for m in _DESCRIBED_AFTER.finditer(self.text, *para):
                named = _NAME_AT_END.search(self.text, max(para[0], m.start() - 60), m.start())
                if named is not None:
                    found.append((named.start("name"), named.end("name"), m.start("desc"), m.end("desc")))
            for sentence in self.sentences[para]:
                for start in [sentence[0]] + [m.end() for m in re.finditer(", ", self.text[
                        sentence[0]:sentence[1]])]:
                    at = start if start == sentence[0] else sentence[0] + start
                    m = _DESCRIBED_BEFORE.match(self.text, at, sentence[1])
                    if m:
                        found.append((m.start("name"), m.end("name"), m.start("desc"), m.end("desc")))
            for name_start, name_end, desc_start, desc_end in found:
                if self.inside_quote(name_start) or self.inside_quote(desc_start) or (
                        self.in_holderless_office(name_start)):  # (a field of the office's list)
                    continue
                words = tuple(w.casefold() for w in re.findall(r"[\w'’-]+", self.text[desc_start:desc_end]))
                indefinite = bool(words) and words[0] in self.sl.indefinites  # "…, an economist at …"
                words = words[1:] if indefinite else words
                if not words or not self._describes_person(words[0]):
                    continue
                tokens, _, org = name_run(self.text, name_start, name_end, self.sl)
                if tokens and not org:  # (a one-word name too: "Hendarto (52), pria yang …")
                    self._gender_cue(tokens, gender_of_words(words, self.sl))
                if len(tokens) < 2 or org or any(t.casefold() in words for t in tokens):
                    continue
                entity = self.registry.resolve(NP(name_start, name_end, "name", name=tokens), -1)
                office = self.sl.role_rx.match(" ".join(words)) if indefinite else None
                if office is not None and office.group() not in entity.roles:
                    entity.roles.append(office.group())  # "the economist added" finds her
                self.descriptions.append((min(name_start, desc_start), entity, words))
                entity.described.update(words)
        self.descriptions.sort(key=lambda d: d[0])
