"""How an institution's name goes on: past its short form in brackets, through a coordinator
or a function word, after the building it is in."""

from __future__ import annotations

import re

from ...textutil import standing_alone
from ..speechlex import SpeechLexicon
from .words import EDGE, is_capital, is_org, token_at

_SHORT_FORM_BETWEEN = re.compile(r"\(([A-Z][\w-]*)\) (?=[A-Z])")


def resumed_after_short_form(text: str, k: int, hi: int, tokens: list[str], sl: SpeechLexicon) -> int | None:
    """Where an institution's name goes on after its short form in brackets: "Kepolisian Resor
    Kota Besar (Polrestabes) Palembang", when the article also writes the short form with the
    word that follows ("Polrestabes Palembang"); None if it does not go on."""
    short = _SHORT_FORM_BETWEEN.match(text, k, hi)
    if short is None or not is_org(tokens, sl):
        return None
    nxt = token_at(text, short.end(), hi)
    if nxt is None:
        return None
    phrase = re.compile(rf"{standing_alone(short.group(1) + ' ' + nxt.group(), EDGE)}(?![{EDGE}])")
    return short.end() if phrase.search(text) else None


_RUN_WORD_BEFORE = re.compile(r"(?:\([A-Z][\w-]*\)|([A-Z][\w'’-]*)|[\w&]+) $")


def joined_in_institution(text: str, tokens: list[str], m: re.Match[str], hi: int,
                           sl: SpeechLexicon) -> bool:
    """A coordinator inside a name that the article writes elsewhere inside an institution's name:
    "Ditjen Bea dan Cukai" with "Direktorat Jenderal Bea dan Cukai", "Polresta Pulau Ambon dan
    Pulau-Pulau Lease" with "Kepolisian Resor Kota (Polresta) Pulau Ambon dan …"."""
    if not tokens or not text.startswith(" ", m.end()):
        return False
    nxt = token_at(text, m.end() + 1, hi)
    if nxt is None or not is_capital(nxt.group()):
        return False
    joined = f"{tokens[-1]} {m.group()} {nxt.group()}"
    here = m.start() - len(tokens[-1]) - 1
    for other in re.finditer(rf"{standing_alone(joined, EDGE)}(?![{EDGE}])", text):
        if other.start() != here and any(w in sl.organisations for w in _run_before(text, other.start(), sl)):
            return True
    return False


def _run_before(text: str, at: int, sl: SpeechLexicon) -> list[str]:
    """The capitalised words of the run (joiners and short forms in brackets inside it) that
    goes on at ``at``, before it."""
    words: list[str] = []
    while at > 0:
        before = _RUN_WORD_BEFORE.search(text, max(0, at - 40), at)
        if before is None or before.end() != at:
            break
        if before.group(1):
            words.append(before.group(1))
        elif not before.group().startswith("(") and (
                before.group().strip().casefold() not in sl.org_connectors):
            break
        at = before.start()
    return words


_CAPITAL_RUN_AFTER = re.compile(r"(?: [A-Z][\w'’-]*)+")


def org_word_ends(text: str, after: int, hi: int, sl: SpeechLexicon) -> bool:
    """The run of capitalised words after "and" ends with an institution word: "the Environment
    and Forestry Ministry" is one institution, joined before its head is read (not after "of":
    "Theodorus … of Sam Ratulangi University" is a person and where he works)."""
    run = _CAPITAL_RUN_AFTER.match(text, after, hi)
    return run is not None and run.group().split()[-1] in sl.organisations


def past_premises(text: str, i: int, hi: int, sl: SpeechLexicon) -> int:
    """Where the institution starts in "di Kantor Kementerian Kesehatan": a building word after a
    preposition of place, before an institution's name, is where something happened."""
    m = token_at(text, i, hi)
    if not m or m.group() not in sl.folded_words("premises_words") or not text.startswith(" ", m.end()):
        return i
    nxt = token_at(text, m.end() + 1, hi)
    before = text[max(0, i - 4):i].split()
    if not nxt or nxt.group() not in sl.organisations or not before or (
            before[-1].casefold() not in sl.folded("place_prepositions")):
        return i
    return m.end() + 1


def function_word_in_institution(text: str, after: int, hi: int, tokens: list[str], sl: SpeechLexicon
                                  ) -> bool:
    """A capitalised function word inside an institution's name, between capitalised words:
    "Kementerian Dalam Negeri", "Direktorat Jenderal … Kementerian Dalam Negeri"."""
    if not is_org(tokens, sl) or not text.startswith(" ", after):
        return False
    nxt = token_at(text, after + 1, hi)
    return nxt is not None and is_capital(nxt.group()) and nxt.group().casefold() not in sl.not_names


def member_inside_body(text: str, after: int, hi: int, word: str, tokens: list[str], sl: SpeechLexicon
                       ) -> bool:
    """A noun for a body's members inside the body's name, not an office: "Forum Petani Kopi
    Lestari", "Jaringan Advokasi Nelayan Tangguh" (``member_bodies`` opens the run, a describing
    noun, then a capitalised word that goes on)."""
    if not tokens or tokens[0] not in sl.folded_words("member_bodies") or (
            word.casefold() not in sl.folded("description_nouns")) or not text.startswith(" ", after):
        return False
    nxt = token_at(text, after + 1, hi)
    return nxt is not None and is_capital(nxt.group()) and not sl.role_rx.fullmatch(nxt.group())


def possessive_in_name(text: str, after: int, hi: int, tokens: list[str], sl: SpeechLexicon) -> bool:
    """A possessive after an institution's "of" is part of its name when capitalised words go on
    ("Federation of Indonesia's Traditional Fishers"), not an owner before what it owns."""
    if len(tokens) < 2 or tokens[-1].casefold() not in sl.org_connectors or not is_org(tokens[:1], sl):
        return False
    nxt = token_at(text, after + 1, hi) if text.startswith(" ", after) else None
    return nxt is not None and is_capital(nxt.group())
