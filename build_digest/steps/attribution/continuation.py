"""Turn-taking: split statements, continued quotes and quotes attributed by their neighbours."""

from __future__ import annotations

import re

from ...doc import Quote
from ..mentions import Entity, parse_np
from .patterns import WORD_RUN
from .state import CONFIDENCE, Attribution, ReaderState

_SHORT_TAIL = 12  # words after an attribution that never hide another speaker's verb
_LONG_TAIL = 24  # the most an attribution's sentence runs on before the next half opens


class Continuation(ReaderState):
    """Rule 4 and its relatives: quotes attributed through their neighbours."""

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
            later = [(a, min(b, quote.open_mark)) for a, b in self.sentences[para]
                     if rest < a < quote.open_mark]
            if self._attribution_runs_on(rest, quote) and all(self.subject(*s) is None for s in later):
                att = take(prev, "split")
                if att:
                    return att
        if (nxt is not None and self.paragraph_of(nxt.open_mark) == para and quote.close_mark is not None
                and not self.text[quote.close_mark + 1:nxt.open_mark].strip(" ,.;:—–-…")):
            att = take(nxt, "split")
            if att:
                return att
        for link in ("continues", "continued_by"):  # the quote this one continues, then its continuation
            if link in quote.attrs:
                att = take(next(q for q in quotes if q.id == quote.attrs[link]), "continues")
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

    def _attribution_runs_on(self, rest: int, quote: Quote) -> bool:
        """Whether the words between the end of the other half's attribution (``rest``) and
        ``quote`` still belong to that attribution: a few words without a speech verb
        ("kata Budi. "…""), or the rest of its sentence when ``quote`` opens a new one, however it
        runs on ("kata Baskara menanggapi kritik itu. "…"", "said X, a 38-year-old trader,
        speaking outside the clinic. "…""), as long as no speech verb there follows another
        name or a pronoun that could be its own subject ("…, sementara Andi menilai …")."""
        words = self.text[rest:quote.open_mark].split()
        if len(words) <= _SHORT_TAIL and not self.has_speech_verb(rest, quote.open_mark):
            return True
        if len(words) > _LONG_TAIL or self.sentence_of(quote.open_mark)[0] != quote.open_mark:
            return False
        verbs = self.sl.report_verbs | self.sl.after_verbs
        someone = False
        for m in WORD_RUN.finditer(self.text, rest, quote.open_mark):
            word = m.group()
            if someone and word.casefold() in verbs:
                return False
            someone = someone or word[:1].isupper() or word.casefold() in self.sl.pronouns
        return True

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
        if not self.has_speech_verb(*earlier[-1]) and not (
                np.kind == "name" and self.opens_sentence(earlier[-1][0], np.start)):
            return None  # (without a speech verb, only a sentence about a person named first,
            # or after a phrase that sets the scene: "Haryo optimistis penjualan … . "Target kami
            # …"", "Di akhir wawancara, Bintang sempat bercanda … . "Mungkin …")
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
        att = self._reported_in(sentence)
        if att is None or att.entity is None or att.entity.org:
            return None
        att.rule, att.confidence = "context", CONFIDENCE["context"]
        return att

    def _reported_in(self, sentence: tuple[int, int]) -> Attribution | None:
        """Who reports what ``sentence`` says: the person of its "Menurut X, …" or "Menurutnya,
        …", else its subject when it has a speech verb ("Syafrizal berjanji akan …") or is a
        person named first, after a scene-setting opener at most."""
        np = self.according_to(*sentence)
        if np is not None and np.kind in ("name", "pronoun", "role"):
            return self.resolve(np, (np.start, np.end), "context")
        clitic = self.according_clitic(*sentence)
        if clitic is not None:
            return clitic
        np = self.subject(*sentence)
        named_first = np is not None and np.kind == "name" and self.opens_sentence(sentence[0], np.start)
        if np is None or np.kind not in ("name", "pronoun", "role") or np.org or not (
                self.has_speech_verb(*sentence) or named_first):
            return None  # (without a speech verb, only a sentence about a person named first:
            # "Usai rapat, Bupati Sriyatun meninjau los pedagang …")
        return self.resolve(np, (np.start, np.end), "context")

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
