"""What one capitalised word inside a run of them is: a title inside a name, a name opener, an
office word that is part of a name, a possessive, a compound adjective, a pronoun that is a name."""

from __future__ import annotations

import re

from ..speechlex import SpeechLexicon
from .words import descriptive, inside_sentence, is_capital, particle_opens, skip_spaces, token_at


def title_inside_name(text: str, after: int, hi: int, word: str, tokens: list[str],
                       sl: SpeechLexicon) -> bool:
    """A title that is also a name part (``title_name_parts``: "Nona") after a person's first
    name and before the rest of the name: "Theresia Nona Lusi" (not "Desa Sukamaju Nona Ria")."""
    if word not in sl.folded_words("title_name_parts") or not tokens or any(
            descriptive(t, sl) or sl.role_rx.fullmatch(t) or t in sl.honorifics for t in tokens):
        return False
    nxt = token_at(text, after + 1, hi) if text.startswith(" ", after) else None
    return nxt is not None and is_capital(nxt.group()) and not sl.role_rx.fullmatch(nxt.group()) and (
        not descriptive(nxt.group(), sl)) and nxt.group().casefold() not in sl.not_names


def opener_inside(tokens: list[str], sl: SpeechLexicon) -> int:
    """Where a name opener of more than a letter ("Ni", "Anak Agung", "Ida Bagus") stands after the
    first word of a run, followed by the name it opens; 0 if none does, or if the run already
    opens with a particle (the roman-numeral-like "I" alone is left to the office readers, "I
    Wayan" opens a name)."""
    if not tokens or tokens[0] in sl.particles or tokens[0] in sl.openers or (
            " ".join(tokens[:2]) in sl.openers):
        return 0
    for k in range(1, len(tokens) - 1):
        pair = " ".join(tokens[k:k + 2])
        word = pair if pair in sl.openers or tokens[k] not in sl.openers else tokens[k]
        if word in sl.openers and len(word) > 1 and particle_opens(tokens, sl, k):
            return k
    return 0


def particle_opening(text: str, after: int, hi: int, word: str, sl: SpeechLexicon) -> bool:
    """A name particle that is also a common word opens a name when a name follows it: Sasak
    "Lalu Muhammad Zaini" (not "Lalu, ..." nor "Lalu Lintas")."""
    if not text.startswith(" ", after):
        return False
    nxt = token_at(text, after + 1, hi)
    if nxt and f"{word} {nxt.group()}" in sl.openers:  # Balinese "I Gusti", "I Made" in English text
        return True
    if word not in sl.particles:
        return False
    return bool(nxt) and particle_opens((word, nxt.group()), sl) and (
        nxt.group().casefold() not in sl.not_names) and not sl.role_rx.fullmatch(nxt.group())


def after_corps(text: str, k: int, hi: int, sl: SpeechLexicon) -> int:
    """After a rank, the end of the corps written with it ("Letkol Inf. Bayu", "Mayor Czi Rudi"),
    or ``k`` when none follows."""
    j = skip_spaces(text, k, hi)
    corps = token_at(text, j, hi)
    if not corps or corps.group() not in sl.folded_words("rank_corps"):
        return k
    if not text.startswith((". ", " "), corps.end()):
        return k
    return corps.end() + text.startswith(".", corps.end())


def inside_name(text: str, after: int, hi: int, tokens: list[str], sl: SpeechLexicon) -> bool:
    """A word that is also an office, inside a person's name: "Fauzan Hakim Lubis" (a first name
    before it, a capitalised word after it that is neither an office nor a description)."""
    if not tokens or descriptive(tokens[-1], sl):
        return False
    if text[text.rfind(" ", 0, after) + 1:after] not in sl.folded_words("office_name_words"):
        return False
    if text.startswith((", ", ". "), after) or after >= hi:  # the last name: "Arif Rahman Hakim, menilai",
        # "Wali Nagari Sunur, Zulkarnain Hakim, mengatakan"
        return not any(descriptive(t, sl) or sl.role_rx.fullmatch(t) for t in tokens)
    if not text.startswith(" ", after):
        return False
    nxt = token_at(text, after + 1, hi)
    return bool(nxt) and is_capital(nxt.group()) and not sl.role_rx.fullmatch(nxt.group()) and (
        not descriptive(nxt.group(), sl)) and nxt.group().casefold() not in sl.not_names


def possessed(word: str, sl: SpeechLexicon) -> bool:
    """A word with a possessive clitic after a hyphen ("Instagram-nya", "X-nya")."""
    folded = word.casefold()
    return any(folded.endswith("-" + c) for c in sl.folded_words("clitics"))


def compound_adjective(word: str, sl: SpeechLexicon) -> bool:
    """A name joined to a participle by a hyphen ("Jakarta-based", "Denpasar-born"): an adjective."""
    head, hyphen, tail = word.rpartition("-")
    return bool(head and hyphen) and tail.islower() and tail in sl.folded_words("compound_adjective_tails")


def pronoun_as_name(text: str, m: re.Match[str], hi: int, sl: SpeechLexicon) -> bool:
    """A pronoun's spelling that is also a name part (data: ``pronoun_name_parts``), capitalised
    inside a sentence before another capitalised word, is a name part: "China's He Yuxin", ""…,"
    He Yuxin said" (not a sentence's "He Told …")."""
    if m.group() not in sl.folded_words("pronoun_name_parts") or not text.startswith(" ", m.end()):
        return False
    nxt = token_at(text, m.end() + 1, hi)
    if nxt is None or not is_capital(nxt.group()) or nxt.group() in sl.not_names:
        return False
    before = text[:m.start()].rstrip()
    if before.endswith(("\"", "”", "’", "'")):
        before = before[:-1].rstrip()
        return before.endswith(",")
    return inside_sentence(text, m.start())
