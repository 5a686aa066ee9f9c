"""Speakers named in apposition to a description: what a person is, then their name.

"…," ujar juru parkir Pasar Lampulo, Teuku Irwansyah. / "…," said tuna collector Hendrik
Latuconsina, 45. / Perwakilan marga, Natan Yikwa, menyebut … / Warga Dusun Krajan, Desa
Sumberejo, Sumarni (52), mengaku …

The shape of the phrase names the speaker, whatever the describing noun: lower-case words with
no verb in them, a comma or not, then a person's name that closes the phrase. The lexicon's
word lists say only where the description must stop (a relative's or an owner's word, a
preposition: "kata anak sulung Sukarto", "ujar pengelola warung milik Hartono Wijaya").
"""

from __future__ import annotations

import re
from functools import cached_property

from ..mentions import NP, name_run
from ..mentions.words import is_capital, passive_verb, predicate_word, skip_spaces, token_at, verb_like
from .state import ReaderState

_MAX_DESCRIPTION = 110  # characters of a description before its name
_MAX_PLACES = 2  # capitalised places set off by commas between a description and its name
_BARE_WORDS = 3  # lower-case words right before a name with no comma ("said village elder X")
_AGE = re.compile(r"\s*\(\d{1,3}\)|,\s*\d{1,3}(?=\s*[,.;]|\s*$)")
_LOWER = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*")
_DESCRIPTION = re.compile(rf"[^,.;:!?\"“”‘’\n]{{1,{_MAX_DESCRIPTION}}}?,\s+")


