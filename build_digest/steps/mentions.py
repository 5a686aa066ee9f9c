"""Who is who in an article: noun phrases that name or point at a speaker, and the people they mean.

:func:`parse_np` reads one phrase at a position: a pronoun ("dia"), an office with or without its
holder ("juru bicara Kremlin Dmitry Peskov", "juru bicara itu"), a name ("Peskov"), or an unnamed
source ("sumber"). :class:`Registry` gathers the article's names and offices so that a short
name or an office resolves to the fullest form the article uses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise

from ..textutil import standing_alone
from .speechlex import SpeechLexicon

_TOKEN = re.compile(r"[^\W_](?:\w|[-'’](?=\w))*")
_DEMONSTRATIVE = r"(?:{demo})(?!\w)"  # (the words: SpeechLexicon.pattern)
_PAREN = re.compile(r"\([^()\n]{1,20}\)")
_MAX_NAME = 5
_MAX_INSTITUTION = 12  # words of an institution's name: "Direktorat Jenderal … Kementerian Dalam Negeri"
# a nickname in quotation marks inside a name: Agus "Gondrong" Priyanto, Sutisna "Abah Uci" Permana
_QUOTED_NICKNAME = re.compile(r"[\"“][A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?[\"”] (?=[A-Z])")
_EDGE = r"\w'’-"  # characters that continue a word: a phrase stands alone without them
_NUMBERED = re.compile(r"\d+|[IVXLC]+")


@dataclass(frozen=True, slots=True)
class NP:
    """A phrase that names or points at a speaker."""

    start: int
    end: int
    kind: str  # name | pronoun | plural | role | anonymous | person_noun
    name: tuple[str, ...] = ()
    role: str = ""  # the office as written, case-folded ("juru bicara kremlin")
    org: bool = False
    anaphoric: bool = False  # "juru bicara itu", "sang pelatih": points back to someone


def _skip_spaces(text: str, i: int, hi: int) -> int:
    while i < hi and text[i] in " \u00a0\t":
        i += 1
    return i


def _token(text: str, i: int, hi: int) -> re.Match[str] | None:
    return _TOKEN.match(text, i, hi)


def _is_capital(word: str) -> bool:
    return word[:1].isupper()


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper() and word.isalpha()


def _real_name(tokens: tuple[str, ...]) -> bool:
    """At least one part that is a word, not an initial or a degree ("M.Sc.")."""
    return any(len(t) >= 2 and "." not in t for t in tokens)


class _TextMemo:
    """Results of a pure phrase reader for the article being read: the steps read the same
    offsets again and again (every rule tries the subject of a sentence). Keyed by the text and
    lexicon objects themselves, so another article (or language) starts afresh."""

    __slots__ = ("results", "sl", "text")

    def __init__(self) -> None:
        self.text: str | None = None
        self.sl: SpeechLexicon | None = None
        self.results: dict[tuple, object] = {}

    def of(self, text: str, sl: SpeechLexicon) -> dict[tuple, object]:
        if self.text is not text or self.sl is not sl:
            self.text, self.sl, self.results = text, sl, {}
        return self.results


_NAME_RUNS = _TextMemo()
_PHRASES = _TextMemo()
_MISSING = object()


def name_run(text: str, i: int, hi: int, sl: SpeechLexicon) -> tuple[tuple[str, ...], int, bool]:
    """Capitalised words from ``i`` (titles skipped): (tokens, end offset, is an organisation)."""
    memo = _NAME_RUNS.of(text, sl)
    found = memo.get((i, hi), _MISSING)
    if found is _MISSING:
        found = memo[(i, hi)] = _name_run(text, i, hi, sl)
    return found  # type: ignore[return-value]


def _name_run(text: str, i: int, hi: int, sl: SpeechLexicon) -> tuple[tuple[str, ...], int, bool]:
    tokens: list[str] = []
    i = _past_premises(text, i, hi, sl)
    end = i
    k = i
    titled_at = -1  # where the word after a title stands: a name, whatever the word
    while k < hi:
        nickname = _QUOTED_NICKNAME.match(text, k, hi) if tokens else None
        if nickname:  # the nickname is no part of the name; the name runs on after it
            k = nickname.end()
        m = _token(text, k, hi)
        if not m:
            resumed = _resumed_after_short_form(text, k, hi, tokens, sl)
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
            k = end = titled_at = _skip_spaces(text, spelled.end(), hi)
            continue
        if word in sl.honorifics and (dotted or (after < hi and text[after] == " ")) and (
                dotted or not tokens or tokens[0] not in sl.organisations) and not (  # not "Kementerian
                not dotted and _title_inside_name(text, after, hi, word, tokens, sl)):  # Haji …"
            tokens = []  # a title starts the name: "Kapolda Metro Jaya Irjen Karyoto"
            k = _skip_spaces(text, after + (1 if dotted else 0), hi)
            k = _skip_spaces(text, _after_corps(text, k, hi, sl), hi)  # "Letkol Inf. Bayu"
            end = titled_at = k
            continue
        if word.endswith(("'s", "’s")) and _is_capital(word):
            unit = sl.org_units_rx.match(text, after, hi) if sl.org_units_rx else None
            if unit and (tokens or _is_org([word[:-2]], sl) or _is_acronym(word[:-2])):
                # "the World Health Organization's country office": the institution itself
                return tuple([*tokens, word[:-2]]), unit.end(), True
            tokens = []  # a possessive modifies what follows: "Indonesia's captain ..."
            k = _skip_spaces(text, after, hi)
            end = k
            continue
        if _is_capital(word) and _possessed(word, sl):
            break  # "akun Instagram-nya": a thing someone owns, no name
        if _is_capital(word) and _compound_adjective(word, sl):
            tokens = []  # "Singapore-based Nimbus", "a Jakarta-based brokerage": it describes what follows
            k = end = _skip_spaces(text, after, hi)
            continue
        if _is_capital(word):
            joined = bool(tokens) and tokens[-1].casefold() in sl.org_connectors
            if word.casefold() in sl.not_names and not joined and not (
                    _particle_opening(text, after, hi, word, sl)) and not (
                    not tokens and _pronoun_as_name(text, m, hi, sl)) and not (
                    not tokens and (k == titled_at or _introduced_name(text, m, hi, sl))) and not (
                    _function_word_in_institution(text, after, hi, tokens, sl)):
                # (a capitalised "Lalu" inside a sentence opens a name, also after a place: "Bupati
                # Lombok Timur Lalu Ahmad …"; so does "Juli" after "dr.", and "Dan" of a "Dan
                # Satriyo Wibisono" the article introduced)
                break  # ("… dan Sumber Daya Mineral": inside an institution's name)
            if sl.role_rx.fullmatch(word) and not _inside_name(text, after, hi, tokens, sl):
                break
            if len(word) == 1 and dotted:  # an initial: "Dmitry S. Peskov"
                word, after = word + ".", after + 1
            elif dotted and word in sl.folded_words("abbreviated_name_parts") and (
                    _ABBREVIATED_PART.match(text, after, hi)):
                word, after = word + ".", after + 1  # a shortened part: "Andi Muh. Ilham", "St. Nurhaeda"
            tokens.append(word)
        elif word in sl.connectors or (word.casefold() in sl.org_connectors and (
                _is_org(tokens, sl) or (word.casefold() in sl.folded_words("coordinators")
                                        and _org_word_ends(text, after, hi, sl))
                or _joined_in_institution(text, tokens, m, hi, sl))):
            nxt = _token(text, _skip_spaces(text, after, hi), hi)
            if not (nxt and _is_capital(nxt.group())) or after >= hi or text[after] != " ":
                break
            if word not in sl.connectors and nxt.group() in sl.organisations:
                break  # "Kementerian Kesehatan dan Polri": a second institution
            tokens.append(word)
        else:
            break
        end = after
        most = _MAX_INSTITUTION if _is_org(tokens, sl) else _MAX_NAME + 3
        if len(tokens) >= most or after + 1 >= hi or text[after] != " ":
            break
        k = after + 1
    while tokens and not _is_capital(tokens[-1]):
        tokens.pop()
    # "Kremlin Dmitry Peskov", "Timnas Indonesia Marco Valente": an institution or place before a
    # name; but "Badan Pusat Statistik Provinsi Bali" is an institution through and through
    # ("PT Pertamina Patra Niaga": a legal form opens a company's name, cut nothing)
    cut = 0
    company = bool(tokens) and tokens[0] in sl.folded_words("company_forms")
    while not company and len(tokens) - cut >= 3 and _is_capital(tokens[cut + 1]) and (
            not _particle(tokens, sl, cut)) and (
            _descriptive(tokens[cut], sl) or _NUMBERED.fullmatch(tokens[cut])):
        cut += 1
    if cut and not any(_descriptive(t, sl) or t.casefold() in sl.org_connectors for t in tokens[cut:]):
        del tokens[:cut]  # (a person's name has no "dan": "Kementerian Haji dan Umrah" stays whole)
    opened = _opener_inside(tokens, sl)
    if opened and not _is_org(tokens, sl):
        del tokens[:opened]  # "Koreografer Ni Made Ayu Lestari": the opener starts the name
    if not _real_name(tuple(tokens)):
        return (), i, False
    place = bool(tokens) and all(t in sl.complement for t in tokens)
    return tuple(tokens), end, _is_org(tokens, sl) or place


# (a character first, the look-behind after it: the engine then skips quickly to where it stands)
_APPOSITIVE_NAME = re.compile(r",(?<=[\w)],) ((?:[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*){1,3})(?: \(\d{1,3}\))?,")
_AGED_NAME = re.compile(r"([A-Z](?<![\w'’-].)[\w'’-]*(?: [A-Z][\w'’-]*){1,3}) \(\d{1,3}\)")
_CAPITALS_AFTER = re.compile(r"(?: [A-Z][\w'’-]*)+")
_INTRODUCED = _TextMemo()
_CLAUSE_START = re.compile(r"[.!?;:,\"“”\n]")


def introduced_names(text: str, sl: SpeechLexicon) -> dict[str, frozenset[tuple[str, ...]]]:
    """Names the article introduces in a name's place that open with a word that is otherwise no
    name ("Dan", "Hari", "Juni", "Mei"), by that word: set off by commas after an office ("Kepala
    Perwakilan Ombudsman RI Jawa Barat, Dan Satriyo Wibisono,"), with an age ("Mei Lin Tanuwijaya
    (52)") or after a title ("dr. Juli Hasanuddin")."""
    memo = _INTRODUCED.of(text, sl)
    found = memo.get("names", _MISSING)
    if found is not _MISSING:
        return found  # type: ignore[return-value]
    names: dict[str, set[tuple[str, ...]]] = {}
    candidates = [(m.start(1), m.group(1), True) for m in _APPOSITIVE_NAME.finditer(text)]
    candidates += [(m.start(1), m.group(1), False) for m in _AGED_NAME.finditer(text)]
    for at, written, appositive in candidates:
        words = tuple(written.split())
        if words[0].casefold() not in sl.not_names or any(
                w.casefold() in sl.not_names or _descriptive(w, sl) or sl.role_rx.fullmatch(w)
                for w in words[1:]):
            continue
        if appositive and not _AGED_NAME.match(text, at) and not _office_before(text, at, sl):
            continue
        names.setdefault(words[0], set()).add(words)
    for m in sl.pattern(_TITLED_WORD).finditer(text):  # "dr. Juli Hasanuddin", "Bu Juni"
        if m.group(1).casefold() in sl.not_names:
            more = _CAPITALS_AFTER.match(text, m.end())
            names.setdefault(m.group(1), set()).add((m.group(1), *(more.group().split() if more else ())))
    found = memo["names"] = {word: frozenset(full) for word, full in names.items()}
    return found


_TITLED_WORD = r"(?<![\w'’-])(?:{=honorifics})\.? ([A-Z][\w'’-]*)"


def _office_before(text: str, comma: int, sl: SpeechLexicon) -> bool:
    """An office in the clause before the appositive comma at ``comma`` - 2: "Kepala Perwakilan
    Ombudsman RI Jawa Barat, Dan …", "Pedagang di Pasar Mardika, Mei Lin …"."""
    starts = [m.end() for m in _CLAUSE_START.finditer(text, max(0, comma - 160), comma - 2)]
    start = starts[-1] if starts else max(0, comma - 160)
    return sl.role_scan_rx.search(text, start, comma - 2) is not None


def _introduced_name(text: str, m: re.Match[str], hi: int, sl: SpeechLexicon) -> bool:
    """A word that is otherwise no name ("Dan", "Hari", "Juni") opens the name of a person the
    article introduced with it (:func:`introduced_names`): where introduced, then before the
    rest of that name ("kata Dan Satriyo"), or alone after a speech verb or "menurut" ("kata
    Hari.", "Menurut Juli,") or before its predicate ("Hari menyambut …"); not "Hari itu", "pada
    Juni lalu", "pertengahan Mei"."""
    known = introduced_names(text, sl).get(m.group())
    if not known:
        return False
    more = _CAPITALS_AFTER.match(text, m.end(), hi)
    if more:
        written = (m.group(), *more.group().split())
        return any(full[:len(written)] == written[:len(full)] for full in known)
    before = re.findall(r"[\w-]+", text[max(0, m.start() - 30):m.start()])
    last = before[-1] if before else ""
    if last in sl.honorifics or last.casefold() in sl.after_verbs | sl.folded("according_to"):
        return True
    nxt = _token(text, _skip_spaces(text, m.end(), hi), hi) if text.startswith(" ", m.end()) else None
    return nxt is not None and _speech_or_report(nxt.group(), sl)


def _speech_or_report(word: str, sl: SpeechLexicon) -> bool:
    folded = word.casefold()
    return folded in sl.report_verbs or bool(sl.subject_verb_rx.fullmatch(folded))


_SHORT_FORM_BETWEEN = re.compile(r"\(([A-Z][\w-]*)\) (?=[A-Z])")


def _resumed_after_short_form(text: str, k: int, hi: int, tokens: list[str], sl: SpeechLexicon) -> int | None:
    """Where an institution's name goes on after its short form in brackets: "Kepolisian Resor
    Kota Besar (Polrestabes) Palembang", when the article also writes the short form with the
    word that follows ("Polrestabes Palembang"); None if it does not go on."""
    short = _SHORT_FORM_BETWEEN.match(text, k, hi)
    if short is None or not _is_org(tokens, sl):
        return None
    nxt = _token(text, short.end(), hi)
    if nxt is None:
        return None
    phrase = re.compile(rf"{standing_alone(short.group(1) + ' ' + nxt.group(), _EDGE)}(?![{_EDGE}])")
    return short.end() if phrase.search(text) else None


_RUN_WORD_BEFORE = re.compile(r"(?:\([A-Z][\w-]*\)|([A-Z][\w'’-]*)|[\w&]+) $")


def _joined_in_institution(text: str, tokens: list[str], m: re.Match[str], hi: int,
                           sl: SpeechLexicon) -> bool:
    """A coordinator inside a name that the article writes elsewhere inside an institution's name:
    "Ditjen Bea dan Cukai" with "Direktorat Jenderal Bea dan Cukai", "Polresta Pulau Ambon dan
    Pulau-Pulau Lease" with "Kepolisian Resor Kota (Polresta) Pulau Ambon dan …"."""
    if not tokens or not text.startswith(" ", m.end()):
        return False
    nxt = _token(text, m.end() + 1, hi)
    if nxt is None or not _is_capital(nxt.group()):
        return False
    joined = f"{tokens[-1]} {m.group()} {nxt.group()}"
    here = m.start() - len(tokens[-1]) - 1
    for other in re.finditer(rf"{standing_alone(joined, _EDGE)}(?![{_EDGE}])", text):
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


def _title_inside_name(text: str, after: int, hi: int, word: str, tokens: list[str],
                       sl: SpeechLexicon) -> bool:
    """A title that is also a name part (``title_name_parts``: "Nona") after a person's first
    name and before the rest of the name: "Theresia Nona Lusi" (not "Desa Sukamaju Nona Ria")."""
    if word not in sl.folded_words("title_name_parts") or not tokens or any(
            _descriptive(t, sl) or sl.role_rx.fullmatch(t) or t in sl.honorifics for t in tokens):
        return False
    nxt = _token(text, after + 1, hi) if text.startswith(" ", after) else None
    return nxt is not None and _is_capital(nxt.group()) and not sl.role_rx.fullmatch(nxt.group()) and (
        not _descriptive(nxt.group(), sl)) and nxt.group().casefold() not in sl.not_names


def _opener_inside(tokens: list[str], sl: SpeechLexicon) -> int:
    """Where a name opener of more than a letter ("Ni", "Anak Agung", "Ida Bagus") stands after the
    first word of a run, followed by the name it opens; 0 if none does, or if the run already
    opens with a particle (the roman-numeral-like "I" is left to the office readers)."""
    if not tokens or tokens[0] in sl.particles or tokens[0] in sl.openers or (
            " ".join(tokens[:2]) in sl.openers):
        return 0
    for k in range(1, len(tokens) - 1):
        word = tokens[k] if tokens[k] in sl.openers else " ".join(tokens[k:k + 2])
        if word in sl.openers and len(word) > 1 and _particle(tokens, sl, k):
            return k
    return 0


_CAPITAL_RUN_AFTER = re.compile(r"(?: [A-Z][\w'’-]*)+")


def _org_word_ends(text: str, after: int, hi: int, sl: SpeechLexicon) -> bool:
    """The run of capitalised words after "and" ends with an institution word: "the Environment
    and Forestry Ministry" is one institution, joined before its head is read (not after "of":
    "Theodorus … of Sam Ratulangi University" is a person and where he works)."""
    run = _CAPITAL_RUN_AFTER.match(text, after, hi)
    return run is not None and run.group().split()[-1] in sl.organisations


def _past_premises(text: str, i: int, hi: int, sl: SpeechLexicon) -> int:
    """Where the institution starts in "di Kantor Kementerian Kesehatan": a building word after a
    preposition of place, before an institution's name, is where something happened."""
    m = _token(text, i, hi)
    if not m or m.group() not in sl.folded_words("premises_words") or not text.startswith(" ", m.end()):
        return i
    nxt = _token(text, m.end() + 1, hi)
    before = text[max(0, i - 4):i].split()
    if not nxt or nxt.group() not in sl.organisations or not before or (
            before[-1].casefold() not in sl.folded("place_prepositions")):
        return i
    return m.end() + 1


def _particle_opening(text: str, after: int, hi: int, word: str, sl: SpeechLexicon) -> bool:
    """A name particle that is also a common word opens a name when a name follows it: Sasak
    "Lalu Muhammad Zaini" (not "Lalu, ..." nor "Lalu Lintas")."""
    if not text.startswith(" ", after):
        return False
    nxt = _token(text, after + 1, hi)
    if nxt and f"{word} {nxt.group()}" in sl.openers:  # Balinese "I Gusti", "I Made" in English text
        return True
    if word not in sl.particles:
        return False
    return bool(nxt) and _particle((word, nxt.group()), sl) and nxt.group().casefold() not in sl.not_names \
        and not sl.role_rx.fullmatch(nxt.group())


def _after_corps(text: str, k: int, hi: int, sl: SpeechLexicon) -> int:
    """After a rank, the end of the corps written with it ("Letkol Inf. Bayu", "Mayor Czi Rudi"),
    or ``k`` when none follows."""
    j = _skip_spaces(text, k, hi)
    corps = _token(text, j, hi)
    if not corps or corps.group() not in sl.folded_words("rank_corps"):
        return k
    if not text.startswith((". ", " "), corps.end()):
        return k
    return corps.end() + text.startswith(".", corps.end())


def _inside_name(text: str, after: int, hi: int, tokens: list[str], sl: SpeechLexicon) -> bool:
    """A word that is also an office, inside a person's name: "Fauzan Hakim Lubis" (a first name
    before it, a capitalised word after it that is neither an office nor a description)."""
    if not tokens or _descriptive(tokens[-1], sl):
        return False
    if text[text.rfind(" ", 0, after) + 1:after] not in sl.folded_words("office_name_words"):
        return False
    if text.startswith((", ", ". "), after) or after >= hi:  # the last name: "Arif Rahman Hakim, menilai",
        # "Wali Nagari Sunur, Zulkarnain Hakim, mengatakan"
        return not any(_descriptive(t, sl) or sl.role_rx.fullmatch(t) for t in tokens)
    if not text.startswith(" ", after):
        return False
    nxt = _token(text, after + 1, hi)
    return bool(nxt) and _is_capital(nxt.group()) and not sl.role_rx.fullmatch(nxt.group()) and (
        not _descriptive(nxt.group(), sl)) and nxt.group().casefold() not in sl.not_names


def _document_author(text: str, at: int, hi: int, sl: SpeechLexicon) -> NP | None:
    """The author named right after a document's noun, or after a word giving where it comes
    from ("Maklumat PP Muhammadiyah", "surat dari Dinas Pendidikan", "a circular from the
    agency"; ``document_origins``)."""
    origin = sl.pattern(r"\s+(?:{=document_origins})\s+", re.I).match(text, at, hi)
    return parse_np(text, origin.end() if origin else at, hi, sl)


def _possessed(word: str, sl: SpeechLexicon) -> bool:
    """A word with a possessive clitic after a hyphen ("Instagram-nya", "X-nya")."""
    folded = word.casefold()
    return any(folded.endswith("-" + c) for c in sl.folded_words("clitics"))


def _compound_adjective(word: str, sl: SpeechLexicon) -> bool:
    """A name joined to a participle by a hyphen ("Jakarta-based", "Denpasar-born"): an adjective."""
    head, hyphen, tail = word.rpartition("-")
    return bool(head and hyphen) and tail.islower() and tail in sl.folded_words("compound_adjective_tails")


def _function_word_in_institution(text: str, after: int, hi: int, tokens: list[str], sl: SpeechLexicon
                                  ) -> bool:
    """A capitalised function word inside an institution's name, between capitalised words:
    "Kementerian Dalam Negeri", "Direktorat Jenderal … Kementerian Dalam Negeri"."""
    if not _is_org(tokens, sl) or not text.startswith(" ", after):
        return False
    nxt = _token(text, after + 1, hi)
    return nxt is not None and _is_capital(nxt.group()) and nxt.group().casefold() not in sl.not_names


def _is_org(tokens: list[str] | tuple[str, ...], sl: SpeechLexicon) -> bool:
    """An institution's name: it opens ("Kementerian …") or, in English, ends ("… Council") with
    an institution word."""
    return bool(tokens) and (tokens[0] in sl.organisations or tokens[-1] in sl.organisations
                             or " ".join(tokens) in sl.organisations
                             or (len(tokens) == 2 and _is_acronym(tokens[0])))


def _particle(tokens: list[str] | tuple[str, ...], sl: SpeechLexicon, k: int = 0) -> bool:
    """A name particle opens the name at ``k`` ("I Wayan", "Ni Luh", "Anak Agung", "Andi")."""
    if k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1]
    if tokens[k] in sl.particles or " ".join(tokens[k:k + 2]) in sl.particles or (
            tokens[k] in sl.openers or " ".join(tokens[k:k + 2]) in sl.openers):
        return nxt not in sl.complement and nxt not in sl.organisations and not _is_acronym(nxt)
    return False


