"""Institution speakers: kinds, abbreviations, known short forms, anaphors and places."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache

from ...textutil import standing_alone
from ..mentions import NP, Entity, contains, name_run
from ..mentions.words import skip_spaces
from ..speaker_rules import (
    award_titles,
    dateline_places,
    described_institutions,
    kind_appositives,
    place_names,
    syllabic_start,
)
from .office_bodies import body_of_office
from .patterns import WORD_RUN
from .state import Event, ReaderState

_ABBREVIATION = re.compile(r"\s\(([A-Z][A-Za-z0-9-]{1,14}(?: [A-Z][A-Za-z0-9-]{1,14}){0,2})\)")
_OWNER_AFTER = re.compile(r" ([A-Z]{2,8}|[A-Z][a-z]+-[A-Z][a-z]+)(?=[,.;:]|\s+[a-z])")
_CAPITALS_AFTER = re.compile(r" ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})")
_CAPITAL_RUN = re.compile(r" ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)")
_CAPITAL_RUN_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)$")
_WORDS_BACK = re.compile(r"[\w&-]+|,")
_DESCRIPTION_ANAPHOR = r"((?:[\w'’-]+\s+){1,7}?)(?:{back})(?!\w)"
_SALIENT_PARAGRAPHS = 2  # an institution made subject this many paragraphs back is still salient


@lru_cache(maxsize=8)
def _region_after_rx(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """A region's noun (``region_nouns``) and its name right after a short form's bracket."""
    alternation = "|".join(map(re.escape, nouns)) or "(?!)"
    return re.compile(rf" ((?:{alternation})(?: [A-Z][\w'’-]*){{1,3}})(?=[,.;:]|\s+[a-z(])")


class Institutions(ReaderState):
    """Institutions: their kinds, short forms, anaphors ("kementerian itu"), and places."""

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
        found = body_of_office(self.text, pos, kind, self.sl)
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

    def collect_abbreviations(self) -> None:
        """ "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)": the long name and its short one."""
        glue = self.sl.folded_words("name_glue")
        legal_forms = frozenset(self.institutions.get("bracketed_legal_forms") or [])
        for para in self.paragraphs:
            for m in _ABBREVIATION.finditer(self.text, *para):
                abbreviation = m.group(1)
                if abbreviation in legal_forms and self._name_through_legal_form(m, para):
                    continue
                words = list(_WORDS_BACK.finditer(self.text, max(para[0], m.start() - 150), m.start()))
                kept: list[re.Match[str]] = []
                for word in reversed(words):
                    w = word.group()
                    if w[0].isupper() or w.casefold() in glue or w == ",":
                        kept.insert(0, word)
                        continue
                    break
                while kept and not kept[0].group()[0].isupper():
                    kept.pop(0)
                named = [w for w in kept if w.group()[:1].isupper()]
                syllabic = syllabic_start(abbreviation, [w.group() for w in named],
                                          self.sl.folded_words("short_form_skips"))
                if syllabic is not None:  # "Kepolisian Daerah Sumatera Utara (Polda Sumut)"
                    if syllabic > 0 and named[syllabic - 1].group() in self.sl.organisations:
                        syllabic -= 1  # "Kementerian Komunikasi dan Digital (Komdigi)"
                    kept = kept[kept.index(named[syllabic]):]
                initial = abbreviation[0].casefold()
                head = None
                translated = self._translated_name(kept) if syllabic is None else None
                while syllabic is None and kept and kept[0].group()[0].casefold() != initial:
                    head = kept.pop(0)
                if not kept and translated:  # "The Financial Services Authority (OJK)": the
                    kept, head = translated, None  # short form is of the name in another language
                if head is not None and (head.group() in self.sl.organisations
                                         or head.group() in self.sl.folded_words("company_forms")):
                    kept.insert(0, head)  # "Kementerian Energi dan Sumber Daya Mineral (ESDM)",
                    # "PT Tani Cerdas Indonesia (TaniCerdas)"
                if kept and self.sl.role_rx.match(kept[0].group()):  # "Komisioner Komisi …"
                    kept = self.name_after_office(kept, abbreviation)
                if len(kept) < 2:
                    continue  # an office ("Kepala Kepolisian ... (Kapolri)") or nothing
                display = self.text[kept[0].start():kept[-1].end()]
                tokens = tuple(w.group() for w in kept if w.group() != ",")
                owner = _OWNER_AFTER.match(self.text, m.end(), para[1])
                if owner:  # "Badan Eksekutif Mahasiswa (BEM) UBR": the short form is of UBR's
                    display = f"{display} {owner.group(1)}"  # (named so; found by its own words)
                self.registry.add_abbreviation(abbreviation, tokens, display)
                self.note_short_form_head(abbreviation)  # "(Bawaslu Papua Tengah)" … "tulis Bawaslu"
                region = self._region_after_rx.match(self.text, m.end(), para[1])
                if region and not owner:  # "Komisi Pemilihan Umum (KPU) Kabupaten Nias Selatan"
                    self.registry.add_full((*tokens, *region.group(1).split()), True)
                qualifier = () if owner else self._region_after(m.end(), para[1])
                if not owner and not qualifier:  # "(BBWS) Pemali Juana", "(KBRI) di Kuala Lumpur"
                    self.note_qualified_form(abbreviation, tokens, display, (kept[0].start(), m.end()), para)
                if qualifier and self._same_region_everywhere(abbreviation, qualifier, m.start(1)):
                    self.registry.add_regional(abbreviation, qualifier)

    def _name_through_legal_form(self, m: re.Match[str], para: tuple[int, int]) -> bool:
        """ "PT PLN (Persero) Unit Induk Wilayah Sumatera Utara": the company's name with its unit
        after the legal form in brackets, one institution written so in full."""
        after = _CAPITAL_RUN.match(self.text, m.end(), para[1])
        before = _CAPITAL_RUN_BEFORE.search(self.text, max(para[0], m.start() - 80), m.start())
        if after is None or before is None:
            return False
        tokens = (*before.group(1).split(), *after.group(1).split())
        display = self.text[before.start(1):after.end(1)]
        self.registry.entities.append(Entity(tokens, True, display=display))
        return True

    @property
    def _region_after_rx(self) -> re.Pattern[str]:
        return _region_after_rx(tuple(self.institutions.get("region_nouns") or ()))

    def _region_after(self, at: int, hi: int) -> tuple[str, ...]:
        """The region written right after a short form's bracket: a place noun and its name
        ("Kabupaten Nias Selatan") or a province, or its short form spelled out ("Jatim")."""
        region = self._region_after_rx.match(self.text, at, hi)
        if region:
            return tuple(region.group(1).split())
        run = _CAPITALS_AFTER.match(self.text, at, hi)
        if run is None:
            return ()
        words = self.regions_spelled(tuple(run.group(1).split()))
        provinces = self.province_names()
        return next((words[:n] for n in range(len(words), 0, -1) if " ".join(words[:n]) in provinces), ())

    def _same_region_everywhere(self, abbreviation: str, region: tuple[str, ...], defined: int) -> bool:
        """The article writes ``abbreviation`` with no other region or qualifier after it than
        ``region`` ("MUI Jatim" for "(MUI) Jawa Timur"; not "Baznas Kabupaten Gorontalo Utara"
        beside "(Baznas) Provinsi Gorontalo", nor "Baznas RI")."""
        places = self.sl.folded_words("place_nouns")

        def core(words: tuple[str, ...]) -> tuple[str, ...]:
            k = 0
            while k < len(words) - 1 and words[k].casefold() in places:
                k += 1
            return words[k:]

        wanted = core(region)
        for m in re.finditer(rf"(?<![\w-]){re.escape(abbreviation)}(?![\w-])", self.text):
            run = _CAPITALS_AFTER.match(self.text, m.end()) if m.start() != defined else None
            written = core(self.regions_spelled(tuple(run.group(1).split()))) if run else wanted
            if written[:len(wanted)] != wanted:
                return False
        return True

    def _translated_name(self, words: list[re.Match[str]]) -> list[re.Match[str]]:
        """The words of an institution's name whose short form is not made of them ("Financial
        Services Authority (OJK)", "National Police (Polri)"): two capitalised words or more,
        the last an institution word; only the words after the last article ("Dr. Tulus
        Hariyanto of the Indonesian Consumers Foundation (YLKI)")."""
        articles = self.sl.folded("definite_articles")
        cut = max((k + 1 for k, w in enumerate(words) if w.group().casefold() in articles), default=0)
        words = words[cut:]
        named = [w for w in words if w.group()[:1].isupper()]
        if len(named) < 2 or words[-1].group() not in self.sl.organisations:
            return []
        return words

    def collect_known_institutions(self) -> None:
        """Short forms the article uses without spelling them out ("tulis Kemenkes", "BMKG
        menyebut"): the full name from the list of known institutions."""
        for short, full in (self.institutions.get("names") or {}).items():
            if short in self.registry.abbreviations or short not in self.text or not re.search(
                    rf"{standing_alone(short)}(?![\w-])", self.text):
                continue  # (a plain find first: most known short forms are in no article)
            if full in self.text:  # the article names it in full itself: its own words are read
                continue
            given = (initials for _, initials in self.sl.initials_given(self.text, 0, len(self.text)))
            if re.search(rf"{standing_alone(short)}\s*\(\d{{1,3}}\)", self.text) or short in given:
                continue  # a person's initials: "tersangka berinisial MK (29)"
            tokens = tuple(w.strip(",") for w in full.split() if w.strip(","))
            self.registry.add_abbreviation(short, tokens, full)

    def given_initials(self) -> frozenset[str]:
        """Initials the article gives as a person's name ("tersangka berinisial MK"): "kata MK"
        is that person, not an institution known by those letters."""
        return frozenset(initials for para in self.paragraphs
                         for at, initials in self.sl.initials_given(self.text, *para)
                         if not self.inside_quote(at))

    def _known_prefix(self, np: NP) -> NP:
        """ "Polda Metro Jaya", "Dinkes DKI Jakarta": the office's short form spelled out, the
        region kept, unless the article spells it out itself."""
        prefixes = self.institutions.get("prefixes") or {}
        if (len(np.name) < 2 or " ".join(np.name) in self.registry.abbreviations
                or self.registry.expand(np.name)):
            return np  # ("Polda Sumut" of "Kepolisian Daerah Sumatera Utara (Polda Sumut)")
        for n in range(len(np.name) - 1, 0, -1):  # "Kanwil Kemenag" spelled out in the article
            head = self.registry.abbreviations.get(" ".join(np.name[:n]))
            if head is not None and n > 1:
                return replace(np, name=(*head.tokens, *self._spelled_parts(np.name[n:])), org=True)
        if np.name[0] not in prefixes or np.name[0] in self.registry.abbreviations:
            return np
        head, tail = tuple(prefixes[np.name[0]].split()), self._spelled_parts(np.name[1:])
        return replace(np, name=self._named_with_place_noun(head, tail) or (*head, *tail), org=True)

    def _named_with_place_noun(self, head: tuple[str, ...], tail: tuple[str, ...]) -> tuple[str, ...] | None:
        """The institution the article names with a place noun before its region: "Diskominfo
        Flores Timur" for "Dinas Komunikasi dan Informatika Kabupaten Flores Timur"."""
        n, places = len(head), self.sl.folded_words("place_nouns")
        for entity in self.registry.entities:
            tokens = entity.tokens
            if (tail and len(tokens) == n + 1 + len(tail) and tokens[:n] == head
                    and tokens[n] in places and tokens[n + 1:] == tail):
                return tokens
        return None


def _inside_any(name: tuple[str, ...], runs: frozenset[tuple[str, ...]]) -> bool:
    """Whether ``name`` is written word for word inside one of ``runs``."""
    n = len(name)
    return any(run[k:k + n] == name for run in runs for k in range(len(run) - n + 1))
