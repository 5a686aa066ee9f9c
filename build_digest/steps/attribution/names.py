"""Collecting the article's people before reading: names, offices, ranks, capacities."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from ...textutil import standing_alone
from ..mentions import NP, contains, key_tokens, name_run, parse_np
from ..mentions.words import descriptive
from ..speaker_rules import capital_followers, institution_prefix
from .headlines import cut_to_body, title_case_line
from .patterns import CAPITAL_WORD, RUN_BEFORE
from .state import ReaderState

_NAME_EDGE = r"\w'’-"  # characters that continue a word
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*) $")
_WORD_AFTER = re.compile(r" [A-Z]")
_NUMERAL = re.compile(r"[IVXLC]+")  # a class or unit number: "kelas VIII SMP Inpres Watuneso"


def _whole(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’-]){re.escape(phrase)}(?![\w'’-])")


_FIRST_LOWER_WORD = re.compile(r"(?<![\w.-])[a-z]{3,}(?![\w-])")
_APPOSED_REACH = 120  # characters back from a name to the role it is apposed to
_APPOSED_WORDS = 10  # words of description at most between that role and the name
_AGENT_REACH = 5  # the passive verb and the words describing its agent before the name
_DEGREES_ONLY = re.compile(r"[\s,]*(?:[A-Z][\w]*\.(?:[A-Z][\w]*\.)*[\s,]*)*")  # ", M.M., "


class NameCollection(ReaderState):
    """Registers the article's names, offices and what is done to people before reading."""

    def collect_names(self) -> None:
        """Register every multi-word name, abbreviation and office holder before reading."""
        found: list[NP] = []
        offices = self.holderless_offices
        aliases: set[tuple[str, ...]] = set()
        titles = {para for para in self.paragraphs if title_case_line(self.text[slice(*para)], self.sl)}
        body = "\n".join(self.text[slice(*para)] for para in self.paragraphs if para not in titles)
        for para in self.paragraphs:
            for m in CAPITAL_WORD.finditer(self.text, *para):
                if self.inside_quote(m.start()) or ((run := RUN_BEFORE.search(
                        self.text, max(para[0], m.start() - 40), m.start())) and not (
                        self.sl.according_rx.fullmatch(run.group().strip()))):
                    continue  # inside a quote, or not the first word of a run of capitals (the
                    # source after "Menurut" opens one: "Menurut Theresia, …")
                np = parse_np(self.text, m.start(), para[1], self.sl)
                if np and np.kind == "name" and para in titles:  # a headline's words are all
                    np = cut_to_body(np, self.text, body)  # capitalised: the body shows the names
                if np and np.kind == "role" and not np.anaphoric:
                    offices.append((np.start, np.end))
                if np and np.kind == "name":
                    found.append(np)
                    if not np.role and len(np.name) <= 2 and (
                            m.start() != self.sentence_of(m.start())[0] or np.name[0] in self.known_capitals):
                        aliases.add(np.name)
            for m in self.sl.role_scan_rx.finditer(self.text, *para):
                if self.inside_quote(m.start()) or (m.start() > 0 and self.text[m.start() - 1].isalnum()):
                    continue
                np = parse_np(self.text, m.start(), para[1], self.sl)
                if np and np.kind == "name" and para in titles:
                    np = cut_to_body(np, self.text, body)
                if np and np.kind == "name":
                    found.append(np)
                elif np and np.kind == "role" and not np.anaphoric:
                    offices.append((np.start, np.end))
        # the capitalised words inside an office with no holder are its field or place, no
        # person: "Kepala Dinas Pertanian, Ketahanan Pangan, dan Perikanan Klaten melalui …"
        found = [np for np in found if np.role or not self.in_holderless_office(np.start)]
        self.collect_abbreviations()
        self.initials = self.registry.initials = self.given_initials()
        self.collect_known_institutions()
        self.collect_nicknames()
        self.collect_descriptions()
        self.collect_org_kinds()
        self.registry.nouns = self.common_nouns()
        self.registry.heads = self.common_heads(found, aliases)
        found = [np for np in found if not self._office_in_place(np)]
        found = _outside_offices(found)
        found = [self.described_brand(np) for np in self._institution_names(found)]
        self.mentions = sorted((np for np in found if np.kind == "name" and not np.org and len(np.name) >= 2),
                               key=lambda np: np.start)
        self._mention_starts = [np.start for np in self.mentions]
        # a run of capitals that starts inside an office: "… Resources and Environment Nguyen"
        found = _outside_office_tails(found)
        for np in found:
            if (len(np.name) >= 2 or np.role) and " ".join(np.name).casefold() not in self.registry.nicknames:
                self.registry.add_full(np.name, np.org)  # (not a nickname: "Hendri alias Ucu Hendri")
        # the article's own words, not its credits ("Editor: Muhammad …")
        body = "\n".join([*(self.text[s.start:s.end] for s in self.doc.spans_of("headline")),
                          *(self.text[a:b] for a, b in self.paragraphs)])
        # (a name the text sets off after its office's comma holds no description: "pelari asal
        # NTT, Maria Goreti Lerebulan," keeps "Maria" though a quote calls her "Maria" alone)
        glued = {np.name for np in found if np.role and f", {' '.join(np.name)}" not in self.text}
        self.registry.trim(aliases, glued, self.places(), body)
        self.cut_institutions()
        self.cut_descriptors()
        for np in found:
            if np.role:
                self.note_introduction(np, self.registry.resolve(np, -1))
        self.collect_described_nicknames(found)
        self.collect_capacities()
        self.collect_ranks()
        self.collect_case_roles()
        self.collect_genders()

    def _institution_names(self, found: list[NP]) -> list[NP]:
        """ "Bank Nusantara Sejahtera", "SD Inpres Oelbiteno": the capitalised words after an
        institution word, read as a person's name once that word was cut off as a description
        ("Kremlin Dmitry Peskov"), are the institution's own name when the article writes them
        after that word every time and never uses one of them apart from it ("kata Peskov");
        not the holder of an office that word belongs to ("juru bicara Kremlin Dmitry Peskov")."""
        heads = [self._institution_words_before(np) if np.kind == "name" and not np.org else ()
                 for np in found]
        # an office that holds the institution word names its holder after it, unless the text
        # writes the same words after that word again ("Kepala SMP Inpres Watuneso" and "siswa SMP
        # Inpres Watuneso")
        held = {np.name for np, words in zip(found, heads, strict=True) if np.role and (
            not words or any(w.casefold() in np.role.split() for w in words))}
        named: dict[tuple[tuple[str, ...], tuple[str, ...]], bool] = {}
        out = []
        for np, words in zip(found, heads, strict=True):
            if words:
                if (words, np.name) not in named:
                    named[(words, np.name)] = self._only_after(words, np.name, 2 if np.name in held else 1)
                if named[(words, np.name)]:
                    np = replace(np, name=(*words, *np.name), org=True, role="")
            out.append(np)
        return out

    def _institution_words_before(self, np: NP) -> tuple[str, ...]:
        """The institution words written right before the name of ``np`` inside its phrase."""
        at = self.text.find(" ".join(np.name), np.start, np.end)
        words: list[str] = []
        while at > np.start:
            m = _WORD_BEFORE.search(self.text, np.start, at)
            if m is None or m.group(1) not in self.sl.organisations:
                break
            words.insert(0, m.group(1))
            at = m.start(1)
        before = _WORD_BEFORE.search(self.text, max(0, at - 40), at) if words else None
        if before and not (self.sl.role_rx.fullmatch(before.group(1)) or _NUMERAL.fullmatch(before.group(1))
                           or before.group(1).casefold() in self.sl.not_names):
            return ()  # the word opens no name: "the Padang Fire Agency Yosef Marpaung"; a rank and
        return tuple(words)  # its corps before a person: "Mayjen TNI Yohanes Bere Mali"


    def _only_after(self, heads: tuple[str, ...], name: tuple[str, ...], times: int) -> bool:
        """The text writes ``name`` after ``heads`` wherever it writes it, at least ``times``
        times, and none of its words stands on its own (not inside a run of other capitalised
        words)."""
        written = " ".join(name)
        headed = len(_whole(f"{' '.join(heads)} {written}").findall(self.text))
        if headed < times or len(_whole(written).findall(self.text)) != headed:
            return False
        return not any(self._stands_alone(m, written) for word in set(name) if len(word) >= 3
                       for m in _whole(word).finditer(self.text))

    def _stands_alone(self, m: re.Match[str], written: str) -> bool:
        """The word at ``m`` is used on its own: outside ``written`` and set off from other
        capitalised words (a word that is no name, "Menurut", may stand before it)."""
        start = self.text.rfind(written, max(0, m.start() - len(written)), m.end())
        if start >= 0 and start <= m.start() < start + len(written):
            return False
        before = _WORD_BEFORE.search(self.text, max(0, m.start() - 40), m.start())
        after = _WORD_AFTER.match(self.text, m.end())
        return not (before and before.group(1).casefold() not in self.sl.not_names) and after is None

    def common_heads(self, found: list[NP], aliases: set[tuple[str, ...]]) -> frozenset[str]:
        """Capitalised words before people's names that the article also uses as common nouns
        ("a commissioner said" and "Commissioner Anggraeni told …", "sang vokalis" and "Vokalis
        Arief …"): a noun after a determiner or before a demonstrative, never used alone as a
        name, nor a name particle, is an office written before the name, whatever the office."""
        nouns = self.registry.nouns
        firsts = {np.name[0] for np in found if np.kind == "name" and not np.org and len(np.name) >= 2
                  and np.name[0].casefold() in nouns}
        kin = self.sl.folded("relative_nouns")  # ("seorang putri" and "Putri Nabila …": a first name)
        return frozenset(w for w in firsts if w[1:].islower() and not (
            w in self.sl.particles or w in self.sl.openers or (w,) in aliases
            or descriptive(w, self.sl) or w.casefold() in kin))

    def common_nouns(self) -> frozenset[str]:
        """Lower-case words the article uses in a noun's place: after a determiner or before a
        demonstrative."""
        return frozenset(m.group("noun") for rx in self.sl.common_noun_rxs for para in self.paragraphs
                         for m in rx.finditer(self.text, *para))

    def collect_case_roles(self) -> None:
        """ "Drs. Haryanto Wibisono, M.M., dituntut 7 tahun …": what is done to a person gives him
        a role in the case ("terdakwa"), so that "jawab terdakwa" finds him (roles in the data)."""
        given = self.sl.data.get("roles_from_predicates") or {}
        by_verb = {verb.casefold(): role.casefold() for role, verbs in given.items() for verb in verbs}
        initialled = (NP(m.start(), m.end(), "name", name=(m.group(),))  # "RS dijerat Pasal 338"
                      for initials in sorted(self.initials)
                      for m in re.finditer(rf"{standing_alone(initials)}(?![\w-])", self.text))
        named = [*self.mentions, *initialled]
        for np in named if by_verb else ():
            verb = _FIRST_LOWER_WORD.search(self.text, np.end, min(np.end + 40, len(self.text)))
            role = by_verb.get(verb.group()) if verb else None
            if role is None or self.inside_quote(np.start) or not _DEGREES_ONLY.fullmatch(
                    self.text, np.end, verb.start()):  # only degrees between: ", M.M., dituntut"
                continue
            entity = self.registry.resolve(np, -1)
            if not entity.org and role not in entity.roles:
                entity.roles.append(role)
        self._collect_agent_roles()
        self._collect_apposed_roles()

    def _collect_apposed_roles(self) -> None:
        """ "… dengan terdakwa mantan Kepala Dinas PUPR Kabupaten Karo, Hasanuddin Purba", "dua
        saksi, salah satunya bendahara dinas, Marlina Sembiring": the person named in apposition
        after a role the story gives (``apposed_roles`` in the data) holds it, so that "jawab
        saksi" or "kata terdakwa" finds them. Only a description may stand between (no verb, no
        other person), set off by one or two commas ("the defendant, former Bekasi mayor Rahmat
        Sulistyo")."""
        rx = self.sl.pattern(r"(?i)(?<![\w-])(?:{=apposed_roles})(?![\w-])")
        verbs = self.sl.report_verbs | self.sl.after_verbs | self.sl.subject_verbs
        for k, np in enumerate(self.mentions):
            if np.org or self.inside_quote(np.start):
                continue
            start = max(self.sentence_of(np.start)[0], np.start - _APPOSED_REACH)
            role = next(reversed(list(rx.finditer(self.text, start, np.start))), None)
            if role is None or self.inside_quote(role.start()):
                continue
            between = self.text[role.end():np.start]
            words = [w.casefold() for w in between.replace(",", " ").split()]
            acted = any(w in verbs or (len(w) >= 5 and w.startswith(self.sl.verb_prefixes)) for w in words)
            someone = any(role.end() <= other.start and other.end <= np.start and not other.org
                          for other in self.mentions[max(0, k - 4):k])
            if len(words) > _APPOSED_WORDS or not 1 <= between.count(",") <= 2 or acted or someone:
                continue  # (set off by a comma: "the defendant, former Bekasi mayor Rahmat …")
            entity = self.registry.resolve(np, -1)
            written = " ".join(role.group().casefold().split())
            if not entity.org and written not in entity.roles:
                entity.roles.append(written)

    def _collect_agent_roles(self) -> None:
        """ "Debat yang dipandu jurnalis senior Yuliana Hamisi": the agent named right after a
        passive verb holds the role the verb gives ("moderator"; roles_from_agents in the data),
        so that "ujar moderator" finds her; lower-case words that describe her may stand between."""
        given = self.sl.data.get("roles_from_agents") or {}
        by_verb = {verb.casefold(): role.casefold() for role, verbs in given.items() for verb in verbs}
        for np in self.mentions if by_verb else ():
            before = self.text[max(0, np.start - 80):np.start].split()[-_AGENT_REACH:]
            role = None
            while before and role is None:  # back over a lower-case description: "jurnalis radio"
                word = before.pop()
                role = by_verb.get(word.casefold())
                if not word.isalpha() or not word.islower():
                    break
            if role is None or self.inside_quote(np.start):
                continue
            entity = self.registry.resolve(np, -1)
            if not entity.org and role not in entity.roles:
                entity.roles.append(role)

    def collect_ranks(self) -> None:
        """ "Mayjen TNI Yohanes Bere Mali": the rank makes him "jenderal bintang dua", so that
        "tegas jenderal bintang dua itu" finds him (ranks and their descriptions in the data)."""
        rx, described = self.sl.rank_rx, self.sl.rank_descriptions
        for para in self.paragraphs if rx is not None else ():
            for m in rx.finditer(self.text, *para):
                tokens, _, org = name_run(self.text, m.end(), para[1], self.sl)
                if not tokens or org or self.inside_quote(m.start()):
                    continue
                key = key_tokens(tokens)
                entity = next((e for e in self.registry.entities
                               if not e.org and contains(key_tokens(e.tokens), key)), None)
                if entity is None:  # (not "Direktur Jenderal Kerja Sama ASEAN": a person named already)
                    continue
                for description in described[m.group("rank")]:
                    if description not in entity.roles:
                        entity.roles.append(description)

    def collect_capacities(self) -> None:
        """ "Lilik dihadirkan jaksa sebagai saksi", "Budi, selaku kuasa hukum, …": the office the
        subject holds here, so "jawab saksi" finds Lilik. Not after an active transitive verb
        ("Budi menunjuk Andi sebagai saksi": Andi's, not Budi's)."""
        rx = self.sl.capacity_rx
        if rx is None:
            return
        for para in self.paragraphs:
            for m in rx.finditer(self.text, *para):
                role = self.sl.role_rx.match(self.text, m.end(), para[1])
                if role is None or self.inside_quote(m.start()):
                    continue
                sentence = self.sentence_of(m.start())
                np = self.subject(sentence[0], m.start())
                if np is None or np.kind != "name" or np.org or any(
                        w.casefold().startswith(self.sl.verb_prefixes)
                        for w in self.text[np.end:m.start()].split()):
                    continue
                entity = self.registry.resolve(np, -1)
                written = role.group().casefold()
                if written not in entity.roles:
                    entity.roles.append(written)

    def cut_institutions(self) -> None:
        """ "pelatih Borneo Raya Ricardo Almeida Nunes": the club is not part of his name."""
        follows: dict[tuple[str, ...], set[str]] | None = None
        for entity in self.registry.entities:
            if entity.org or entity.display or len(entity.tokens) < 4 or (
                    entity.tokens[0] in self.sl.particles or entity.tokens[0] in self.sl.openers):
                continue
            follows = capital_followers(self.text) if follows is None else follows
            cut = institution_prefix(entity.tokens, follows)
            if cut:
                entity.tokens = entity.tokens[cut:]

    def cut_descriptors(self) -> None:
        """ "Pesawat Nusa Air", "Skuad Laskar Mahakam FC", "Manajemen LajuKu": a common noun
        capitalised only where a sentence starts is no part of the name after it, when the article
        writes that name without it too (:meth:`_describes_name`)."""
        cut: set[str] = set()
        for entity in self.registry.entities:
            if len(entity.tokens) >= 2 and not entity.display and self._describes_name(entity.tokens):
                cut.add(entity.tokens[0])
                entity.tokens = entity.tokens[1:]
        self.registry.descriptors = frozenset(cut)

    def _describes_name(self, tokens: tuple[str, ...]) -> bool:
        """The first word of ``tokens`` describes the rest: never capitalised inside a sentence,
        no word of a name or institution's name, a common noun the article writes in lower case
        ("pesawat") or written before an institution's name ("Skuad … FC"), and the rest written
        without it elsewhere."""
        word, rest, sl = tokens[0], tokens[1:], self.sl
        if (not word[1:].islower() or word in self.known_capitals or word in sl.organisations
                or word in sl.particles or word in sl.openers or word in sl.honorifics
                or word.casefold() in sl.folded_words("company_forms")):
            return False
        folded = word.casefold()
        if len(rest) >= 2 and (folded in sl.folded_words("description_nouns") or folded in sl.person_nouns):
            return True  # what the person is, before a full name: "Pemulung Ketut Darma ikut …"
        lower = standing_alone(folded, _NAME_EDGE) + rf"(?![{_NAME_EDGE}])"
        if not (any(descriptive(t, self.sl) for t in rest) or re.search(lower, self.text)):
            return False
        written = " ".join(rest)
        return len(_whole(written).findall(self.text)) > len(_whole(" ".join(tokens)).findall(self.text))

    def _office_in_place(self, np: NP) -> bool:
        """ "a provincial official in Quang Nam": the office's complement is a place, not its holder."""
        rx = self.sl.place_rx
        m = rx.search(self.text, np.start, np.end) if rx is not None and np.role else None
        return m is not None and tuple(m.group(1).split()) == tuple(np.name)