def _complement(text: str, k: int, hi: int, sl: SpeechLexicon, titled: bool = False) -> int:
    """Skip the words that describe an office ("Luar Negeri", "Kremlin", "(AS)"); ``titled``: the
    office is written as a title, capitalised ("Director General of Plantations …")."""
    listable = True  # (only where the office opens: "Kepala Dinas Pertanian, Ketahanan Pangan, …")
    while True:
        listed = sl.pattern(_OFFICE_LIST).match(text, k, hi) or (
            _body_list(text, k, hi, sl) if listable else None)
        if listed and not any(sl.role_rx.fullmatch(w) for w in re.findall(r"[\w-]+", listed.group())):
            nxt = _token(text, listed.end(), hi)  # "Direktur Penyuluhan, Pelayanan, dan Hubungan …"
            if nxt and not sl.role_rx.match(text, nxt.start(), hi):
                k = nxt.end()
                continue
        listable = False
        coordinated = sl.pattern(_OF_COORDINATED).match(text, k, hi)
        if coordinated:  # "Minister of Natural Resources and Environment Nguyen Van Thanh"
            k = coordinated.end()
            continue
        j = _skip_spaces(text, k, hi)
        paren = _PAREN.match(text, j, hi)
        if paren and j > k:
            k = paren.end()
            continue
        m = _token(text, j, hi)
        if not m or j == k:
            return k
        word = m.group()
        nxt = _token(text, _skip_spaces(text, m.end(), hi), hi)
        if nxt and (((word in sl.particles or word in sl.openers) and _particle((word, nxt.group()), sl))
                    or f"{word} {nxt.group()}" in sl.openers):  # "Provinsi Bali I Wayan …", "regent I
            return k  # Nyoman …" (English names the pair): the name starts, no numeral "I"
        if word.casefold() in sl.folded_words("office_fields") or word in sl.folded_words("company_forms"):
            nxt = _token(text, _skip_spaces(text, m.end(), hi), hi)  # "Bidang Pangan", "Perum Bulog":
            if nxt and _is_capital(nxt.group()) and not sl.role_rx.fullmatch(nxt.group()) and not (
                    nxt.group() in sl.particles or nxt.group() in sl.openers):  # a field, a company
                k = nxt.end()
                continue
        numbered = bool(_NUMBERED.fullmatch(word))  # "Komisi XI"
        acronym = _is_acronym(word) and len(word) >= 3  # "Ketua IDAI cabang Jakarta, dr. Laras"
        if (word in sl.complement or numbered or acronym) and not (
                len(word) == 1 and m.end() < hi and text[m.end()] == "."):
            k = m.end()
            unit = _UNIT_PLACE.match(text, k, hi) if numbered else None
            k = unit.end() if unit else k  # "Komandan Kodim 0704/Banjarnegara"
            continue
        joiner = word.casefold()
        if joiner in sl.folded_words("office_joiners") or joiner in sl.folded_words("office_fields"):
            nxt = _token(text, _skip_spaces(text, m.end(), hi), hi)
            # "… Resources and Environment": a second field, not a holder
            coordinated = (joiner in sl.folded_words("field_coordinators") and nxt
                           and _is_capital(nxt.group()) and not sl.role_rx.match(text, nxt.start(), hi))
            field = _field_of_office(text, joiner, nxt, hi, sl) if titled and nxt else None
            if field is not None:
                k = field
                continue
            if nxt and (nxt.group() in sl.complement or coordinated):
                k = nxt.end()
                continue
        return k


