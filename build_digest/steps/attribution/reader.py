"""The reader that goes through an article in order, combining the rule families."""

from __future__ import annotations

from bisect import bisect_left

from ..mentions import NP, Entity
from ..quotes import SHAPES
from .appositions import Appositions
from .continuation import Continuation
from .descriptions import Descriptions
from .documents import DocumentSources
from .frames import SpeechFrames
from .genders import GenderCues
from .headlines import title_case_line
from .holders import Holders
from .institution_forms import InstitutionForms
from .institutions import Institutions
from .interview import Interviews
from .name_forms import NameForms
from .names import NameCollection
from .offices import Offices
from .places import Places
from .references import References
from .short_forms import ShortForms
from .state import CONFIDENCE, Attribution
from .subjects import Subjects
from .unnamed import UnnamedPeople

_HEADING_CHARS = 90
_SENTENCE_ENDS = (".", "!", "?", "…", ":", ";", ",")


class Reader(Continuation, Interviews, SpeechFrames, DocumentSources, References, Holders, Offices,
             Subjects, UnnamedPeople, Appositions, NameForms, InstitutionForms, Institutions, ShortForms,
             Places, Descriptions, GenderCues, NameCollection):
    """Reads one article in order like a reader does and attributes its quotes; each base
    class holds one family of rules, :class:`ReaderState` the state they share."""

    def read(self) -> dict[str, Attribution]:
        self.collect_names()
        found: dict[str, Attribution] = {}
        quotes = sorted(self.doc.quotes, key=lambda q: q.open_mark)
        marks = [q.open_mark for q in quotes]
        interviewee: Entity | None = None
        asked = False  # the paragraph before is an interview question
        exchange: Entity | None = None  # the person a reporter's quoted questions are put to
        for para in self.paragraphs:
            heading = self.is_heading(para)
            if exchange is not None:
                step = self.exchange_turn(para, asked, exchange)
                asked = step == "question"
                if step in ("question", "bare"):
                    speaker = exchange if step == "bare" else None
                    for quote in quotes[bisect_left(marks, para[0]):bisect_left(marks, para[1])]:
                        found[quote.id] = Attribution(speaker, "" if speaker else "question", "interview"
                                                      if speaker else "anonymous", CONFIDENCE["context"],
                                                      speaker.name if speaker else None)
                        self.note(quote.open_mark, found[quote.id], asks=speaker is None)
                    continue
                exchange = exchange if step == "answer" else None
            question = self.reporter_question(para) if interviewee is None else None
            if question is not None:
                person = self.person_presented(para)
                if person is not None:
                    exchange, asked = person, True
                    tail = self.text[question.end:para[1]].strip(" ,.\"”'’")
                    found[question.id] = Attribution(None, tail, "anonymous", CONFIDENCE["context"])
                    self.note(question.open_mark, found[question.id], asks=True)
                    continue
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
                if subject is not None and self.place_set_off(subject):  # "Warga Desa Mujur,
                    subject = NP(subject.start, subject.end, "anonymous")  # Praya Timur, …"
                if subject is None or subject.kind == "document" or self.thing_subject(subject):
                    # "Pernyataan itu diamini Rosmawati", "Harga yang dikeluhkan Saharudin itu
                    # ditentukan …": the person who acts, not the thing the sentence is about
                    subject = self.passive_agent(*sentence, known=True) or subject
                if subject is None or subject.org or subject.kind not in ("name", "pronoun"):
                    # "Tim detikJateng menemui Sumarno, petambak …": the one the reporter talks to
                    subject = self.conversation_partner(*sentence) or subject
                if subject is None:  # "Suasana memanas ketika seorang pemuda berdiri …": him
                    subject = self.unnamed_within(*sentence)
                inline = self.inline_attribution(*sentence)
                if subject is not None and self._own_voice(subject):
                    subject = None  # "We will audit this.": the voice speaking, no new person
                if subject is not None:
                    att = self.resolve(subject, (subject.start, subject.end), "subject")
                    self.note(subject.start, att, self.has_speech_verb(*sentence) and inline is None)
                if inline is not None:  # "Herman, kata dia, membawa …": "dia" is still speaking
                    self.note(inline.cue_end or sentence[0], inline)
                for quote in in_sentence:
                    att = ((self.quoted_back(quote, sentence) if quote.partial else None)
                           or self.after_cue(quote, sentence) or self.before_cue(quote, sentence)
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
        self.with_regions()
        return found

    def _own_voice(self, subject: NP) -> bool:
        """The subject is a first-person plural pronoun ("kami", "we") outside quotes."""
        return subject.kind == "plural" and (
            self.text[subject.start:subject.end].casefold() in self.sl.folded_words("first_person_plurals"))

    def is_heading(self, para: tuple[int, int]) -> bool:
        """A headline or subheading: short or in Title Case, no sentence end, no quote."""
        line = self.text[para[0]:para[1]].strip()
        return ((len(line) <= _HEADING_CHARS or title_case_line(line, self.sl))
                and not line.endswith(_SENTENCE_ENDS)
                and not self.inside_quote(para[0]) and not any(c in SHAPES for c in line))
