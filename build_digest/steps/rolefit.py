"""Whether an office that points back agrees with an office a person was introduced with.

"kata Kepala BBKSDA itu" means the person introduced as "Kepala Balai Besar … (BBKSDA) Riau",
not the one introduced as "Kepala Desa Tasik Serai"; "the agency chief said" means "Agency head
Simanjuntak"; "kata bupati itu" is never the "Calon bupati nomor urut 1". :func:`read_office`
reads an office phrase into its words and the span of its office noun; :func:`fit` compares a
phrase that points back (wanted) with one a person was introduced with (held). The words come
from the speech lexicon: office nouns and their synonyms (``role_nouns``, ``role_synonyms``),
words that make someone not the holder (``not_holder_prefixes``: "calon", "wakil", "former"),
words after which a description no longer qualifies the office (``office_qualifier_stops``:
"asal", "dalam") and the offices a phrase must find a holder of (``office_heads``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .speaker_rules import spells_office
from .speechlex import SpeechLexicon

MATCH, LOOSE, UNKNOWN, CONFLICT, NOT_HOLDER = 3, 2, 0, -1, -2
_WORD = re.compile(r"[^\W_](?:[\w'’-]*\w)?")


@dataclass(frozen=True, slots=True)
class Office:
    """An office phrase: its words as written and case-folded, and the span of its office noun."""

    words: tuple[str, ...]
    folded: tuple[str, ...]
    head: tuple[int, int] | None  # word indices [start, end) of the office noun, or None


def read_office(phrase: str, sl: SpeechLexicon) -> Office:
    """The words of ``phrase`` (brackets, commas and pointing words dropped) and its first
    office noun ("kepala desa" of "Calon kepala desa nomor urut 2", "head" of "Agency head")."""
    skip = sl.folded_words("demonstratives") | sl.folded_words("definite_articles")
    words = tuple(w for w in _WORD.findall(phrase) if w.casefold() not in skip)
    joined = " ".join(words)
    starts, at = [], 0
    for w in words:
        starts.append(at)
        at += len(w) + 1
    head, prefixes = None, sl.folded_words("not_holder_prefixes")
    for k, start in enumerate(starts):
        m = sl.role_rx.match(joined, start)
        if m is not None and (m.end() == len(joined) or joined[m.end()] == " ") and not (
                m.group().casefold() in prefixes and k + 1 < len(words)):  # "Deputy Minister"
            head = (k, k + len(m.group().split()))
            break
    return Office(words, tuple(w.casefold() for w in words), head)


def office_heads(sl: SpeechLexicon) -> frozenset[str]:
    return sl.folded_words("office_heads")


def is_head_office(office: Office, sl: SpeechLexicon) -> bool:
    """Whether the office noun names a seat one person holds ("kepala", "gubernur", "secretary"),
    so that pointing back it needs a holder the article names, and has none otherwise."""
    if office.head is None or prefixed(office, office.head[0], sl):
        return False
    noun = office.folded[office.head[0]:office.head[1]]
    listed = office_heads(sl)
    return " ".join(noun) in listed or noun[0] in listed


def prefixed(office: Office, at: int, sl: SpeechLexicon) -> str:
    """The word before position ``at`` when it makes someone not the holder ("calon", "wakil")."""
    if at > 0 and office.folded[at - 1] in sl.folded_words("not_holder_prefixes"):
        return office.folded[at - 1]
    return ""


def qualifiers(office: Office, sl: SpeechLexicon) -> list[str]:
    """The words that say which office is meant, as written: those before the office noun
    ("agency" of "the agency chief") and those after it up to a word that opens a description
    ("BBKSDA" of "Kepala BBKSDA itu"; not "Buleleng" of "gubernur asal Buleleng tersebut", nor a
    count: "Ketua DPRD dua periode itu")."""
    if office.head is None:
        return []
    plain = sl.folded_words("not_holder_prefixes") | sl.role_modifiers
    stops = sl.folded_words("office_qualifier_stops") | sl.folded_words("count_words")  # "dua periode"
    addressing = sl.folded_words("noun_determiners") | sl.person_nouns  # "sang pelatih", "Pak Kades",
    addressing |= sl.after_verbs  # "Lanjut Bupati, …"
    before = [w for w, f in zip(office.words[:office.head[0]], office.folded[:office.head[0]], strict=True)
              if f not in plain and f not in addressing and w.rstrip(".") not in sl.honorifics]
    after = []
    for w, f in zip(office.words[office.head[1]:], office.folded[office.head[1]:], strict=True):
        if f in stops or f.isdigit():
            break
        if f not in plain and f not in sl.folded_words("office_joiners"):
            after.append(w)
    return before + after


def _find(words: tuple[str, ...], noun: tuple[str, ...], within: tuple[int, int] | None = None) -> int:
    """Where ``noun`` starts in ``words`` (inside the span ``within`` when given), or -1."""
    n, (lo, hi) = len(noun), within or (0, len(words))
    return next((k for k in range(lo, min(hi, len(words) - n + 1)) if words[k:k + n] == noun), -1)


def _verified(word: str, held: Office, sl: SpeechLexicon) -> bool:
    """Whether the held office writes ``word``, or words it stands for ("BPBD", "Dinkes")."""
    if word.casefold() in held.folded:
        return True
    if len(word) < 3:
        return False
    skips, syllables = sl.folded_words("short_form_skips"), sl.office_syllables
    return any(spells_office([word], list(held.words[k:]), skips, syllables) for k in range(len(held.words)))


def fit(wanted: Office, held: Office, sl: SpeechLexicon) -> int:
    """How the office ``held`` agrees with the office ``wanted`` points back to: MATCH (the same
    office noun or a synonym, every qualifier written), LOOSE (the noun, and the held office says
    nothing more, or only the kind of body is not written; or the held noun is one of the wanted
    qualifiers: "petahana" for "kepala desa petahana"), CONFLICT (another office, or the same
    with other qualifiers), NOT_HOLDER (the same office after "calon", "wakil", "former" when the
    wanted one has no such word) or UNKNOWN (no office noun on one side)."""
    if wanted.head is None or held.head is None:
        return UNKNOWN
    noun = wanted.folded[wanted.head[0]:wanted.head[1]]
    options = [noun, *(tuple(s.split()) for s in sl.role_synonyms.get(" ".join(noun), ()))]
    options += [tuple(k.split()) for k, syns in sl.role_synonyms.items() if " ".join(noun) in syns]
    at, found = -1, ()
    for option in options:  # the held office's own noun, not a word after it ("Penasihat hukum
        at = _find(held.folded, option, held.head)  # terdakwa" is no "terdakwa")
        if at >= 0:
            found = option
            break
    if at < 0:
        held_noun = held.folded[held.head[0]:held.head[1]]
        wanted_words = {w.casefold() for w in qualifiers(wanted, sl)}
        return LOOSE if set(held_noun) <= wanted_words else CONFLICT
    if prefixed(held, at, sl) != prefixed(wanted, wanted.head[0], sl):
        return NOT_HOLDER
    unverified = [w for w in qualifiers(wanted, sl) if not _verified(w, held, sl)]
    if not unverified:
        return MATCH
    rest = held.folded[:at] + held.folded[at + len(found):]
    own = [f for f in rest if f not in sl.folded_words("office_joiners")
           and f not in sl.folded_words("not_holder_prefixes")]
    kinds = sl.folded_words("organisation_kinds")
    other_kind = any(f in kinds or f in sl.folded_words("place_nouns") for f in own)
    if not own or (all(w.casefold() in kinds for w in unverified) and not other_kind):
        return LOOSE  # "juru bicara perusahaan itu" for "Juru bicara PT Sawit …": a kind, not a name
    return CONFLICT


def person_fit(wanted: Office, held: list[Office], sl: SpeechLexicon) -> int:
    """How a person introduced with the offices ``held`` agrees with ``wanted``: MATCH if one of
    them matches; NOT_HOLDER if one says he is only a candidate or deputy; otherwise the best;
    UNKNOWN with no office. A shorter reading of a longer office ("kepala desa" of "Calon kepala
    desa nomor urut 2") says nothing of its own and is left out."""
    held = list(dict.fromkeys(held))
    held = [h for h in held if not any(len(o.folded) > len(h.folded) and _find(o.folded, h.folded) >= 0
                                       for o in held)]
    fits = [fit(wanted, office, sl) for office in held]
    if not fits:
        return UNKNOWN
    if MATCH in fits:
        return MATCH
    return NOT_HOLDER if NOT_HOLDER in fits else max(fits)