def _field_of_office(text: str, joiner: str, word: re.Match[str], hi: int, sl: SpeechLexicon) -> int | None:
    """ "Director General of Plantations Sutrisno": after "of" in a title, capitalised words
    followed by another are the field the office covers, whatever the field (the name follows it;
    a title is capitalised only before a name: "governor of North Sumatra" names no holder).
    Where the field ends, or None: no field here."""
    if joiner not in sl.folded_words("office_field_joiners") or not _is_capital(word.group()):
        return None
    name = word.group()
    if sl.role_rx.fullmatch(name) or name in sl.particles or name in sl.openers or name in sl.not_names or (
            name in sl.folded_words("company_forms") or name in sl.organisations):
        return None  # (an institution's own name: "Project Manager of PT Wijaya Karya … Dimas")
    run = [word]
    while len(run) <= _MAX_NAME and text.startswith(" ", run[-1].end()):
        nxt = _token(text, run[-1].end() + 1, hi)
        if nxt is None or not _is_capital(nxt.group()) or nxt.group() in sl.particles or (
                nxt.group() in sl.openers):
            break
        run.append(nxt)
    if len(run) < 2:
        return None
    return run[_field_words(text, [w.group() for w in run], run[0].start()) - 1].end()


def _field_words(text: str, words: list[str], at: int) -> int:
    """How many of the capitalised ``words`` after "of" (written at ``at``) are the office's field,
    the rest being its holder's name: the first only, unless the article shows more elsewhere, by
    writing the field without the name ("the Directorate General of Capture Fisheries", "capture
    fisheries") or the name on its own ("Rudi Hartono said", "Rudi added"; not the last word alone,
    which a surname also is)."""
    field = 1
    for n in range(2, len(words)):  # the field written elsewhere, not followed by the next word
        rx = re.compile(r"(?<![\w'’-])" + r"\s+".join(map(re.escape, words[:n]))
                        + rf"(?![\w'’-])(?!\s+{re.escape(words[n])}(?![\w'’-]))", re.I)
        if any(m.start() != at for m in rx.finditer(text)):
            field = n
    starts = [start for m in _OWN_CAPITAL_RUN.finditer(text) if m.start() != at  # the name written
              for start in range(field + 1, len(words) - 1)  # elsewhere as a run of its own
              if m.group().split(" ") == words[start:start + m.group().count(" ") + 1]]
    return min(starts, default=field)


