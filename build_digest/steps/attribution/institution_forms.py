"""An institution's fullest form in the article, and the phrases that voice an institution."""

from __future__ import annotations

import re
from dataclasses import replace

from ..mentions import NP, Entity, contains, name_run
from ..speaker_rules import syllabic_start
from .patterns import WORD_RUN
from .state import ReaderState

# a name, or a seat ("di Kuala Lumpur"), right after a short form's bracket, then a clause
_AFTER_BRACKET = (r" (?:(?P<seat>{=seat_prepositions}) )?(?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})"
                  r"(?=[,.;:]|\s+[a-z])")
# words that voice an institution named right after them ("manajemen Sinar Langkah Abadi",
# "Pihak rektorat Unitas")
_VOICES = r"(?:(?i:{=institution_voices})\s+)+(?=[A-Z])"
# an aside set off by commas between a subject and its verb ("The ministry, in a statement, said")
_ASIDE = re.compile(r",\s+([^,.;:\"“”]{3,80}?),\s+")
_BRACKET = re.compile(r" \(([^()\n]{1,30})\)")  # a short form in brackets after a name
# a document the words are in, right after the subject ("dalam keterangan tertulisnya")
_INSIDE = r"\s+(?i:{=document_locatives})\s+"
_REGION_WORDS = r"(?: [A-Z][\w'’-]*){1,3}"
_LEAD_BEFORE = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]* ){1,2})$")  # capitalised words before a name


