"""Offices that point back ("kata Kepala BBKSDA itu", "the agency chief said") resolved to the
person the article introduced with an agreeing office (:mod:`..rolefit`), or to nobody."""

from __future__ import annotations

from ..mentions import NP, Entity
from ..rolefit import LOOSE, MATCH, UNKNOWN, Office, fit, is_head_office, person_fit, read_office
from .state import Event, ReaderState


class Holders(ReaderState):
    """The holder of an office among the people the article introduced with offices."""

    def note_introduction(self, np: NP, entity: Entity) -> None:
        """Keep the office written before a person's name as written ("Calon kepala desa nomor
        urut 2, Muhammad Riduan", "Agency head Simanjuntak"): its qualifiers and its first word
        tell which office it is, where the office kept in :attr:`Entity.roles` is cut short."""
        if entity.org or not np.name:
            return
        at = self.text.rfind(np.name[0], np.start, np.end)
        if at <= np.start:
            return
        words = self.text[np.start:at].split()
        while words and words[-1].rstrip(".,") in self.sl.honorifics:  # "…, Dr. Theresia"
            words.pop()
        if words:
            self._introductions.setdefault(id(entity), []).append(" ".join(words))

    def names_office(self, np: NP) -> bool:
        """Whether the phrase ``np`` names an office one person holds ("juru bicara tersebut")."""
        return is_head_office(read_office(self.text[np.start:np.end], self.sl), self.sl)

    def note_unnamed_office(self, np: NP) -> None:
        """Remember an office the text writes with no person's name, before an institution
        ("Juru bicara Pemkab Cianjur melalui pesan singkat menyatakan …"): its holder is somebody
        the article does not name."""
        if not self.inside_quote(np.start):
            self._unnamed_offices.append((np.start, self.text[np.start:np.end]))

    def _unnamed_since(self, wanted: Office, holder: Entity, at: int) -> bool:
        """Whether, since ``holder`` was last mentioned, the text wrote an agreeing office with no
        name that is not his ("Juru bicara Pemkab …" after "Juru bicara PT Jembatan Nusa, Benny"):
        the phrase then points to that unnamed holder."""
        for offset, phrase in self._unnamed_offices:
            if holder.last_seen < offset < at:
                unnamed = read_office(phrase, self.sl)
                if fit(wanted, unnamed, self.sl) >= LOOSE and (
                        person_fit(unnamed, self.held_offices(holder), self.sl) != MATCH):
                    return True
        return False

    def held_offices(self, entity: Entity) -> list[Office]:
        """Every office the article gave ``entity``: the offices kept with it, those written before
        its name where it is introduced, and the capitalised words before its first mentions
        ("Kepala Balai Besar … (BBKSDA) Riau, Gatot …")."""
        phrases = [*entity.roles, *self._introductions.get(id(entity), [])]
        if len(entity.tokens) >= 2:
            phrases += [" ".join(words) for words in self._offices_before_name(entity.tokens)]
        offices = (read_office(p, self.sl) for p in dict.fromkeys(phrases))
        return [o for o in offices if o.head is not None]

    def office_holder(self, phrase: str, current: Event | None, at: int) -> tuple[Entity | None, bool]:
        """The person an office phrase at ``at`` points to, and whether that is the answer (False:
        the phrase names no office this reads, or one anyone may be, and other rules may try).
        Among the people whose offices agree best (every qualifier written, or nothing said
        against it), the current subject, else the one mentioned last; candidates and deputies
        never ("kata bupati itu" is not the "Calon bupati"). An office one person holds ("kepala",
        "secretary") that no named person holds is nobody's (the article did not name its holder),
        unless the person this paragraph is about (its subject, or else the person it names last)
        was given no office at all ("… led by Dato' Ahmad Faizal Rahman. The Malaysian minister
        said …"): then it is his from now on."""
        wanted = read_office(phrase, self.sl)
        if wanted.head is None:
            return None, False
        scored = [(person_fit(wanted, self.held_offices(e), self.sl), e)
                  for e in self.registry.entities
                  if not e.org and not self.place_entity(e) and self._named_before(e, at)]
        best = max((f for f, _ in scored), default=UNKNOWN)
        subject = current.entity if current is not None else None
        if best >= LOOSE:
            group = [e for f, e in scored if f == best]
            holder = subject if subject in group else max(group, key=lambda e: e.last_seen)
            return (None if self._unnamed_since(wanted, holder, at) else holder), True
        if not is_head_office(wanted, self.sl):
            return None, False
        in_paragraph = current is not None and self.paragraph_of(current.offset) == self.paragraph_of(at)
        here = subject if in_paragraph else self._named_in_paragraph(at, current)
        if here is not None and not here.org and not self.held_offices(here):
            self._introductions.setdefault(id(here), []).append(phrase)
            return here, True
        return None, True

    def _named_before(self, entity: Entity, at: int) -> bool:
        """Whether the text names ``entity`` before ``at`` (in full or by a short form it was
        resolved from): an office that points back points to someone already introduced."""
        forms = {" ".join(entity.tokens), *(" ".join(c) for c in entity.called)}
        return any(self.text.find(form, 0, at) >= 0 for form in forms if form)