_LAST_WORD = re.compile(r"([\w'’-]+)$")


def _body_list(text: str, k: int, hi: int, sl: SpeechLexicon) -> re.Match[str] | None:
    """The fields of a body listed after the office that heads it, several words each ("Kepala
    Dinas Pertanian, Ketahanan Pangan, dan Perikanan"): only after an institution word, since a
    list of names follows any other office ("General Manager Pelindo, Faisal Rachmat Harahap,
    dan Rudi …")."""
    listed = sl.pattern(_BODY_LIST).match(text, k, hi)
    if listed is None:
        return None
    before = _LAST_WORD.search(text, max(0, k - 30), k)
    opening = listed.group().split()[0].strip(",")
    return listed if (before and before.group(1) in sl.organisations) or opening in sl.organisations else None


_OWN_CAPITAL_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*")  # (whole runs: greedy)


_OF_COORDINATED = (r" (?:{=office_field_markers}) (?:[A-Z][\w-]* ){1,3}"
                   r"(?:{=field_coordinators}) [A-Z][\w-]*(?!\w)")
_OFFICE_LIST = r"(?: [A-Z][\w-]*){0,2}(?:, [A-Z][\w-]*)+,? (?:{=list_coordinators}) (?=[A-Z])"
# the fields of a body's list may be several words each: "Dinas Pertanian, Ketahanan Pangan, dan …"
_BODY_LIST = (r"(?: [A-Z][\w-]*){0,2}(?:, [A-Z][\w-]*(?: [A-Z][\w-]*){0,2})+,?"
              r" (?:{=list_coordinators}) (?=[A-Z])")


# a brand written in camel case ("KirimCepat", "GoTo"): a company, never a person's name
_BRAND = re.compile(r"^[A-Z]?[a-z]+[A-Z]")
_UNIT_PLACE = re.compile(r"/[A-Z][\w-]*")  # the place after a unit's number
_ABBREVIATED_PART = re.compile(r"\. [A-Z][a-z]")

# an academic degree after a name: "Sp.A.", "M.Kes.", "S.H.", "LL.M.", "Sp.PD(K)" (not "K.H. Mahfudz")
_DEGREE = re.compile(r"(?:[A-Z][A-Za-z]{0,3}\.){1,3}(?:[A-Z][A-Za-z]{0,4}\.?)?(?:\([A-Z]{1,3}\))?"
                     r"(?=[,;]|$|\s+[a-z])")
_JOINED = r" (?:{=holder_joiners}) (?=[A-Z])"
# (a quoted title may stand inside: "sutradara yang menggarap "Layang-Layang Putus" tersebut")
_ANAPHOR = r"((?:(?:[\w'’-]+|[\"“][^\"“”\n]{1,60}[\"”])\s+){0,10}?)(?:{back})(?!\w)"
_SHORT_ANAPHOR = 5
# an unnamed source's noun, then where they are from and a demonstrative pointing back ("warga
# Pekalongan itu"): someone the text has named
_PLACED_ANAPHOR = r"(?:\s+(?i:{=origin_words}))?(?:\s+[A-Z][\w'’-]*){1,3}\s+({back})(?!\w)"


def _anaphor(text: str, i: int, hi: int, sl: SpeechLexicon, long: bool = False) -> re.Match[str] | None:
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


