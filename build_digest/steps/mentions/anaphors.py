"""Descriptions ending in a demonstrative that point back to someone named ("perwira menengah itu")."""

from __future__ import annotations

import re

from ..speechlex import SpeechLexicon

# (a quoted title may stand inside: "sutradara yang menggarap "Layang-Layang Putus" tersebut";
# so may a place set off by commas: "pria asal Karangasem, Bali, itu")
_ANAPHOR = (r"((?:(?:[\w'’-]+(?:,(?=\s+(?:[A-Z]|(?:{back})(?!\w))))?|[\"“][^\"“”\n]{1,60}[\"”])\s+){0,10}?)"
            r"(?:{back})(?!\w)")
_SHORT_ANAPHOR = 5
# an unnamed source's noun, then where they are from and a demonstrative pointing back ("warga
# Pekalongan itu"): someone the text has named
PLACED_ANAPHOR = r"(?:\s+(?i:{=origin_words}))?(?:\s+[A-Z][\w'’-]*){1,3}\s+({back})(?!\w)"


def anaphor_at(text: str, i: int, hi: int, sl: SpeechLexicon, long: bool = False) -> re.Match[str] | None:
    """A description ending in "itu/tersebut" that points back ("perwira menengah itu"). Up to
    five words; longer ones after a person noun ("pria yang akrab disapa Bang Jo itu"), an office
    or, when ``long``, right after a speech verb ("tulis peraih medali emas SEA Games itu")."""
    m = sl.pattern(_ANAPHOR).match(text, i, hi)
    if not m:
        return None
    words = [w.casefold() for w in m.group(1).split()]
    if any(w in sl.report_verbs or w in sl.after_verbs or w in sl.pronouns for w in words):
        return None
    if len(words) > _SHORT_ANAPHOR and not (long or words[0] in sl.person_nouns):
        return None
    return m
