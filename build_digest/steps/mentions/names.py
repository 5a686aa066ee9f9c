"""A run of capitalised words read as a name (:func:`name_run`): a person's or an institution's."""

from __future__ import annotations

import re

from ..speechlex import SpeechLexicon
from .institution_names import (
    function_word_in_institution,
    joined_in_institution,
    member_inside_body,
    org_word_ends,
    past_premises,
    possessive_in_name,
    resumed_after_short_form,
)
from .introduced import introduced_name
from .memo import MISSING, TextMemo
from .name_words import (
    after_corps,
    compound_adjective,
    inside_name,
    opener_inside,
    particle_opening,
    possessed,
    pronoun_as_name,
    title_inside_name,
)
from .words import (
    MAX_NAME,
    NUMBERED,
    descriptive,
    is_acronym,
    is_capital,
    is_org,
    particle_opens,
    skip_spaces,
    token_at,
)

_NAME_RUNS = TextMemo()
_MAX_INSTITUTION = 12  # words of an institution's name: "Direktorat Jenderal … Kementerian Dalam Negeri"

# a nickname in quotation marks inside a name: Agus "Gondrong" Priyanto, Sutisna "Abah Uci" Permana
_QUOTED_NICKNAME = re.compile(r"[\"“][A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?[\"”] (?=[A-Z])")
_ABBREVIATED_PART = re.compile(r"\. [A-Z][a-z]")
_CAPITAL_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’.-]* $")


def _real_name(tokens: tuple[str, ...]) -> bool:
    """At least one part that is a word, not an initial or a degree ("M.Sc.")."""
    return any(len(t) >= 2 and "." not in t for t in tokens)


def _law_title(text: str, i: int, tokens: list[str], sl: SpeechLexicon) -> bool:
    """A law's or a regulation's title (``law_words`` opening a run of capitals: "Undang-Undang
    Sistem Peradilan Pidana Anak", "Perda Nomor 4"), or the subject after a law's number and
    its topic marker ("Nomor 4 Tahun 2019 tentang Penyelenggaraan Pendidikan")."""
    laws = sl.folded_words("law_words")
    if tokens and tokens[0] in laws and not _CAPITAL_BEFORE.search(text, max(0, i - 40), i):
        return True  # (not an office's field: "Direktur Peraturan Perpajakan DJP Sri Astuti")
    markers = sl.folded_words("law_topic_markers")
    if not markers:
        return False
    before = text[max(0, i - 60):i]
    return bool(sl.pattern(r"(?:\d|Tahun \d{4}) (?:{=law_topic_markers}) $").search(before))


def name_run(text: str, i: int, hi: int, sl: SpeechLexicon) -> tuple[tuple[str, ...], int, bool]:
    """Capitalised words from ``i`` (titles skipped): (tokens, end offset, is an organisation)."""
    memo = _NAME_RUNS.of(text, sl)
    found = memo.get((i, hi), MISSING)
    if found is MISSING:
        found = memo[(i, hi)] = _name_run(text, i, hi, sl)
    return found  # type: ignore[return-value]