def parse_np(text: str, i: int, hi: int, sl: SpeechLexicon, described: bool = False) -> NP | None:
    """The speaker phrase starting at ``i`` (leading spaces skipped), or None. ``described``: the
    phrase follows a speech verb, where a long description ending in "itu" names the speaker."""
    memo = _PHRASES.of(text, sl)
    key = (i, hi, described)
    found = memo.get(key, _MISSING)
    if found is _MISSING:
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
    i = _skip_spaces(text, i, hi)
    m = _token(text, i, hi)
    if not m:
        return None
    word = m.group().casefold()
    if word in sl.pronouns and not _pronoun_as_name(text, m, hi, sl):
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
        i = _skip_spaces(text, m.end(), hi)
        m = _token(text, i, hi)
        if not m:
            return None
    relative = _relative_phrase(text, start, i, hi, sl)
    if relative is not None:
        return relative
    account = sl.account_rx.match(text, i, hi) if sl.account_rx is not None else None
    if account:  # "akun Instagram resmi Pemerintah Kota Tegal", "the official account of X": its owner
        owner = parse_np(text, account.end(), hi, sl)
        if owner is not None and owner.kind in ("name", "role") and not owner.anaphoric:
            return replace(owner, start=start)
    determiner = m.group().casefold() in sl.folded_words("document_determiners")
    document = sl.document_rx.match(text, _skip_spaces(text, m.end(), hi) if determiner else i, hi)
    if document:  # "Maklumat PP Muhammadiyah", "bunyi dakwaan jaksa": the author speaks
        author = _document_author(text, document.end(), hi, sl)
        if author is not None and author.kind in ("name", "role"):
            return replace(author, start=start)
        demo = sl.pattern(_DEMONSTRATIVE, re.I).match(text, _skip_spaces(text, document.end(), hi), hi)
        if demo or author is None:  # "dakwaan tersebut": a document is never a speaker
            return NP(start, demo.end() if demo else document.end(), "document")
    while m and m.group() in sl.honorifics:  # "Pak Kades"
        after = m.end() + (1 if text.startswith(".", m.end()) else 0)
        nxt = _token(text, _skip_spaces(text, after, hi), hi)
        if not nxt or not sl.role_rx.match(text, nxt.start(), hi):
            break
        i, m = nxt.start(), nxt
    role = sl.role_rx.match(text, i, hi)
    if role is None and definite:  # "the police chief", "the health minister", "the village head"
        at = i
        for _ in range(2):
            word = sl.pattern(_LOWER_MODIFIER).match(text, at, hi)
            if word is None or _verb_like(word.group(), sl):
                break
            at = word.end()
            role = sl.role_rx.match(text, at, hi)
            if role is not None:
                break
    possessed = role is not None and any(f"{ending} " in text[i:role.start()]
                                         for ending in sl.words("possessive_endings"))
    if role:
        np = _role_phrase(text, start, role, hi, sl)
        if possessed and np.kind != "name":
            return None  # "the ministry's spokesperson said": someone the text does not name
        return replace(np, anaphoric=True) if definite and np.kind == "role" else np
    anonymous = sl.anonymous_rx.match(text, start, hi)
    if anonymous:
        pointing = sl.pattern(_PLACED_ANAPHOR).match(text, anonymous.end(), hi)
        if pointing:  # "kata warga Pekalongan itu", "ujar pengamat asal UGM tersebut": someone named
            return NP(start, pointing.end(), "role", role=text[start:pointing.start(1)].strip().casefold(),
                      anaphoric=True)
        return NP(start, anonymous.end(), "anonymous")
    if not _is_capital(m.group()) and m.group() not in sl.connectors and not _titled(text, m, hi, sl):
        anaphor = _anaphor(text, i, hi, sl, long=described)
        if anaphor and anaphor.group(1).strip():  # not "tersebut" alone ("bunyi dakwaan tersebut")
            return NP(start, anaphor.end(), "role", role=anaphor.group(1).strip().casefold(),
                      anaphoric=True)
        return None
    tokens, end, org = name_run(text, i, hi, sl)
    after = _skip_spaces(text, end, hi)
    premodified = sl.role_rx.match(text, after, hi) if tokens and after > end else None
    if tokens and after > end and premodified is None:
        held = _modified_office(text, start, after, hi, sl, described)
        if held is not None:  # "said Garuda Nusa Air commercial director Stefanus Hadiprawira"
            return held
    if premodified:  # "Kremlin spokesman Dmitry Peskov", "Portuguese coach Marco Valente"
        np = _role_phrase(text, start, premodified, hi, sl)
        return replace(np, anaphoric=True) if definite and np.kind == "role" else np  # "the
        # Malaysian minister" points back to the minister named before
    if tokens:
        return NP(start, end, "name", name=tokens, org=org)
    return None


_MODIFIERS = re.compile(r"(?:[a-z][\w-]*\s+){1,3}")
_MODIFIER = re.compile(r"[a-z][\w-]*")


def _named_by_word(text: str, lo: int, end: int, hi: int, sl: SpeechLexicon) -> NP | None:
    """The person an unnamed phrase names with a naming word ("kader bernama Rohani", "farmer
    named Budi Santoso"): the name after it, with the words before it as the person's role."""
    naming = sl.folded_words("naming_words")
    for word in re.finditer(r"[a-z][\w-]*", text[lo:end]):
        if word.group() not in naming or word.start() == 0:
            continue
        named = _parse_np(text, _skip_spaces(text, lo + word.end(), hi), hi, sl)
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
        if _verb_like(word, sl) or word in sl.pronouns or sl.subject_verb_rx.fullmatch(word) or (
                word in sl.folded_words("office_prepositions")) or (
                word in sl.folded("place_prepositions") or word in sl.folded_words("relative_markers")):
            return None  # ("X yang dinobatkan sebagai Pemain Terbaik …": a clause about X)
        k = _skip_spaces(text, k + len(word), hi)
        role = sl.role_rx.match(text, k, hi)
        if role is None or not text.startswith(" ", role.end()):
            continue
        np = _role_phrase(text, start, role, hi, sl)
        if np.kind != "name" or np.org:
            return None
        verb = _token(text, _skip_spaces(text, np.end, hi), hi)
        if described or (verb is not None and (verb.group().casefold() in sl.after_verbs
                                               or sl.subject_verb_rx.fullmatch(verb.group()))):
            return np
        return None
    return None


def _institution_voiced(text: str, i: int, hi: int, sl: SpeechLexicon) -> NP | None:
    """The institution named right after a word for its collective voice ("manajemen PT …",
    "pihak Polres …"): it speaks itself."""
    nxt = _token(text, _skip_spaces(text, i, hi), hi)
    while nxt is not None and nxt.group().casefold() in sl.folded("institution_voices"):  # "pihak manajemen"
        nxt = _token(text, _skip_spaces(text, nxt.end(), hi), hi)
    if nxt is None or not _is_capital(nxt.group()):
        return None
    tokens, end, org = name_run(text, nxt.start(), hi, sl)
    return NP(nxt.start(), end, "name", name=tokens, org=True) if tokens and org else None


def _pronoun_as_name(text: str, m: re.Match[str], hi: int, sl: SpeechLexicon) -> bool:
    """A pronoun's spelling that is also a name part (data: ``pronoun_name_parts``), capitalised
    inside a sentence before another capitalised word, is a name part: "China's He Yuxin", ""…,"
    He Yuxin said" (not a sentence's "He Told …")."""
    if m.group() not in sl.folded_words("pronoun_name_parts") or not text.startswith(" ", m.end()):
        return False
    nxt = _token(text, m.end() + 1, hi)
    if nxt is None or not _is_capital(nxt.group()) or nxt.group() in sl.not_names:
        return False
    before = text[:m.start()].rstrip()
    if before.endswith(("\"", "”", "’", "'")):
        before = before[:-1].rstrip()
        return before.endswith(",")
    return _inside_sentence(text, m.start())


def _titled(text: str, m: re.Match[str], hi: int, sl: SpeechLexicon) -> bool:
    """A lower-case title before a name: "jelas dr. Prima", "kata drg. Wulan"."""
    if m.group() not in sl.honorifics:
        return False
    nxt = _token(text, _skip_spaces(text, m.end() + (1 if text.startswith(".", m.end()) else 0), hi), hi)
    return nxt is not None and _is_capital(nxt.group())


_LOWER_MODIFIER = r"[a-z][\w-]*(?:{=possessive_endings})?\s+(?=[a-z])"  # "the provincial", "the ministry's"
_LOWER_WORDS = re.compile(r"[a-z][\w-]*(?:\s+[a-z0-9][\w/-]*){0,3}(?=,\s)")


