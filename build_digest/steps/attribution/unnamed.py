"""People a sentence brings on without a name: "seorang pemuda" inside a sentence, "Pedagang
lain", a subject the text keeps unnamed or gives by initials only, and a capitalised thing as
subject ("Harga yang dikeluhkan …") that speaks for nobody."""

from __future__ import annotations

import re

from ..gender import gender_of_text
from ..mentions import NP
from .patterns import WORD_RUN
from .state import ReaderState

# one person brought on with an indefinite: "seorang pemuda" (speech.yaml person_indefinites)
_UNNAMED_PERSON = (r"(?<![\w-])(?i:{=person_indefinites})\s+(?i:{=description_nouns}|{=person_nouns})"
                   r"(?![\w'’-])")
# a person noun marked as someone other than those described with it before: "Pedagang lain",
# "Ibu lainnya", "Another trader" (speech.yaml other_markers_after, other_markers_before)
_OTHER_PERSON = (r"(?i:(?:(?:{=indefinites})\s+)?(?:(?P<before>{=other_markers_before})\s+)?"
                 r"(?:{=description_nouns}|{=person_nouns})(?:\s+(?P<after>{=other_markers_after}))?)(?![\w-])")
_AFTER_INITIALS = re.compile(r"\s*(?:\(\d{1,3}\))?\s*,?")


class UnnamedPeople(ReaderState):
    """Subjects with no name: unnamed persons, persons given by initials, things."""

    def unnamed_within(self, start: int, end: int) -> NP | None:
        """A person brought on unnamed inside a sentence whose subject is no person: "Suasana
        sempat memanas ketika seorang pemuda di barisan belakang berdiri …" (an indefinite that
        means one person, ``person_indefinites``: not "sejumlah warga", nor English "a teacher",
        often anyone at all). A clitic after means that person, not one named before."""
        if not self.sl.words("person_indefinites"):
            return None
        for m in self.sl.pattern(_UNNAMED_PERSON).finditer(self.text, start, end):
            if not self.inside_quote(m.start()):
                return NP(m.start(), m.end(), "anonymous")
        return None

    def _unnamed_thing(self, np: NP) -> bool:
        """An indefinite phrase about a thing, not a person: "A tablet does not …". None of the
        three words after the indefinite describes a person ("A truck driver", "A mid-level
        official") or gives an age."""
        words = WORD_RUN.findall(self.text, np.start, min(np.end + 40, self.paragraph_of(np.start)[1]))
        if len(words) < 2 or words[0].casefold() not in self.sl.folded_words("thing_indefinites"):
            return False
        people = {w for phrase in self.sl.words("anonymous") for w in phrase.casefold().split()}
        return not any(self._describes_person(w) or w in people or w[:1].isdigit()
                       or gender_of_text(w, self.sl) for w in (w.casefold() for w in words[1:4]))

    def _other_person(self, pos: int, end: int) -> NP | None:
        """A person noun marked as someone other than the people the article described with it
        ("Pedagang lain yang ditemui …", "Another trader …"): an unnamed person, unless a name
        follows in apposition."""
        m = self.sl.pattern(_OTHER_PERSON).match(self.text, pos, end)
        if m is None or not (m.group("before") or m.group("after")):
            return None
        return NP(pos, m.end(), "anonymous")

    def _initials_given(self, np: NP, end: int) -> NP | None:
        """ "One victim, …, identified only by her initials, NR, said …", "Seorang korban yang
        berinisial NR mengaku …": the initials name the unnamed subject (before the verb)."""
        rx = self.sl.initials_rx
        for m in rx.finditer(self.text, np.start, end) if rx is not None else ():
            after = _AFTER_INITIALS.match(self.text, m.end(), end).end()
            if not self.inside_quote(m.start()) and self._verb_after(after, end) is not None:
                return NP(np.start, m.end("initials"), "name", name=(m.group("initials"),), role=np.role)
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

    def thing_subject(self, np: NP) -> bool:
        """An unnamed subject that is one capitalised common noun naming no person ("Harga yang
        dikeluhkan …", "Potongan rafaksi …"): a thing, which speaks for nobody."""
        written = self.text[np.start:np.end]
        return (np.kind == "anonymous" and " " not in written and written[:1].isupper()
                and not self._describes_person(written.casefold())
                and written.casefold() not in self.sl.folded("anonymous"))
