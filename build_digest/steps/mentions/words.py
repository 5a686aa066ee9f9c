"""Word-level tests and patterns every phrase reader shares: a token, a capital, an acronym, an
institution's name, a name particle, a word that describes rather than names."""

from __future__ import annotations

import re

from ..speechlex import SpeechLexicon

# a word; a plural possessive inside a name keeps its mark ("Federation of Indonesian Teachers'
# Unions")
_TOKEN = re.compile(r"[^\W_](?:\w|[-'’](?=\w))*(?:(?<=[a-z]s)['’](?= [A-Z]))?")
DEMONSTRATIVE = r"(?:{demo})(?!\w)"  # (the words: SpeechLexicon.pattern)
PAREN = re.compile(r"\([^()\n]{1,20}\)")
MAX_NAME = 5
EDGE = r"\w'’-"  # characters that continue a word: a phrase stands alone without them
NUMBERED = re.compile(r"\d+|[IVXLC]+")
# an age after a name: in brackets ("Sumarni (52)"), or set off by commas ("Siti, 45, a trader")
AGE_IN_BRACKETS = re.compile(r"\s*\(\d{1,3}\)")
AGE_SET_OFF = re.compile(r",\s*\d{1,3}\s*,")
# a brand written in camel case ("KirimCepat", "GoTo"): a company, never a person's name
_BRAND = re.compile(r"^[A-Z]?[a-z]+[A-Z]")


def skip_spaces(text: str, i: int, hi: int) -> int:
    while i < hi and text[i] in " \u00a0\t":
        i += 1
    return i


def token_at(text: str, i: int, hi: int) -> re.Match[str] | None:
    return _TOKEN.match(text, i, hi)


def is_capital(word: str) -> bool:
    return word[:1].isupper()


def is_acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper() and word.isalpha()


def is_org(tokens: list[str] | tuple[str, ...], sl: SpeechLexicon) -> bool:
    """An institution's name: it opens ("Kementerian …") or, in English, ends ("… Council") with
    an institution word."""
    return bool(tokens) and (tokens[0] in sl.organisations or tokens[-1] in sl.organisations
                             or " ".join(tokens) in sl.organisations
                             or (len(tokens) == 2 and is_acronym(tokens[0])))


def particle_opens(tokens: list[str] | tuple[str, ...], sl: SpeechLexicon, k: int = 0) -> bool:
    """A name particle opens the name at ``k`` ("I Wayan", "Ni Luh", "Anak Agung", "Andi")."""
    if k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1]
    if tokens[k] in sl.particles or " ".join(tokens[k:k + 2]) in sl.particles or (
            tokens[k] in sl.openers or " ".join(tokens[k:k + 2]) in sl.openers):
        return nxt not in sl.complement and nxt not in sl.organisations and not is_acronym(nxt)
    return False


def inside_sentence(text: str, i: int, marks: str = ",") -> bool:
    """What stands at ``i`` follows a word or one of ``marks``: it is inside a sentence."""
    before = text[:i].rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] in marks)


def descriptive(token: str, sl: SpeechLexicon) -> bool:
    return (token in sl.complement or token in sl.organisations or is_acronym(token)
            or bool(_BRAND.search(token)))


def field_word(token: str, sl: SpeechLexicon) -> bool:
    """A capitalised word whose ending names a field ("Competitiveness", "Relations";
    ``complement_endings``): the office's, never its holder's name."""
    rx = sl.complement_ending_rx
    return bool(rx and rx.fullmatch(token))


def predicate_word(word: str, sl: SpeechLexicon) -> bool:
    """An adverb or a verb opening or standing in a predicate, never a word of a description
    before a name ("juga", "mengaku", "sibuk"; a verb by its prefix from five letters on)."""
    w = word.casefold()
    return (w in sl.adverbs or w in sl.report_verbs or w in sl.after_verbs
            or (len(w) >= 5 and w.startswith(sl.any_verb_prefixes)))


def passive_verb(word: str, sl: SpeechLexicon) -> bool:
    """A passive verb by its form ("dibuka", "diresmikan"), not a noun or an office that starts
    alike ("dirut")."""
    return (len(word) >= 6 and word.startswith(tuple(sl.words("passive_prefixes")))
            and word not in sl.folded_words("description_nouns") and not sl.role_rx.fullmatch(word))


def verb_like(word: str, sl: SpeechLexicon) -> bool:
    """A predicate rather than a description ("menuntut", "berharap", "mengatakan")."""
    w = word.casefold()
    return w in sl.report_verbs or w in sl.after_verbs or w.startswith(sl.verb_prefixes)