def _verb_like(word: str, sl: SpeechLexicon) -> bool:
    """A predicate rather than a description ("menuntut", "berharap", "mengatakan")."""
    w = word.casefold()
    return w in sl.report_verbs or w in sl.after_verbs or w.startswith(sl.verb_prefixes)


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
        ok = not any(_verb_like(w, sl) for w in words if not _is_capital(w)) and all(
            not _is_capital(w) or (n > 0 and (words[n - 1] in places or _is_capital(words[n - 1]) or (
                n > 1 and words[n - 1] in joiners and _is_capital(words[n - 2]))))
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
    if lower and not any(_verb_like(w, sl) or w.casefold() in sl.dependents
                         for w in lower.group().split()) and (
            lower.group().split()[-1].casefold() not in places | sl.folded_words("office_prepositions")):
        return lower.end()  # (not "governor of North Sumatra": the words after "of" are no holder)
    return j


def _relative_phrase(text: str, start: int, i: int, hi: int, sl: SpeechLexicon) -> NP | None:
    """Kin: "istrinya", "ayah korban" name nobody; "Ayah Yohana, Slamet Riyadi," names Slamet."""
    rel = sl.relative_rx.match(text, i, hi)
    if not rel:
        return None
    m = _token(text, i, hi)
    nxt = _token(text, _skip_spaces(text, rel.end(), hi), hi)
    if m and m.group() in sl.honorifics and nxt and _is_capital(nxt.group()) and text[rel.end()] == " ":
        return None  # "Kakek Sugiono": a title before a name
    if m and _particle((m.group(), nxt.group() if nxt else ""), sl):
        return None  # "Anak Agung Gde …"
    if m and nxt and _kin_word_as_name(text, i, rel.end(), nxt.start(), hi, sl):
        return None  # "Putri Maharani Sembiring (29) terbang …": a first name, not a daughter
    if m and _kin_word_alone(text, i, rel.end()):
        return None  # "kata Putri.": a first name standing for its person
    end = rel.end()
    j = _skip_spaces(text, end, hi)
    if nxt is not None and not text.startswith(",", end):
        if _is_capital(nxt.group()):  # whose relative: "Ayah Yohana"
            _tokens, anchor_end, _org = name_run(text, j, hi, sl)
            end = max(end, anchor_end)
        else:
            lower = _LOWER_WORDS.match(text, j, hi)  # "adik terdakwa", "istri korban banjir"
            if lower and not any(_verb_like(w, sl) for w in lower.group().split()):
                end = lower.end()
    written = text[rel.start():end].casefold()
    if text.startswith(", ", end):
        tokens, name_end, org = name_run(text, end + 2, hi, sl)
        if tokens and not org:
            name_end = name_end + 1 if text.startswith(",", name_end) else name_end
            return NP(start, name_end, "name", name=tokens, role=written)
    return NP(start, end, "anonymous", role=written)


_AGE_AFTER = re.compile(r"\s*\(\d{1,3}\)")


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
    return _inside_sentence(text, i, "/") or bool(_AGE_AFTER.match(text, end, hi))


_ALONE_AFTER = re.compile(r"[,.;:!?)]|\s+[a-z]")


def _kin_word_alone(text: str, i: int, rel_end: int) -> bool:
    """A capitalised kin word alone inside a sentence, where a kin word is written in lower case:
    a first name used for its person ("kata Putri.", "Rekannya, Putri, menyebut …")."""
    return (_one_capitalised_word(text, i, rel_end) and _inside_sentence(text, i)
            and bool(_ALONE_AFTER.match(text, rel_end)))


def _one_capitalised_word(text: str, i: int, end: int) -> bool:
    """``text[i:end]`` is a single word opened by a capital ("Putri", not "putri" or "Ibu Kota")."""
    return _is_capital(text[i:i + 1]) and " " not in text[i:end].strip()


def _inside_sentence(text: str, i: int, marks: str = ",") -> bool:
    """What stands at ``i`` follows a word or one of ``marks``: it is inside a sentence."""
    before = text[:i].rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] in marks)


def _cut_description(tokens: tuple[str, ...], sl: SpeechLexicon) -> tuple[str, ...]:
    """The holder's name out of "Luwu Utara Andi Rahmat", "Mamuju Tengah Hasnawati Usman",
    "PT Arunika Kapital Indonesia Bramantyo Setiadi": after a name particle that is not the first
    word, or after the last word that describes a place or an institution."""
    n = len(tokens)
    if _particle(tokens, sl):  # "Lalu Muhammad Zainul": the particle opens the name
        return tokens
    for k in range(1, n - 1):
        strong = tokens[k] in sl.openers or " ".join(tokens[k:k + 2]) in sl.openers
        if _particle(tokens, sl, k) and (strong or k >= 2 or _descriptive(tokens[0], sl)):
            return tokens[k:]
    last = max((k for k in range(n - 1) if _descriptive(tokens[k], sl)), default=-1)
    if last >= 0 and (n - last - 1 >= 2 or last >= 1) and not _descriptive(tokens[-1], sl):
        return tokens[last + 1:]
    return tokens


def _descriptive(token: str, sl: SpeechLexicon) -> bool:
    return (token in sl.complement or token in sl.organisations or _is_acronym(token)
            or bool(_BRAND.search(token)))


def _role_phrase(text: str, start: int, role: re.Match[str], hi: int, sl: SpeechLexicon) -> NP:
    """An office, then its holder's name, "itu", or nothing."""
    role_start = role.start()
    while True:  # "Pj. Corporate Secretary", "Plt Kepala Dinas": offices in a row
        k = role.end() + (1 if text.startswith(".", role.end()) and role.end() - role.start() <= 4 else 0)
        chained = sl.role_rx.match(text, _skip_spaces(text, k, hi), hi)
        if not chained or chained.start() == k:
            break
        role = chained
    k = _after_corps(text, k, hi, sl) if role.group() in sl.honorifics else k  # "Kapten Mar Yoga"
    k = _complement(text, k, hi, sl, titled=_is_capital(role.group()))
    j = _skip_spaces(text, k, hi)
    demo = sl.pattern(_DEMONSTRATIVE, re.I).match(text, j, hi)
    if demo:
        return NP(start, demo.end(), "role", role=text[role_start:k].casefold(), anaphoric=True)
    modifier = _token(text, j, hi)
    while modifier and modifier.group().casefold() in sl.role_modifiers:  # "pemandu wisata senior"
        j = _skip_spaces(text, modifier.end(), hi)
        modifier = _token(text, j, hi)
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
            person = not org and len(tokens) >= 2 and not any(_descriptive(t, sl) for t in tokens)
            place = joined.group().strip() in sl.folded_words("place_prepositions") and len(more) <= 2
            if person and (more_org or place):  # the holder's affiliation or home: "expert Zulkifli
                break  # Chaniago of Andalas University", "Fisherman Samsul Bahri of Bitung"
            name_at = j = joined.end()
            tokens, end, org = more, more_end, more_org
            continue
        paren = _PAREN.match(text, end + 1, hi) if text.startswith(" (", end) else None
        if paren and not paren.group()[1:-1].strip().isdigit():  # (an age closes the holder's name:
            # "Petani Sri Rejeki (62) mengaku"); the words named an institution: "ekonom Lembaga
            # Kajian X (LKEN) Faisal R."
            after = _skip_spaces(text, paren.end(), hi)
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
        named = _particle(tokens, sl) or tokens[0] in sl.openers
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
        demo = sl.pattern(_DEMONSTRATIVE, re.I).match(text, _skip_spaces(text, end, hi), hi)
        if demo:  # "Kepala Dinkes itu": the words complete the office
            return NP(start, demo.end(), "role", anaphoric=True,
                      role=text[role_start:end].casefold())
        holder = _cut_description(tokens, sl)
        regional = sl.regional_rx.fullmatch(text, role.start(), role.end())
        if (holder == tokens and len(tokens) >= 3 and regional and not _particle(tokens, sl)
                and tokens[0] not in sl.openers and text.startswith(tokens[0], name_at)
                and not text[role.end():k].strip()):  # (not when the region is already read)
            holder = tokens[1:]  # "Bupati Ketapang Yohanes Aloysius Sahat": a region, then the name
        if holder != tokens:
            tokens, org = holder, _is_org(holder, sl)
    if tokens and institution:  # "economist at the Center for Fiscal Studies"
        tokens, org = whole, True
    if tokens and not org:
        if name_at != j:  # appositive: "juru bicara Kremlin, Dmitry Peskov,"
            end = end + 1 if end < hi and text[end] == "," else end
        return NP(start, end, "name", name=tokens, role=written.casefold())
    anaphor = _anaphor(text, j, hi, sl, long=True)
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
    if noun is None or any(_verb_like(w, sl) for w in noun.group().split()):
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
    joiner = _token(text, end + 1, hi) if text.startswith(" ", end) else None
    if joiner is None or joiner.group().casefold() not in sl.folded_words("office_affiliation_joiners"):
        return end
    group = _token(text, joiner.end() + 1, hi)
    if group is None or not (group.group() in sl.complement or group.group() in sl.organisations):
        return end
    named = _GROUP_NAME.match(text, joiner.end(), hi)  # "dari Fraksi PDI Perjuangan, …"
    return named.end() if named else _complement(text, joiner.end(), hi, sl)


_GROUP_NAME = re.compile(r"(?: [A-Z][\w'’-]*){1,5}(?=, )")


def _person_then_subject(tokens: tuple[str, ...], more: tuple[str, ...], text: str, more_end: int,
                         sl: SpeechLexicon) -> bool:
    """ "majelis hakim yang diketuai Hakim Bambang Triyono, Sri mengaku": a full name with
    nothing that describes, then the next clause's one-word subject (no appositive comma)."""
    return (len(tokens) >= 2 and len(more) == 1 and not text.startswith(",", more_end)
            and not any(_descriptive(t, sl) or t in sl.organisations or t in sl.folded_words("place_nouns")
                        for t in tokens))


def role_after_name(text: str, end: int, hi: int, sl: SpeechLexicon) -> str:
    """An appositive office after a name: "Dmitry Peskov, juru bicara Kremlin, …"."""
    if not text.startswith(", ", end):
        return ""
    role = sl.role_rx.match(text, end + 2, hi)
    if not role:
        return ""
    k = _complement(text, role.end(), hi, sl)
    return text[role.start():k].casefold()