def _outside_office_tails(found: list[NP]) -> list[NP]:
    """Drops a name that starts inside an office and ends as that office does ("… Resources and
    Environment Nguyen" read again from "Environment"). Offices are looked up by position, not
    all compared with every name, so long texts stay linear."""
    offices = sorted((np for np in found if np.role), key=lambda o: o.start)
    starts = [o.start for o in offices]
    reach, furthest = [], -1  # the furthest end of the offices so far
    for office in offices:
        furthest = max(furthest, office.end)
        reach.append(furthest)

    def tail_of_office(np: NP) -> bool:
        k = bisect_left(starts, np.start) - 1
        while k >= 0 and reach[k] > np.start:
            o = offices[k]
            if np.start < o.end and len(o.name) < len(np.name) and np.name[-len(o.name):] == o.name:
                return True
            k -= 1
        return False

    return [np for np in found if np.role or not tail_of_office(np)]


def _outside_offices(found: list[NP]) -> list[NP]:
    """ "Kuasa hukum terdakwa, Bambang": the office "terdakwa", read again inside the office
    "kuasa hukum terdakwa" with the same holder, is not Bambang's."""
    spans: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for np in found:
        if np.role:
            spans.setdefault(np.name, []).append((np.start, np.end))
    reach: dict[tuple[str, ...], tuple[list[int], list[int]]] = {}
    for name, pairs in spans.items():  # starts in order, and the furthest end reached so far
        pairs.sort()
        ends, furthest = [], -1
        for _start, end in pairs:
            furthest = max(furthest, end)
            ends.append(furthest)
        reach[name] = ([start for start, _ in pairs], ends)

    def inside(np: NP) -> bool:
        starts, ends = reach[np.name]
        k = bisect_left(starts, np.start) - 1
        return k >= 0 and ends[k] > np.start

    return [np for np in found if not np.role or not inside(np)]
