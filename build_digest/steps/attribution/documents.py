"""Documents as speakers: the author of a letter, indictment or message the text quotes."""

from __future__ import annotations

import re

from ...doc import Quote
from ..mentions import NP, Entity, parse_np
from ..mentions.words import skip_spaces
from ..speaker_rules import owned_document
from .patterns import WORD_RUN
from .state import CONFIDENCE, Attribution, ReaderState

_LAST_WORD = re.compile(r"([\w-]+)\s*$")


class DocumentSources(ReaderState):
    """Words of a document ("dakwaan itu", "pesan itu") given to its author."""

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
        written = WORD_RUN.match(self.text, skip_spaces(self.text, np.end, end), end)
        if self.text.startswith(",", np.end) or (  # "… yang dibacakan Yosua tertulis bahwa …"
                written is not None and written.group().casefold() in self.sl.folded("written_verbs")):
            return np
        return None

    def quoted_back(self, quote: Quote, sentence: tuple[int, int]) -> Attribution | None:
        """Words the reporter quotes back from a document named in the same clause ("ditanya
        mengapa surat komite menggunakan kata "dilakukan melalui koperasi sekolah", Lidya …"):
        the document's, so its author's (None when the text names none), not the answer's."""
        clause = max(sentence[0], self.text.rfind(",", sentence[0], quote.open_mark) + 1)
        before = self.text[clause:quote.open_mark]
        noun = _LAST_WORD.search(before)
        if noun is None or noun.group(1).casefold() not in self.sl.folded_words("quoted_word_nouns"):
            return None
        document = next((m for m in self.sl.document_rx.finditer(self.text, clause, clause + noun.start())
                         if not self.text[m.start() - 1:m.start()].isalnum()), None)
        if document is None or any(clause <= np.start < quote.open_mark for np in self.mentions):
            return None  # (a person named in the clause may be the one using the words)
        author = self._document_author(NP(document.start(), document.end(), "document"))
        evidence = self.text[document.start():clause + noun.end()].strip()
        if author is None:
            return Attribution(None, evidence, "document", 0.0, cue_end=quote.open_mark)
        return Attribution(author, evidence, "role-anaphora", CONFIDENCE["role-anaphora"], author.name,
                           cue_end=quote.open_mark)

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
