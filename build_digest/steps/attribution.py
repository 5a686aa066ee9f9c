"""Attribute each quote to its speaker, reading the article in order like a reader does.

The rules, strongest first:

1. a speech verb after the quote and the speaker after it: ``"…," kata Peskov`` / ``ujar dia`` /
   ``tegas juru bicara itu`` / ``katanya``; or a speaker and a verb: ``"…," ia menambahkan``;
2. a speaker and a speech verb (or "Menurut X,") introducing the quote: ``Peskov mengatakan, "…"``;
3. for a partial quote, the subject of the reporting verb that governs it:
   ``Trump mengisyaratkan dia "baik-baik saja"``;
4. neighbours: the other half of a statement split by its attribution, a quote continued from
   the previous paragraph, consecutive quote paragraphs of one speaker.

Names resolve to the fullest form the article uses; pronouns to the person the article last made
its subject or speaker; offices to the person introduced with them. Where the text names nobody
the speaker stays ``None``. Every attribution keeps the phrase that gave it and a confidence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

from ..doc import Document, Quote
from ..lexicon import Lexicon
from .ages import age_in, ages_given
from .gender import gender_of_text, gender_of_words, titled
from .mentions import NP, Entity, Registry, contains, key_tokens, name_run, parse_np, role_after_name
from .quotes import SHAPES
from .sentences import sentence_at, sentence_bounds
from .speaker_rules import (
    after_connective,
    age_description,
    appositive_name,
    capital_followers,
    dateline_places,
    definite_description,
    described_appositive,
    described_institutions,
    description_subject,
    fuller_name,
    institution_prefix,
    kind_appositives,
    name_after_words,
    nicknames_given_after,
    office_before,
    owned_document,
    place_names,
    self_description,
    spells_office,
    syllabic_source,
    syllabic_start,
)
from .speechlex import SpeechLexicon, speech_lexicon

_SPACES = re.compile(r"[ \u00a0\t]*")


def _skip_spaces(text: str, pos: int, hi: int) -> int:
    return _SPACES.match(text, pos, hi).end()


_SKIP_AFTER = re.compile(r"[\s,.!?…\u2014\u2013-]*")
_ABBREVIATION = re.compile(r"\s\(([A-Z][A-Za-z0-9-]{1,14}(?: [A-Z][A-Za-z0-9-]{1,14}){0,2})\)")
_OWNER_AFTER = re.compile(r" ([A-Z]{2,8}|[A-Z][a-z]+-[A-Z][a-z]+)(?=[,.;:]|\s+[a-z])")
_REGION_AFTER = re.compile(r" ((?:Kabupaten|Kota|Provinsi|Kecamatan|Desa|Kelurahan)(?: [A-Z][\w'’-]*){1,3})"
                           r"(?=[,.;:]|\s+[a-z(])")
_PREDICATE = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:[a-z][\w-]*)")
_WORDS_BACK = re.compile(r"[\w&-]+|,")
_PASSIVE = re.compile(r"(?<!\w)(di[\w-]+?)(?:nya)?(?:\s+oleh)?\s+(?=\S)")
_NAMED_AT_END = re.compile(r",\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s*[.!?]?\s*$")
_CAPITAL_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*")
def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i] == " ":
        i += 1
    return i


_FIRST_LOWER_WORD = re.compile(r"(?<![\w.-])[a-z]{3,}(?![\w-])")
_DEGREES_ONLY = re.compile(r"[\s,]*(?:[A-Z][\w]*\.(?:[A-Z][\w]*\.)*[\s,]*)*")  # ", M.M., "
_AGE = re.compile(r"\s*\(\d{1,3}\)")
_MIN_CLIPPED = 4  # letters a clipped first name has at least ("Frans", "Rifqi")
_RUN_BEFORE = re.compile(r"[A-Z\u00c0-\u00de][\w'’.-]* $")
# (the capital first, then the look back: the regex engine then skips to capitals quickly)
_CAPITAL_WORD = re.compile(r"[A-Z\u00c0-\u00de](?<![\w'’-].)[\w'’-]*")

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
_DESCRIPTION_ANAPHOR = r"((?:[\w'’-]+\s+){1,7}?)(?:{back})(?!\w)"
_AFFILIATION = (r" (?:{=affiliation_prepositions}) (?:(?:{=affiliation_articles}) )?[A-Z][\w'’-]*"
                r"(?:(?: (?:{=affiliation_glue}))* [A-Z][\w'’-]*)*")
_AFTER_INITIALS = re.compile(r"\s*(?:\(\d{1,3}\))?\s*,?")
# a short opening phrase before the subject, all lower case after its first word ("Di luar
# wawancara, ", "Sementara itu, ", "On Monday, ")
_ADVERBIAL_OPENER = re.compile(r"[A-Z][a-z]*(?: [a-z][\w-]*){0,4}, ")
_HEADING_CHARS = 90
_WORD_RUN = re.compile(r"[\w-]+")
_SHAPE_MARKS = tuple(SHAPES)
_SENTENCE_ENDS = (".", "!", "?", "…", ":", ";", ",")
_SALIENT_PARAGRAPHS = 2  # an institution made subject this many paragraphs back is still salient
_OFFICE_MENTIONS_READ = 4  # the first mentions of a name, where its office is written

CONFIDENCE = {
    "name": 0.95, "role-name": 0.95, "role": 0.8, "pronoun": 0.85, "pronoun-weak": 0.7,
    "subject": 0.85, "split": 0.85, "continuation": 0.75, "colon": 0.7, "role-anaphora": 0.7,
    "named-after": 0.9, "context": 0.65, "embedded": 0.6,
}


@dataclass(slots=True)
class Event:
    """At ``offset`` the article made ``entity`` its subject (``speaking``: with a speech verb)."""

    offset: int
    entity: Entity | None  # None: a source the text does not name
    speaking: bool
    surface: str
    asks: bool = False  # the words spoken are a question ("…?" tanya seorang wartawan)


@dataclass(slots=True)
class Attribution:
    entity: Entity | None
    evidence: str
    rule: str
    confidence: float
    antecedent: str | None = None
    via: str | None = None  # the quote whose attribution this one shares
    cue_end: int | None = None  # where the phrase that gave it ends


class Reader:
    """State while reading one article: its names, its subjects so far, the quotes."""

    def __init__(self, doc: Document, sl: SpeechLexicon, abbreviations: frozenset[str],
                 institutions: dict | None = None) -> None:
        self.doc, self.text, self.sl = doc, doc.text, sl
        self.institutions = institutions or {}  # known short forms: {"names": …, "prefixes": …}
        self.registry = Registry(sl)
        self.initials: frozenset[str] = frozenset()  # initials given as people's names
        self.events: list[Event] = []
        self.opaque = sorted((q.open_mark, q.end) for q in doc.quotes)
        self._opaque_starts = [a for a, _ in self.opaque]
        self.paragraphs = self._body_paragraphs(doc)
        self._para_starts = [p[0] for p in self.paragraphs]
        self.sentences = {p: sentence_bounds(self.text, p[0], p[1], self.opaque, abbreviations)
                          for p in self.paragraphs}
        self.known_capitals = self._mid_sentence_capitals()
        self.place_names: frozenset[tuple[str, ...]] = frozenset()
        self.mentions: list[NP] = []  # people named in the text, in order
        self._mention_starts: list[int] = []
        self._interview_cue_end: int | None = None  # where the first interview cue ends
        self._first_use: dict[str, int] = {}  # a one-word name -> where the text first uses it
        self._institutions_by_word: dict[str, list[Entity]] | None = None  # (known_institution)
        self._before_names: dict[tuple[str, tuple[str, ...]], bool] = {}  # (_written_before)
        self._gender_cues: dict[tuple[str, ...], str] = {}  # name -> the gender the text gives it
        self._offices_before: dict[tuple[str, ...], list[list[str]]] = {}  # (_office_written)
        self._office_holders: dict[tuple[str, ...], Entity | None] = {}  # (_office_written)
        self._unheld: dict[tuple[str, ...], Entity | None] = {}  # (_unheld_office)
        self._age_cues: dict[tuple[str, ...], int] = {}  # name -> the age given with it (-1: two)

    @staticmethod
    def _body_paragraphs(doc: Document) -> list[tuple[int, int]]:
        """Paragraph spans, each starting after its lead ("JAKARTA - ") if it has one."""
        leads = [(s.start, s.end) for s in doc.spans_of("lead")]
        out = []
        for span in sorted(doc.spans_of("paragraph"), key=lambda s: s.start):
            start = max([span.start] + [e for s, e in leads if span.start <= s < span.end])
            while start < span.end and doc.text[start].isspace():
                start += 1
            if start < span.end:
                out.append((start, span.end))
        return out

    # -- where things are -------------------------------------------------------------------
    def inside_quote(self, offset: int) -> bool:
        k = bisect_right(self._opaque_starts, offset) - 1
        return k >= 0 and offset < self.opaque[k][1]

    def paragraph_of(self, offset: int) -> tuple[int, int]:
        k = max(0, bisect_right(self._para_starts, offset) - 1)
        para = self.paragraphs[k]
        if para[0] <= offset < para[1] or k + 1 >= len(self.paragraphs):
            return para
        return para if offset < self.paragraphs[k + 1][0] else self.paragraphs[k + 1]

    def sentence_of(self, offset: int) -> tuple[int, int]:
        return sentence_at(self.sentences[self.paragraph_of(offset)], offset)

    def _mid_sentence_capitals(self) -> frozenset[str]:
        """Capitalised words seen away from a sentence start: those are names."""
        seen: set[str] = set()
        for para, bounds in self.sentences.items():
            for start, end in bounds:
                for m in _CAPITAL_WORD.finditer(self.text, start, end):
                    before = m.start()  # the end of the sentence's text before the word, spaces cut
                    while before > start and self.text[before - 1].isspace():
                        before -= 1
                    if before > start and not self.text.endswith(_SHAPE_MARKS, start, before) and (
                            not self.inside_quote(m.start())):
                        seen.add(m.group())
            del para
        return frozenset(seen)

    # -- names ------------------------------------------------------------------------------
    def collect_names(self) -> None:
        """Register every multi-word name, abbreviation and office holder before reading."""
        found: list[NP] = []
        aliases: set[tuple[str, ...]] = set()
        for para in self.paragraphs:
            for m in _CAPITAL_WORD.finditer(self.text, *para):
                if self.inside_quote(m.start()) or _RUN_BEFORE.search(
                        self.text, max(para[0], m.start() - 40), m.start()):
                    continue  # inside a quote, or not the first word of a run of capitals
                np = parse_np(self.text, m.start(), para[1], self.sl)
                if np and np.kind == "name":
                    found.append(np)
                    if not np.role and len(np.name) <= 2 and (
                            m.start() != self.sentence_of(m.start())[0] or np.name[0] in self.known_capitals):
                        aliases.add(np.name)
            for m in self.sl.role_scan_rx.finditer(self.text, *para):
                if self.inside_quote(m.start()) or (m.start() > 0 and self.text[m.start() - 1].isalnum()):
                    continue
                np = parse_np(self.text, m.start(), para[1], self.sl)
                if np and np.kind == "name":
                    found.append(np)
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
        self.registry.trim(aliases, {np.name for np in found if np.role}, self.places(), body)
        self.cut_institutions()
        for np in found:
            if np.role:
                self.registry.resolve(np, -1)
        self.collect_described_nicknames(found)
        self.collect_capacities()
        self.collect_ranks()
        self.collect_case_roles()
        self.collect_genders()

    def collect_genders(self) -> None:
        """What the text says of each person's gender: a form of address before the name ("Bu
        Rina", "Mr Smith") or a description given at the introduction ("Siti (41), ibu dua
        anak"); read by gendered anaphors ("pria itu", "she said")."""
        for para in self.paragraphs:
            for at, gender in titled(self.text, *para, self.sl):
                tokens, _, org = name_run(self.text, at, para[1], self.sl)
                if tokens and not org and not self.inside_quote(at):
                    self._gender_cue(tokens, gender)
            for start, end, age in ages_given(self.text, *para):
                tokens, _, org = name_run(self.text, start, end, self.sl)
                if tokens and not org and not self.inside_quote(start):
                    self._age_cues[tokens] = age if self._age_cues.get(tokens, age) == age else -1

    def aged(self, description: str) -> Entity | None:
        """The one person the text gave the age a description gives ("pria berusia 45 tahun
        itu", "the 45-year-old"), or None."""
        age = age_in(description, self.sl) if self._age_cues else None
        named = [tokens for tokens, given in self._age_cues.items() if given == age] if age else []
        people = {id(e): e for e in (self.registry.resolve(NP(-1, -1, "name", name=t), -1) for t in named)
                  if not e.org}  # (a one-word name is known as a person from here on)
        return next(iter(people.values())) if len(people) == 1 else None

    def _gender_cue(self, tokens: tuple[str, ...], gender: str) -> None:
        """The text gives the person named ``tokens`` this gender (read when someone resolves
        to that name: one-word names are known as people only then)."""
        if gender:
            key = key_tokens(tokens)
            known = self._gender_cues.get(key, gender)
            self._gender_cues[key] = gender if known == gender else "?"

    def gender_of(self, entity: Entity) -> str:
        """The gender the text gives ``entity``: learnt from anaphors resolved to it, or cued at
        a name it holds ("Bu Sumiati", "Hendarto (52), pria …")."""
        if not entity.gender and not entity.org:
            key = key_tokens(entity.tokens)
            for named, gender in self._gender_cues.items():
                if contains(key, named):
                    self.learn_gender(entity, gender)
        return entity.gender

    @staticmethod
    def learn_gender(entity: Entity | None, gender: str) -> None:
        """Record that the text gives ``entity`` this gender (both: unknown, "?")."""
        if entity is None or entity.org or not gender or entity.gender == gender:
            return
        entity.gender = "?" if entity.gender else gender

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
            or self.registry._descriptive(w) or w.casefold() in kin))

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
                      for m in re.finditer(rf"(?<![\w-]){re.escape(initials)}(?![\w-])", self.text))
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

    def _office_in_place(self, np: NP) -> bool:
        """ "a provincial official in Quang Nam": the office's complement is a place, not its holder."""
        rx = self.sl.place_rx
        m = rx.search(self.text, np.start, np.end) if rx is not None and np.role else None
        return m is not None and tuple(m.group(1).split()) == tuple(np.name)

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
            if rx is None or not any(c in self.text[para[0]:para[1]].casefold() for c in cues):
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
        for m in _CAPITAL_RUN.finditer(self.text, start, end):
            if self.inside_quote(m.start()):
                continue
            tokens, _, org = name_run(self.text, m.start(), m.end(), self.sl)
            if len(tokens) >= 2 and not org and words & set(tokens) and not any(
                    self.registry._descriptive(t) for t in tokens):
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
        if _AGE.match(self.text, at + len(word)):  # "Darwis (58), yang akrab disapa Mak Uwih"
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
        if any(self.registry._descriptive(t) for t in np.name):
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
                if self.inside_quote(name_start) or self.inside_quote(desc_start):
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
                self.org_kinds.append((m.end(), entity, m.group("kind").casefold()))
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

    def org_anaphor(self, pos: int, hi: int, bare: bool = False) -> tuple[Entity, int] | None:
        """ "kementerian itu" / "the embassy": the institution of that kind named last; ``bare``
        (a subject): also the kind alone before its verb ("asosiasi menyebut …")."""
        rx = self.sl.org_anaphor_rx
        m = rx.match(self.text, pos, hi) if rx is not None else None
        if m is None or not (m.group("the") or m.group("demo") or (bare and self._verb_follows(m.end(), hi))):
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
        if best is None:
            event = self._salient_institution(pos, kind)
            best = (event.offset, event.entity) if event is not None and event.entity is not None else None
        return (best[1], m.end()) if best else None

    def _institution_named(self, np: NP) -> tuple[Entity, int] | None:
        """The institution a role phrase points to: "kementerian itu", or the kind alone as the
        subject of its verb ("asosiasi menyebut …")."""
        found = self.org_anaphor(np.start, np.end)
        if found is None:
            bare = self.org_anaphor(np.start, self.paragraph_of(np.start)[1], bare=True)
            found = bare if bare is not None and bare[1] == np.end else None
        return found

    def _verb_follows(self, pos: int, hi: int) -> bool:
        """A predicate opens right after ``pos``: a speech or report verb, or a lower-case word
        with a verb's prefix ("menyebut", "berjanji", "diminta")."""
        word = _WORD_RUN.match(self.text, _skip_spaces(self.text, pos, hi), hi)
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
        it is of another kind ("Kementerian Perhubungan" is no "asosiasi")."""
        generic = kind in self.sl.folded_words("generic_organisation_kinds")
        kinds = self.sl.folded("organisation_kinds") - {kind}
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
        self.place_names = place_names(self.text, self.paragraphs, self.sl) | dateline_places(
            [self.text[s.start:s.end] for s in self.doc.spans_of("lead")])
        return frozenset(word for name in self.place_names for word in name)

    def is_place(self, np: NP) -> bool:
        """A name the article uses only as a place ("di Blahbatuh", "in Hanoi"): never a speaker."""
        if np.kind != "name" or np.role or tuple(np.name) not in self.place_names:
            return False
        return not any(e.roles and e.tokens == tuple(np.name) for e in self.registry.entities)

    def collect_abbreviations(self) -> None:
        """ "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)": the long name and its short one."""
        glue = self.sl.folded_words("name_glue")
        for para in self.paragraphs:
            for m in _ABBREVIATION.finditer(self.text, *para):
                abbreviation = m.group(1)
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
                if head is not None and head.group() in self.sl.organisations:
                    kept.insert(0, head)  # "Kementerian Energi dan Sumber Daya Mineral (ESDM)"
                if not kept or self.sl.role_rx.match(kept[0].group()) or len(kept) < 2:
                    continue  # an office ("Kepala Kepolisian ... (Kapolri)") or nothing
                display = self.text[kept[0].start():kept[-1].end()]
                tokens = tuple(w.group() for w in kept if w.group() != ",")
                owner = _OWNER_AFTER.match(self.text, m.end(), para[1])
                if owner:  # "Badan Eksekutif Mahasiswa (BEM) UBR": the short form is of UBR's
                    display = f"{display} {owner.group(1)}"  # (named so; found by its own words)
                self.registry.add_abbreviation(abbreviation, tokens, display)
                region = _REGION_AFTER.match(self.text, m.end(), para[1])
                if region and not owner:  # "Komisi Pemilihan Umum (KPU) Kabupaten Nias Selatan"
                    self.registry.add_full((*tokens, *region.group(1).split()), True)

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
            if short in self.registry.abbreviations or not re.search(
                    rf"(?<![\w-]){re.escape(short)}(?![\w-])", self.text):
                continue
            if full in self.text:  # the article names it in full itself: its own words are read
                continue
            given = (initials for _, initials in self.sl.initials_given(self.text, 0, len(self.text)))
            if re.search(rf"(?<![\w-]){re.escape(short)}\s*\(\d{{1,3}}\)", self.text) or short in given:
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
        return replace(np, name=(*prefixes[np.name[0]].split(), *self._spelled_parts(np.name[1:])), org=True)

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

    def _unit_cut(self, np: NP) -> NP:
        """ "Bidang Humas Polda Jatim": the public-relations unit speaks for its institution."""
        for unit in self.sl.words("speaking_units"):
            words = tuple(unit.split())
            if np.name[:len(words)] == words and len(np.name) > len(words):
                return replace(np, name=np.name[len(words):], org=True)
        return np

    def np_entity(self, np: NP) -> Entity:
        if len(np.name) == 1 and np.name[0] in self.initials:  # "kata MK" (berinisial MK)
            return self.registry.resolve(replace(np, org=False), np.start)
        nicknamed = self.registry.nicknames.get(" ".join(np.name).casefold()) if len(np.name) > 1 else None
        if nicknamed is not None:  # "kata Gede Surya" (akrab disapa Gede Surya)
            np = replace(np, name=nicknamed.tokens)
        np = self._unit_cut(np)
        spelled = self._spelled_out(np)
        np = self._fuller(self._known_prefix(spelled) if spelled == np else spelled)
        np = self._clipped(np)
        entity = self.registry.resolve(np, np.start)
        role = role_after_name(self.text, np.end, self.paragraph_of(np.start)[1], self.sl)
        if role and role not in entity.roles:
            entity.roles.append(role)
        if np.role:  # "Pria asal Bekasi, Dedi (45), …", "Seorang ibu, Sumarni, …"
            self.learn_gender(entity, gender_of_text(np.role, self.sl))
        return entity

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
            m = re.search(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", self.text)
            first = self._first_use[word] = m.start() if m else -1
        named = self.text.find(" ".join(owners[0].tokens))
        introduced = self.text.startswith(", ", max(0, first - 2)) or bool(
            _AGE.match(self.text, first + len(word)))
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

    # -- subjects ---------------------------------------------------------------------------
    def subject(self, start: int, end: int) -> NP | None:
        """The subject of the sentence ``text[start:end]``: a phrase at its start or after a comma,
        followed by its predicate."""
        text = self.text
        positions = [start] + [m.end() for m in re.finditer(r", ", text[start:end])]
        positions = [start] + [start + p for p in positions[1:]]
        opened = after_connective(text, start, end, self.sl)
        if opened is not None:  # "Adapun Andi Fachrul menilai …"
            positions.insert(1, opened)
        for pos in positions:
            if self.inside_quote(pos) or (pos < end and text[pos] in SHAPES):
                continue
            presented = self._presented(pos, end)
            if presented is not None:  # "Salah satunya Wartini (41), …", "Di antara massa, tampak Sri …"
                if presented.kind == "name":
                    return presented
                continue  # "Tampak Pasar Cakranegara sepi": no one is brought on
            if pos == start and (described := description_subject(text, pos, end, self.sl)):
                return described  # "Warga Kecamatan Adiwerna, Tegal, itu duduk …"
            if pos == start and (named := described_appositive(text, pos, end, self.sl)):
                return named  # "Dokter spesialis paru dari PDPI, dr. Agustina Rahayu, Sp.P, …"
            institution = self.org_anaphor(pos, end, bare=True)
            if institution is not None and _PREDICATE.match(text, institution[1], end):
                written = text[pos:institution[1]].casefold()
                return NP(pos, institution[1], "role", role=written, anaphoric=True)
            if pos == start and (described := self.described_person(pos, end)) is not None and (
                    text.startswith(",", described.end) or _PREDICATE.match(text, described.end, end)):
                return described  # "The 34-year-old, a former taxi driver, owns …"
            np = self.known_institution(pos, end) or parse_np(text, pos, end, self.sl)
            if np is None or self.is_place(np):
                continue
            described = self._described_name(np, end) if np.kind == "name" and pos == start else None
            if described is not None:
                np = described  # "Environmental group Trend Asia called …"
            elif np.kind == "name" and pos == start and not self._name_at_start(np):
                continue
            rest = text[np.end:end].lstrip()
            nxt = re.match(r"[\w-]+", rest)
            if np.kind == "anonymous" and pos == start:  # "Seorang penumpang, Wartini (52), …"
                return (appositive_name(text, np, end, self.sl, self.registry.places)
                        or self._initials_given(np, end) or np)
            if np.kind == "role" and not np.anaphoric and (pos == start or _ADVERBIAL_OPENER.fullmatch(
                    text, start, pos)):  # "Pedagang lain, Rusdi (61), …", "Di luar wawancara, analis …"
                named = appositive_name(text, np, end, self.sl, self.registry.places)
                if named is not None:
                    return replace(named, role=np.role)
            if rest.startswith((",", "(")) or (nxt and nxt.group()[0].islower()):
                if np.kind == "name" and np.org:
                    return self._speaking_name(start, end) or np
                return np
        return self._speaking_name(start, end)

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
                _AGE.match(self.text, np.end, end) or self.text.startswith(",", np.end) or np.end >= end - 1):
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
        word = _WORD_RUN.match(self.text, pos, end)
        for entity in self._institutions_by_word.get(word.group(), []) if word else []:
            written = entity.display or " ".join(entity.tokens)
            if self.text.startswith(written, pos) and pos + len(written) <= end and not (
                    self.text[pos + len(written):pos + len(written) + 1].isalnum()):
                return NP(pos, pos + len(written), "name", name=entity.tokens, org=True)
        return None

    def _initials_given(self, np: NP, end: int) -> NP | None:
        """ "One victim, …, identified only by her initials, NR, said …", "Seorang korban yang
        berinisial NR mengaku …": the initials name the unnamed subject (before the verb)."""
        rx = self.sl.initials_rx
        for m in rx.finditer(self.text, np.start, end) if rx is not None else ():
            after = _AFTER_INITIALS.match(self.text, m.end(), end).end()
            if not self.inside_quote(m.start()) and self._verb_after(after, end) is not None:
                return NP(np.start, m.end("initials"), "name", name=(m.group("initials"),), role=np.role)
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
        kinds = self.sl.folded_words("description_nouns") | self.sl.folded("organisation_kinds")
        if named.role:  # "Constitutional law expert Zulkifli Chaniago said": the office closes it
            return replace(named, start=np.start) if len(between) <= 2 and all(
                w.islower() for w in between) and named.role.islower() else None
        if not 1 <= len(between) <= 2 or not all(w.islower() for w in between) or between[-1] not in kinds:
            return None
        return replace(named, start=np.start)

    def _speaking_name(self, start: int, end: int) -> NP | None:
        """A name anywhere in the sentence directly followed by a speech verb ("… Dewi Kartika said")."""
        for m in _CAPITAL_WORD.finditer(self.text, start, end):
            if self.inside_quote(m.start()) or _RUN_BEFORE.search(self.text, max(start, m.start() - 40),
                                                                  m.start()):
                continue
            np = parse_np(self.text, m.start(), end, self.sl)
            if (np is not None and np.kind == "name" and not np.org and not self.is_place(np)
                    and self._verb_after(np.end, end)):
                return np
        return None

    def unnamed_subject(self, start: int, end: int) -> NP | None:
        """A subject the text keeps unnamed: "Sahabat dekat Nadine, yang meminta namanya tidak
        disebutkan, mengatakan …" (the clause stands before the sentence's speech verb)."""
        rx = self.sl.anonymity_rx
        m = rx.search(self.text, start, end) if rx is not None else None
        if m is None or self.inside_quote(m.start()):
            return None
        verb = self._first_speech_verb(start, end)
        if verb is not None and verb <= m.start():
            return None  # "…," kata Budi, yang meminta …: the clause is about someone else
        return NP(start, m.end(), "anonymous")

    def passive_agent(self, start: int, end: int) -> NP | None:
        """The agent of a passive speech verb: "Hal senada diungkapkan seorang pria ..."."""
        for m in _PASSIVE.finditer(self.text, start, end):
            if m.group(1).casefold() not in self.sl.folded("passive_verbs") or self.inside_quote(m.start()):
                continue
            np = parse_np(self.text, m.end(), end, self.sl)
            if np is not None and np.kind in ("name", "anonymous", "role"):
                return np
        return None

    def _name_at_start(self, np: NP) -> bool:
        """A capitalised word opening a sentence is a name if it is one elsewhere, or reads as one:
        followed by an age ("Warsini (52), …") or by a speech verb."""
        if len(np.name) >= 2 or np.name[0] in self.known_capitals or np.role or np.org:
            return True
        hi = self.paragraph_of(np.start)[1]
        return bool(_AGE.match(self.text, np.end, hi)) or self._verb_after(np.end, hi) is not None

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
        words = {w.casefold() for w in _WORD_RUN.findall(self.text, start, end)}
        return not (words.isdisjoint(self.sl.report_verbs) and words.isdisjoint(self.sl.after_verbs))

    # -- resolving a phrase ------------------------------------------------------------------
    def last_person(self, before: int, singular: bool = False, gender: str = "") -> Event | None:
        """The person the text last made its subject or speaker; ``singular``: not an unnamed
        group ("sejumlah siswa …": "pria itu" is no one of them); ``gender``: not a person the
        text gives the other gender ("she said" after a man quoted)."""
        plural = self.sl.folded("plural_markers") if singular else frozenset()
        for event in reversed(self.events):
            if event.offset >= before or (event.entity is not None and event.entity.org):
                continue
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

    def _office_holder(self, np: NP) -> Entity | None:
        """ "Camat Wonosalam" after "Camat Wonosalam Heru Prasetyo": an office and the word that
        described it before its holder's name (a region, a unit), read as an office and a one-word
        name, is that holder."""
        if not np.role or len(np.name) != 1 or np.org:
            return None
        word = np.name[0]
        holders = [e for e in self.registry.entities if not e.org and word not in e.tokens
                   and any(self.sl.role_matches(np.role, held) for held in e.roles)
                   and self._written_before(word, e.tokens)]
        return holders[0] if len(holders) == 1 else None

    def _unheld_office(self, np: NP) -> Entity | None:
        """A "name" that is no person's but an office the text wrote before one ("kata Kasat
        Lantas"): that person."""
        if np.org or np.role or not (len(np.name) >= 2 or np.name[0].casefold() in self.sl.role_first_words):
            return None
        if np.name not in self._unheld:  # (remembered: asked for each mention)
            key = key_tokens(np.name)
            self._unheld[np.name] = None if any(
                e.tokens != np.name and not e.org and contains(key_tokens(e.tokens), key)
                for e in self.registry.entities) else self._office_written(list(np.name))
        return self._unheld[np.name]

    def _office_written(self, short: list[str]) -> Entity | None:
        """The one person whose name the text writes right after the office ``short`` stands for:
        "kata Kasat Lantas" after "Kasat Lantas Polres Majalengka AKP Dwi Handoko Saputro",
        "tegas Menteri PU" after "Menteri Pekerjaan Umum Darmawan …" (a word for the initials
        or syllables of several)."""
        if not short or not short[0][:1].isupper():
            return None
        if tuple(short) not in self._office_holders:  # (asked again and again: remembered)
            self._office_holders[tuple(short)] = self._find_office_holder(short)
        return self._office_holders[tuple(short)]

    def _find_office_holder(self, short: list[str]) -> Entity | None:
        """:meth:`_office_written`, not remembered."""
        skips, syllables = self.sl.folded_words("short_form_skips"), self.sl.office_syllables
        firsts = self.sl.role_first_words
        if short[0].casefold() in firsts:  # an office's word ("Kasat", "Menteri"), maybe after a
            def spelled(words: list[str]) -> bool:  # sentence's first word, not after "Wakil"
                return spells_office(short, words, skips, syllables) or (len(words) > 1 and (
                    words[0].casefold() not in firsts) and spells_office(short, words[1:], skips, syllables))
        elif len(short) >= 2:  # unlisted words: from where the words before the name start
            def spelled(words: list[str]) -> bool:  # (not an institution inside: "CEO Kayon Motor")
                return spells_office(short, words, skips, syllables)
        else:
            return None
        holders = [e for e in self.registry.entities
                   if not (e.org or e.display is not None or len(e.tokens) < 2 or list(e.tokens) == short)
                   and any(spelled(words) for words in self._offices_before_name(e.tokens))]
        return holders[0] if len(holders) == 1 else None

    def _offices_before_name(self, tokens: tuple[str, ...]) -> list[list[str]]:
        """The capitalised words written right before the first mentions of the name ``tokens``
        (where its office is written), remembered; not a run ending with a joiner ("Budi dan
        Agus Salim")."""
        if tokens not in self._offices_before:
            joiners = self.sl.folded("office_joiners")
            written, runs, at = " ".join(tokens), [], 0
            for _ in range(_OFFICE_MENTIONS_READ):
                at = self.text.find(written, at)
                if at < 0:
                    break
                words = office_before(self.text, at, self.sl)
                if words and words[-1].casefold() not in joiners:
                    runs.append(words)
                at += len(written)
            self._offices_before[tokens] = runs
        return self._offices_before[tokens]

    def _written_before(self, word: str, tokens: tuple[str, ...]) -> bool:
        """Whether the text writes ``word`` right before the name ``tokens`` (remembered: the
        same pair is asked for again and again)."""
        key = (word, tokens)
        if key not in self._before_names:
            self._before_names[key] = f"{word} {' '.join(tokens)}" in self.text
        return self._before_names[key]

    def _answers(self, evidence: str) -> bool:
        """The cue is a verb of answering ("jawabnya", "ia menjawab", "she replied")."""
        verbs = self.sl.folded_words("answer_verbs")  # (lower case in the data)
        clitics = self.sl.folded_words("clitics")
        return any(word in verbs or any(word.endswith(c) and word[:-len(c)] in verbs for c in clitics)
                   for word in _WORD_RUN.findall(evidence.casefold()))

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
        np = self._known_person(np) or np
        att = self._resolve(np, cue, direct)
        att.cue_end = cue[1]
        if np.kind == "role" and np.anaphoric and att.entity is not None and not att.entity.org:
            att.entity.described.update(np.role.split())  # the description is theirs from now on
        return att

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
            head = self.sl.role_rx.match(self.text, _skip_spaces(self.text, institution[1], np.end), np.end)
            current = self.last_person(cue[0])
            holder = self.registry.by_role(head.group().casefold(), current.entity if current else None
                                           ) if head is not None else None
            if holder is not None:  # "the agency head said": the person who heads it, not the agency
                return Attribution(holder, evidence, "role", CONFIDENCE["role"], holder.name)
            return Attribution(institution[0], evidence, "role", CONFIDENCE["role"], institution[0].name)
        hi = self.paragraph_of(np.start)[1]
        if np.kind in ("role", "anonymous"):
            found = self.described(np.start, hi, cue[0])
            if found is not None:  # "ibu dua anak tersebut": the person introduced so
                entity = found[0]
                evidence = self.text[cue[0]:max(cue[1], found[1])].strip()
                return Attribution(entity, evidence, "role", CONFIDENCE["role"], entity.name)
        if np.kind == "anonymous" and (counted := self_description(self.text, np.start, hi, self.sl)):
            np = NP(np.start, counted, "role", role=self.text[np.start:counted].casefold(), anaphoric=True)
            evidence = self.text[cue[0]:max(cue[1], counted)].strip()
        if np.kind == "role":
            nicknamed = self.registry.by_nickname(self.text[np.start:np.end])
            if nicknamed is not None:  # "pria yang akrab disapa Rafa itu"
                return Attribution(nicknamed, evidence, "role", CONFIDENCE["role"], nicknamed.name)
            gender = gender_of_text(np.role, self.sl)  # "pria itu", "the woman", "ibu dua anak itu"
            current = self.last_person(cue[0], gender=gender)
            written = _WORD_RUN.findall(self.text, np.start, np.end) if not np.anaphoric else []
            entity = self.registry.by_role(np.role, current.entity if current else None) or (
                self._office_written(written))
            if entity is not None:  # (an office in a short form: "tegas Menteri PU")
                return Attribution(entity, evidence, "role", CONFIDENCE["role"], entity.name)
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
            if np.anaphoric and current is not None and current.entity is None:
                current = self.last_person(cue[0], singular=True, gender=gender)
            if np.anaphoric and current is not None and current.entity is not None:
                self.learn_gender(current.entity, gender)
                # "tegas politikus asal Sumatera Barat itu": the person the text is about
                return Attribution(current.entity, evidence, "role-anaphora", CONFIDENCE["role-anaphora"],
                                   current.surface)
            return Attribution(None, evidence, "role-unresolved", 0.0)
        if np.kind == "document":
            author = self._document_author(np)
            if author is not None:  # "Dalam surat dakwaannya, Anita … . Dakwaan itu menguraikan"
                return Attribution(author, evidence, "role-anaphora", CONFIDENCE["role-anaphora"],
                                   author.name)
        return Attribution(None, evidence, np.kind, 0.0)

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

    def _document_author(self, np: NP) -> Entity | None:
        """The author of "dakwaan itu": the subject of the sentence that called it theirs
        ("Dalam surat dakwaannya, Anita menyebut …"), in this paragraph or the one before."""
        head = self.sl.document_rx.search(self.text, np.start, np.end)  # (after "the")
        words = head.group().split() if head else []
        if not words:
            return None
        k = self.paragraphs.index(self.paragraph_of(np.start))
        sent = self._sent_by(self.sl.without_clitic(words[-1]), self.paragraphs[max(0, k - 1)][0],
                             np.start)
        if sent is not None:  # "pesan singkat yang dikirim Darmadi kepada kontraktor"
            return sent
        for noun in dict.fromkeys(self.sl.without_clitic(w) for w in (words[-1], words[0])):
            owner = self._document_owner(noun, self.paragraphs[max(0, k - 1)][0], np.start)
            if owner is not None:  # "pesan singkat terdakwa kepada rekanan. Pesan itu berbunyi, …"
                return owner
        at = owned_document(self.text, self.sl.without_clitic(words[-1]),
                            self.paragraphs[max(0, k - 1)][0], np.start, self.sl)
        if at is None or self.inside_quote(at):
            return None
        sentence = self.sentence_of(at)
        subject = self.subject(*sentence)
        if subject is None or subject.kind not in ("name", "pronoun", "role"):
            # ""…," tulis Komdigi dalam keterangan resminya": who the sentence quotes
            quoted = [e for e in self.events if sentence[0] <= e.offset < sentence[1] and e.entity]
            return quoted[-1].entity if quoted else None
        return self.resolve(subject, (subject.start, subject.end)).entity

    def _document_owner(self, noun: str, start: int, end: int) -> Entity | None:
        """The owner a possessive names right after the document ``noun`` mentioned last between
        ``start`` and ``end``: "pesan singkat terdakwa kepada rekanan", "surat Bupati Garut" (a
        name or an office; the document words in a row are read as one: "pesan singkat")."""
        found: NP | None = None
        for m in re.finditer(rf"(?<![\w-]){re.escape(noun)}(?![\w-])", self.text[start:end], re.I):
            at = start + m.start()
            document = self.sl.document_rx.match(self.text, at, end)
            if document is None or self.inside_quote(at):
                continue
            np = parse_np(self.text, document.end(), end, self.sl)
            if np is not None and np.kind in ("name", "role") and (
                    self.text[document.end():np.start].strip() == "") and (
                    not np.anaphoric or self.sl.role_rx.match(self.text, np.start, end)):
                # (an office: "surat Bupati Karo itu"; not a description: "surat kaleng … itu")
                found = np
        if found is None:
            return None
        return self.resolve(found, (found.start, found.end)).entity

    def _sent_by(self, noun: str, start: int, end: int) -> Entity | None:
        """The author a relative clause gives the document ``noun``: "pesan singkat yang dikirim
        Darmadi", "surat yang ditandatangani Kepala Dinas X" (the last such, outside quotes)."""
        verbs, which = self.sl.words("authoring_verbs"), self.sl.words("relative_markers")
        if not verbs or not which:
            return None
        authoring = "|".join(map(re.escape, verbs))
        by = "|".join(map(re.escape, self.sl.words("agent_markers"))) or "(?!)"
        rx = re.compile(rf"(?<![\w-]){re.escape(noun)}(?:\s+[a-z]+)?\s+(?:{'|'.join(map(re.escape, which))})"
                        rf"\s+(?:{authoring})(?:\s+(?:{by}))?\s+", re.I)
        found = None
        for m in rx.finditer(self.text, start, end):
            np = parse_np(self.text, m.end(), end, self.sl)
            if np is not None and np.kind == "name" and not self.inside_quote(m.start()):
                found = np
        return self.resolve(found, (found.start, found.end)).entity if found is not None else None

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

    # -- the rules ---------------------------------------------------------------------------
    def after_cue(self, quote: Quote, sentence: tuple[int, int]) -> Attribution | None:
        """Rule 1: "…," kata X / ujarnya / ia menambahkan."""
        text, sl = self.text, self.sl
        if quote.close_mark is not None:
            closed = quote.close_mark + 1
        elif quote.attrs.get("attribution_inside"):
            closed = quote.end  # "Kami lelah, ujar Dwi." with the closing mark lost
        else:
            return None
        hi = max(sentence[1], closed)
        para_end = self.paragraph_of(quote.open_mark)[1]
        if not text[closed:hi].strip() and text[quote.close_mark - 1:quote.close_mark] in ("!", "?"):
            # '"… Indonesia!" Nakhon Pathom City wrote': the attribution is cut off as a sentence
            bounds = self.sentences[self.paragraph_of(quote.open_mark)]
            nxt = next((s for s in bounds if s[0] >= closed), None)
            hi = nxt[1] if nxt is not None else hi
        hi = min(max(hi, closed), para_end)
        at = _SKIP_AFTER.match(text, closed, hi).end()
        formula = sl.source_formula_rx.match(text, at, hi) if sl.source_formula_rx else None
        if formula:  # "…," demikian bunyi dakwaan jaksa / demikian pernyataan PP Muhammadiyah
            np = parse_np(text, formula.end(), hi, sl)
            if np is not None:
                return self.resolve(np, (formula.start(), np.end))
        verb = sl.after_verb_rx.match(text, at, hi)
        if verb:
            if verb.group("clitic"):
                return self.resolve(NP(verb.start(), verb.end(), "pronoun"), (verb.start(), verb.end()))
            institution = self.org_anaphor(_skip_spaces(text, verb.end(), hi), hi)
            if institution is not None:  # "tegas kementerian itu"
                return self._institution(institution[0], (verb.start(), institution[1]))
            described = self.described_person(_skip_spaces(text, verb.end(), hi), hi)
            if described is not None:  # "said the Chinese star"
                return self.resolve(described, (verb.start(), described.end))
            np = parse_np(text, verb.end(), hi, sl, described=True)
            if np is not None and np.kind == "anonymous":  # "said a farmer …, Wagiman."
                named = _NAMED_AT_END.search(text, np.end, hi)
                later = parse_np(text, named.start(1), hi, sl) if named else None
                if later is not None and later.kind == "name":
                    return self.resolve(later, (verb.start(), later.end))
            if np is not None and text[verb.end():np.start].strip() == "":
                return self.resolve(np, (verb.start(), np.end))
        institution = self.org_anaphor(at, hi)
        if institution is not None:  # "…," the startup said
            gap = self._verb_after(institution[1], hi)
            if gap is not None:
                return self._institution(institution[0], (at, gap))
        pronoun = self._institution_pronoun(at, hi)
        if pronoun is not None:  # "…," it said
            return pronoun
        np = parse_np(text, at, hi, sl) or name_after_words(text, at, hi, sl)  # "local police chief X"
        if np is not None:
            gap = self._verb_after(np.end, hi)
            if gap is not None:
                return self.resolve(np, (np.start, gap))
        described = self.described_person(at, hi)
        gap = self._verb_after(described.end, hi) if described is not None else None
        if described is not None and gap is not None:  # "…," the Chinese star said
            return self.resolve(described, (described.start, gap))
        return None

    def _institution_pronoun(self, at: int, hi: int) -> Attribution | None:
        """ "…," it said: the institution the text last made its subject or speaker."""
        word = _WORD_RUN.match(self.text, at, hi)
        if word is None or word.group().casefold() not in self.sl.folded("institution_pronouns"):
            return None
        gap = self._verb_after(word.end(), hi)
        event = next((e for e in reversed(self.events) if e.offset < at and e.entity is not None
                      and e.entity.org), None) if gap is not None else None
        if event is None or event.entity is None:
            return None
        return Attribution(event.entity, self.text[at:gap].strip(), "pronoun", CONFIDENCE["pronoun"],
                           event.surface, cue_end=gap)

    def described_person(self, at: int, hi: int) -> NP | None:
        """ "the Chinese star": a description, unless its capitalised words name someone known."""
        np = definite_description(self.text, at, hi, self.sl) or age_description(self.text, at, hi, self.sl)
        if np is None:
            return None
        words = np.role.split()
        known = {t.casefold() for e in self.registry.entities for t in e.tokens}
        return None if any(w in known for w in words) else np

    def _institution(self, entity: Entity, cue: tuple[int, int]) -> Attribution:
        return Attribution(entity, self.text[cue[0]:cue[1]].strip(), "role", CONFIDENCE["role"],
                           entity.name, cue_end=cue[1])

    def _verb_after(self, pos: int, hi: int) -> int | None:
        """End of a speech verb after ``pos`` with only adverbs between ("ia juga menambahkan"),
        or after an appositive ("Hanif Kurniawan, the head of the center, told")."""
        if self.text.startswith(", ", pos):
            close = self.text.find(", ", pos + 2, min(hi, pos + 120))
            if close > 0:
                pos = close + 1
        else:  # "Pham Minh Duc of the Southern Institute of Water Resources told"
            affiliation = self.sl.pattern(_AFFILIATION).match(self.text, pos, hi)
            if affiliation:
                pos = affiliation.end()
        for word in re.finditer(r"\S+", self.text[pos:hi]):
            token = word.group().strip(",.").casefold()
            if self.sl.subject_verb_rx.fullmatch(token):
                return pos + word.end()
            if token not in self.sl.adverbs:
                return None
        return None

    def before_cue(self, quote: Quote, sentence: tuple[int, int]) -> Attribution | None:
        """Rule 2: Peskov mengatakan, "…" / Menurut Peskov, "…"."""
        before = self.text[sentence[0]:quote.open_mark].rstrip()
        if not before.endswith((",", ":")):
            return None
        if before.endswith(":"):  # "Rini: "…""
            np = parse_np(self.text, sentence[0], quote.open_mark, self.sl)
            if np is not None and np.kind == "name" and not self.text[np.end:quote.open_mark].strip(" :"):
                return self.resolve(np, (np.start, sentence[0] + len(before)))
        interposed = self._interposed_cue(sentence[0], sentence[0] + len(before) - 1)
        if interposed is not None:
            return interposed
        np = self.according_to(sentence[0], quote.open_mark)
        if np is not None:
            return self.resolve(np, (np.start, np.end))
        rx = self.sl.according_clitic_rx
        clitic = rx.search(self.text, max(sentence[0], quote.open_mark - 20), quote.open_mark) if rx else None
        if clitic is not None and not self.text[clitic.end():quote.open_mark].strip():
            # "Namun, menurutnya, "…"": the one speaking so far
            return self.resolve(NP(clitic.start(), clitic.end(), "pronoun"), (clitic.start(), clitic.end()))
        written = self.written_in(sentence[0], quote.open_mark)
        if written is not None or not self.has_speech_verb(sentence[0], quote.open_mark):
            return written
        np = self.subject(sentence[0], quote.open_mark)
        if np is not None:
            return self.resolve(np, (np.start, sentence[0] + len(before)), "subject")
        return None

    def _interposed_cue(self, start: int, comma: int) -> Attribution | None:
        """ "Pariwisata, kata Jonner, "…"": a speech verb and its speaker set off by commas just
        before the quote (``comma`` is the second comma); the words before are no speaker."""
        opened = self.text.rfind(", ", start, comma)
        if opened < 0:
            return None
        verb = re.match(r"[\w-]+", self.text[opened + 2:comma])
        if verb is None or verb.group().casefold() not in self.sl.after_verbs:
            return None
        np = parse_np(self.text, _skip_space(self.text, opened + 2 + verb.end()), comma, self.sl)
        if np is None or np.kind not in ("name", "pronoun", "role") or self.text[np.end:comma].strip():
            return None
        return self.resolve(np, (opened + 2, np.end))

    def read_out_by(self, start: int, end: int) -> NP | None:
        """ "Dalam konstruksi perkara yang dibacakan KPK, uang itu disebut …", "Dalam berkas yang
        dibacakan Yosua tertulis bahwa …": a sentence opened by what someone read out or released
        speaks with that someone's words."""
        verbs, inside = self.sl.words("read_out_verbs"), self.sl.words("document_locatives")
        which = self.sl.words("relative_markers")
        if not verbs or not inside or not which:
            return None
        by = "|".join(map(re.escape, self.sl.words("agent_markers"))) or "(?!)"
        m = re.compile(rf"(?i:{'|'.join(map(re.escape, inside))})(?=\s)[^,.;:\"“”]{{1,60}}?"
                       rf"\s+(?:{'|'.join(map(re.escape, which))})\s+(?:{'|'.join(map(re.escape, verbs))})"
                       rf"\s+(?:(?:{by})\s+)?").match(self.text, start, end)
        if m is None:
            return None
        np = parse_np(self.text, m.end(), end, self.sl)
        if np is None or np.kind != "name":
            return None
        written = _WORD_RUN.match(self.text, _skip_spaces(self.text, np.end, end), end)
        if self.text.startswith(",", np.end) or (  # "… yang dibacakan Yosua tertulis bahwa …"
                written is not None and written.group().casefold() in self.sl.folded("written_verbs")):
            return np
        return None

    def written_in(self, start: int, end: int) -> Attribution | None:
        """ "Dalam pesan itu tertulis, "…"": the words of the document's author."""
        rx = self.sl.written_in_rx
        m = rx.search(self.text, start, end) if rx is not None else None
        if m is None or self.text[m.end():end].strip(" ,:"):
            return None
        document = self.sl.document_rx.search(self.text, m.start(), m.end())
        if document is None:
            return None
        author = self._document_author(NP(document.start(), document.end(), "document"))
        if author is None:
            return None
        return Attribution(author, self.text[m.start():m.end()].strip(), "role-anaphora",
                           CONFIDENCE["role-anaphora"], author.name, cue_end=m.end())

    def governing(self, quote: Quote, sentence: tuple[int, int]) -> Attribution | None:
        """Rule 3: the subject of the reporting verb that governs a partial quote."""
        np = self.according_to(sentence[0], sentence[1])
        if np is not None:
            return self.resolve(np, (np.start, np.end), "subject")
        np = self.read_out_by(sentence[0], quote.open_mark)
        if np is not None:  # (the evidence: what was read out, and by whom)
            return self.resolve(np, (sentence[0], np.end), "subject")
        clitic = self._passive_clitic(sentence[0], quote.open_mark)
        if clitic is not None:  # "disebutnya sebagai …": the -nya is the one speaking so far
            return self.resolve(NP(clitic[0], clitic[1], "pronoun"), (sentence[0], clitic[1]))
        np = self.subject(sentence[0], quote.open_mark)
        if np is None:
            return None
        verb = self._first_speech_verb(np.end, quote.open_mark)
        if verb is not None:
            return self.resolve(np, (np.start, verb), "subject")
        if quote.attrs.get("rule") == "embedded" and np.kind in ("name", "pronoun"):
            # quoted words in a sentence about a person, with no speech verb: theirs, less sure
            att = self.resolve(np, (np.start, np.end), "embedded")
            att.confidence = min(att.confidence, CONFIDENCE["embedded"])
            return att
        return None

    def _passive_clitic(self, start: int, end: int) -> tuple[int, int] | None:
        passive = self.sl.folded("passive_verbs")
        for m in re.finditer(r"[\w-]+", self.text[start:end]):
            word = m.group().casefold()
            bare = self.sl.without_clitic(word)
            if bare != word and bare in passive:
                return start + m.start(), start + m.end()
        return None

    def _first_speech_verb(self, start: int, end: int) -> int | None:
        for m in re.finditer(r"[\w-]+", self.text[start:end]):
            word = m.group().casefold()
            if word in self.sl.report_verbs or word in self.sl.after_verbs:
                return start + m.end()
        return None

    # -- reading ------------------------------------------------------------------------------
    def read(self) -> dict[str, Attribution]:
        self.collect_names()
        found: dict[str, Attribution] = {}
        quotes = sorted(self.doc.quotes, key=lambda q: q.open_mark)
        marks = [q.open_mark for q in quotes]
        interviewee: Entity | None = None
        asked = False  # the paragraph before is an interview question
        for para in self.paragraphs:
            heading = self.is_heading(para)
            turn = self.interview_turn(para, asked, interviewee is not None)
            if turn == "question" and interviewee is None:
                interviewee = self.interviewee(para)  # the person the introduction presents
            asked = turn == "question"
            if turn is not None and interviewee is not None:
                if turn == "answer":
                    label = rx.match(self.text, *para) if (rx := self.sl.interview_label_rx) else None
                    for quote in quotes[bisect_left(marks, para[0]):bisect_left(marks, para[1])]:
                        found[quote.id] = Attribution(interviewee, label.group().strip() if label else "",
                                                      "interview", CONFIDENCE["context"], interviewee.name)
                continue
            for sentence in self.sentences[para]:
                in_sentence = quotes[bisect_left(marks, sentence[0]):bisect_left(marks, sentence[1])]
                if heading and not in_sentence:
                    continue  # "2. Kemacetan Parah di Tol Cipali": nobody's subject
                clitic = self.according_clitic(*sentence)  # read before the subject changes "-nya"
                subject = self.unnamed_subject(*sentence) or self.subject(*sentence)
                if subject is None or subject.kind == "document":  # "Pernyataan itu diamini
                    subject = self.passive_agent(*sentence) or subject  # Rosmawati": she acts
                inline = self.inline_attribution(*sentence)
                if subject is not None:
                    att = self.resolve(subject, (subject.start, subject.end), "subject")
                    self.note(subject.start, att, self.has_speech_verb(*sentence) and inline is None)
                if inline is not None:  # "Herman, kata dia, membawa …": "dia" is still speaking
                    self.note(inline.cue_end or sentence[0], inline)
                for quote in in_sentence:
                    att = (self.after_cue(quote, sentence) or self.before_cue(quote, sentence)
                           or (self.governing(quote, sentence) if quote.partial else None))
                    if att is not None:
                        found[quote.id] = att
                        self.note(quote.open_mark, att, asks=self._is_question(quote))
                according = self.according_to(*sentence)
                if according is not None:
                    self.note(according.start, self.resolve(according, (according.start, according.end)))
                elif clitic is not None:  # "Menurutnya, Andi tidak berhak …": still the one speaking
                    self.note(sentence[0], clitic)
        self.neighbours(quotes, found)
        return found

    def _is_question(self, quote: Quote) -> bool:
        """The quoted words end with a question mark ("…?" tanya seorang wartawan)."""
        return self.text[quote.start:quote.end].rstrip(" ,.\"”'’").endswith("?")

    def interview_turn(self, para: tuple[int, int], asked: bool, started: bool) -> str | None:
        """ "question" or "answer" for a paragraph of an interview: labelled ("Tanya: …", "J:
        "…"", "Q:") or, once the introduction announced an interview ("Berikut petikan
        wawancaranya"), a bare question and the quoted paragraph that answers it."""
        rx = self.sl.interview_label_rx
        label = rx.match(self.text, *para) if rx is not None else None
        if label is not None:
            return "question" if label.group("question") else "answer" if started else None
        if not (started or self.interview_announced(para[0])):
            return None
        line = self.text[para[0]:para[1]].rstrip()
        asks = line.endswith("?") or "? " in line  # "Bagaimana …? Pusat data terkenal rakus energi."
        if asks and not any(para[0] <= q.open_mark < para[1] for q in self.doc.quotes):
            return "question"
        if asked and line[:1] in SHAPES and not self.inline_cue(para):
            return "answer"
        return None

    def interview_announced(self, before: int) -> bool:
        """The text before ``before`` (a paragraph start) presents an interview ("petikan
        wawancara", "edited for length"). The first cue is looked up once per article: asking
        again for every paragraph made long texts quadratic."""
        if self._interview_cue_end is None:
            rx = self.sl.interview_cue_rx
            first = rx.search(self.text) if rx is not None else None
            self._interview_cue_end = first.end() if first is not None else len(self.text) + 1
        return self._interview_cue_end <= before

    def inline_cue(self, para: tuple[int, int]) -> bool:
        """A speech verb outside the quotes of the paragraph: an ordinary attributed quote."""
        outside = [(a, b) for a, b in self.opaque if para[0] <= a < para[1]]
        pos, words = para[0], []
        for a, b in outside:
            words += _WORD_RUN.findall(self.text, pos, a)
            pos = b
        words += _WORD_RUN.findall(self.text, pos, para[1])
        folded = {w.casefold() for w in words}
        return not (folded.isdisjoint(self.sl.after_verbs) and folded.isdisjoint(self.sl.subject_verbs))

    def interviewee(self, para: tuple[int, int]) -> Entity | None:
        """Whom the introduction presents: the last person its last paragraph names in full
        ("We spoke to the port's general manager, Yohanis Wenas Lumowa, …"), else the last
        person the text made its subject."""
        k = self.paragraphs.index(para)
        intro = self.paragraphs[k - 1] if k > 0 else para
        named = [np for np in self.mentions if intro[0] <= np.start < intro[1] and not self.is_place(np)
                 and not self.inside_quote(np.start)]
        for np in reversed(named):
            entity = self.np_entity(np)
            if not entity.org:
                return entity
        known = self._known_in(intro)
        if known is not None:  # "Katadata berkesempatan mewawancarai Yoga": a person named before
            return known
        event = self.last_person(para[0])
        return event.entity if event is not None else None

    def _known_in(self, span: tuple[int, int]) -> Entity | None:
        """The last person of the registry that a capitalised word of ``span`` names ("Yoga" of
        Yoga Pradipta Wirawan, introduced earlier), or None."""
        found: Entity | None = None
        for m in _CAPITAL_RUN.finditer(self.text, *span):
            tokens, _, org = name_run(self.text, m.start(), m.end(), self.sl)
            if not tokens or org or self.inside_quote(m.start()):
                continue
            key = key_tokens(tokens)
            people = [e for e in self.registry.entities if not e.org and len(e.tokens) >= 2
                      and contains(key_tokens(e.tokens), key)]
            if len(people) == 1:
                found = people[0]
        return found

    def inline_attribution(self, start: int, end: int) -> Attribution | None:
        """A speech verb and its speaker set off by commas inside the reporter's sentence:
        "Herman, kata dia, membawa …", "Warga, ujarnya, …": the one speaking is that speaker, the
        sentence's subject is what they talk about."""
        for m in re.finditer(r",\s+", self.text[start:end]):
            at = start + m.end()
            if self.inside_quote(at) or self.text[start + m.start() - 1:start + m.start()] in SHAPES:
                continue
            verb = self.sl.after_verb_rx.match(self.text, at, end)
            if verb is None:
                continue
            if verb.group("clitic"):
                np, stop = NP(verb.start(), verb.end(), "pronoun"), verb.end()
            else:
                np = parse_np(self.text, verb.end(), end, self.sl)
                if np is None or np.kind not in ("name", "pronoun", "role"):
                    continue
                stop = np.end
            if not self.text.startswith(",", stop):
                continue
            att = self.resolve(np, (verb.start(), stop))
            return att if att.entity is not None else None
        return None

    def according_clitic(self, start: int, end: int) -> Attribution | None:
        """ "Menurutnya, …": the person the clitic points to speaks the rest of the sentence (whose
        own subject, "Andi tidak berhak …", is what he says, not who speaks next)."""
        m = self.sl.according_clitic_rx.match(self.text, start, end) if self.sl.according_clitic_rx else None
        if m is None:
            return None
        att = self.resolve(NP(m.start(), m.end(), "pronoun"), (m.start(), m.end()))
        return att if att.entity is not None else None

    def is_heading(self, para: tuple[int, int]) -> bool:
        """A subheading between paragraphs: short, no sentence end, no quote."""
        line = self.text[para[0]:para[1]].strip()
        return (len(line) <= _HEADING_CHARS and not line.endswith(_SENTENCE_ENDS)
                and not self.inside_quote(para[0]) and not any(c in SHAPES for c in line))

    def neighbours(self, quotes: list[Quote], found: dict[str, Attribution]) -> None:
        """Rule 4, repeated until nothing changes: split statements and continued quotes."""
        changed = True
        while changed:
            changed = False
            for index, quote in enumerate(quotes):
                if quote.id in found:
                    continue
                att = self._neighbour(quotes, index, found)
                if att is not None:
                    found[quote.id] = att
                    changed = True

    def _neighbour(self, quotes: list[Quote], index: int, found: dict[str, Attribution]
                   ) -> Attribution | None:
        quote = quotes[index]
        para = self.paragraph_of(quote.open_mark)
        prev = quotes[index - 1] if index > 0 else None
        nxt = quotes[index + 1] if index + 1 < len(quotes) else None

        def take(other: Quote, rule: str) -> Attribution | None:
            got = found.get(other.id)
            if got is None or got.entity is None:
                return None
            kind = "split" if rule == "split" else "continuation"
            return Attribution(got.entity, got.evidence, kind, CONFIDENCE[kind], got.antecedent,
                               via=other.id)

        if prev is not None and self.paragraph_of(prev.open_mark) == para:
            cue_end = found[prev.id].cue_end if prev.id in found else None
            rest = (cue_end or prev.end) if (cue_end or 0) < quote.open_mark else prev.end
            between = self.text[rest:quote.open_mark]
            later = [(a, min(b, quote.open_mark)) for a, b in self.sentences[para]
                     if rest < a < quote.open_mark]
            if (len(between.split()) <= 12 and not self.has_speech_verb(rest, quote.open_mark)
                    and all(self.subject(*s) is None for s in later)):
                att = take(prev, "split")
                if att:
                    return att
        if (nxt is not None and self.paragraph_of(nxt.open_mark) == para and quote.close_mark is not None
                and not self.text[quote.close_mark + 1:nxt.open_mark].strip(" ,.;:—–-…")):
            att = take(nxt, "split")
            if att:
                return att
        if "continues" in quote.attrs:
            other = next(q for q in quotes if q.id == quote.attrs["continues"])
            att = take(other, "continues")
            if att:
                return att
        if "continued_by" in quote.attrs:
            other = next(q for q in quotes if q.id == quote.attrs["continued_by"])
            att = take(other, "continues")
            if att:
                return att
        named = self.named_afterwards(quote)
        if named is not None:
            return named
        earlier = self.sentence_before(quote, para)
        if earlier is not None:
            return earlier
        colon = self.colon_before(quote, para)
        if colon is not None:
            return colon
        introduced = self.paragraph_before(quote, para)
        if introduced is not None:
            return introduced
        if quote.open_mark == para[0] and prev is not None:
            prev_para = self.paragraph_of(prev.open_mark)
            position = self.paragraphs.index(para)
            if position > 0 and self.paragraphs[position - 1] == prev_para:
                last_sentence = self.sentences[prev_para][-1]
                if last_sentence[0] <= prev.open_mark:
                    return self.person_asked(quotes, index - 1, found) or take(prev, "continues")
        return None

    def person_asked(self, quotes: list[Quote], asked_at: int, found: dict[str, Attribution]
                     ) -> Attribution | None:
        """The answer to a question put with a question verb ("…?" tanya hakim) is by the person
        asked: the last one who spoke before the asker (a witness, the defendant)."""
        question = quotes[asked_at]
        got = found.get(question.id)
        verbs = self.sl.folded("question_verbs")
        if got is None or got.entity is None or not got.evidence or not verbs:
            return None
        asked = {v + c for v in verbs for c in ("", *self.sl.folded("clitics"))}
        if not self.text[question.start:question.end].rstrip(" ,.\"”'").endswith("?") or not any(
                w in asked for w in re.findall(r"\w+", got.evidence.casefold())):
            return None
        since = quotes[asked_at - 1].end if asked_at > 0 else self.paragraph_of(question.open_mark)[0]
        named = self._named_between(since, question.open_mark, got.entity)
        if named is not None:  # "Hakim Rudy bertanya kepada saksi kedua, Bonar Sitompul, …"
            return Attribution(named, named.name, "continuation", CONFIDENCE["continuation"], named.name)
        for earlier in reversed(quotes[:asked_at]):
            other = found.get(earlier.id)
            if other is not None and other.entity is not None and other.entity is not got.entity:
                if other.entity.org:
                    return None
                return Attribution(other.entity, other.evidence, "continuation", CONFIDENCE["continuation"],
                                   other.antecedent, via=earlier.id)
        return None

    def _named_between(self, start: int, end: int, asker: Entity) -> Entity | None:
        """The person other than ``asker`` whose full name the text gives last between ``start``
        and ``end``."""
        last: tuple[int, Entity] | None = None
        for entity in self.registry.entities:
            if entity is asker or entity.org or len(entity.tokens) < 2:
                continue
            at = self.text.rfind(" ".join(entity.tokens), start, end)
            if at >= 0 and (last is None or at > last[0]):
                last = (at, entity)
        return last[1] if last else None

    def named_afterwards(self, quote: Quote) -> Attribution | None:
        """The next sentence names the speaker: "Hal itu disampaikan Menteri X …"."""
        rx = self.sl.statement_rx
        if rx is None:
            return None
        para = self.paragraph_of(quote.open_mark)
        sentence = self.sentence_of(quote.open_mark)
        following = [s for s in self.sentences[para] if s[0] >= sentence[1]]
        position = self.paragraphs.index(para)
        if not following and position + 1 < len(self.paragraphs):
            following = self.sentences[self.paragraphs[position + 1]][:1]
        if not following:
            return None
        start, end = following[0]
        m = rx.match(self.text, start, end)
        if not m:
            return None
        np = parse_np(self.text, m.end(), end, self.sl)
        if np is None or np.kind != "name":
            return None
        att = self.resolve(np, (start, np.end))
        att.rule = "named-after"
        return att

    def sentence_before(self, quote: Quote, para: tuple[int, int]) -> Attribution | None:
        """A quote that follows, in its paragraph, a sentence whose subject speaks:
        "Warsini (52) … mengaku … . "Uang segitu …"."""
        sentence = self.sentence_of(quote.open_mark)
        if sentence[0] != quote.open_mark:
            return None
        earlier = [s for s in self.sentences[para] if s[1] <= sentence[0]]
        if not earlier:
            return None
        if any(earlier[-1][0] <= q.open_mark < earlier[-1][1] for q in self.doc.quotes):
            return None
        np = self.subject(*earlier[-1])
        if np is None or np.kind not in ("name", "pronoun", "role") or np.org:
            return None
        if not self.has_speech_verb(*earlier[-1]) and not (np.kind == "name" and np.start == earlier[-1][0]):
            return None  # (without a speech verb, only a sentence about a person named first:
            # "Haryo optimistis penjualan … . "Target kami …")
        att = self.resolve(np, (np.start, np.end), "context")
        if att.entity is None:
            return None
        att.rule, att.confidence = "context", CONFIDENCE["context"]
        return att

    def paragraph_before(self, quote: Quote, para: tuple[int, int]) -> Attribution | None:
        """A paragraph that is only a quote, after a paragraph without quotes whose last sentence
        has a person say or promise something: "Menanggapi hal itu, Syafrizal berjanji akan
        mengecek data …" / ""Kalau memang ada yang belum selesai, kami selesaikan."" """
        position = self.paragraphs.index(para)
        if quote.open_mark != para[0] or position == 0 or self.inline_cue(para):
            return None
        prev = self.paragraphs[position - 1]
        if any(prev[0] <= q.open_mark < prev[1] for q in self.doc.quotes) or self.is_heading(prev):
            return None
        sentence = self.sentences[prev][-1]
        np = self.subject(*sentence)
        if np is None or np.kind not in ("name", "pronoun", "role") or np.org or not self.has_speech_verb(
                *sentence):
            return None
        att = self.resolve(np, (np.start, np.end), "context")
        if att.entity is None or att.entity.org:
            return None
        att.rule, att.confidence = "context", CONFIDENCE["context"]
        return att

    def colon_before(self, quote: Quote, para: tuple[int, int]) -> Attribution | None:
        """The paragraph before ends with a colon: its subject introduces the quote."""
        position = self.paragraphs.index(para)
        if quote.open_mark != para[0] or position == 0:
            return None
        prev = self.paragraphs[position - 1]
        if not self.text[prev[0]:prev[1]].rstrip().endswith(":"):
            return None
        sentence = self.sentences[prev][-1]
        np = self.subject(*sentence)
        if np is None or not self.has_speech_verb(*sentence):
            return None
        att = self.resolve(np, (np.start, sentence[1]), "colon")
        return att


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


