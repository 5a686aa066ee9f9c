"""Reference resolution: pronouns, role nouns and descriptions to the entity they mean."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..gender import gender_of_text
from ..mentions import NP, Entity, contains, key_tokens, name_run
from ..mentions.words import skip_spaces
from ..speaker_rules import self_description
from .patterns import WORD_RUN
from .state import CONFIDENCE, Attribution, Event, ReaderState


class References(ReaderState):
    """Resolving a phrase (name, pronoun, role noun, description) to the entity it means."""

    def last_person(self, before: int, singular: bool = False, gender: str = "") -> Event | None:
        """The person the text last made its subject or speaker; ``singular``: not an unnamed
        group ("sejumlah siswa …": "pria itu" is no one of them); ``gender``: not a person the
        text gives the other gender ("she said" after a man quoted)."""
        plural = self.sl.folded("plural_markers") if singular else frozenset()
        for event in reversed(self.events):
            if event.offset >= before or (event.entity is not None and (
                    event.entity.org or self.place_entity(event.entity))):
                continue  # (an institution, or a place read as a name: "Tulang Bawang")
            if event.entity is None and event.surface.split(maxsplit=1)[0].casefold() in plural:
                continue
            if gender and not self._agrees(event, gender):
                continue
            return event
        return None

    def _agrees(self, event: Event, gender: str) -> bool:
        """Whether the person of ``event`` may have ``gender`` (unknown or "?" may)."""
        if event.entity is not None:
            return self._may_have(event.entity, gender)
        return gender_of_text(event.surface, self.sl) in ("", "?", gender)

    def _may_have(self, entity: Entity, gender: str) -> bool:
        """Whether the text lets ``entity`` have ``gender``: its own is unknown, both ("?") or
        the same; any person may when ``gender`` is ""."""
        return self.gender_of(entity) in ("", "?", gender or entity.gender)

    def _answers(self, evidence: str) -> bool:
        """The cue is a verb of answering ("jawabnya", "ia menjawab", "she replied")."""
        verbs = self.sl.folded_words("answer_verbs")  # (lower case in the data)
        clitics = self.sl.folded_words("clitics")
        return any(word in verbs or any(word.endswith(c) and word[:-len(c)] in verbs for c in clitics)
                   for word in WORD_RUN.findall(evidence.casefold()))

    def answerer(self, before: int, gender: str = "") -> Event | None:
        """Who answers: after a question put just before ("…?" tanya seorang wartawan), the person
        salient before it other than the one who asked (turn-taking); otherwise the last person."""
        last = next((e for e in reversed(self.events) if e.offset < before), None)
        if last is None or not last.asks:
            return self.last_person(before, gender=gender)
        asked_from = self.sentence_of(last.offset)[0]
        for event in reversed(self.events):
            if event.offset >= before or event.offset >= asked_from or event is last:
                continue
            if event.entity is None or event.entity.org or event.entity is last.entity or (
                    gender and not self._agrees(event, gender)):
                continue
            return event
        return None

    def resolve(self, np: NP, cue: tuple[int, int], direct: str = "name") -> Attribution:
        np = self._known_person(np) or self._named_organisation(np) or np
        att = self._resolve(np, cue, direct)
        att.cue_end = cue[1]
        if np.kind == "role" and np.anaphoric and att.entity is not None and not att.entity.org:
            att.entity.described.update(np.role.split())  # the description is theirs from now on
        return att

    def _named_organisation(self, np: NP) -> NP | None:
        """A phrase read as a description whose capitalised words are the whole name of an
        organisation the article established ("Sahabat Anjing Flores" after 'Komunitas "Sahabat
        Anjing Flores"', not a friend of someone): that organisation's name."""
        if np.kind not in ("anonymous", "role"):
            return None
        words = tuple(WORD_RUN.findall(self.text, np.start, np.end))
        if not words or not all(w[:1].isupper() for w in words) or not any(
                e.org and e.tokens == words for e in self.registry.entities):
            return None
        return NP(np.start, np.end, "name", name=words, org=True)

    def _profiled(self, role: str, gender: str) -> Entity | None:
        """The person the text described before with the same head noun ("pensiunan", "warga",
        "barista") and one more word of this description ("pensiunan guru biologi itu" after
        "Pensiunan guru SMP itu" named Sutrisno): the one seen last. Heads that only give a
        gender or kinship ("pria", "ibu") and offices are left to the other rules. Asked only when
        the person the text is about was made so before this paragraph (within it, the subject
        wins: "Hendrawan … "…," kata guru besar teknik sipil itu")."""
        words = [w for w in role.split() if w not in self.sl.folded_words("back_demonstratives")]
        if len(words) < 2 or not self._profile_head(words[0]):
            return None
        rest = set(words[1:])
        fits = [e for e in self.registry.entities if not e.org and words[0] in e.described
                and rest & e.described and self._may_have(e, gender)]
        return max(fits, key=lambda e: e.last_seen) if fits else None

    def _profile_head(self, word: str) -> bool:
        sl = self.sl
        return word in sl.folded_words("description_nouns") and not (
            word in sl.person_nouns or word in sl.relatives or sl.role_rx.fullmatch(word))

    def _resolve(self, np: NP, cue: tuple[int, int], direct: str) -> Attribution:
        evidence = self.text[cue[0]:cue[1]].strip()
        if np.kind == "name":
            entity = self._office_holder(np) or self._unheld_office(np) or self.np_entity(np)
            if np.role and entity.org:  # "Juru bicara Pemkab Cianjur melalui pesan singkat …"
                self.note_unnamed_office(np)
            rule = "role-name" if np.role and direct == "name" else direct
            return Attribution(entity, evidence, rule, CONFIDENCE[rule])
        if np.kind in ("pronoun", "person_noun"):
            gender = gender_of_text(self.text[np.start:np.end], self.sl)  # "she", not "dia"
            event = (self.answerer(cue[0], gender) if self._answers(evidence)
                     else self.last_person(cue[0], gender=gender))
            if event is None or event.entity is None:
                return Attribution(None, evidence, "pronoun-unresolved", 0.0)
            self.learn_gender(event.entity, gender)
            rule = "pronoun" if event.speaking else "pronoun-weak"
            return Attribution(event.entity, evidence, rule, CONFIDENCE[rule], event.surface)
        if np.kind in ("role", "anonymous") and (institution := self._institution_named(np)):
            head = self.sl.role_rx.match(self.text, skip_spaces(self.text, institution[1], np.end), np.end)
            if head is not None:  # "the agency head said": the person who heads it, not the agency,
                current = self.last_person(cue[0])  # and nobody when the article names none
                holder, decided = self.office_holder(self.text[np.start:head.end()], current, cue[0])
                if not decided:
                    holder = self.registry.by_role(head.group().casefold(),
                                                   current.entity if current else None)
                if holder is not None:
                    return Attribution(holder, evidence, "role", CONFIDENCE["role"], holder.name)
                if decided:
                    return Attribution(None, evidence, "role-unresolved", 0.0)
            return Attribution(institution[0], evidence, "role", CONFIDENCE["role"], institution[0].name)
        hi = self.paragraph_of(np.start)[1]
        if np.kind == "anonymous" or (np.kind == "role" and not self.names_office(np)):
            found = self.described(np.start, hi, cue[0])  # (an office: its holder, below)
            if found is not None:  # "ibu dua anak tersebut": the person introduced so
                entity = found[0]
                evidence = self.text[cue[0]:max(cue[1], found[1])].strip()
                return Attribution(entity, evidence, "role", CONFIDENCE["role"], entity.name)
        if np.kind == "anonymous" and (counted := self_description(self.text, np.start, hi, self.sl)):
            np = NP(np.start, counted, "role", role=self.text[np.start:counted].casefold(), anaphoric=True)
            evidence = self.text[cue[0]:max(cue[1], counted)].strip()
        if np.kind == "role":
            return self._resolve_role(np, cue, evidence)
        if np.kind == "document":
            author = self._document_author(np)
            if author is not None:  # "Dalam surat dakwaannya, Anita … . Dakwaan itu menguraikan"
                return Attribution(author, evidence, "role-anaphora", CONFIDENCE["role-anaphora"],
                                   author.name)
        return Attribution(None, evidence, np.kind, 0.0)

    def _resolve_role(self, np: NP, cue: tuple[int, int], evidence: str) -> Attribution:
        """A role noun phrase ("pria itu", "tulis sekda", "the woman"): by nickname, office holder,
        age, profile, the person named since the subject, affiliation, or the current person."""
        nicknamed = self.registry.by_nickname(self.text[np.start:np.end])
        if nicknamed is not None:  # "pria yang akrab disapa Rafa itu"
            return Attribution(nicknamed, evidence, "role", CONFIDENCE["role"], nicknamed.name)
        gender = gender_of_text(np.role, self.sl)  # "pria itu", "the woman", "ibu dua anak itu"
        current = self.last_person(cue[0], gender=gender)
        written = WORD_RUN.findall(self.text, np.start, np.end) if not np.anaphoric else []
        entity, decided = self.office_holder(self.text[np.start:np.end], current, cue[0])
        if not decided:  # (a rank's description: "jenderal bintang dua itu")
            entity = self.registry.by_role(np.role, current.entity if current else None,
                                           lambda e: self._named_before(e, cue[0]))
        entity = entity or self._office_written(written)
        if entity is not None:  # (an office in a short form: "tegas Menteri PU")
            return Attribution(entity, evidence, "role", CONFIDENCE["role"], entity.name)
        if decided:  # "tulis sekda dalam keterangan tersebut": an office the article names no
            return Attribution(None, evidence, "role-unresolved", 0.0)  # holder of
        aged = self.aged(np.role) if np.anaphoric else None
        if aged is not None:  # "pria berusia 58 tahun itu": the one introduced as "(58)"
            return Attribution(aged, evidence, "role-anaphora", CONFIDENCE["role-anaphora"], aged.name)
        here = current is not None and current.offset >= self.paragraph_of(cue[0])[0]
        profiled = self._profiled(np.role, gender) if np.anaphoric and not here else None
        if profiled is not None:  # "pensiunan guru biologi itu" after "Pensiunan guru SMP itu"
            return Attribution(profiled, evidence, "role-anaphora", CONFIDENCE["role-anaphora"],
                               profiled.name)
        named_here = self._named_in_paragraph(cue[0], current, gender)
        if np.anaphoric and named_here is not None:  # "Kasus ini mencuat setelah peselancar Ni
            # Putu Ayu … mengunggah keluhan. "…," tulis peraih medali emas itu."
            return Attribution(named_here, evidence, "role-anaphora", CONFIDENCE["role-anaphora"],
                               named_here.name)
        mentioned = self._mentioned_after(current, cue[0], gender) if np.anaphoric else None
        if mentioned is not None:  # "Salah satunya milik Reza Pahlevi, barista muda …. "…,"
            # ujar lulusan Politeknik Pariwisata itu": the person named since the subject
            return Attribution(mentioned, evidence, "role-anaphora", CONFIDENCE["role-anaphora"],
                               mentioned.name)
        described = self._described_by_affiliation(np.role) if np.anaphoric else None
        if described is not None:  # "politisi PKB itu": the one introduced with the PKB
            return Attribution(described, evidence, "role-anaphora", CONFIDENCE["role-anaphora"],
                               described.name)
        if np.anaphoric and self._unnamed_before(np.role, cue[0]):
            # "unggahan seorang wisatawan asal Surabaya … tulis wisatawan tersebut": the
            # person the article introduced unnamed, whom no named person's description fits
            return Attribution(None, evidence, "role-unresolved", 0.0)
        if np.anaphoric and current is not None and current.entity is None:
            current = self.last_person(cue[0], singular=True, gender=gender)
        if np.anaphoric and current is not None and current.entity is not None:
            self.learn_gender(current.entity, gender)
            # "tegas politikus asal Sumatera Barat itu": the person the text is about
            return Attribution(current.entity, evidence, "role-anaphora", CONFIDENCE["role-anaphora"],
                               current.surface)
        if self._may_take_case_role(np.role, current, cue[0]):
            # "Salah satunya, Murtini (48), mengaku … . "…," kata saksi": the person just brought on
            return Attribution(current.entity, evidence, "role-anaphora", CONFIDENCE["role-anaphora"],
                               current.surface)
        return Attribution(None, evidence, "role-unresolved", 0.0)

    def _may_take_case_role(self, role: str, current: Event | None, before: int) -> bool:
        """A role the story gives (``apposed_roles``: "saksi", "the witness") that nobody holds
        yet means the person the text made its subject in this paragraph or the one before,
        unless that person holds an office or role already (the judge who asked)."""
        if role not in self.sl.folded_words("apposed_roles") or current is None or current.entity is None:
            return False
        k = bisect_right(self._para_starts, self.paragraph_of(before)[0]) - 1
        return (not current.entity.org and current.offset >= self.paragraphs[max(0, k - 1)][0]
                and not any(self.sl.role_rx.fullmatch(held) for held in current.entity.roles))

    def _unnamed_before(self, role: str, before: int) -> bool:
        """The head noun of ``role`` was written after an indefinite ("seorang wisatawan", "a
        tourist") earlier in the article, outside quotes, with no name given there, and no person
        the article names was introduced or described with it."""
        head = role.split()[0] if role.split() else ""
        if not head or head in self.sl.person_nouns or self.sl.role_rx.fullmatch(head) or any(
                not e.org and (head in e.described or any(head in r.split() for r in e.roles))
                for e in self.registry.entities):
            return False
        rx = self.sl.pattern(r"(?<!\w)(?i:{=indefinites})\s+" + re.escape(head) + r"(?!\w)")
        return any(not self.inside_quote(m.start()) and self._nobody_named_at(m.start(), m.end())
                   for m in rx.finditer(self.text, 0, before))

    def _nobody_named_at(self, start: int, end: int) -> bool:
        """No name is given with the unnamed phrase at ``start`` ("seorang kader bernama Rohani",
        "Seorang penumpang, Wartini (52), …"): no person is mentioned in its clause."""
        clause_end = self.sentence_of(start)[1]
        return not any(start <= np.start < clause_end and np.kind == "name" and not np.org
                       for np in self.mentions)

    def _described_by_affiliation(self, role: str) -> Entity | None:
        """ "politisi PKB itu", "politikus Partai Gerindra tersebut": a person noun and the words
        of an affiliation; the one person whose office holds those words ("anggota Fraksi PKB")."""
        words = role.split()
        if len(words) < 2 or words[0] not in self.sl.person_nouns:
            return None
        detail = set(words[1:]) - self.sl.folded_words("back_demonstratives")
        holders = [e for e in self.registry.entities if not e.org and any(
            detail <= set(held.split()) for held in e.roles)]
        return holders[0] if detail and len(holders) == 1 else None

    def _named_in_paragraph(self, before: int, current: Event | None, gender: str = "") -> Entity | None:
        """The person last named in this paragraph before ``before`` (outside quotes), when the
        current subject comes from an earlier paragraph: a description points back to them (one
        of its gender, when it gives one)."""
        para = self.paragraph_of(before)
        if current is not None and current.offset >= para[0]:
            return None
        k = bisect_left(self._mention_starts, before) - 1
        while k >= 0 and self.mentions[k].start >= para[0]:
            np = self.mentions[k]
            if not self.inside_quote(np.start) and not self.is_place(np):
                entity = self.registry.resolve(np, np.start)
                if not entity.org and self._may_have(entity, gender):
                    return entity
            k -= 1
        return None

    def _mentioned_after(self, current: Event | None, before: int, gender: str) -> Entity | None:
        """The person a description points back to when the text named someone after its current
        subject: the last person named (outside quotes, in this paragraph or the one before)
        after the sentence of that subject, or after an unnamed subject in its own sentence
        ("Salah satunya milik Reza Pahlevi, …"). None when nobody was named since."""
        k = bisect_right(self._para_starts, self.paragraph_of(before)[0]) - 1
        since = self.paragraphs[max(0, k - 1)][0]
        if current is not None:
            sentence = self.sentence_of(current.offset)
            since = max(since, sentence[1] if current.entity is not None else sentence[0])
        k = bisect_left(self._mention_starts, before) - 1
        while k >= 0 and self.mentions[k].start >= since:
            np = self.mentions[k]
            k -= 1
            if self.inside_quote(np.start) or self.is_place(np):
                continue
            entity = self.registry.resolve(np, np.start)
            if not entity.org and (not gender or self._may_have(entity, gender)):
                return entity
        return None

    def _known_person(self, np: NP) -> NP | None:
        """A capitalised kin or source word that starts a name the article gave in full: "terang
        Putri Maharani" (of "I Gusti Ayu Putri Maharani") is her, not somebody's daughter; alone,
        it is the first name of one ("ujar Putra" of "Putra Wijaya Saragih")."""
        if np.kind not in ("anonymous", "role") or not self.text[np.start:np.start + 1].isupper():
            return None
        tokens, end, org = name_run(self.text, np.start, self.paragraph_of(np.start)[1], self.sl)
        if not tokens or org:
            return None
        key = key_tokens(tokens)
        if any(not e.org and len(e.tokens) > len(tokens) and contains(key_tokens(e.tokens), key)
               and (len(tokens) >= 2 or e.tokens[0] == tokens[0]) for e in self.registry.entities):
            return NP(np.start, end, "name", name=tokens)  # (alone: "ujar Putra", the first name)
        return None

    def note(self, offset: int, attribution: Attribution, speaking: bool = True, asks: bool = False) -> None:
        if attribution.entity is not None or attribution.rule in ("anonymous", "plural"):
            self.events.append(Event(offset, attribution.entity, speaking, attribution.evidence, asks))
