"""Gender and age cues the text gives a person, used to resolve anaphors."""

from __future__ import annotations

from ..ages import age_in, ages_given
from ..gender import titled
from ..mentions import NP, Entity, contains, key_tokens, name_run
from .state import ReaderState


class GenderCues(ReaderState):
    """What the text says of a person's gender and age."""

    def collect_genders(self) -> None:
        """What the text says of each person's gender: a form of address before the name ("Bu
        Rina", "Mr Smith") or a description given at the introduction ("Siti (41), ibu dua
        anak"); read by gendered anaphors ("pria itu", "she said")."""
        for para in self.paragraphs:
            for at, gender in titled(self.text, *para, self.sl):
                tokens, _, org = name_run(self.text, at, para[1], self.sl)
                if tokens and not org and not self.inside_quote(at):
                    self._gender_cue(tokens, gender)
            for start, end, age in ages_given(self.text, *para):
                tokens, _, org = name_run(self.text, start, end, self.sl)
                if tokens and not org and not self.inside_quote(start):
                    self._age_cues[tokens] = age if self._age_cues.get(tokens, age) == age else -1

    def named_whole(self, entity: Entity) -> bool:
        """The article introduces ``entity`` by one name and an age ("Rahayu (34), penumpang asal
        Wonolopo, …"): that one word is the whole name it gives, and a fuller name elsewhere
        that holds it ("Endang Sri Rahayu Wulandari") is someone else's."""
        return not entity.org and len(entity.tokens) == 1 and self._age_cues.get(entity.tokens, 0) > 0

    def aged(self, description: str) -> Entity | None:
        """The one person the text gave the age a description gives ("pria berusia 45 tahun
        itu", "the 45-year-old"), or None."""
        age = age_in(description, self.sl) if self._age_cues else None
        named = [tokens for tokens, given in self._age_cues.items() if given == age] if age else []
        people = {id(e): e for e in (self.registry.resolve(NP(-1, -1, "name", name=t), -1) for t in named)
                  if not e.org}  # (a one-word name is known as a person from here on)
        return next(iter(people.values())) if len(people) == 1 else None

    def _gender_cue(self, tokens: tuple[str, ...], gender: str) -> None:
        """The text gives the person named ``tokens`` this gender (read when someone resolves
        to that name: one-word names are known as people only then)."""
        if gender:
            key = key_tokens(tokens)
            known = self._gender_cues.get(key, gender)
            self._gender_cues[key] = gender if known == gender else "?"

    def gender_of(self, entity: Entity) -> str:
        """The gender the text gives ``entity``: learnt from anaphors resolved to it, or cued at
        a name it holds ("Bu Sumiati", "Hendarto (52), pria …")."""
        if not entity.gender and not entity.org:
            key = key_tokens(entity.tokens)
            for named, gender in self._gender_cues.items():
                if contains(key, named):
                    self.learn_gender(entity, gender)
        return entity.gender

    @staticmethod
    def learn_gender(entity: Entity | None, gender: str) -> None:
        """Record that the text gives ``entity`` this gender (both: unknown, "?")."""
        if entity is None or entity.org or not gender or entity.gender == gender:
            return
        entity.gender = "?" if entity.gender else gender