def note_full_names(doc: Document, registry: Registry) -> None:
    """A ``person`` span for each person named with two or more words, quoted or not: another
    article may quote "Faisal Harahap", whom this one names "Faisal Rachmat Harahap", or "Lubis",
    when this one names a second Lubis."""
    for entity in registry.entities:
        if entity.org or len(entity.tokens) < 2 or entity.display:
            continue
        at = doc.text.find(" ".join(entity.tokens))
        if at >= 0:
            doc.add(at, at + len(" ".join(entity.tokens)), "person", name=entity.name)


def attribute_quotes(doc: Document, lex: Lexicon) -> None:
    """Set speaker, evidence and confidence on every quote of ``doc``."""
    sl = speech_lexicon(lex, doc.meta.language)
    abbreviations = frozenset(a.casefold() for a in lex.lang(doc.meta.language).get("abbreviations", []))
    reader = Reader(doc, sl, abbreviations, lex.lang(doc.meta.language).get("institutions"))
    if not doc.quotes:
        if reader.paragraphs:
            reader.collect_names()
            note_full_names(doc, reader.registry)
        return
    found = reader.read()
    note_full_names(doc, reader.registry)
    for quote in doc.quotes:
        att = found.get(quote.id)
        if att is None:
            quote.speaker, quote.speaker_evidence, quote.confidence = None, None, 0.0
            quote.attrs["attribution"] = "none"
            continue
        entity = att.entity
        quote.speaker = entity.name if entity else None
        quote.speaker_evidence = att.evidence or None
        quote.confidence = att.confidence if entity else 0.0
        quote.attrs["attribution"] = att.rule
        if entity is not None:
            quote.attrs["speaker_kind"] = "organisation" if entity.org else "person"
        if att.antecedent:
            quote.attrs["antecedent"] = att.antecedent
        if att.via:
            quote.attrs["via"] = att.via


def apply_quote_overrides(doc: Document, lex: Lexicon) -> None:
    """Editors' speaker fixes from the sidecar (``quotes:``) win; each is marked as from the sidecar."""
    overrides = doc.sidecar.get("quotes") or {}
    by_id = {q.id: q for q in doc.quotes}
    for quote_id, fix in overrides.items():
        quote = by_id.get(quote_id)
        if quote is None:
            doc.warnings.append(f"sidecar names quote {quote_id}, which this article does not have; "
                                "see the quote ids on its page")
            continue
        quote.attrs["speaker_from_text"] = quote.speaker
        quote.speaker = fix["speaker"]
        quote.speaker_evidence = "sidecar"
        quote.confidence = 1.0
        quote.attrs["attribution"] = "sidecar"
        quote.attrs.pop("speaker_kind", None)
