"""Speech-verb frames around a quote: after it, before it, governing a partial quote, inline."""

from __future__ import annotations

import re

from ...doc import Quote
from ..mentions import NP, Entity, parse_np
from ..mentions.words import skip_spaces
from ..quotes import SHAPES
from ..speaker_rules import age_description, definite_description, name_after_words
from .patterns import WORD_RUN
from .state import CONFIDENCE, Attribution, ReaderState

_SKIP_AFTER = re.compile(r"[\s,.!?…\u2014\u2013-]*")
_NAMED_AT_END = re.compile(r",\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s*[.!?]?\s*$")


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i] == " ":
        i += 1
    return i


_AFFILIATION = (r" (?:{=affiliation_prepositions}) (?:(?:{=affiliation_articles}) )?[A-Z][\w'’-]*"
                r"(?:(?: (?:{=affiliation_glue}))* [A-Z][\w'’-]*)*")


class SpeechFrames(ReaderState):
    """Rules 1 to 3: a speech verb and its speaker after, before or governing a quote."""

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
        written = self._document_after(formula.start() if formula else at, hi)
        if written is not None:  # "…," bunyi surat edaran tersebut: by the circular's author
            return written
        verb = sl.after_verb_rx.match(text, at, hi)
        if verb:
            if verb.group("clitic"):
                return self.resolve(NP(verb.start(), verb.end(), "pronoun"), (verb.start(), verb.end()))
            institution = self.org_anaphor(skip_spaces(text, verb.end(), hi), hi, spoken=True)
            if institution is not None:  # "tegas kementerian itu", "tulis perusahaan dalam …"
                return self._institution(institution[0], (verb.start(), institution[1]))
            voiced = self.voiced_institution(skip_spaces(text, verb.end(), hi), hi)
            if voiced is not None:  # "tulis manajemen Sinar Langkah Abadi"
                return self.resolve(voiced, (verb.start(), voiced.end))
            described = self.described_person(skip_spaces(text, verb.end(), hi), hi)
            if described is not None:  # "said the Chinese star"
                return self.resolve(described, (verb.start(), described.end))
            np = parse_np(text, verb.end(), hi, sl, described=True)
            first = WORD_RUN.match(text, skip_spaces(text, verb.end(), hi), hi)
            if np is None and first is not None and self._describes_person(first.group().casefold()):
                np = NP(first.start(), first.end(), "anonymous")  # "ujar tokoh masyarakat Kwiyagi, …"
                if not _NAMED_AT_END.search(text, np.end, hi):
                    np = None
            if np is not None and np.kind == "anonymous":  # "said a farmer …, Wagiman."
                named = _NAMED_AT_END.search(text, np.end, hi)
                later = parse_np(text, named.start(1), hi, sl) if named else None
                if later is not None and later.kind == "name" and not self.is_place(later):
                    return self.resolve(later, (verb.start(), later.end))  # (not "…, Sumenep.")
            if np is None or np.kind == "anonymous":  # "ujar juru parkir Pasar Lampulo, Teuku …"
                apposed = self.described_after_verb(skip_spaces(text, verb.end(), hi), hi, bare=np is None)
            else:  # "said Banda nutmeg grower Hasan Baadilla"
                apposed = self.premodified_after_verb(np, hi)
            if apposed is not None:
                return self.resolve(apposed, (verb.start(), apposed.end))
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

    def _document_after(self, at: int, hi: int) -> Attribution | None:
        """A document pointed back to right after a quote, after a source formula's first word if
        there is one ("…," bunyi surat edaran tersebut / demikian bunyi dakwaan itu): its author,
        when the text names one."""
        if self.sl.source_formula_rx is not None and self.sl.source_formula_rx.match(self.text, at, hi):
            word = WORD_RUN.match(self.text, at, hi)
            at = skip_spaces(self.text, word.end(), hi) if word else at
        np = parse_np(self.text, at, hi, self.sl)
        if np is None or np.kind != "document":
            return None
        att = self.resolve(np, (np.start, np.end))
        return att if att.entity is not None else None

    def _institution_pronoun(self, at: int, hi: int) -> Attribution | None:
        """ "…," it said: the institution the text last made its subject or speaker."""
        word = WORD_RUN.match(self.text, at, hi)
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
        if not before.endswith((",", ":")) and (quote.partial or not self._verb_at_end(before)):
            return None  # (a whole quote right after its verb: "Liga … menulis “…”")
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
        if written is None and not self.has_speech_verb(sentence[0], quote.open_mark):
            issued = self._issued_document(sentence[0], sentence[0] + len(before) - 1)
            np = self.subject(sentence[0], quote.open_mark) if issued is not None else None
            if np is not None:  # "Gerakan … mengunggah pernyataan: "…"": its author's words
                return self.resolve(np, (np.start, sentence[0] + len(before)), "subject")
        if written is not None or not self.has_speech_verb(sentence[0], quote.open_mark):
            return written
        np = self.subject(sentence[0], quote.open_mark)
        if np is not None:
            return self.resolve(np, (np.start, sentence[0] + len(before)), "subject")
        return None

    def _issued_document(self, start: int, end: int) -> int | None:
        """Where a verb of issuing a document stands when the words before a quote's comma or
        colon end with it and the document ("mengunggah pernyataan sikap:", "issued a
        statement:"; ``issuing_verbs``, a determiner and one describing word allowed)."""
        words = list(WORD_RUN.finditer(self.text, start, end))
        verbs = self.sl.folded_words("issuing_verbs")
        for k in range(len(words) - 1, max(-1, len(words) - 5), -1):
            if words[k].group().casefold() not in verbs:
                continue
            rest = self.text[words[k].end():end]
            document = self.sl.document_rx.search(rest)
            if document is None or rest[:document.start()].strip().casefold() not in (
                    "", *self.sl.folded("document_determiners"), "a", "an"):
                return None
            tail = rest[document.end():].split()
            return words[k].start() if len(tail) <= 1 and all(w.islower() for w in tail) else None
        return None

    def _verb_at_end(self, before: str) -> bool:
        """The words before a quote end with a verb that brings words on as they were said or
        written ("Liga Esports Mahasiswa Indonesia menulis “…”"), no comma or colon between."""
        last = re.search(r"([\w-]+)$", before)
        return last is not None and last.group(1).casefold() in self.sl.subject_verbs

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

    def governing(self, quote: Quote, sentence: tuple[int, int]) -> Attribution | None:
        """Rule 3: the subject of the reporting verb that governs a partial quote."""
        np = self.according_to(sentence[0], sentence[1])
        if np is not None:
            return self.resolve(np, (np.start, np.end), "subject")
        according = self.according_clitic(sentence[0], quote.open_mark)
        if according is not None:  # "Menurutnya, angka itu "sudah melalui penilaian …""
            return according
        inline = self.inline_attribution(sentence[0], quote.open_mark)
        if inline is not None:  # "Operator, kata Lestari, akan mengevaluasi … "dalam bulan ini""
            return inline
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
