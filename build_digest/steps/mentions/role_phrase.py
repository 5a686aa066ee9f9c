"""An office, then its holder's name, a demonstrative, or nothing (:func:`role_phrase`)."""

from __future__ import annotations

import re
from itertools import pairwise

from ..speechlex import SpeechLexicon
from .anaphors import anaphor_at
from .name_words import after_corps
from .names import name_run
from .offices import past_complement
from .phrase import NP
from .words import (
    DEMONSTRATIVE,
    PAREN,
    descriptive,
    field_word,
    is_capital,
    is_org,
    particle_opens,
    skip_spaces,
    token_at,
    verb_like,
)

# an academic degree after a name: "Sp.A.", "M.Kes.", "S.H.", "LL.M.", "Sp.PD(K)" (not "K.H. Mahfudz")
_DEGREE = re.compile(r"(?:[A-Z][A-Za-z]{0,3}\.){1,3}(?:[A-Z][A-Za-z]{0,4}\.?)?(?:\([A-Z]{1,3}\))?"
                     r"(?=[,;]|$|\s+[a-z])")
_JOINED = r" (?:{=holder_joiners}) (?=[A-Z])"
# lower-case words up to the comma before the name; an institution among them may hold joiners
# and its short form in brackets ("dari Institute for Development of Economics and Finance (INDEF)")
_DESCRIPTION = re.compile(r"[a-z](?:[^,.;:!?\"“”()\n]|\([A-Z][\w-]{1,14}\)){0,110}?(?=,\s)")
_LEADING_LOWER = re.compile(r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+(?=[A-Z])")


def _description_end(text: str, j: int, hi: int, sl: SpeechLexicon) -> int:
    """Where the holder's name starts after the lower-case words that describe an office:
    "Kuasa hukum terdakwa, Parlindungan Situmorang", "Pedagang kaki lima di Jalan Tunjungan,
    Johanes", "Analis pasar modal Rudi Hartono" (but "pengacara terdakwa Budi" is Budi's lawyer)."""
    places = sl.folded_words("place_prepositions")
    described = _DESCRIPTION.match(text, j, hi)
    listed = False  # the description goes on past a comma as a list: "director of river, lake and
    while described:  # ferry transport, Hendro …"
        words = [w.strip(",") for w in text[j:described.end()].split()]
        joiners = sl.folded_words("office_joiners")
        ok = not any(verb_like(w, sl) for w in words if not is_capital(w)) and all(
            not is_capital(w) or (n > 0 and (words[n - 1] in places or is_capital(words[n - 1]) or (
                n > 1 and words[n - 1] in joiners and is_capital(words[n - 2]))))
            for n, w in enumerate(words))
        if ok and (not listed or set(described.group().split()) & sl.folded_words("coordinators")):
            tokens, _end, org = name_run(text, described.end() + 2, hi, sl)
            if tokens and not org:
                return described.end()
        more = described.end() + 2
        if listed or not ok or not text[more:more + 1].islower():
            break
        described, listed = _DESCRIPTION.match(text, more, hi), True
    lower = _LEADING_LOWER.match(text, j, hi)
    if lower and not any(verb_like(w, sl) or w.casefold() in sl.dependents
                         or w.casefold() in sl.folded("apposition_stops")  # "warung milik Hartono"
                         for w in lower.group().split()) and (
            lower.group().split()[-1].casefold() not in places | sl.folded_words("office_prepositions")):
        return lower.end()  # (not "governor of North Sumatra": the words after "of" are no holder)
    return j


def _cut_description(tokens: tuple[str, ...], sl: SpeechLexicon) -> tuple[str, ...]:
    """The holder's name out of "Luwu Utara Andi Rahmat", "Mamuju Tengah Hasnawati Usman",
    "PT Arunika Kapital Indonesia Bramantyo Setiadi": after a name particle that is not the first
    word, or after the last word that describes a place, an institution or a field."""
    n = len(tokens)
    if particle_opens(tokens, sl):  # "Lalu Muhammad Zainul": the particle opens the name
        return tokens
    for k in range(1, n - 1):
        strong = tokens[k] in sl.openers or " ".join(tokens[k:k + 2]) in sl.openers
        if particle_opens(tokens, sl, k) and (strong or k >= 2 or descriptive(tokens[0], sl)):
            return tokens[k:]
    last = max((k for k in range(n - 1) if descriptive(tokens[k], sl) or field_word(tokens[k], sl)),
               default=-1)  # (a field: "Marine Product Competitiveness Budi Santoso Wirawan")
    if last >= 0 and (n - last - 1 >= 2 or last >= 1) and not descriptive(tokens[-1], sl):
        return tokens[last + 1:]
    return tokens


def role_phrase(text: str, start: int, role: re.Match[str], hi: int, sl: SpeechLexicon) -> NP:
    """An office, then its holder's name, "itu", or nothing."""
    role_start = role.start()
    while True:  # "Pj. Corporate Secretary", "Plt Kepala Dinas": offices in a row
        k = role.end() + (1 if text.startswith(".", role.end()) and role.end() - role.start() <= 4 else 0)
        chained = sl.role_rx.match(text, skip_spaces(text, k, hi), hi)
        if not chained or chained.start() == k:
            break
        role = chained
    k = after_corps(text, k, hi, sl) if role.group() in sl.honorifics else k  # "Kapten Mar Yoga"
    k = past_complement(text, k, hi, sl, titled=is_capital(role.group()))
    j = skip_spaces(text, k, hi)
    demo = sl.pattern(DEMONSTRATIVE, re.I).match(text, j, hi)
    if demo:
        return NP(start, demo.end(), "role", role=text[role_start:k].casefold(), anaphoric=True)
    modifier = token_at(text, j, hi)
    while modifier and modifier.group().casefold() in sl.role_modifiers:  # "pemandu wisata senior"
        j = skip_spaces(text, modifier.end(), hi)
        modifier = token_at(text, j, hi)
    j = _description_end(text, j, hi, sl)
    name_at = j + 2 if text.startswith(", ", j) else j
    tokens, end, org = name_run(text, name_at, hi, sl)
    if tokens and not org and name_at == j and (modified := _modified_field(text, j, end, hi, sl)):
        tokens, end, org = name_run(text, modified, hi, sl)  # "The head of the Takalar seaweed
        name_at = modified  # cooperative, Hajja Nurbaya": the place qualifies the noun after it
    bracketed = False  # (the name read after an institution's short form in brackets)
    while tokens:
        joined = sl.pattern(_JOINED).match(text, end, hi)
        if joined and name_at == j:  # "Kepala Dinas Sumber Daya Air dan Bina Marga …"
            more, more_end, more_org = name_run(text, joined.end(), hi, sl)
            person = not org and len(tokens) >= 2 and not any(descriptive(t, sl) for t in tokens)
            place = joined.group().strip() in sl.folded_words("place_prepositions") and len(more) <= 2
            if person and (more_org or place):  # the holder's affiliation or home: "expert Zulkifli
                break  # Chaniago of Andalas University", "Fisherman Samsul Bahri of Bitung"
            name_at = j = joined.end()
            tokens, end, org = more, more_end, more_org
            continue
        paren = PAREN.match(text, end + 1, hi) if text.startswith(" (", end) else None
        if paren and not paren.group()[1:-1].strip().isdigit():  # (an age closes the holder's name:
            # "Petani Sri Rejeki (62) mengaku"); the words named an institution: "ekonom Lembaga
            # Kajian X (LKEN) Faisal R."
            after = skip_spaces(text, paren.end(), hi)
            name_at = after + 2 if text.startswith(", ", after) else after
            tokens, end, org = name_run(text, name_at, hi, sl)
            bracketed = name_at == after  # the words after the short form may go on describing
            continue
        affiliated = _affiliation_end(text, end, hi, sl) if name_at == j else end
        if affiliated > end and text.startswith(", ", affiliated):  # "Anggota DPRD Kudus dari
            more, more_end, more_org = name_run(text, affiliated + 2, hi, sl)  # Fraksi PKB, Slamet"
            if more and not more_org:
                tokens, end, org, name_at = more, more_end, more_org, affiliated + 2
                break
        named = particle_opens(tokens, sl) or tokens[0] in sl.openers
        if (name_at == j or bracketed) and text.startswith(", ", end) and not named:
            # the capitalised words describe the office; the name follows the comma:
            # "Koordinator Aliansi Buruh Nasional, Rahmat Hidayat," (but "… diketuai I Ketut
            # Suarta Wibawa, Lilik …" named its holder already)
            more, more_end, more_org = name_run(text, end + 2, hi, sl)
            if more and not more_org and not _DEGREE.match(text, end + 2, hi) and not (
                    _person_then_subject(tokens, more, text, more_end, sl)):  # not ", Sp.A."
                tokens, end, org, name_at = more, more_end, more_org, end + 2
        break
    if (len(tokens) == 1 and not org and name_at == j
            and _written_as_place(text, tokens[0], (start, end), sl)):  # "Kepala Desa Sukajadi
        k, tokens = end, ()  # dalam rapat", "Kepala Dinas Pertanian … Klaten melalui": its place
    written = text[role_start:k]
    whole, institution = tokens, _institution_tail(tokens, sl)
    if tokens and name_at == j:
        demo = sl.pattern(DEMONSTRATIVE, re.I).match(text, skip_spaces(text, end, hi), hi)
        if demo:  # "Kepala Dinkes itu": the words complete the office
            return NP(start, demo.end(), "role", anaphoric=True,
                      role=text[role_start:end].casefold())
        holder = _cut_description(tokens, sl)
        regional = sl.regional_rx.fullmatch(text, role.start(), role.end())
        if (holder == tokens and len(tokens) >= 3 and regional and not particle_opens(tokens, sl)
                and tokens[0] not in sl.openers and text.startswith(tokens[0], name_at)
                and not text[role.end():k].strip()):  # (not when the region is already read)
            holder = tokens[1:]  # "Bupati Ketapang Yohanes Aloysius Sahat": a region, then the name
        if holder != tokens:
            tokens, org = holder, is_org(holder, sl)
    if tokens and institution:  # "economist at the Center for Fiscal Studies"
        tokens, org = whole, True
    if tokens and not org:
        if name_at != j:  # appositive: "juru bicara Kremlin, Dmitry Peskov,"
            end = end + 1 if end < hi and text[end] == "," else end
        return NP(start, end, "name", name=tokens, role=written.casefold())
    anaphor = anaphor_at(text, j, hi, sl, long=True)
    if anaphor:  # "politikus asal Sumatera Barat itu"
        return NP(start, anaphor.end(), "role", anaphoric=True,
                  role=(written + " " + anaphor.group(1)).strip().casefold())
    return NP(start, k, "role", role=written.casefold())


_WORD_BEFORE = re.compile(r"(?<![\w'’-])(\S+)\s+$")


def _written_as_place(text: str, word: str, here: tuple[int, int], sl: SpeechLexicon) -> bool:
    """The article writes ``word`` after a place noun or a preposition of place outside the phrase
    at ``here`` ("di Desa Sukajadi", "Kabupaten Klaten"): one capitalised word right after an
    office, with no comma, is then the place the office covers, not its holder's name ("Wali Kota
    Gibran" is the mayor unless the text writes "di Gibran")."""
    places = sl.folded_words("place_nouns") | sl.folded_words("place_prepositions")
    for m in re.finditer(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w'’-])", text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if not here[0] <= m.start() < here[1] and before and before.group(1) in places:
            return True
    return False


_QUALIFIED_NOUN = re.compile(r"[a-z][\w'’-]*(?:\s+[a-z0-9][\w'’/-]*){0,3}(?=,\s)")
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])([A-Za-z]+)\s+$")