def _count(text: str, phrase: str) -> int:
    """How often ``phrase`` occurs in ``text`` as whole words."""
    return len(re.findall(rf"{standing_alone(phrase, _EDGE)}(?![{_EDGE}])", text))


@lru_cache(maxsize=8192)
def key_tokens(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Name tokens without initials, case-folded: what identifies a person."""
    return tuple(t.casefold() for t in tokens if not (len(t) <= 2 and t.endswith(".")))


def _initialled_form(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """``short`` is ``full`` with runs of its words written as their initials: "PLN UIW Sumatera
    Utara" of "PLN Unit Induk Wilayah Sumatera Utara"."""
    k = 0
    for token in short:
        n = len(token)
        if full[k:k + 1] == (token,):
            k += 1
        elif _is_acronym(token) and n >= 2 and "".join(w[0] for w in full[k:k + n]) == token:
            k += n
        else:
            return False
    return k == len(full)


def contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    if n == 1:  # the common case, without building slices
        return shorter[0] in longer
    if n == 0 or shorter[0] not in longer:  # (most pairs of names share no word at all)
        return False
    return any(longer[k:k + n] == shorter for k in range(len(longer) - n + 1))


@dataclass
class Entity:
    """One speaker of an article: the fullest name used, offices held, person or institution."""

    tokens: tuple[str, ...]
    org: bool = False
    roles: list[str] = field(default_factory=list)
    last_seen: int = -1
    display: str | None = None  # the name as written when it holds punctuation
    called: set[tuple[str, ...]] = field(default_factory=set)  # short forms it was resolved from
    gender: str = ""  # "female" / "male" when the text says so, "?" when it says both
    described: set[str] = field(default_factory=set)  # words of the descriptions that named it

    @property
    def name(self) -> str:
        return self.display or " ".join(self.tokens)


class Registry:
    """The article's named speakers; short forms and abbreviations resolve to the fullest form."""

    def __init__(self, sl: SpeechLexicon) -> None:
        self.sl = sl
        self.entities: list[Entity] = []
        self.abbreviations: dict[str, Entity] = {}
        self.regional: dict[str, Entity] = {}  # short form -> the body it names, with its region
        self.descriptors: frozenset[str] = frozenset()  # common nouns written before names ("Pesawat")
        self.nicknames: dict[str, Entity] = {}  # case-folded nickname -> its person
        self.places: frozenset[str] = frozenset()
        self.initials: frozenset[str] = frozenset()  # people named only by initials ("berinisial RS")
        self.heads: frozenset[str] = frozenset()  # common nouns the article puts before names
        self.nouns: frozenset[str] = frozenset()  # the article's common nouns, case-folded

    def add_nickname(self, nickname: str, tokens: tuple[str, ...]) -> None:
        """ "Rafael Simanjuntak, yang akrab disapa Rafa" / Ramadhan "Dhani" Syahputra. A nickname
        read as a name of its own ("Hendri alias Ucu Hendri") is no other person."""
        written = tuple(nickname.split())
        self.entities = [e for e in self.entities if e.tokens != written or e.tokens == tokens or e.org]
        self.add_full(tokens, False)
        entity = self.resolve(NP(-1, -1, "name", name=tokens), -1)
        self.nicknames.setdefault(nickname.casefold(), entity)

    def by_nickname(self, phrase: str) -> Entity | None:
        """The person a description names by nickname: "pria yang akrab disapa Rafa itu"."""
        rx = self.sl.nickname_rx
        m = rx.search(phrase) if rx is not None and self.nicknames else None
        return self.nicknames.get(m.group("nick").casefold()) if m else None

    def headless(self, tokens: tuple[str, ...]) -> tuple[tuple[str, ...], str]:
        """A person's name without the common noun written before it ("Commissioner Anggraeni"
        in an article that speaks of "a commissioner"), and that noun as an office ("" if none)."""
        if len(tokens) < 2 or tokens[0] not in self.heads or any(
                self._descriptive(t) or t.casefold() in self.nouns for t in tokens[1:]):
            return tokens, ""  # (not "Fraksi Golkar", "Water Fund": an institution, a thing)
        return tokens[1:], tokens[0].casefold()

    def add_full(self, tokens: tuple[str, ...], org: bool) -> None:
        """Make a name known before resolving (so "Peskov" finds "Dmitry Peskov" written later)."""
        if not org:
            tokens = self.headless(tokens)[0]
        key = key_tokens(tokens)
        for entity in self.entities:
            known = key_tokens(entity.tokens)
            if contains(known, key):
                return
            if contains(key, known) and entity.display is None and not (
                    org and self._office_of(Entity(tokens, True), known)):
                entity.tokens, entity.org = tokens, entity.org and org
                return
        self.entities.append(Entity(tokens, org))

    def add_abbreviation(self, abbreviation: str, tokens: tuple[str, ...], display: str) -> None:
        """ "Kementerian Kesehatan (Kemenkes)": the institution, known by both names."""
        entity = Entity(tokens, True, display=display)
        self.entities.append(entity)
        self.abbreviations.setdefault(abbreviation, entity)

    def add_regional(self, abbreviation: str, region: tuple[str, ...]) -> None:
        """ "Balai Pelaksana Jalan Nasional (BPJN) Sulawesi Tengah": the short form used alone
        names the body in that region."""
        bare = self.abbreviations[abbreviation]
        tokens = (*bare.tokens, *region)
        entity = next((e for e in self.entities if e.tokens == tokens), None)
        if entity is None:
            entity = Entity(tokens, True)
            self.entities.append(entity)
        entity.org = True
        if bare.display and bare.display != " ".join(bare.tokens):  # ("Badan Meteorologi, …")
            entity.display = f"{bare.display} {' '.join(region)}"
        self.regional.setdefault(abbreviation, entity)

    def trim(self, aliases: set[tuple[str, ...]], with_role: set[tuple[str, ...]],
             places: frozenset[str] = frozenset(), text: str = "") -> None:
        """Cut descriptions off long names using the short forms the article uses alone:
        "Cianjur Asep Sukmana" with "Asep" -> "Asep Sukmana". Only words that describe (a place,
        an institution, a word the article uses as a place: "Kabupaten Cianjur") are cut, so a
        person called by a middle name keeps the first ("Ahmad Munawar Syadzili", "Munawar")."""
        self.places = places
        usable = [a for a in aliases if not any(self._descriptive(t) for t in a)]  # not "KAI Commuter"
        forms = self.sl.folded_words("company_forms")
        wider = {a: [b for b in aliases if b != a and contains(b, a)] for a in usable}
        for entity in self.entities:
            tokens = entity.tokens
            n = len(tokens)
            if n < 3 or entity.display:
                continue
            starts = []
            for alias in usable:
                if any(not contains(tokens, other) for other in wider[alias]):
                    continue  # part of an institution's name ("Persib" of "Persib Bandung")
                m = len(alias)
                for k in range(n - m + 1):
                    if tokens[k:k + m] != alias:
                        continue
                    if k + m < n or k == 0:  # a first name: the name starts there
                        starts.append(k)
                    elif tokens in with_role or any(self._descriptive(t) for t in tokens[:n - m - 1]):
                        starts.append(n - m - 1)  # a surname, after a description
            if not starts or not _is_capital(tokens[min(starts)]):  # (a name never starts with "dan")
                continue
            cut = self._description_length(tokens[:min(starts)], tokens, text, entity)
            if cut == 1 and tokens[0] in forms:
                continue  # a company's legal form opens its name: "PT Angkasa Pura Indonesia"
            if cut == min(starts) or (cut and not entity.org and _is_capital(tokens[cut])):
                entity.tokens = tokens[cut:]

    def _description_length(self, words: tuple[str, ...], name: tuple[str, ...], text: str,
                            entity: Entity) -> int:
        """How many of ``words`` before a name describe it: all of them (:meth:`_describes`), or
        those up to the last place or institution word, when the words after it are a first name
        ("Banyuwangi Sri Wahyuni Lestari" called "Wahyuni": "Sri" is hers)."""
        if not words or (self._describes(words, name, text, entity) and not any(
                self._descriptive(t) or t in self.places for t in words)):
            return len(words)
        last = max((k for k, t in enumerate(words) if self._descriptive(t) or t in self.places), default=-1)
        openers = self.sl.openers
        if words[0] in self.sl.particles or words[0] in openers or " ".join(words[:2]) in openers:
            return 0  # ("I Gusti Agung …": the English "I" counts for nothing)
        if last < 0:  # the leading words the article also uses apart from the name: "Persebaya
            n = 0  # Yohanes Ferinando Pahabol" called "Ferinando", with "Persebaya" elsewhere
            while n < len(words) and self._describes(words[n:n + 1], name, text, entity):
                n += 1
            return n
        rest = words[last + 1:]
        opens = words[last] in self.sl.organisations or words[last] in self.sl.folded_words("company_forms")
        if not rest or opens or self._describes(rest, name, text, entity):
            return len(words)  # (after "PT" or "Universitas" the words name the institution)
        return last + 1

    def _describes(self, words: tuple[str, ...], name: tuple[str, ...], text: str,
                   entity: Entity | None = None) -> bool:
        """Whether ``words`` before a name describe it: a place, an institution, or a word the
        article also uses without the name ("PP Muhammadiyah Agus Salim" with "Muhammadiyah"
        elsewhere); a first name is never used apart from its person (nor counted inside another
        person's name: "Muhammad" of "Muhammad Syahrul Anwar" and of "Lalu Muhammad Zainul")."""
        if words[0] in self.sl.particles or words[0] in self.sl.openers:
            return False
        if any(self._descriptive(t) or t in self.places for t in words):
            return True
        if not text:
            return False
        full = _count(text, " ".join(name))
        others = [" ".join(e.tokens) for e in self.entities if e is not entity and not e.org
                  and not any(self._descriptive(t) for t in e.tokens[1:])]
        return all(_count(text, t) - sum(_count(text, o) for o in others if t in o.split()) > full
                   for t in words)

    def _descriptive(self, token: str) -> bool:
        return (token in self.sl.complement or token in self.sl.organisations or _is_acronym(token)
                or bool(_BRAND.search(token)))

    def expand(self, tokens: tuple[str, ...]) -> tuple[str, ...] | None:
        """A name written with a short form the article spells out elsewhere, spelled out:
        "Kementerian ESDM" (with "Kementerian Energi dan Sumber Daya Mineral (ESDM)"), "PP
        Muhammadiyah" (with "Pimpinan Pusat (PP) Muhammadiyah" or "Pimpinan Pusat Muhammadiyah"),
        "BPS" (with "Badan Pusat Statistik …"), "PB PSOSI" (with its full name and "(PB PSOSI)")."""
        joined = " ".join(tokens)
        if joined in self.abbreviations and len(tokens) > 1:
            return self.abbreviations[joined].tokens
        acronyms = [k for k, t in enumerate(tokens) if _is_acronym(t) or t in self.abbreviations]
        if not acronyms or acronyms != list(range(acronyms[0], acronyms[-1] + 1)):
            return None
        first, last = acronyms[0], acronyms[-1] + 1
        if last - first > 1 and any(tokens[k] in self.abbreviations for k in acronyms):
            spelled_each: list[str] = []  # "PLN UID Sumatera Utara" with "PLN Unit Induk Distribusi
            for token in tokens:  # (UID) Sumatera Utara": each short form the article defines
                words = self.abbreviations[token].tokens if token in self.abbreviations else (token,)
                spelled_each.extend(w for w in words if w not in spelled_each)
            return tuple(spelled_each)
        short = "".join(tokens[first:last])
        head, tail = tokens[:first], tokens[last:]
        if last - first == 1 and short in self.abbreviations:
            spelled = self.abbreviations[short].tokens
            if not head and not tail and short in self.regional:
                return self.regional[short].tokens
            if all(t in spelled for t in head + tail):
                return spelled
            if not head and tail:  # "KPU Nias Selatan" of "… (KPU) Kabupaten Nias Selatan"
                n, places = len(spelled), self.sl.folded_words("place_nouns")
                for entity in self.entities:
                    tokens = entity.tokens
                    if (tokens[:n] == spelled and tokens[-len(tail):] == tail
                            and len(tokens) - n - len(tail) == 1 and tokens[n] in places):
                        return tokens
            return (*head, *(t for t in spelled if t not in head), *tail)
        for entity in self.entities:
            words = [t for t in entity.tokens if t[:1].isupper()]
            n = len(head) + len(short)
            if len(words) < n + len(tail) or tuple(words[:len(head)]) != head:
                continue
            initials = "".join(w[0] for w in words[len(head):n])
            if initials.upper() == short.upper() and tuple(words[n:n + len(tail)]) == tail:
                return entity.tokens
        forms = self.sl.folded_words("company_forms")
        return next((e.tokens for e in self.entities if e.org and len(e.tokens) > len(tokens)
                     and _initialled_form(tokens, e.tokens[1:] if e.tokens[0] in forms else e.tokens)), None)

    def resolve(self, np: NP, offset: int) -> Entity:
        head = ""
        if not np.org:
            name, head = self.headless(np.name)
            np = replace(np, name=name, role=np.role or head)
        key = key_tokens(np.name)
        initialled = len(np.name) == 1 and np.name[0] in self.initials  # "RS", not "Raya Sesetan"
        expanded = self.expand(np.name) if (np.org or len(np.name) <= 3) and not initialled else None
        if expanded is not None:
            key = key_tokens(expanded)
            np = replace(np, name=expanded)
        if len(np.name) == 1 and np.name[0] in self.abbreviations:
            entity = self.regional.get(np.name[0]) or self.abbreviations[np.name[0]]
        elif " ".join(np.name).casefold() in self.nicknames:  # "Rafa", "Tan Malin"
            entity = self.nicknames[" ".join(np.name).casefold()]
        else:
            known = [(e, key_tokens(e.tokens)) for e in self.entities]
            found = [e for e, tokens in known if contains(tokens, key)
                     and not (np.org and self._office_of(e, key))]
            if expanded is not None and any(e.org for e in found):  # a short form names an institution,
                found = [e for e in found if e.org]  # not what is left of an office around its name
            inside = [e for e, tokens in known if len(e.tokens) >= 2 and len(tokens) <= len(key)
                      and contains(key, tokens)]
            if found:  # ("Kiai Mujib" is who "Mujib" was before "Muhammad Ilham Mujib" came)
                entity = max(found, key=lambda e: (key in e.called, e.last_seen, len(e.tokens)))
            elif inside and expanded is None and not np.org:  # a description before the name: "Corporate
                entity = max(inside, key=lambda e: len(e.tokens))  # Secretary KAI Joni Harahap"
            else:
                entity = Entity(np.name, np.org or expanded is not None)
                self.entities.append(entity)
        entity.last_seen = max(entity.last_seen, offset)
        if offset >= 0:
            entity.called.add(key)
        if np.role and np.role not in entity.roles:
            entity.roles.append(np.role)
        return entity

    def _office_of(self, entity: Entity, key: tuple[str, ...]) -> bool:
        """ "Kantor Wilayah Kementerian Agama Jawa Tengah" for "Kementerian Agama": another
        institution that holds the name (not "PT Pertamina Patra Niaga" for "Pertamina")."""
        first = key_tokens(entity.tokens)[0]
        company = entity.tokens[0] in self.sl.folded_words("company_forms")
        return entity.org and first != key[0] and not company

    def by_role(self, role: str, preferred: Entity | None) -> Entity | None:
        """The person who holds ``role`` ("juru bicara itu"): the current speaker if he does,
        otherwise the one mentioned last."""
        words = role.split()
        head = self.sl.role_rx.match(role)
        head_text = head.group().casefold() if head else role
        pointing = self.sl.folded_words("demonstratives")  # ("itu", "tersebut", "ini")
        detail = [w for w in words[len(head_text.split()):] if w not in pointing]

        def holds(entity: Entity, details: list[str]) -> bool:
            return any((self.sl.role_matches(head_text, held) and all(w in held.split() for w in details))
                       or f"({head_text})" in held for held in entity.roles)

        # the office with its details first ("juru bicara Kremlin"), then the office alone
        # ("pelatih asal Kroasia itu" is the coach, whatever else it says)
        for details in (detail, []) if detail else ([],):
            if preferred is not None and holds(preferred, details):
                return preferred
            holders = [e for e in self.entities if holds(e, details)]
            if holders:
                return max(holders, key=lambda e: e.last_seen)
        # the office as the last word of a longer title: "ketua majelis hakim" for "hakim"
        def ends_with(held: str) -> bool:
            core = held.split("(")[0].strip()
            return core != head_text and core.endswith(" " + head_text)

        ending = [e for e in self.entities if any(ends_with(held) for held in e.roles)]
        if preferred is not None and preferred in ending:
            return preferred
        return max(ending, key=lambda e: e.last_seen) if ending else None
