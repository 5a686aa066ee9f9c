"""The speech lexicon of one language (``data/lang/<code>/speech.yaml``), compiled for matching."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from ..lexicon import Lexicon, alternation
from .gender import GenderWords

WORD = r"[^\W\d_](?:[\w]|[-'’](?=\w))*"


_NUMBERING = re.compile(r"\d+|[IVX]+")


def _fold(words: list[str]) -> frozenset[str]:
    return frozenset(w.casefold() for w in words)


@dataclass(frozen=True)
class SpeechLexicon:
    """Speech verbs, pronouns, role nouns and name knowledge of one language."""

    data: dict[str, Any]

    def words(self, key: str) -> list[str]:
        words = list(self.data.get(key) or [])
        odd = [w for w in words if not isinstance(w, str)]
        if odd:  # YAML reads bare yes/no/on as booleans: quote them in the data file
            raise ValueError(f"speech.yaml: {key!r} holds non-text entries {odd!r}; quote them")
        return words

    def folded_words(self, key: str) -> frozenset[str]:
        """The entries of ``key`` as written (case-sensitive), cached."""
        cache = self.__dict__.setdefault("_word_sets", {})
        if key not in cache:
            cache[key] = frozenset(self.words(key))
        return cache[key]

    def folded(self, key: str) -> frozenset[str]:
        """The entries of ``key`` case-folded, cached (the rules ask for them per phrase)."""
        cache = self.__dict__.setdefault("_folded_sets", {})
        if key not in cache:
            cache[key] = _fold(self.words(key))
        return cache[key]

    def without_clitic(self, word: str) -> str:
        """``word`` case-folded, a clitic of ``clitics`` ("-nya") taken off its end: "suratnya"
        -> "surat"."""
        folded = word.casefold()
        for clitic in self.folded_words("clitics"):
            if folded.endswith(clitic) and len(folded) > len(clitic):
                return folded[:-len(clitic)]
        return folded

    @cached_property
    def genders(self) -> GenderWords:
        """The gendered nouns, pronouns and forms of address (:mod:`.gender`)."""
        return GenderWords.from_data(self.data)

    @cached_property
    def after_verbs(self) -> frozenset[str]:
        return self.folded("after_verbs")

    @cached_property
    def subject_verbs(self) -> frozenset[str]:
        return self.folded("subject_verbs")

    @cached_property
    def report_verbs(self) -> frozenset[str]:
        return self.folded("report_verbs") | self.subject_verbs | self.folded("passive_verbs")

    @cached_property
    def pronouns(self) -> frozenset[str]:
        return self.folded("pronouns")

    @cached_property
    def plural_pronouns(self) -> frozenset[str]:
        return self.folded("plural_pronouns")

    @cached_property
    def adverbs(self) -> frozenset[str]:
        return self.folded("adverbs")

    @cached_property
    def not_names(self) -> frozenset[str]:
        return self.folded("not_names") | self.pronouns | self.plural_pronouns

    @cached_property
    def honorifics(self) -> frozenset[str]:
        return frozenset(h.rstrip(".") for h in self.words("honorifics"))

    @cached_property
    def dotted_honorific_rx(self) -> re.Pattern[str] | None:
        """Titles spelt with inner full stops, spaces or apostrophes ("K.H.", "S.Pd.", "Tan Sri",
        "Dato' Seri"), matched whole."""
        dotted = [h.rstrip(".") for h in self.words("honorifics")
                  if any(c in h.rstrip(".") for c in ".'’ ")]
        if not dotted:
            return None
        return re.compile(rf"(?:{alternation(dotted)})\.?(?=\s)")

    @cached_property
    def connectors(self) -> frozenset[str]:
        return frozenset(self.words("name_connectors"))

    @cached_property
    def complement(self) -> frozenset[str]:
        return frozenset(self.words("complement_words"))

    @cached_property
    def complement_ending_rx(self) -> re.Pattern[str] | None:
        """A capitalised word with an ending that names a field ("Competitiveness", "Relations")."""
        endings = self.words("complement_endings")
        return re.compile(rf"[A-Z][a-z]+(?:{alternation(endings)})") if endings else None

    @cached_property
    def organisations(self) -> frozenset[str]:
        return frozenset(self.words("organisations"))

    @cached_property
    def title_cues(self) -> frozenset[str]:
        return self.folded("title_cues")

    @cached_property
    def term_cues(self) -> frozenset[str]:
        return self.folded("term_cues")

    @cached_property
    def loanword_rx(self) -> re.Pattern[str] | None:
        marks = self.words("loanword_marks")
        return re.compile("|".join(f"(?:{m})" for m in marks)) if marks else None

    def is_term(self, words: list[str], prev: str) -> bool:
        """A short lower-case fragment that names a term: glossed ("atau "window dressing"") or
        spelt like a borrowed word. The number of an edition ("jilid III", "fase 2") is no word
        of the term's own."""
        words = [w for w in words if not _NUMBERING.fullmatch(w)]
        if not words or len(words) > 3 or any(w[:1].isupper() for w in words):
            return False
        if prev in self.term_cues:
            return True
        rx = self.loanword_rx
        return rx is not None and any(rx.search(w.casefold()) for w in words)

    @cached_property
    def indefinites(self) -> frozenset[str]:
        return self.folded("indefinites")

    @cached_property
    def title_prefix(self) -> str:
        """A pattern for an optional one-word title before a name ("Pak ", "Mbah ", "H. ")."""
        titles = [h for h in self.honorifics if "." not in h and " " not in h]
        return rf"(?:(?:{alternation(titles)})\.?\s+)?" if titles else ""

    @cached_property
    def nickname_after_rx(self) -> re.Pattern[str] | None:
        """A nickname followed by its cue: "Mbah Tris, sapaan akrabnya" (group ``nick``)."""
        cues = self.words("nickname_after_cues")
        if not cues:
            return None
        return re.compile(rf"(?<![\w'’-]){self.title_prefix}(?P<nick>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?),"
                          rf"\s+(?i:{alternation(cues)})(?![\w-])")

    def pattern(self, template: str, flags: int = 0) -> re.Pattern[str]:
        """``template`` compiled with this language's words in its slots: ``{back}`` the
        demonstratives that point back ("itu", "tersebut"), ``{demo}`` all demonstratives (and
        "ini"), ``{and}`` the coordinators ("dan", "serta"); ``{=key}`` the words of any list of
        the data file. Cached per template."""
        cache = self.__dict__.setdefault("_patterns", {})
        key = (template, flags)
        if key not in cache:
            slots = {"{back}": "back_demonstratives", "{demo}": "demonstratives", "{and}": "coordinators"}
            filled = re.sub(r"\{=(\w+)\}", lambda m: "{" + m.group(1) + "}", template)
            slots |= {"{" + key + "}": key for key in re.findall(r"\{=(\w+)\}", template)}
            for slot, data_key in slots.items():
                filled = filled.replace(slot, alternation(self.words(data_key)) or "(?!)")
            cache[key] = re.compile(filled, flags)
        return cache[key]

    @cached_property
    def name_before_nickname_rx(self) -> re.Pattern[str]:
        """A name closed by what may stand before its nickname cue: "Rafael Simanjuntak, yang",
        "Ronald Simanjuntak yang", "Abdurrahman Sulaiman (", "Darwis (58), yang" (group ``name``, at
        the end)."""
        joiners = self.words("nickname_joiners")
        joined = rf"(?:{alternation(joiners)})\s+" if joiners else "(?!)"
        connectors = alternation(sorted(self.connectors)) if self.connectors else "(?!)"
        return re.compile(rf"(?<![\w.])(?P<name>(?:[A-Z]\.|[A-Z][\w'’-]*)(?: (?:[A-Z]\.|[A-Z][\w'’-]*"
                          rf"|{connectors})){{0,5}})(?:\s*\(\d{{1,3}}\))?"  # an age: "Darwis (58), yang"
                          rf"(?:,\s*(?:{joined})?|\s+{joined}|\s*\(\s*(?:{joined})?)$")

    @cached_property
    def described_before_nickname_rx(self) -> re.Pattern[str] | None:
        """A name, then a description with an indefinite article up to the nickname cue:
        "Darwis, a 58-year-old coffee shop owner " (group ``name``, at the start)."""
        indefinites = self.words("indefinites")
        if not indefinites:
            return None
        return re.compile(rf"(?<![\w.])(?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){{0,4}})"
                          rf"(?:\s*\(\d{{1,3}}\))?,\s+(?i:{alternation(indefinites)})\s+"
                          r"[^,.;:!?\"“”()\n]{2,70}?\s+$")

    @cached_property
    def initials_rx(self) -> re.Pattern[str] | None:
        """A person named only by initials after their cue: "berinisial FA", "by her initials,
        NR" (group ``initials``)."""
        cues = self.words("initials_cues")
        if not cues:
            return None
        return re.compile(rf"(?<!\w)(?i:{alternation(cues)})[\s,:]+(?P<initials>[A-Z]{{1,4}})(?![\w'’-])")

    @cached_property
    def common_noun_rxs(self) -> tuple[re.Pattern[str], ...]:
        """Lower-case nouns in a noun's place (group ``noun``): after a determiner ("a commissioner",
        "sang vokalis") or before a demonstrative that points back ("gitaris itu")."""
        found = []
        determiners = self.words("noun_determiners")
        if determiners:
            found.append(re.compile(rf"(?<![\w'’-])(?i:{alternation(determiners)})\s+(?P<noun>[a-z][\w-]*)"))
        back = self.words("back_demonstratives")
        if back:
            found.append(re.compile(rf"(?<![\w'’-])(?P<noun>[a-z][\w-]*)\s+(?:{alternation(back)})(?![\w'’-])"))
        return tuple(found)

    @cached_property
    def more_initials_rx(self) -> re.Pattern[str]:
        """The next initials of a list after the cue: "berinisial FA (27) dan RS (31)", "initials
        FA, RS and MK" (group ``initials``)."""
        joined = alternation(self.words("coordinators") or ["and"])
        return re.compile(rf"(?:\s*\(\d{{1,3}}\))?(?:\s*,\s*(?:(?i:{joined})\s+)?|\s+(?i:{joined})\s+)"
                          rf"(?P<initials>[A-Z]{{1,4}})(?![\w'’-])")

    def initials_given(self, text: str, lo: int, hi: int) -> Iterator[tuple[int, str]]:
        """Every person named only by initials after a cue in ``text[lo:hi]``, with where the cue
        starts: "berinisial FA (27) dan RS (31)" gives FA and RS."""
        rx = self.initials_rx
        for m in rx.finditer(text, lo, hi) if rx is not None else ():
            yield m.start(), m.group("initials")
            more = self.more_initials_rx.match(text, m.end(), hi)
            while more:
                yield m.start(), more.group("initials")
                more = self.more_initials_rx.match(text, more.end(), hi)

    @cached_property
    def rank_descriptions(self) -> dict[str, list[str]]:
        """Rank title -> the lower-case descriptions that point back to its holder ("Mayjen" ->
        "jenderal bintang dua")."""
        found: dict[str, list[str]] = {}
        for description, ranks in (self.data.get("rank_descriptions") or {}).items():
            for rank in ranks:
                found.setdefault(rank, []).append(description.casefold())
        return found

    @cached_property
    def rank_rx(self) -> re.Pattern[str] | None:
        """A rank before a name, its corps after it optional ("Mayjen TNI", "Irjen Pol.")."""
        ranks = list(self.rank_descriptions)
        if not ranks:
            return None
        corps = alternation(self.words("rank_corps")) if self.words("rank_corps") else "(?!)"
        return re.compile(rf"(?<![\w-])(?P<rank>{alternation(ranks)})\.?\s+(?:(?:{corps})\.?\s+)?(?=[A-Z])")

    @cached_property
    def nickname_rx(self) -> re.Pattern[str] | None:
        """A nickname given with its cue: "(yang) akrab disapa Rafa", "dipanggil Pak Mail", "disapa
        Gede Surya" (group ``nick``: one or two words, a title before them left out)."""
        cues = self.words("nickname_cues")
        if not cues:
            return None
        patterns = "".join(f"|{p}" for p in self.words("nickname_cue_patterns"))  # "known to X as"
        return re.compile(rf"(?<!\w)(?i:{alternation(cues)}{patterns})\s+[\"“']?{self.title_prefix}"
                          r"(?P<nick>[A-Z\u00c0-\u00de][\w'’-]*(?: [A-Z\u00c0-\u00de][\w'’-]*)?)(?![\w'’-])")

    @cached_property
    def according_clitic_rx(self) -> re.Pattern[str] | None:
        """ "Menurutnya," opening a sentence: "according to him"."""
        clitics = self.words("clitics")
        if not clitics:
            return None
        return re.compile(rf"(?i:{alternation(self.words('according_to'))})(?:{alternation(clitics)})\s*,")

    @cached_property
    def interview_label_rx(self) -> re.Pattern[str] | None:
        """ "Tanya:", "J:", "Q:": a paragraph of an interview laid out as questions and answers
        (group ``question`` or ``answer``). Case-sensitive, at the paragraph start."""
        asked, answered = self.words("interview_questions"), self.words("interview_answers")
        if not asked or not answered:
            return None
        return re.compile(rf"(?:(?P<question>{alternation(asked)})|(?P<answer>{alternation(answered)}))"
                          r"\s*:\s*")

    @cached_property
    def account_rx(self) -> re.Pattern[str] | None:
        """An account or page with its platform and modifiers, up to where its owner is named:
        "akun Instagram resmi ", "the official Instagram account of " (``account_nouns``,
        ``account_modifiers``, ``platforms``, ``account_owner_markers``)."""
        nouns = self.words("account_nouns")
        if not nouns:
            return None
        extra = alternation([*self.words("account_modifiers"), *self.words("platforms")]) or "(?!)"
        owner = alternation(self.words("account_owner_markers")) or "(?!)"
        return re.compile(rf"(?:(?:{extra})\s+){{0,3}}(?:{alternation(nouns)})(?:\s+(?:{extra}|@\w+)){{0,3}}"
                          rf"(?:\s+(?:{owner}))?\s+(?=\S)", re.I)

    @cached_property
    def conversation_cue_rx(self) -> re.Pattern[str] | None:
        """Words that present a conversation with someone ("berbincang dengan", "spoke to"): a bare
        question right after them opens an interview."""
        cues = self.words("conversation_cues")
        return re.compile(rf"(?<!\w)(?:{alternation(cues, True)})(?!\w)", re.I) if cues else None

    @cached_property
    def interview_cue_rx(self) -> re.Pattern[str] | None:
        """Words that announce an interview's questions and answers ("petikan wawancaranya")."""
        cues = self.words("interview_cues")
        return re.compile(rf"(?<!\w)(?:{alternation(cues, True)})", re.I) if cues else None

    @cached_property
    def written_in_rx(self) -> re.Pattern[str] | None:
        """ "Dalam pesan itu tertulis", "Surat itu berbunyi": a document pointed back to and a word
        that it says."""
        said, inside = self.words("written_verbs"), self.words("document_locatives")
        if not said or not inside:
            return None
        one = rf"(?:{alternation(self.words('document_nouns'))})"
        demo = alternation(self.words("demonstratives")) or "(?!)"
        return re.compile(rf"(?<!\w)(?:(?:{alternation(inside)})\s+)?{one}(?:\s+[a-z]+)?"
                          rf"\s+(?:{demo})?\s*,?\s*(?:{alternation(said)})(?!\w)", re.I)

    @cached_property
    def capacity_rx(self) -> re.Pattern[str] | None:
        """ "sebagai", "selaku", "as a": the office someone holds in what the sentence tells."""
        words = self.words("capacity_words")
        return re.compile(rf"(?<!\w)(?i:{alternation(words)})\s+") if words else None

    @cached_property
    def org_anaphor_rx(self) -> re.Pattern[str] | None:
        """ "kementerian itu", "the embassy", "the central bank" (up to two lower-case words
        between "the" and the kind): an institution of a kind, pointing back."""
        kinds = self.words("organisation_kinds")
        if not kinds:
            return None
        demo = alternation(self.words("demonstratives")) or "(?!)"
        described = r"(?:[a-z][a-z-]*\s+){0,2}?"  # ("the central bank")
        return re.compile(rf"(?:(?P<the>(?i:the))\s+{described})?(?P<kind>(?i:{alternation(kinds)}))"
                          rf"(?:\s+(?P<demo>(?i:{demo})))?(?![\w-])")

    @cached_property
    def kind_appositive_rx(self) -> re.Pattern[str] | None:
        """ "TaniMaju, an Indonesian agritech startup that …": a name set off by its kind (groups
        ``name``, ``kind``); what follows the kind is a clause or a place, not another noun, and
        the kind is the head, not the complement of another ("Edwar Nasution, the head of the
        agency," is a person)."""
        kinds = self.words("organisation_kinds")
        if not kinds:
            return None
        opener = alternation(self.words("kind_appositive_openers")) or "(?!)"
        complement = alternation(self.words("kind_complement_prepositions")) or "(?!)"
        follower = alternation(self.words("kind_appositive_followers")) or "(?!)"
        relative = alternation(self.words("person_relatives")) or "(?!)"
        return re.compile(
            r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}),\s+"
            rf"(?i:(?:{opener})\s+)?"
            rf"(?:(?!(?i:{complement}|{relative})\s)[\w'’-]+\s+){{0,4}}?"  # (not "the head of the
            # agency", nor a clause about a person: "who runs a travel agency")
            rf"(?P<kind>(?i:{alternation(kinds)}))(?:e?s)?"
            rf"(?=[,.;]|\s+(?i:{follower})(?!\w))")

    @cached_property
    def described_institution_rx(self) -> re.Pattern[str] | None:
        """ "The Indonesian embassy in Hanoi", "The Jakarta provincial government": capitalised
        modifiers (and one lower-case one), the kind, where it is (groups ``what``, ``kind``); not
        a kind before its name ("the Thai club Nakhon Pathom City"). The
        article and the prepositions of place come from the data."""
        kinds = self.words("organisation_kinds")
        articles = self.words("described_institution_articles")
        if not kinds or not articles:
            return None
        article = alternation(articles + [w[:1].upper() + w[1:] for w in articles])
        where = alternation(self.words("described_institution_places")) or "(?!)"
        return re.compile(
            rf"(?<![\w'’-])(?:{article})\s+(?P<what>(?:[A-Z][\w'’-]*\s+){{1,3}}(?:[a-z][\w-]*\s+)?"
            rf"(?P<kind>{alternation(kinds)})(?:\s+(?:{where})\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?)"
            r"(?![\w'’-])(?!\s+[A-Z])")

    @cached_property
    def age_description_rx(self) -> re.Pattern[str] | None:
        """ "the 61-year-old (midfielder)": a description by age (patterns from the data)."""
        patterns = self.words("age_descriptions")
        if not patterns:
            return None
        return re.compile(rf"(?:the|The)\s+(?:{'|'.join(patterns)})(?:\s+[a-z][\w-]*)?")

    @cached_property
    def org_kind_rx(self) -> re.Pattern[str] | None:
        """ "logistics startup Kirimin Nusantara": a kind of institution before its name; also,
        capitalised or not, before a name in quotation marks ('Komunitas "Sahabat Anjing …"')."""
        kinds = self.words("organisation_kinds")
        if not kinds:
            return None
        named = alternation(kinds)
        return re.compile(rf"(?<![\w-])(?:(?P<kind>{named})\s+|(?P<quoted>(?i:{named}))"
                          r"\s+[\"“](?=[A-Z][^\"“”\n]{1,60}[\"”]))(?=[A-Z])")

    @cached_property
    def anonymity_rx(self) -> re.Pattern[str] | None:
        """A clause that keeps a source unnamed ("yang meminta namanya tidak disebutkan")."""
        patterns = self.words("anonymity_patterns")
        return re.compile("|".join(f"(?:{p})" for p in patterns), re.I) if patterns else None

    @cached_property
    def role_heads(self) -> frozenset[str]:
        """First words of the offices ("guru" of "guru besar")."""
        return frozenset(r.split()[0].casefold() for r in self.words("role_nouns") if r.strip())

    @cached_property
    def person_nouns(self) -> frozenset[str]:
        return self.folded("person_nouns")

    @cached_property
    def anonymous(self) -> frozenset[str]:
        return self.folded("anonymous")

    @cached_property
    def role_synonyms(self) -> dict[str, frozenset[str]]:
        syn = self.data.get("role_synonyms") or {}
        return {k.casefold(): _fold(v) for k, v in syn.items()}

    @cached_property
    def verb_prefixes(self) -> tuple[str, ...]:
        return tuple(w.casefold() for w in self.words("verb_prefixes"))

    @cached_property
    def office_syllables(self) -> dict[str, str]:
        """Syllables that open an office's short form for a whole word ("ka" of "Kasudin" for
        "kepala"), case-folded."""
        return {k.casefold(): v.casefold() for k, v in (self.data.get("office_syllables") or {}).items()}

    @cached_property
    def any_verb_prefixes(self) -> tuple[str, ...]:
        """The prefixes of a verb, active (``verb_prefixes``: "me", "ber") or passive ("di")."""
        return (*self.verb_prefixes, *self.words("passive_prefixes"))

    @cached_property
    def place_rx(self) -> re.Pattern[str] | None:
        """A place noun and the capitalised words after it ("Kabupaten Luwu Utara")."""
        nouns = self.words("place_nouns")
        if not nouns:
            return None
        return re.compile(rf"(?<!\w)(?:{alternation(nouns)})\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")

    @cached_property
    def regional_rx(self) -> re.Pattern[str]:
        """Offices held over a region, whose name follows them ("Bupati Ketapang …")."""
        return re.compile(rf"(?:{alternation(self.words('regional_roles')) or '(?!)'})", re.I)

    @cached_property
    def dependents(self) -> frozenset[str]:
        return self.folded("dependents")

    @cached_property
    def role_modifiers(self) -> frozenset[str]:
        return self.folded("role_modifiers")

    @cached_property
    def relatives(self) -> frozenset[str]:
        return self.folded("relative_nouns")

    @cached_property
    def relative_rx(self) -> re.Pattern[str]:
        """A kin noun, with or without its clitic ("istrinya", "ayah korban")."""
        return re.compile(rf"(?:{alternation(self.words('relative_nouns'))})(?:nya)?(?![\w-])", re.I)

    @cached_property
    def document_rx(self) -> re.Pattern[str]:
        """Document nouns in a row, with an optional clitic ("Maklumat", "bunyi dakwaan")."""
        one = rf"(?:{alternation(self.words('document_nouns'))})(?:nya)?"
        return re.compile(rf"{one}(?:\s+{one})*(?!\w)", re.I)

    @cached_property
    def particles(self) -> frozenset[str]:
        return frozenset(self.words("name_particles"))

    @cached_property
    def openers(self) -> frozenset[str]:
        return frozenset(self.words("name_openers"))

    @cached_property
    def org_connectors(self) -> frozenset[str]:
        return self.folded("organisation_connectors")

    @cached_property
    def org_units_rx(self) -> re.Pattern[str] | None:
        units = self.words("organisation_units")
        return re.compile(rf"\s+(?:{alternation(units)})(?!\w)", re.I) if units else None

    @cached_property
    def source_formula_rx(self) -> re.Pattern[str] | None:
        """ "demikian bunyi dakwaan", "demikian pernyataan": the source's name follows."""
        words = self.words("source_formulas")
        if not words:
            return None
        clitic = alternation(self.words("clitics")) or "(?!)"
        by = alternation(self.words("source_formula_agents")) or "(?!)"
        return re.compile(rf"(?:{alternation(words)})(?:\s+(?:{alternation(self.words('document_nouns'))})"
                          rf"(?:{clitic})?)+(?:\s+(?:{by}))?(?!\w)", re.I)

    @cached_property
    def role_rx(self) -> re.Pattern[str]:
        """A role noun (or a synonym) at a position, longest first, whole words; or a job title
        matching one of the case-sensitive ``role_patterns``."""
        names = self.words("role_nouns") + list(self.data.get("role_synonyms") or {})
        patterns = "".join(f"(?-i:{p})|" for p in self.words("role_patterns"))
        return re.compile(rf"(?:{patterns}{alternation(names)})(?!\w)", re.I)

    @cached_property
    def presentative_rx(self) -> re.Pattern[str] | None:
        """A phrase that brings a person on ("Salah satunya", "Among those arrested was"), then
        the word that follows: the words of ``presentatives`` and the regular
        expressions of ``presentative_patterns``."""
        parts = [alternation(self.words("presentatives"))] if self.words("presentatives") else []
        parts += [f"(?:{p})" for p in self.words("presentative_patterns")]
        return re.compile(rf"(?i:{'|'.join(parts)})\s+(?=\w)") if parts else None

    @cached_property
    def role_first_words(self) -> frozenset[str]:
        """The words that open an office ("kasat" of "kasat reskrim", "menteri")."""
        names = self.words("role_nouns") + list(self.data.get("role_synonyms") or {})
        return frozenset(n.split()[0].casefold() for n in names if n.strip())

    @cached_property
    def role_scan_rx(self) -> re.Pattern[str]:
        """:attr:`role_rx` for scanning a text: only where a word starts (much faster)."""
        return re.compile(rf"(?<![\w-])(?=\w)(?:{self.role_rx.pattern})", re.I)

    @cached_property
    def anonymous_rx(self) -> re.Pattern[str]:
        return re.compile(rf"(?:{alternation(self.words('anonymous'))})(?!\w)", re.I)

    @cached_property
    def according_rx(self) -> re.Pattern[str]:
        return re.compile(rf"(?<!\w)(?:{alternation(self.words('according_to'))})(?!\w)", re.I)

    @cached_property
    def after_verb_rx(self) -> re.Pattern[str]:
        """A speech verb right after a quote, with an optional clitic ("katanya")."""
        clitics = self.words("clitics")
        clitic = rf"(?P<clitic>{alternation(clitics)})?" if clitics else "(?P<clitic>(?!))?"
        return re.compile(rf"(?P<verb>{alternation(self.words('after_verbs'))}){clitic}(?!\w)", re.I)

    @cached_property
    def subject_verb_rx(self) -> re.Pattern[str]:
        return re.compile(rf"(?<!\w)(?P<verb>{alternation(self.words('subject_verbs'))})(?!\w)", re.I)

    @cached_property
    def statement_rx(self) -> re.Pattern[str] | None:
        """A sentence that names the speaker of the quote before it ("Hal itu disampaikan ...")."""
        nouns, verbs = self.words("statement_nouns"), self.words("passive_verbs")
        if not nouns or not verbs:
            return None
        demo = alternation(self.words("demonstratives")) or "(?!)"
        return re.compile(rf"(?:{alternation(nouns)})(?:\s+(?:{demo}))?\s+(?:{alternation(verbs)})"
                          r"(?:\s+oleh)?(?!\w)", re.I)

    def role_matches(self, wanted: str, held: str) -> bool:
        """Whether the office ``wanted`` ("juru bicara", "bendahara negara") names ``held``."""
        wanted, held = wanted.casefold(), held.casefold()
        options = {wanted} | set(self.role_synonyms.get(wanted, ()))
        return any(held == o or held.startswith(o + " ") for o in options)


def speech_lexicon(lex: Lexicon, language: str) -> SpeechLexicon:
    """The compiled speech lexicon of ``language`` (cached on the lexicon)."""
    cache = lex.__dict__.setdefault("_speech", {})
    if language not in cache:
        cache[language] = SpeechLexicon(lex.lang(language).get("speech") or {})
    return cache[language]
