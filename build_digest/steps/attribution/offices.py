"""Offices written alone ("kata Kasat Reskrim") resolved to the person the text wrote after them."""

from __future__ import annotations

from ..mentions import NP, Entity, contains, key_tokens
from ..speaker_rules import office_before, spells_office
from .state import ReaderState

_OFFICE_MENTIONS_READ = 4  # the first mentions of a name, where its office is written


class Offices(ReaderState):
    """An office written without its holder, resolved to the person the text gave it."""

    def _office_holder(self, np: NP) -> Entity | None:
        """ "Camat Wonosalam" after "Camat Wonosalam Heru Prasetyo": an office and the word that
        described it before its holder's name (a region, a unit), read as an office and a one-word
        name, is that holder."""
        if not np.role or len(np.name) != 1 or np.org:
            return None
        word = np.name[0]
        holders = [e for e in self.registry.entities if not e.org and word not in e.tokens
                   and any(self.sl.role_matches(np.role, held) for held in e.roles)
                   and self._written_before(word, e.tokens)]
        if not holders:  # "kata Ketua Paguyuban" after "Ketua Paguyuban Nelayan Rupat Utara,
            holders = [e for e in self.registry.entities  # Zulkifli Amran": the office's words
                       if not e.org and word not in e.tokens and self._introduced_as(e, np.role, word)]
        return holders[0] if len(holders) == 1 else None

    def _introduced_as(self, entity: Entity, role: str, word: str) -> bool:
        """The text introduced ``entity`` with an office that opens with ``role`` and holds
        ``word`` ("Ketua Paguyuban Nelayan Rupat Utara" for "Ketua" and "Paguyuban")."""
        phrases = [*self._introductions.get(id(entity), []),
                   *(" ".join(words) for words in self._offices_before_name(entity.tokens))]
        return any(p.casefold().startswith(role) and word in p.split()[len(role.split()):] for p in phrases)

    def _unheld_office(self, np: NP) -> Entity | None:
        """A "name" that is no person's but an office the text wrote before one ("kata Kasat
        Lantas"): that person."""
        if np.org or np.role or not (len(np.name) >= 2 or np.name[0].casefold() in self.sl.role_first_words
                                     or self._office_of_institution(np.name[0])):
            return None
        if np.name not in self._unheld:  # (remembered: asked for each mention)
            key = key_tokens(np.name)
            self._unheld[np.name] = None if any(
                e.tokens != np.name and not e.org and contains(key_tokens(e.tokens), key)
                for e in self.registry.entities) else self._office_written(list(np.name))
        return self._unheld[np.name]

    def _office_written(self, short: list[str]) -> Entity | None:
        """The one person whose name the text writes right after the office ``short`` stands for:
        "kata Kasat Lantas" after "Kasat Lantas Polres Majalengka AKP Dwi Handoko Saputro",
        "tegas Menteri PU" after "Menteri Pekerjaan Umum Darmawan …" (a word for the initials
        or syllables of several)."""
        if not short or not short[0][:1].isupper():
            return None
        if tuple(short) not in self._office_holders:  # (asked again and again: remembered)
            self._office_holders[tuple(short)] = self._find_office_holder(short)
        return self._office_holders[tuple(short)]

    def _find_office_holder(self, short: list[str]) -> Entity | None:
        """:meth:`_office_written`, not remembered."""
        skips, syllables = self.sl.folded_words("short_form_skips"), self.sl.office_syllables
        firsts = self.sl.role_first_words
        head = self._office_of_institution(short[0]) if len(short) == 1 else None
        if head is not None:  # "ujar Kadisdag": KA(kepala) + Disdag (Dinas Perdagangan)
            def spelled(words: list[str]) -> bool:
                return spells_office(head, words) or (len(words) > 1 and words[0].casefold() not in firsts
                                                      and spells_office(head, words[1:]))
        elif short[0].casefold() in firsts:  # an office's word ("Kasat", "Menteri"), maybe after a
            def spelled(words: list[str]) -> bool:  # sentence's first word, not after "Wakil"
                return spells_office(short, words, skips, syllables) or (len(words) > 1 and (
                    words[0].casefold() not in firsts) and spells_office(short, words[1:], skips, syllables))
        elif len(short) >= 2:  # unlisted words: from where the words before the name start
            def spelled(words: list[str]) -> bool:  # (not an institution inside: "CEO Kayon Motor")
                return spells_office(short, words, skips, syllables)
        else:
            return None
        holders = [e for e in self.registry.entities
                   if not (e.org or e.display is not None or len(e.tokens) < 2 or list(e.tokens) == short)
                   and any(spelled(words) for words in self._offices_before_name(e.tokens))]
        return holders[0] if len(holders) == 1 else None

    def _office_of_institution(self, word: str) -> list[str] | None:
        """The office a one-word short form names when it is an office's syllable and an
        institution's known short form (institutions.yaml): "Kadisdag" = KA(kepala) + Disdag (Dinas
        Perdagangan), "Kapolresta" = KA + Polresta (Kepolisian Resor Kota); None otherwise."""
        known = {**(self.institutions.get("prefixes") or {}), **(self.institutions.get("names") or {})}
        folded = word.casefold()
        for syllable, office in self.sl.office_syllables.items():
            rest = word[len(syllable):]
            if folded.startswith(syllable) and rest[:1].islower() and rest.capitalize() in known:
                return [office, *(w.strip(",") for w in known[rest.capitalize()].split())]
        return None

    def _offices_before_name(self, tokens: tuple[str, ...]) -> list[list[str]]:
        """The capitalised words written right before the first mentions of the name ``tokens``
        (where its office is written), remembered; not a run ending with a joiner ("Budi dan
        Agus Salim")."""
        if tokens not in self._offices_before:
            joiners = self.sl.folded("office_joiners")
            written, runs, at = " ".join(tokens), [], 0
            for _ in range(_OFFICE_MENTIONS_READ):
                at = self.text.find(written, at)
                if at < 0:
                    break
                words = office_before(self.text, at, self.sl)
                if words and words[-1].casefold() not in joiners:
                    runs.append(words)
                at += len(written)
            self._offices_before[tokens] = runs
        return self._offices_before[tokens]

    def _written_before(self, word: str, tokens: tuple[str, ...]) -> bool:
        """Whether the text writes ``word`` right before the name ``tokens`` (remembered: the
        same pair is asked for again and again)."""
        key = (word, tokens)
        if key not in self._before_names:
            self._before_names[key] = f"{word} {' '.join(tokens)}" in self.text
        return self._before_names[key]
