"""The speaker phrase at a position (:func:`parse_np`): the reader combining the others."""

from __future__ import annotations

import re
from dataclasses import replace

from ..speechlex import SpeechLexicon
from .anaphors import PLACED_ANAPHOR, anaphor_at
from .kin import relative_phrase
from .memo import MISSING, TextMemo
from .name_words import pronoun_as_name
from .names import name_run
from .phrase import NP
from .role_phrase import role_phrase
from .words import DEMONSTRATIVE, is_capital, skip_spaces, token_at, verb_like

_PHRASES = TextMemo()
_MODIFIERS = re.compile(r"(?:[a-z][\w-]*\s+){1,3}")
_MODIFIER = re.compile(r"[a-z][\w-]*")
_LOWER_MODIFIER = r"[a-z][\w-]*(?:{=possessive_endings})?\s+(?=[a-z])"  # "the provincial", "the ministry's"


def _document_author(text: str, at: int, hi: int, sl: SpeechLexicon) -> NP | None:
    """The author named right after a document's noun, or after a word giving where it comes
    from ("Maklumat PP Muhammadiyah", "surat dari Dinas Pendidikan", "a circular from the
    agency"; ``document_origins``)."""
    origin = sl.pattern(r"\s+(?:{=document_origins})\s+", re.I).match(text, at, hi)
    return parse_np(text, origin.end() if origin else at, hi, sl)


def parse_np(text: str, i: int, hi: int, sl: SpeechLexicon, described: bool = False) -> NP | None:
    """The speaker phrase starting at ``i`` (leading spaces skipped), or None. ``described``: the
    phrase follows a speech verb, where a long description ending in "itu" names the speaker."""
    memo = _PHRASES.of(text, sl)
    key = (i, hi, described)
    found = memo.get(key, MISSING)
    if found is MISSING:
        found = memo[key] = _parse_np(text, i, hi, sl, described)
    return found  # type: ignore[return-value]


def _indefinite_phrase(text: str, start: int, at: int, hi: int, sl: SpeechLexicon) -> NP:
    """After an indefinite ("seorang", "a") ending at ``at``: a document, the person a naming word
    names ("seorang kader bernama Rohani"), or someone the text does not name."""
    rest = re.compile(r"(?:\s+[a-z][\w-]*){1,3}").match(text, at, hi)
    end = rest.end() if rest else at
    words = re.finditer(r"[\w-]+", text[at:end]) if rest else ()
    noun = next((w for w in words if sl.document_rx.fullmatch(w.group())), None)
    if noun is not None:  # "an internal memo" is a document; "a circular from X", X's
        author = _document_author(text, at + noun.end(), hi, sl)
        if author is not None and author.kind in ("name", "role"):
            return replace(author, start=start)
        return NP(start, end, "document")
    named = _named_by_word(text, at, end, hi, sl)
    if named is not None:  # "seorang kader bernama Rohani (52)", "a farmer named Budi Santoso"
        return replace(named, start=start)
    return NP(start, end, "anonymous")