def _modified_field(text: str, at: int, end: int, hi: int, sl: SpeechLexicon) -> int | None:
    """Capitalised words after "the" that qualify the lower-case noun after them ("the Takalar
    seaweed cooperative, …"): the office's field, not its holder. Where the name after the
    comma starts, or None."""
    article = _ARTICLE_BEFORE.search(text, max(0, at - 12), at)
    if article is None or article.group(1).casefold() not in sl.folded_words("definite_articles"):
        return None
    noun = _QUALIFIED_NOUN.match(text, end + 1, hi) if text.startswith(" ", end) else None
    if noun is None or any(verb_like(w, sl) for w in noun.group().split()):
        return None
    return noun.end() + 2


def _institution_tail(tokens: tuple[str, ...], sl: SpeechLexicon) -> bool:
    """ "Institute for Trade Studies", "Ministry of Finance": an institution word, then a joiner
    in lower case; the words after it name the institution, never a person."""
    joiners = sl.folded_words("office_joiners")
    return any(word in sl.organisations and nxt in joiners for word, nxt in pairwise(tokens))


def _affiliation_end(text: str, end: int, hi: int, sl: SpeechLexicon) -> int:
    """After an office's region, the end of the group it names ("… Kudus dari Fraksi PKB"), or
    ``end`` when none follows."""
    joiner = token_at(text, end + 1, hi) if text.startswith(" ", end) else None
    if joiner is None or joiner.group().casefold() not in sl.folded_words("office_affiliation_joiners"):
        return end
    group = token_at(text, joiner.end() + 1, hi)
    if group is None or not (group.group() in sl.complement or group.group() in sl.organisations):
        return end
    named = _GROUP_NAME.match(text, joiner.end(), hi)  # "dari Fraksi PDI Perjuangan, …"
    return named.end() if named else past_complement(text, joiner.end(), hi, sl)


_GROUP_NAME = re.compile(r"(?: [A-Z][\w'’-]*){1,5}(?=, )")


def _person_then_subject(tokens: tuple[str, ...], more: tuple[str, ...], text: str, more_end: int,
                         sl: SpeechLexicon) -> bool:
    """ "majelis hakim yang diketuai Hakim Bambang Triyono, Sri mengaku": a full name with
    nothing that describes, then the next clause's one-word subject (no appositive comma)."""
    return (len(tokens) >= 2 and len(more) == 1 and not text.startswith(",", more_end)
            and not any(descriptive(t, sl) or t in sl.organisations or t in sl.folded_words("place_nouns")
                        for t in tokens))
