"""Interview transcripts: which paragraphs are questions and answers, and who answers."""

from __future__ import annotations

import re

from ...doc import Quote
from ..gender import gender_of_text
from ..mentions import Entity, contains, key_tokens, name_run
from ..quotes import SHAPES
from .patterns import CAPITAL_RUN, WORD_RUN
from .state import ReaderState

_ASKER_WORDS = 6  # the most words after a reporter's quoted question ("tanya seorang wartawan")


class Interviews(ReaderState):
    """Interview transcripts: question and answer turns and the person interviewed."""

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
        if not (started or self.interview_announced(para[0]) or self._conversation_before(para)):
            return None
        line = self.text[para[0]:para[1]].rstrip()
        asks = line.endswith("?") or "? " in line  # "Bagaimana …? Pusat data terkenal rakus energi."
        quoted = any(para[0] <= q.open_mark < para[1] for q in self.doc.quotes)
        if asks and not quoted:
            return "question"
        if started and not asked and not quoted and self._prompts_answer(para):
            return "question"  # "Investigators say he signed the orders." / ""He signed hundreds …""
        if asked and line[:1] in SHAPES and not self.inline_cue(para):
            return "answer"
        return None

    def _quotes_in(self, para: tuple[int, int]) -> list[Quote]:
        return sorted((q for q in self.doc.quotes if para[0] <= q.open_mark < para[1]),
                      key=lambda q: q.open_mark)

    def _after_quotes(self, para: tuple[int, int], quotes: list[Quote]) -> str:
        """The paragraph's words after its last quote closes ("" when it ends with the quote)."""
        last = quotes[-1]
        end = last.close_mark + 1 if last.close_mark is not None else last.end
        return self.text[end:para[1]].strip(" ,.;:\"”'’")

    def reporter_question(self, para: tuple[int, int]) -> Quote | None:
        """The paragraph is one quoted question that a reporter or the article's outlet puts
        ("…?" tanya seorang wartawan, tanya Kompas.com, a reporter asked): that quote."""
        quotes = self._quotes_in(para)
        if len(quotes) != 1 or quotes[0].open_mark != para[0] or not self._is_question(quotes[0]):
            return None
        tail = self._after_quotes(para, quotes).casefold()
        words = WORD_RUN.findall(tail)
        asks = {v + c for v in self.sl.folded("question_verbs") for c in ("", *self.sl.folded("clitics"))}
        if not words or len(words) > _ASKER_WORDS or asks.isdisjoint(words):
            return None
        outlet = re.split(r"[.\s]", (self.doc.meta.outlet or "").casefold())[0]
        if outlet and any(w.startswith(outlet) for w in words):
            return quotes[0]
        nouns = self.sl.folded("interviewer_nouns")
        return quotes[0] if any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", tail) for n in nouns) else None

    def exchange_turn(self, para: tuple[int, int], asked: bool, person: Entity) -> str | None:
        """In an exchange a reporter's question opened with ``person``, a paragraph that opens
        with a quote: after a question, "bare" when nothing follows the quotes or only a cue that
        names nobody and fits ``person`` ("jawabnya", "ucapnya sambil tersenyum", "she said,
        laughing"): ``person`` answers; "answer" when the cue names someone, who answers; after
        an answer, "question" for a bare quoted question ("Apa pesan untuk pengganti Anda?")."""
        quotes = self._quotes_in(para)
        if not quotes or quotes[0].open_mark != para[0]:
            return None
        bare = not self._after_quotes(para, quotes) and len(quotes) == 1
        if asked:
            return "bare" if bare or self._cue_fits(para, person) else "answer"
        return "question" if bare and self._is_question(quotes[0]) else None

    def _cue_fits(self, para: tuple[int, int], person: Entity) -> bool:
        """After its quotes the paragraph names nobody (no capitalised word, person noun or
        role) and its pronouns may be ``person`` ("ucapnya", "she said" of a woman)."""
        sl = self.sl
        for word in WORD_RUN.findall(self._after_quotes(para, self._quotes_in(para))):
            folded = word.casefold()
            if word[:1].isupper() or folded in sl.person_nouns or sl.role_rx.fullmatch(folded):
                return False
            if folded in sl.pronouns and not self._may_have(person, gender_of_text(word, sl)):
                return False
        return True

    def person_presented(self, para: tuple[int, int]) -> Entity | None:
        """Whom a reporter's question in ``para`` is put to: the first person the paragraph
        before makes its subject or speaker ("Fauzan menanggapi santai …, ia menjawab …"), else
        the person the introduction presents."""
        k = self.paragraphs.index(para)
        if k > 0:
            before = self.paragraphs[k - 1]
            for event in self.events:
                if (before[0] <= event.offset < before[1] and event.entity is not None
                        and not event.entity.org):
                    return event.entity
        return self.interviewee(para)

    def _conversation_before(self, para: tuple[int, int]) -> bool:
        """The paragraph before presents a conversation ("Tempo spoke to Maruli Silalahi, …",
        "Kompas.com berbincang dengan …"): a bare question here opens the interview."""
        rx = self.sl.conversation_cue_rx
        k = self.paragraphs.index(para)
        if rx is None or k == 0:
            return False
        before = self.paragraphs[k - 1]
        return any(not self.inside_quote(m.start()) for m in rx.finditer(self.text, *before))

    def _prompts_answer(self, para: tuple[int, int]) -> bool:
        """In an interview under way, the reporter's statement put to the interviewee
        ("Investigators say he signed the orders.", "Sebagian warga menilai …"): one sentence that
        names nobody, followed by a paragraph that is only a quote without a speech verb."""
        k = self.paragraphs.index(para)
        if k + 1 >= len(self.paragraphs) or len(self.sentences[para]) != 1 or self.is_heading(para):
            return False
        nxt = self.paragraphs[k + 1]
        if self.text[nxt[0]:nxt[0] + 1] not in SHAPES or self.inline_cue(nxt):
            return False
        return not any(para[0] <= np.start < para[1] for np in self.mentions)

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
            words += WORD_RUN.findall(self.text, pos, a)
            pos = b
        words += WORD_RUN.findall(self.text, pos, para[1])
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
        for m in CAPITAL_RUN.finditer(self.text, *span):
            tokens, _, org = name_run(self.text, m.start(), m.end(), self.sl)
            if not tokens or org or self.inside_quote(m.start()):
                continue
            key = key_tokens(tokens)
            people = [e for e in self.registry.entities if not e.org and len(e.tokens) >= 2
                      and contains(key_tokens(e.tokens), key)]
            if len(people) == 1:
                found = people[0]
        return found