def _parse_np(text: str, i: int, hi: int, sl: SpeechLexicon, described: bool = False) -> NP | None:
    i = skip_spaces(text, i, hi)
    m = token_at(text, i, hi)
    if not m:
        return None
    word = m.group().casefold()
    if word in sl.pronouns and not pronoun_as_name(text, m, hi, sl):
        return NP(i, m.end(), "pronoun")
    if word in sl.plural_pronouns:
        return NP(i, m.end(), "plural")
    start = i
    if word in sl.folded("institution_voices"):  # "tulis manajemen PT Bumi Kabaena Mineral"
        voiced = _institution_voiced(text, m.end(), hi, sl)
        if voiced is not None:
            return replace(voiced, start=start)
    if word in sl.indefinites:  # "seorang warga", "a senior official": nobody named
        return _indefinite_phrase(text, start, m.end(), hi, sl)
    definite = word in sl.folded_words("definite_articles")
    if definite:
        i = skip_spaces(text, m.end(), hi)
        m = token_at(text, i, hi)
        if not m:
            return None
    relative = relative_phrase(text, start, i, hi, sl)
    if relative is not None:
        return relative
    account = sl.account_rx.match(text, i, hi) if sl.account_rx is not None else None
    if account:  # "akun Instagram resmi Pemerintah Kota Tegal", "the official account of X": its owner
        owner = parse_np(text, account.end(), hi, sl)
        if owner is not None and owner.kind in ("name", "role") and not owner.anaphoric:
            return replace(owner, start=start)
    determiner = m.group().casefold() in sl.folded_words("document_determiners")
    document = sl.document_rx.match(text, skip_spaces(text, m.end(), hi) if determiner else i, hi)
    if document:  # "Maklumat PP Muhammadiyah", "bunyi dakwaan jaksa": the author speaks
        author = _document_author(text, document.end(), hi, sl)
        if author is not None and author.kind in ("name", "role"):
            return replace(author, start=start)
        demo = sl.pattern(DEMONSTRATIVE, re.I).match(text, skip_spaces(text, document.end(), hi), hi)
        if demo or author is None:  # "dakwaan tersebut": a document is never a speaker
            return NP(start, demo.end() if demo else document.end(), "document")
    while m and m.group() in sl.honorifics:  # "Pak Kades"
        after = m.end() + (1 if text.startswith(".", m.end()) else 0)
        nxt = token_at(text, skip_spaces(text, after, hi), hi)
        if not nxt or not sl.role_rx.match(text, nxt.start(), hi):
            break
        i, m = nxt.start(), nxt
    role = sl.role_rx.match(text, i, hi)
    if role is None and definite:  # "the police chief", "the health minister", "the village head"
        at = i
        for _ in range(2):
            word = sl.pattern(_LOWER_MODIFIER).match(text, at, hi)
            if word is None or verb_like(word.group(), sl):
                break
            at = word.end()
            role = sl.role_rx.match(text, at, hi)
            if role is not None:
                break
    possessed = role is not None and any(f"{ending} " in text[i:role.start()]
                                         for ending in sl.words("possessive_endings"))
    if role:
        np = role_phrase(text, start, role, hi, sl)
        if possessed and np.kind != "name":
            return None  # "the ministry's spokesperson said": someone the text does not name
        return replace(np, anaphoric=True) if definite and np.kind == "role" else np
    anonymous = sl.anonymous_rx.match(text, start, hi)
    if anonymous:
        pointing = sl.pattern(PLACED_ANAPHOR).match(text, anonymous.end(), hi)
        if pointing:  # "kata warga Pekalongan itu", "ujar pengamat asal UGM tersebut": someone named
            return NP(start, pointing.end(), "role", role=text[start:pointing.start(1)].strip().casefold(),
                      anaphoric=True)
        return NP(start, anonymous.end(), "anonymous")
    if not is_capital(m.group()) and m.group() not in sl.connectors and not _titled(text, m, hi, sl):
        anaphor = anaphor_at(text, i, hi, sl, long=described)
        if anaphor and anaphor.group(1).strip():  # not "tersebut" alone ("bunyi dakwaan tersebut")
            return NP(start, anaphor.end(), "role", role=anaphor.group(1).strip().casefold(),
                      anaphoric=True)
        return None
    tokens, end, org = name_run(text, i, hi, sl)
    after = skip_spaces(text, end, hi)
    premodified = sl.role_rx.match(text, after, hi) if tokens and after > end else None
    if tokens and premodified is None and after > end:
        premodified = _office_after_fields(text, after, hi, sl)
    if tokens and after > end and premodified is None:
        held = _modified_office(text, start, after, hi, sl, described)
        if held is not None:  # "said Garuda Nusa Air commercial director Stefanus Hadiprawira"
            return held
    if premodified:  # "Kremlin spokesman Dmitry Peskov", "Portuguese coach Marco Valente"
        np = role_phrase(text, start, premodified, hi, sl)
        return replace(np, anaphoric=True) if definite and np.kind == "role" else np  # "the
        # Malaysian minister" points back to the minister named before
    if tokens:
        return NP(start, end, "name", name=tokens, org=org)
    return None