def _name_run(text: str, i: int, hi: int, sl: SpeechLexicon) -> tuple[tuple[str, ...], int, bool]:
    tokens: list[str] = []
    i = past_premises(text, i, hi, sl)
    end = i
    k = i
    titled_at = -1  # where the word after a title stands: a name, whatever the word
    while k < hi:
        nickname = _QUOTED_NICKNAME.match(text, k, hi) if tokens else None
        if nickname:  # the nickname is no part of the name; the name runs on after it
            k = nickname.end()
        m = token_at(text, k, hi)
        if not m:
            resumed = resumed_after_short_form(text, k, hi, tokens, sl)
            if resumed is None:
                break
            k = resumed  # "Kepolisian Resor Kota Besar (Polrestabes) Palembang"
            continue
        word = m.group()
        after = m.end()
        dotted = after < hi and text[after] == "."
        spelled = sl.dotted_honorific_rx.match(text, k, hi) if sl.dotted_honorific_rx else None
        if spelled:  # "K.H. Ahmad Zubaidi", "S.Pd."
            tokens = []
            k = end = titled_at = skip_spaces(text, spelled.end(), hi)
            continue
        if word in sl.honorifics and (dotted or (after < hi and text[after] == " ")) and (
                dotted or not tokens or tokens[0] not in sl.organisations) and not (  # not "Kementerian
                not dotted and title_inside_name(text, after, hi, word, tokens, sl)):  # Haji …"
            tokens = []  # a title starts the name: "Kapolda Metro Jaya Irjen Karyoto"
            k = skip_spaces(text, after + (1 if dotted else 0), hi)
            k = skip_spaces(text, after_corps(text, k, hi, sl), hi)  # "Letkol Inf. Bayu"
            end = titled_at = k
            continue
        if not tokens and word in sl.folded_words("name_labels") and after < hi and text[after] == " ":
            k = end = skip_spaces(text, after, hi)  # "Nama Yohana …": a label, then the name
            continue
        if word.endswith(("'s", "’s")) and is_capital(word):
            unit = sl.org_units_rx.match(text, after, hi) if sl.org_units_rx else None
            if unit and (tokens or is_org([word[:-2]], sl) or is_acronym(word[:-2])):
                # "the World Health Organization's country office": the institution itself
                return tuple([*tokens, word[:-2]]), unit.end(), True
            if possessive_in_name(text, after, hi, tokens, sl):
                tokens.append(word)  # "Federation of Indonesia's Traditional Fishers"
                k = skip_spaces(text, after, hi)
                end = after
                continue
            tokens = []  # a possessive modifies what follows: "Indonesia's captain ..."
            k = skip_spaces(text, after, hi)
            end = k
            continue
        if is_capital(word) and possessed(word, sl):
            break  # "akun Instagram-nya": a thing someone owns, no name
        if is_capital(word) and compound_adjective(word, sl):
            tokens = []  # "Singapore-based Nimbus", "a Jakarta-based brokerage": it describes what follows
            k = end = skip_spaces(text, after, hi)
            continue
        if is_capital(word):
            joined = bool(tokens) and tokens[-1].casefold() in sl.org_connectors
            if word.casefold() in sl.not_names and not joined and not (
                    particle_opening(text, after, hi, word, sl)) and not (
                    not tokens and pronoun_as_name(text, m, hi, sl)) and not (
                    not tokens and (k == titled_at or introduced_name(text, m, hi, sl))) and not (
                    function_word_in_institution(text, after, hi, tokens, sl)):
                # (a capitalised "Lalu" inside a sentence opens a name, also after a place: "Bupati
                # Lombok Timur Lalu Ahmad …"; so does "Juli" after "dr.", and "Dan" of a "Dan
                # Satriyo Wibisono" the article introduced)
                break  # ("… dan Sumber Daya Mineral": inside an institution's name)
            if sl.role_rx.fullmatch(word) and not inside_name(text, after, hi, tokens, sl) and not (
                    member_inside_body(text, after, hi, word, tokens, sl)):
                break
            if len(word) == 1 and dotted:  # an initial: "Dmitry S. Peskov"
                word, after = word + ".", after + 1
            elif dotted and word in sl.folded_words("abbreviated_name_parts") and (
                    _ABBREVIATED_PART.match(text, after, hi)):
                word, after = word + ".", after + 1  # a shortened part: "Andi Muh. Ilham", "St. Nurhaeda"
            tokens.append(word)
        elif word in sl.connectors or (word.casefold() in sl.org_connectors and (
                is_org(tokens, sl) or (word.casefold() in sl.folded_words("coordinators")
                                        and org_word_ends(text, after, hi, sl))
                or joined_in_institution(text, tokens, m, hi, sl))):
            nxt = token_at(text, skip_spaces(text, after, hi), hi)
            if not (nxt and is_capital(nxt.group())) or after >= hi or text[after] != " ":
                break
            if word not in sl.connectors and nxt.group() in sl.organisations and (
                    nxt.group() not in sl.folded_words("organisation_closers")):
                break  # "Kementerian Kesehatan dan Polri": a second institution (not "… and
                # Industries": a word that closes the name)
            tokens.append(word)
        else:
            break
        end = after
        most = _MAX_INSTITUTION if is_org(tokens, sl) else MAX_NAME + 3
        if len(tokens) >= most or after + 1 >= hi or text[after] != " ":
            break
        k = after + 1
    while tokens and not is_capital(tokens[-1]):
        tokens.pop()
    # "Kremlin Dmitry Peskov", "Timnas Indonesia Marco Valente": an institution or place before a
    # name; but "Badan Pusat Statistik Provinsi Bali" is an institution through and through
    # ("PT Pertamina Patra Niaga": a legal form opens a company's name, cut nothing)
    cut = 0
    company = bool(tokens) and tokens[0] in sl.folded_words("company_forms")
    bodies = sl.folded_words("member_bodies")  # "Forum Guru Honorer …": the body's own name
    while not company and len(tokens) - cut >= 3 and tokens[cut] not in bodies and (
            is_capital(tokens[cut + 1])) and not particle_opens(tokens, sl, cut) and (
            descriptive(tokens[cut], sl) or NUMBERED.fullmatch(tokens[cut])):
        cut += 1
    if cut and not any(descriptive(t, sl) or t.casefold() in sl.org_connectors for t in tokens[cut:]):
        del tokens[:cut]  # (a person's name has no "dan": "Kementerian Haji dan Umrah" stays whole)
    opened = opener_inside(tokens, sl)
    if opened and not is_org(tokens, sl):
        del tokens[:opened]  # "Koreografer Ni Made Ayu Lestari": the opener starts the name
    if not _real_name(tuple(tokens)) or _law_title(text, i, tokens, sl):
        return (), i, False
    place = bool(tokens) and all(t in sl.complement for t in tokens)
    return tuple(tokens), end, is_org(tokens, sl) or place
