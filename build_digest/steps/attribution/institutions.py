"""Institution speakers: their kinds and the anaphors that point back to them ("kementerian
itu", "the company"); short forms are in short_forms.py, places in places.py."""

from __future__ import annotations

import re
from bisect import bisect_right

from ..mentions import NP, Entity, name_run
from ..mentions.words import skip_spaces
from ..speaker_rules import (
    described_institutions,
    kind_appositives,
)
from .office_bodies import body_of_office
from .patterns import WORD_RUN
from .state import Event, ReaderState

_DESCRIPTION_ANAPHOR = r"((?:[\w'’-]+\s+){1,7}?)(?:{back})(?!\w)"
_SALIENT_PARAGRAPHS = 2  # an institution made subject this many paragraphs back is still salient


class Institutions(ReaderState):
    """Institutions: their kinds and anaphors ("kementerian itu", "the ministry")."""

    def collect_org_kinds(self) -> None:
        """ "startup Kirimin Nusantara": the name that follows a kind of institution is one."""
        self.org_kinds: list[tuple[int, Entity, str]] = []
        rx = self.sl.org_kind_rx
        if rx is None:
            return
        for para in self.paragraphs:
            for m in rx.finditer(self.text, *para):
                if self.inside_quote(m.start()):
                    continue
                tokens, end, _ = name_run(self.text, m.end(), para[1], self.sl)
                if not tokens:
                    continue
                known = len(self.registry.entities)
                entity = self.registry.resolve(NP(m.end(), end, "name", name=tokens, org=True), -1)
                if not entity.org and (entity.roles or len(self.registry.entities) == known):
                    continue  # a person ("pemerintah Prabowo", "tim Shin Tae-yong")
                entity.org = True
                kind = m.group("kind") or m.group("quoted")  # (the name in quotation marks)
                self.org_kinds.append((m.end(), entity, kind.casefold()))
            for name_start, name_end, kind in kind_appositives(self.text, *para, self.sl):
                tokens, _end, _org = name_run(self.text, name_start, name_end, self.sl)
                if tokens and not self.inside_quote(name_start):  # "TaniMaju, an agritech startup"
                    np = NP(name_start, name_end, "name", name=tokens, org=True)
                    entity = self.registry.resolve(np, -1)
                    if not entity.roles:
                        entity.org = True
                        self.org_kinds.append((name_start, entity, kind))
            for what_start, what_end, kind in described_institutions(self.text, *para, self.sl):
                if self.inside_quote(what_start):
                    continue
                display = self.text[what_start:what_end]  # "The Indonesian embassy in Hanoi said"
                entity = next((e for e in self.registry.entities if e.display == display), None)
                if entity is None:
                    entity = Entity(tuple(display.split()), True, display=display)
                    self.registry.entities.append(entity)
                self.org_kinds.append((what_start, entity, kind))
        self.org_kinds.sort(key=lambda k: k[0])

    def org_anaphor(self, pos: int, hi: int, bare: bool = False, spoken: bool = False
                    ) -> tuple[Entity, int] | None:
        """ "kementerian itu" / "the embassy": the institution of that kind named last; ``bare``
        (a subject): also the kind alone before its verb ("asosiasi menyebut …"); ``spoken``
        (after a speech verb): also the kind alone, no name after it ("tulis perusahaan dalam
        jawaban tertulisnya")."""
        rx = self.sl.org_anaphor_rx
        m = rx.match(self.text, pos, hi) if rx is not None else None
        if m is None or self._name_goes_on(m.end(), hi) or not (m.group("the") or m.group("demo") or (
                bare and self._verb_follows(self.past_aside(m.end(), hi), hi))
                             or (spoken and self._no_name_after(m.end(), hi))):
            return None
        kind = m.group("kind").casefold()
        best: tuple[int, Entity] | None = None
        company = kind in self.sl.folded("company_kinds")
        forms = self.sl.folded("company_forms")
        for entity in self.registry.entities:
            if company and entity.tokens and entity.tokens[0].casefold() in forms:
                pass  # "PT Sulawesi Nikel Perkasa" is "the company", named with its legal form
            elif not entity.org or kind not in (t.casefold() for t in entity.tokens):
                continue
            seen = self.text.rfind(entity.name, 0, pos)
            if seen >= 0 and (best is None or seen > best[0]):
                best = (seen, entity)
        for offset, entity, named_kind in self.org_kinds:
            if named_kind == kind and offset < pos and (best is None or offset > best[0]):
                best = (offset, entity)
        if best is None:  # "The ministry said" after "Religious Affairs Minister Hilman Azhari"
            best = self._body_of_office(pos, kind)
        if best is None or best[0] < self.paragraph_of(pos)[0]:
            event = self._salient_institution(pos, kind)
            if event is not None and event.entity is not None and (best is None or (
                    event.offset >= self.paragraph_of(pos)[0] and self._kind_untold(event.entity, kind))):
                best = (event.offset, event.entity)  # "Lotus Bay Ventures … said …. "…," the firm
                # said": the body this paragraph is about, not the firm described paragraphs before
        return (best[1], m.end()) if best else None

    def _name_goes_on(self, pos: int, hi: int) -> bool:
        """A name goes on after the kind ("The Federation of Rural Teachers' Associations said"):
        a capitalised word follows, right after it or after a word that joins a name."""
        words = WORD_RUN.finditer(self.text, pos, hi)
        first = next(words, None)
        if first is None or self.text[pos:first.start()].strip():
            return False
        if first.group().casefold() in self.sl.folded_words("name_glue"):
            first = next(words, None)
        return first is not None and first.group()[:1].isupper() and first.start() > pos

    def _body_of_office(self, pos: int, kind: str) -> tuple[int, Entity] | None:
        """The body of ``kind`` an office written before ``pos`` heads (``body_of_office``)."""
        known = frozenset((self.institutions.get("names") or {}).values())
        found = body_of_office(self.text, pos, kind, self.sl, known)
        if found is None:
            return None
        tokens = tuple(found[1].split())
        entity = next((e for e in self.registry.entities if e.tokens == tokens), None)
        if entity is None:
            entity = Entity(tokens, True)
            self.registry.entities.append(entity)
        return found[0], entity

    def _kind_untold(self, entity: Entity, kind: str) -> bool:
        """The article never says ``entity`` is of a kind other than ``kind``."""
        return all(named == kind for _, e, named in self.org_kinds if e is entity)

    def _institution_named(self, np: NP) -> tuple[Entity, int] | None:
        """The institution a role phrase points to: "kementerian itu", or the kind alone as the
        subject of its verb ("asosiasi menyebut …")."""
        found = self.org_anaphor(np.start, np.end)
        if found is None:
            bare = self.org_anaphor(np.start, self.paragraph_of(np.start)[1], bare=True)
            found = bare if bare is not None and bare[1] == np.end else None
        return found

    def _no_name_after(self, pos: int, hi: int) -> bool:
        """The phrase ends at ``pos``: the sentence or a clause ends, or a lower-case word follows
        (not a capitalised name that would make the kind part of an institution's name)."""
        at = skip_spaces(self.text, pos, hi)
        return at >= hi or not (self.text[at].isupper() or self.text[at].isdigit())

    def _verb_follows(self, pos: int, hi: int) -> bool:
        """A predicate opens right after ``pos``: a speech or report verb, or a lower-case word
        with a verb's prefix ("menyebut", "berjanji", "diminta")."""
        word = WORD_RUN.match(self.text, skip_spaces(self.text, pos, hi), hi)
        if word is None or not word.group()[:1].islower() or pos == word.start():
            return False
        w, sl = word.group(), self.sl
        return w in sl.report_verbs or w in sl.after_verbs or w.startswith(sl.any_verb_prefixes)

    def _salient_institution(self, pos: int, kind: str) -> Event | None:
        """The institution an anaphor of ``kind`` points to when no institution of that kind is
        named: the one the text last made its subject or speaker ("tulis lembaga itu" after "OJK
        juga menyebut …"; "asosiasi itu menyebut" after "Gabungan Importir … (GINSI) keberatan").
        A general kind ("lembaga") may point anywhere back; any other kind only within this
        paragraph and the two before (still salient), and never to an institution whose name says
        it is of another kind ("Kementerian Perhubungan" is no "asosiasi"; a body of members, an
        "Ikatan" or a "Forum", may be called an "asosiasi")."""
        generic = kind in self.sl.folded_words("generic_organisation_kinds")
        kinds = self.sl.folded("organisation_kinds") - {kind}
        if kind in self.sl.folded("member_bodies"):  # "asosiasi itu" for "Ikatan Pedagang …":
            kinds -= self.sl.folded("member_bodies")  # bodies of members are one kind
        k = bisect_right(self._para_starts, self.paragraph_of(pos)[0]) - 1
        since = 0 if generic else self.paragraphs[max(0, k - _SALIENT_PARAGRAPHS)][0]
        for event in reversed(self.events):
            if event.offset >= pos or event.entity is None or not event.entity.org:
                continue
            if event.offset < since:
                return None
            if generic or not kinds & {t.casefold() for t in event.entity.tokens}:
                return event
        return None

    def _describes_person(self, word: str) -> bool:
        sl = self.sl
        return (word in sl.relatives or word in sl.person_nouns or word in sl.role_heads
                or word in sl.folded_words("description_nouns") or bool(sl.role_rx.fullmatch(word)))

    def described(self, start: int, hi: int, before: int) -> tuple[Entity, int] | None:
        """The person introduced last with the description at ``start`` ("nenek tujuh cucu itu",
        "dosen FKIP tersebut"): same head noun, every other word part of the introduction."""
        m = self.sl.pattern(_DESCRIPTION_ANAPHOR, re.I).match(self.text, start, hi)
        if not m or not self.descriptions:
            return None
        words = tuple(w.casefold() for w in re.findall(r"[\w'’-]+", m.group(1)))
        if not words or not self._describes_person(words[0]):
            return None
        for offset, entity, desc in reversed(self.descriptions):
            if offset < before and desc[0] == words[0] and all(w in desc for w in words):
                return entity, m.end()
        return None