def _office_after_fields(text: str, at: int, hi: int, sl: SpeechLexicon) -> re.Match[str] | None:
    """The office after a second field joined at ``at`` to the capitalised words before it
    ("Maritime Affairs| and Fisheries Minister Wiryawan"), in a language that writes fields
    before their office (``fields_before_office``); None otherwise."""
    joiner = token_at(text, at, hi)
    if joiner is None or joiner.group() not in sl.folded_words("fields_before_office"):
        return None
    field, end, _org = name_run(text, skip_spaces(text, joiner.end(), hi), hi, sl)
    after = skip_spaces(text, end, hi)
    if not field or after == end:
        return None
    return sl.role_rx.match(text, after, hi)


def _named_by_word(text: str, lo: int, end: int, hi: int, sl: SpeechLexicon) -> NP | None:
    """The person an unnamed phrase names with a naming word ("kader bernama Rohani", "farmer
    named Budi Santoso"): the name after it, with the words before it as the person's role."""
    naming = sl.folded_words("naming_words")
    for word in re.finditer(r"[a-z][\w-]*", text[lo:end]):
        if word.group() not in naming or word.start() == 0:
            continue
        named = _parse_np(text, skip_spaces(text, lo + word.end(), hi), hi, sl)
        if named is not None and named.kind == "name" and not named.org and not named.role:
            role = " ".join(text[lo:lo + word.start()].split())
            return NP(lo, named.end, "name", name=named.name, role=role)
        return None
    return None


def _modified_office(text: str, start: int, at: int, hi: int, sl: SpeechLexicon,
                     described: bool) -> NP | None:
    """An institution, lower-case words that describe an office, the office and its holder:
    "Garuda Nusa Air commercial director Stefanus Hadiprawira", "Jambi Disaster Mitigation Agency
    operations chief Bambang Irawan". The holder's name closes a speaker's phrase: after a
    speech verb (``described``) or before one ("… head Nurhasanah said")."""
    words = _MODIFIERS.match(text, at, hi)
    if words is None:
        return None
    k = at
    for word in _MODIFIER.findall(words.group()):
        if verb_like(word, sl) or word in sl.pronouns or sl.subject_verb_rx.fullmatch(word) or (
                word in sl.folded_words("office_prepositions")) or (
                word in sl.folded("place_prepositions") or word in sl.folded_words("relative_markers")):
            return None  # ("X yang dinobatkan sebagai Pemain Terbaik …": a clause about X)
        k = skip_spaces(text, k + len(word), hi)
        role = sl.role_rx.match(text, k, hi)
        if role is None or not text.startswith(" ", role.end()):
            continue
        np = role_phrase(text, start, role, hi, sl)
        if np.kind != "name" or np.org:
            return None
        verb = token_at(text, skip_spaces(text, np.end, hi), hi)
        if described or (verb is not None and (verb.group().casefold() in sl.after_verbs
                                               or sl.subject_verb_rx.fullmatch(verb.group()))):
            return np
        return None
    return None


def _institution_voiced(text: str, i: int, hi: int, sl: SpeechLexicon) -> NP | None:
    """The institution named right after a word for its collective voice ("manajemen PT …",
    "pihak Polres …"): it speaks itself."""
    nxt = token_at(text, skip_spaces(text, i, hi), hi)
    while nxt is not None and nxt.group().casefold() in sl.folded("institution_voices"):  # "pihak manajemen"
        nxt = token_at(text, skip_spaces(text, nxt.end(), hi), hi)
    if nxt is None or not is_capital(nxt.group()):
        return None
    tokens, end, org = name_run(text, nxt.start(), hi, sl)
    return NP(nxt.start(), end, "name", name=tokens, org=True) if tokens and org else None


def _titled(text: str, m: re.Match[str], hi: int, sl: SpeechLexicon) -> bool:
    """A lower-case title before a name: "jelas dr. Prima", "kata drg. Wulan"."""
    if m.group() not in sl.honorifics:
        return False
    nxt = token_at(text, skip_spaces(text, m.end() + (1 if text.startswith(".", m.end()) else 0), hi), hi)
    return nxt is not None and is_capital(nxt.group())