class Appositions(ReaderState):
    """The person a description names in apposition, after a speech verb or opening a sentence."""

    def described_after_verb(self, at: int, hi: int, bare: bool = True) -> NP | None:
        """The speaker after a speech verb, named after a description of them: "juru parkir
        Pasar Lampulo, Teuku Irwansyah", "seorang pemulung, Ni Ketut Sariasih (47), kepada …",
        and (``bare``) with no comma: "tuna collector Hendrik Latuconsina, 45"."""
        first = token_at(self.text, at, hi)
        if first is None or is_capital(first.group()) or self._stop(first.group()):
            return None
        named = self._named_by_word(at, hi)
        if named is not None:  # "petambak garam asal Desa Pinggirpapas bernama Sahlan Efendi"
            return named
        gap = _DESCRIPTION.match(self.text, at, hi)
        if gap is not None and self._describes(at, gap.end()):
            named = self._apposed(gap.end(), hi, single=self._ends_lower(gap.end()))
            if named is not None and self._closes(named.end, hi):
                return NP(at, named.end, "name", name=named.name,
                          role=" ".join(self.text[at:gap.end()].rstrip(", ").casefold().split()))
            if named is None and self._only_places(gap.end(), hi):  # "penambang di Bukit
                return NP(at, gap.end(), "anonymous")  # Cempaga, Sampit.": nobody named
        return self._bare_described(at, hi) if bare else None

    def _only_places(self, at: int, hi: int) -> bool:
        """Places the article uses, set off by commas, close the sentence at ``at``."""
        for _ in range(_MAX_PLACES + 1):
            tokens, end, _org = name_run(self.text, at, hi, self.sl)
            if not tokens or not self._placed(NP(at, end, "name", name=tokens)):
                return False
            if not self.text.startswith(", ", end):
                return self.text[end:end + 1] in (".", "") or end >= hi
            at = end + 2
        return False

    def premodified_after_verb(self, np: NP, hi: int) -> NP | None:
        """A capitalised word before the description of the speaker after a speech verb: "said
        Banda nutmeg grower Hasan Baadilla" names Hasan Baadilla, not "Banda"."""
        if np.kind != "name" or np.role or np.org or not self.text.startswith(" ", np.end):
            return None
        named = self._bare_described(np.end + 1, hi)
        if named is None:
            return None
        modifier = " ".join(self.text[np.start:named.start].casefold().split())
        return NP(np.start, named.end, "name", name=named.name, role=f"{modifier} {named.role}")

    def described_bare_subject(self, pos: int, end: int) -> NP | None:
        """A sentence (or the clause after a scene-setting opener) opened by a few describing
        words and a full name, then the predicate: "Di depan posko, penyintas banjir Rohimah
        Lestari sibuk membagikan …"."""
        head = token_at(self.text, pos, end)
        if head is None or self._opener(head.group()) or not (
                head.group().islower() or self.common_noun(head.group())):
            return None
        lowered = head.group().casefold()
        if pos + len(lowered) >= end or not self.text.startswith(" ", head.end()):
            return None
        named = self._bare_described(head.end() + 1, end, subject=True)
        if named is None:
            return None
        return NP(pos, named.end, "name", name=named.name, role=f"{lowered} {named.role}")

    def _named_by_word(self, at: int, hi: int) -> NP | None:
        """A description, a naming word ("bernama", "named") and the name it gives."""
        naming = self.sl.folded_words("naming_words")
        for word in _LOWER.finditer(self.text, at, min(hi, at + _MAX_DESCRIPTION)):
            if word.group() in naming:
                if word.start() == at or not self._describes(at, word.start()) or (
                        any(c in self.text[at:word.start()] for c in ",.;:!?")):
                    return None
                name_at = skip_spaces(self.text, word.end(), hi)
                tokens, end, org = name_run(self.text, name_at, hi, self.sl)
                if not tokens or org or self._placed(NP(name_at, end, "name", name=tokens)):
                    return None
                return NP(at, end, "name", name=tokens,
                          role=" ".join(self.text[at:word.start()].casefold().split()))
            if self._stop(word.group(), inside=True):
                return None
        return None

    def _ends_lower(self, gap_end: int) -> bool:
        """The description before the comma ending at ``gap_end`` ends in a lower-case word: a
        one-word name may follow ("sesama petambak, Marwiyah"), where after a capitalised place
        a one-word name would go on naming the place ("di Pelabuhan Tulehu, Wamena")."""
        before = self.text[:gap_end].rstrip().rstrip(",").split()
        return bool(before) and before[-1][:1].islower()

    def described_subject(self, start: int, end: int) -> NP | None:
        """A sentence opened by a description, then its subject's name set off by commas before
        the predicate: "Perwakilan marga, Natan Yikwa, menyebut …", "Warga Dusun Krajan, Desa
        Sumberejo, Sumarni (52), mengaku …" (the places between are not the subject)."""
        head = token_at(self.text, start, end)
        if head is None or not head.group()[1:].islower() or self._opener(head.group()):
            return None
        gap = _DESCRIPTION.match(self.text, start, end)
        if gap is None or not self._describes(head.end(), gap.end(), set_off=True):
            return None
        words = self.text[head.end():gap.end()].split()
        if not any(_LOWER.fullmatch(w.rstrip(",")) for w in words) and not self.common_noun(head.group()):
            return None  # "Sumarni, Budi, dan …": names, not a description
        named = self._apposed(gap.end(), end)
        if named is None:
            return None
        close = _AGE.match(self.text, named.end, end)
        after = close.end() if close else named.end
        if not self.text.startswith(", ", after):
            return None
        verb = token_at(self.text, after + 2, end)
        if verb is None or not predicate_word(verb.group(), self.sl):
            return None
        return NP(start, after, "name", name=named.name,
                  role=" ".join(self.text[start:gap.end()].rstrip(", ").casefold().split()))

    def _apposed(self, at: int, hi: int, single: bool = False) -> NP | None:
        """The person's name at ``at``, or after up to two places set off by commas ("Desa
        Sumberejo, Sumarni", "Malang, Sutikno (61)"): a name of no institution and no place the
        article uses, of two words or more or with an age."""
        for _ in range(_MAX_PLACES + 1):
            tokens, end, org = name_run(self.text, at, hi, self.sl)
            if not tokens:
                return None
            np = NP(at, end, "name", name=tokens)
            placed = self._placed(np)
            if not placed and not org and (len(tokens) >= 2 or _AGE.match(self.text, end, hi)):
                return np
            if not (placed or len(tokens) == 1) or not self.text.startswith(", ", end):
                # a one-word name closing the phrase ("sesama petambak, Marwiyah.")
                return np if single and not placed and not org and len(tokens) == 1 else None
            at, single = end + 2, False  # (one word before another comma: a town, "Warga Desa
        return None  # X, Malang, …")

    def _placed(self, np: NP) -> bool:
        """A place: the article uses it as one, or a place noun opens it ("Desa Sumberejo")."""
        return self.is_place(np) or np.name[0] in self.sl.folded_words("place_nouns")

    def _bare_described(self, at: int, hi: int, subject: bool = False) -> NP | None:
        """A few lower-case words, then a person's full name with no comma between: "village
        elder Markus Walilo", "pemerhati burung Sulastri Wulandari di Sungsang"."""
        k = at
        for _ in range(_BARE_WORDS):
            word = _LOWER.match(self.text, k, hi)
            if word is None or self._stop(word.group()) or word.group() in self._adjunct_openers or (
                    passive_verb(word.group(), self.sl)) or not self.text.startswith(" ", word.end()):
                return None  # (not "ujar Parwata saat dikonfirmasi Tribun Bali")
            k = skip_spaces(self.text, word.end(), hi)
            if not is_capital(self.text[k:k + 1]):
                continue
            tokens, end, org = name_run(self.text, k, hi, self.sl)
            np = NP(k, end, "name", name=tokens)
            if len(tokens) < 2 or org or self._placed(np) or not (
                    self._predicate_follows(end, hi) if subject else self._closes(end, hi, bare=True)):
                return None
            return NP(at, end, "name", name=tokens, role=" ".join(self.text[at:k].casefold().split()))
        return None

    def _describes(self, start: int, end: int, set_off: bool = False) -> bool:
        """``text[start:end]`` reads as a description: no speech verb, no relative's word, no
        relative clause but one with no verb ("petambak yang juga Ketua Kelompok …"). ``set_off``:
        the name follows after a comma, in apposition to the whole description, so a relative's
        word may stand in it ("Perwakilan keluarga, Simon Yikwa, menyebut …")."""
        relative = self.sl.folded("relative_markers")
        kin = self.sl.folded("person_relatives") | self.sl.dependents if set_off else frozenset()
        words = list(_LOWER.finditer(self.text, start, end))
        for k, word in enumerate(words):
            if word.group() in relative and k > 0 and not any(
                    verb_like(w.group(), self.sl) or passive_verb(w.group(), self.sl) for w in words[k + 1:]):
                continue
            if word.group() in kin:
                continue
            if self._stop(word.group(), inside=True):
                return False
        return not self.inside_quote(start)

    def _predicate_follows(self, end: int, hi: int) -> bool:
        """A lower-case word of the predicate follows ``end`` (not a joiner or a relative's
        clause): "… Rohimah Lestari sibuk membagikan"."""
        if not self.text.startswith(" ", end):
            return False
        nxt = _LOWER.match(self.text, end + 1, hi)
        return nxt is not None and nxt.group() not in self.sl.folded("list_joiners") and (
            nxt.group() not in self._adjunct_openers)

    def _stop(self, word: str, inside: bool = False) -> bool:
        """A word no description of a speaker holds (a speech verb, a pronoun, a relative
        clause's marker, a relative's or an owner's word) or, opening one, starts (a preposition,
        a word that reads as a verb: inside, "mercusuar" or "berbaju" describe)."""
        sl, w = self.sl, word.casefold()
        if w in sl.report_verbs or w in sl.after_verbs or sl.subject_verb_rx.fullmatch(w) or (
                w in sl.pronouns or w in sl.plural_pronouns or w in sl.relatives
                or w in sl.folded("relative_markers") or w in sl.folded("person_relatives")
                or w in sl.folded("apposition_stops") or w in sl.folded("list_joiners")
                or w in sl.dependents):
            return True
        return not inside and (verb_like(w, sl) or w in sl.folded("place_prepositions")
                               or w in sl.folded("office_prepositions")
                               or w in sl.folded("affiliation_prepositions"))

    def _opener(self, word: str) -> bool:
        """A word that opens a sentence before its subject ("Bersama istrinya, …", "Sementara
        itu, …"), never a description's noun."""
        w = word.casefold()
        return (word in self.sl.not_names or w in self.sl.folded("sentence_connectives")
                or self._stop(word))

    def _closes(self, end: int, hi: int, bare: bool = False) -> bool:
        """The name ending at ``end`` closes the speaker's phrase: the sentence ends, or an age or
        a comma follows ("…, kepada Kompas.com"), not another name joined to it; after a ``bare``
        description (no comma), a word opening an adjunct ("di Sungsang"), not a noun the
        description goes on with ("said the former Persib Bandung coach")."""
        age = _AGE.match(self.text, end, hi)
        k = skip_spaces(self.text, age.end() if age else end, hi)
        if k >= hi or self.text[k] in ".!?;:":
            return True
        comma = self.text[k] == ","
        nxt = token_at(self.text, skip_spaces(self.text, k + 1, hi) if comma else k, hi)
        if nxt is None or nxt.group().casefold() in self.sl.folded("list_joiners"):
            return nxt is None
        return comma or age is not None or not bare or nxt.group().casefold() in self._adjunct_openers

    @cached_property
    def _adjunct_openers(self) -> frozenset[str]:
        """Words that open what is said about a speaker after their phrase ("di", "kepada", "on")."""
        sl = self.sl
        return frozenset().union(*(sl.folded(key) for key in (
            "place_prepositions", "office_prepositions", "affiliation_prepositions", "apposition_stops",
            "office_qualifier_stops")))
