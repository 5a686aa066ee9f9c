"""Institutions' short forms: "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)" and the
region or owner written after the bracket, known short forms the article never spells out
("tulis Kemenkes"), and offices' short forms with their region ("Polda Metro Jaya")."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ...textutil import standing_alone
from ..mentions import NP, Entity
from ..speaker_rules import syllabic_start
from .state import ReaderState

_ABBREVIATION = re.compile(r"\s\(([A-Z][A-Za-z0-9-]{1,14}(?: [A-Z][A-Za-z0-9-]{1,14}){0,2})\)")
_OWNER_AFTER = re.compile(r" ([A-Z]{2,8}|[A-Z][a-z]+-[A-Z][a-z]+)(?=[,.;:]|\s+[a-z])")
_CAPITALS_AFTER = re.compile(r" ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})")
_CAPITAL_RUN = re.compile(r" ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)")
_CAPITAL_RUN_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)$")
_WORDS_BACK = re.compile(r"[\w&-]+|,")


@lru_cache(maxsize=8)
def _region_after_rx(nouns: tuple[str, ...]) -> re.Pattern[str]:
    """A region's noun (``region_nouns``) and its name right after a short form's bracket."""
    alternation = "|".join(map(re.escape, nouns)) or "(?!)"
    return re.compile(rf" ((?:{alternation})(?: [A-Z][\w'’-]*){{1,3}})(?=[,.;:]|\s+[a-z(])")


class ShortForms(ReaderState):
    """The article's short forms of institutions and what each stands for."""

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
