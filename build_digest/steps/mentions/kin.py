"""Kin words: "istrinya", "ayah korban" name nobody; "Ayah Yohana, Slamet Riyadi," names Slamet;
a capitalised kin word may be a first name ("Putri")."""

from __future__ import annotations

import re

from ..speechlex import SpeechLexicon
from .names import name_run
from .phrase import NP
from .words import (
    AGE_IN_BRACKETS,
    inside_sentence,
    is_capital,
    particle_opens,
    skip_spaces,
    token_at,
    verb_like,
)

_LOWER_WORDS = re.compile(r"[a-z][\w-]*(?:\s+[a-z0-9][\w/-]*){0,3}(?=,\s)")


def relative_phrase(text: str, start: int, i: int, hi: int, sl: SpeechLexicon) -> NP | None:
    """Kin: "istrinya", "ayah korban" name nobody; "Ayah Yohana, Slamet Riyadi," names Slamet."""
    rel = sl.relative_rx.match(text, i, hi)
    if not rel:
        return None
    m = token_at(text, i, hi)
    nxt = token_at(text, skip_spaces(text, rel.end(), hi), hi)
    if m and m.group() in sl.honorifics and nxt and is_capital(nxt.group()) and text[rel.end()] == " ":
        return None  # "Kakek Sugiono": a title before a name
    if m and particle_opens((m.group(), nxt.group() if nxt else ""), sl):
        return None  # "Anak Agung Gde …"
    if m and nxt and _kin_word_as_name(text, i, rel.end(), nxt.start(), hi, sl):
        return None  # "Putri Maharani Sembiring (29) terbang …": a first name, not a daughter
    if m and _kin_word_alone(text, i, rel.end()):
        return None  # "kata Putri.": a first name standing for its person
    end = rel.end()
    j = skip_spaces(text, end, hi)
    if nxt is not None and not text.startswith(",", end):
        if is_capital(nxt.group()):  # whose relative: "Ayah Yohana"
            _tokens, anchor_end, _org = name_run(text, j, hi, sl)
            end = max(end, anchor_end)
        else:
            lower = _LOWER_WORDS.match(text, j, hi)  # "adik terdakwa", "istri korban banjir"
            if lower and not any(verb_like(w, sl) for w in lower.group().split()):
                end = lower.end()
    written = text[rel.start():end].casefold()
    if text.startswith(", ", end):
        tokens, name_end, org = name_run(text, end + 2, hi, sl)
        if tokens and not org:
            name_end = name_end + 1 if text.startswith(",", name_end) else name_end
            return NP(start, name_end, "name", name=tokens, role=written)
    return NP(start, end, "anonymous", role=written)




def _kin_word_as_name(text: str, i: int, rel_end: int, nxt: int, hi: int, sl: SpeechLexicon) -> bool:
    """A capitalised kin word that opens a person's full name ("Putri", "Putra", "Adik"): two
    capitalised words or more follow it, and then an age ("Putri Maharani Sembiring (29)"), or it
    stands inside a sentence, where a kin word is written in lower case ("penonton Putri Maharani
    Sembiring")."""
    if not _one_capitalised_word(text, i, rel_end) or not text.startswith(" ", rel_end):
        return False
    tokens, end, org = name_run(text, nxt, hi, sl)
    if len(tokens) < 2 or org:
        return False
    # (after a slash: the second of a pair, "Salsabila/Putri …")
    return inside_sentence(text, i, "/") or bool(AGE_IN_BRACKETS.match(text, end, hi))


_ALONE_AFTER = re.compile(r"[,.;:!?)]|\s+[a-z]")


def _kin_word_alone(text: str, i: int, rel_end: int) -> bool:
    """A capitalised kin word alone inside a sentence, where a kin word is written in lower case:
    a first name used for its person ("kata Putri.", "Rekannya, Putri, menyebut …")."""
    return (_one_capitalised_word(text, i, rel_end) and inside_sentence(text, i)
            and bool(_ALONE_AFTER.match(text, rel_end)))


def _one_capitalised_word(text: str, i: int, end: int) -> bool:
    """``text[i:end]`` is a single word opened by a capital ("Putri", not "putri" or "Ibu Kota")."""
    return is_capital(text[i:i + 1]) and " " not in text[i:end].strip()