class InstitutionForms(ReaderState):
    """What the article adds to an institution's name: the name or seat written after its short
    form's bracket, the region written after it elsewhere; and who voices it."""

    def name_after_office(self, words: list[re.Match[str]], short: str) -> list[re.Match[str]]:
        """ "Komisioner Komisi Nasional Hak Asasi Manusia (Komnas HAM)": the words after the
        office that the short form stands for (its initials, its syllables, or its full name in
        the data); none when it stands for the office itself ("Kepala Kepolisian … (Kapolri)")."""
        known = (self.institutions.get("names") or {}).get(short)
        letters = "".join(short.split()).upper()
        skips = self.sl.folded_words("short_form_skips")
        for k in range(1, len(words) - 1):
            rest = words[k:]
            named = [w.group() for w in rest if w.group()[:1].isupper()]
            if not rest[0].group()[:1].isupper():
                continue
            if (self.text[rest[0].start():rest[-1].end()] == known
                    or "".join(w[0] for w in named) == letters or syllabic_start(short, named, skips) == 0):
                return rest
        return []

    def note_qualified_form(self, short: str, tokens: tuple[str, ...], display: str,
                            span: tuple[int, int], para: tuple[int, int]) -> None:
        """ "Balai Besar Wilayah Sungai (BBWS) Pemali Juana", "Kedutaan Besar Republik Indonesia
        (KBRI) di Kuala Lumpur": the short form written with that name ("BBWS Pemali Juana",
        "KBRI Kuala Lumpur") is the institution named in full with it (``span``: from the long
        name to the bracket's end), and so with the capitalised words the article writes before
        the long name ("Divisi Profesi dan Pengamanan (Propam) Polri" for "Divisi Propam Polri")."""
        m = self.sl.pattern(_AFTER_BRACKET).match(self.text, span[1], para[1])
        if m is None:
            return
        seat = (m.group("seat"),) if m.group("seat") else ()
        name = tuple(m.group("name").split())
        lead = _LEAD_BEFORE.search(self.text, max(para[0], span[0] - 40), span[0])
        lead_words = tuple(lead.group(1).split()) if lead else ()
        for k in range(len(lead_words) + 1):
            before = lead_words[k:]
            full = (*before, *tokens, *seat, *name)
            shown = " ".join((*before, display, *seat, *name)) if display != " ".join(tokens) else None
            for key in ((*before, *short.split(), *name), (*before, *short.split(), *seat, *name)):
                self.qualified_forms.setdefault(key, (full, shown, name))

    def note_short_form_head(self, short: str) -> None:
        """ "Badan Pengawas Pemilihan Umum Provinsi Papua Tengah (Bawaslu Papua Tengah)" then
        "tulis Bawaslu": a short form defined with a region in its bracket; its first word alone
        names the same body, unless the article writes that word with other capitalised words."""
        words = short.split()
        if len(words) < 2 or words[0] in self.registry.abbreviations:
            return
        region = self.regions_spelled(tuple(words[1:]))
        nouns = self.institutions.get("region_nouns") or []
        if " ".join(region) not in self.province_names() and region[0] not in nouns:
            return
        rx = re.compile(rf"(?<![\w'’-]){re.escape(words[0])}(?![\w'’-])( [A-Z][\w'’-]*)?")
        for para in self.paragraphs:
            for m in rx.finditer(self.text, *para):
                if m.group(1) and not self.text.startswith(short, m.start()):
                    return  # ("Bawaslu RI", "Bawaslu Puncak Jaya": another body)
        self.registry.abbreviations[words[0]] = self.registry.abbreviations[short]

    def qualified_entity(self, np: NP) -> Entity | None:
        """The institution a phrase written as a short form and the name after its bracket names
        (words of the long name may stand before it: "Divisi Propam Polri"), or the long name
        where it is defined so ("Kantor … Pelabuhan (KSOP) Utama Belawan dalam keterangan …")."""
        forms = self.qualified_forms
        if not forms or np.kind != "name":
            return None
        written = tuple(WORD_RUN.findall(self.text, np.start, np.end))
        bracket = _BRACKET.match(self.text, np.end)
        after = self.sl.pattern(_AFTER_BRACKET).match(self.text, bracket.end()) if bracket else None
        if after is not None:
            written = (*written, *bracket.group(1).split(), *after.group("name").split())
        for key, (full, shown, name) in forms.items():
            n = len(key)
            if written[-n:] != key or not all(w in full for w in written[:-n]):  # ("Pihak …")
                continue
            if any(not e.org and e.roles and contains(e.tokens, name) for e in self.registry.entities):
                return None  # a person written after the short form ("(BEM) Andi Saputra")
            entity = next((e for e in self.registry.entities if e.tokens == full), None)
            if entity is None:
                entity = Entity(full, True, display=shown)
                self.registry.entities.append(entity)
            entity.last_seen = max(entity.last_seen, np.start)
            return entity
        return None

    def spelled_from_data(self, np: NP) -> NP:
        """ "tulis Kemensetneg" where the article writes "Kementerian Sekretariat Negara" but never
        defines the short form: the known short form (``names`` in institutions.yaml) spelled out,
        so the name resolves to the institution as the article writes it."""
        names = self.institutions.get("names") or {}
        first = np.name[0] if np.name else ""
        full = names.get(first)
        if full is None or first in self.registry.abbreviations or full not in self.text:
            return np
        tokens = tuple(w.strip(",") for w in full.split() if w.strip(","))
        return replace(np, name=(*tokens, *np.name[1:]), org=True)

    def voiced_institution(self, pos: int, hi: int) -> NP | None:
        """ "tulis manajemen Sinar Langkah Abadi", "Pihak rektorat Unitas dalam pernyataan …": the
        words that voice an institution (``institution_voices``) and the institution's name after
        them; the institution speaks. Not a person or group ("Pihak keluarga", "pihak Andi")."""
        m = self.sl.pattern(_VOICES).match(self.text, pos, hi)
        if m is None:
            return None
        tokens, end, org = name_run(self.text, m.end(), hi, self.sl)
        if not tokens or not (org or self._names_institution(tokens)):
            return None
        return NP(pos, end, "name", name=tokens, org=True)

    def _names_institution(self, tokens: tuple[str, ...]) -> bool:
        """``tokens`` name an institution the article or the data knows."""
        joined = " ".join(tokens)
        if joined in self.registry.abbreviations or joined in (self.institutions.get("names") or {}):
            return True
        if tokens[0] in self.sl.organisations or tokens[0] in self.sl.folded_words("company_forms"):
            return True
        return any(e.org and len(e.tokens) > len(tokens) and contains(e.tokens, tokens)
                   for e in self.registry.entities)

    def past_aside(self, pos: int, hi: int) -> int:
        """After an aside about a document, set off by commas ("The ministry, in a written
        statement, said …") or not ("Perseroan dalam keterbukaan informasi menyatakan"): where
        the verb may follow; ``pos`` itself when no such aside stands there."""
        m = _ASIDE.match(self.text, pos, hi)
        if m is not None and self.sl.document_rx.search(m.group(1)) is not None:
            return m.end() - 1
        inside = self.sl.pattern(_INSIDE).match(self.text, pos, hi)
        document = self.sl.document_rx.match(self.text, inside.end(), hi) if inside else None
        if document is None:
            return pos
        modifier = WORD_RUN.match(self.text, document.end() + 1, hi)  # "surat resminya"
        if (self.text.startswith(" ", document.end()) and modifier is not None and modifier.group().islower()
                and not self._verb_follows(document.end(), hi)):
            return modifier.end()
        return document.end()

    def with_regions(self) -> None:
        """ "Kepala Dinas Koperasi dan Usaha Mikro Kabupaten Kediri, …" then "Dinas Koperasi dan
        Usaha Mikro meminta": an institution named without a region is the one of the only region
        the article writes after its name (a region noun and its name)."""
        nouns = self.institutions.get("region_nouns") or []
        if not nouns:
            return
        regions_rx = "|".join(map(re.escape, nouns))
        people = [e.tokens for e in self.registry.entities if not e.org]
        for entity in self.registry.entities:
            tokens = entity.tokens
            if (not entity.org or len(tokens) < 2 or tokens[0] not in self.sl.organisations
                    or any(t in nouns for t in tokens)):
                continue
            rx = re.compile(rf"(?<![\w'’-]){re.escape(' '.join(tokens))} ((?:{regions_rx}){_REGION_WORDS})")
            found = {self._region_words(m.group(1).split(), people) for m in rx.finditer(self.text)
                     if self._opens_name(m.start())}
            if len(found) == 1:
                region = found.pop()
                entity.tokens = (*tokens, *region)
                if entity.display:
                    entity.display = f"{entity.display} {' '.join(region)}"

    def _opens_name(self, at: int) -> bool:
        """No capitalised word of another institution's name stands right before ``at`` (an
        office may: "Kepala Dinas …"; "Kantor Kementerian Agama …" is another body)."""
        before = re.search(r"([\w'’-]+)\s*$", self.text[max(0, at - 40):at])
        word = before.group(1) if before else ""
        return not word[:1].isupper() or bool(self.sl.role_rx.fullmatch(word))

    @staticmethod
    def _region_words(words: list[str], people: list[tuple[str, ...]]) -> tuple[str, ...]:
        """The region's words, up to a person's name written right after it."""
        for k in range(1, len(words)):
            if any(tuple(words[k:k + len(p)]) == p for p in people if p):
                return tuple(words[:k])
        return tuple(words)
