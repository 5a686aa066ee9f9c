"""Smaller reading rules for attribution that look at a phrase and its surroundings.

Each function reads the text around one noun phrase and says what it means for who speaks:
an unnamed phrase that names its person after a comma ("Seorang penumpang, Wartini (52), …"),
a description that points back ("Warga Kecamatan Adiwerna itu …"), a place that is never a
speaker. :mod:`.attribution` calls them; they hold no state of their own.
"""

from __future__ import annotations

import re

from .mentions import NP, parse_np
from .mentions.words import AGE_SET_OFF
from .speechlex import SpeechLexicon

# the words between an unnamed head and the comma before its name ("… asal Cilincing, ")
_TO_COMMA = re.compile(r"[^,.;:!?\"“”\n]{0,60}?,\s+")
_AGE_AND_COMMA = re.compile(r"\s*(?:\(\d{1,3}\))?\s*,")


def appositive_name(text: str, np: NP, hi: int, sl: SpeechLexicon,
                    places: frozenset[str] = frozenset()) -> NP | None:
    """The person an unnamed phrase names in apposition: "Seorang penumpang, Wartini (52),
    mengaku …", "Another former staff member, data analyst Rizky Hakim, posted …". The name is
    set off by commas (an age in brackets may follow it) and is a person's, not a place."""
    gap = _TO_COMMA.match(text, np.end, hi)
    if gap is None or any(_verb(w, sl) for w in text[np.end:gap.end()].split()):
        return None
    named = name_after_words(text, past_places(text, gap.end(), hi, sl, places), hi, sl)
    if named is None or named.org or all(t in places for t in named.name):
        return None
    after = named.end - 1 if text[named.end - 1:named.end] == "," else named.end
    if not (_AGE_AND_COMMA.match(text, after, hi) or AGE_SET_OFF.match(text, after, hi)):
        return None
    return NP(np.start, named.end, "name", name=named.name, role=named.role)


_LOWER_WORD = re.compile(r"[a-z][\w-]*\s+")
_PLACE_AND_COMMA = re.compile(r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}),\s+")


def past_places(text: str, at: int, hi: int, sl: SpeechLexicon, places: frozenset[str]) -> int:
    """Where the words at ``at`` go on after the places set off by commas there ("Kecamatan
    Karanganyar, ", "Malang, "): the place of a description ("Warga Desa Ketanjung, Kecamatan
    Karanganyar, Darto (58), …") stands between it and its person's name. Every word of a
    place is one the article uses as a place or a place noun ("Kecamatan")."""
    nouns = sl.words("place_nouns")
    for _ in range(3):
        m = _PLACE_AND_COMMA.match(text, at, hi)
        if m is None or not all(w in places or w in nouns for w in m.group(1).split()):
            return at
        at = m.end()
    return at


def name_after_words(text: str, at: int, hi: int, sl: SpeechLexicon) -> NP | None:
    """A name at ``at``, or after up to three lower-case words ("data analyst Rizky Hakim")."""
    for _ in range(4):
        named = parse_np(text, at, hi, sl)
        if named is not None and named.kind == "name":
            return named
        word = _LOWER_WORD.match(text, at, hi)
        if word is None or _verb(word.group(), sl):
            return None
        at = word.end()
    return None


def _verb(word: str, sl: SpeechLexicon) -> bool:
    w = word.strip(",").casefold()
    return w in sl.report_verbs or w in sl.after_verbs or w in sl.subject_verbs


# more places after a place, each set off by a comma: "Kecamatan Sukawati, Blahbatuh, dan Ubud",
# "Kecamatan Adiwerna, Tegal, itu" (a place in the list is followed by a comma, a joiner or the end)
_MORE_PLACES = (r",\s+(?P<joined>(?:{=list_joiners})\s+)?([A-Z][\w'’-]+)"
                r"(?=,|\s+(?:{=list_joiners}|{back})\s|[.;]|$)")
# a predicate after a name set off by commas: "…, Fajar, justru merasakan …" (not "…, itu")
_PREDICATE_AFTER = r",\s+(?!(?:{=list_joiners}|{back})(?!\w))[a-z]"


def place_names(text: str, paragraphs: list[tuple[int, int]], sl: SpeechLexicon
                ) -> frozenset[tuple[str, ...]]:
    """The names the article uses as places: after a place noun ("Kabupaten Cianjur", "di Ubud",
    "in Hanoi"), and the places listed after those ("Kecamatan Sukawati, Blahbatuh, dan Ubud").
    One name set off by commas and followed by the sentence's predicate is no place but its
    subject ("Pengguna lain di Stasiun Manggarai, Fajar, justru merasakan …")."""
    rx = sl.place_rx
    if rx is None:
        return frozenset()
    found: set[tuple[str, ...]] = set()
    for start, end in paragraphs:
        for m in rx.finditer(text, start, end):
            found.add(tuple(m.group(1).split()))
            inner = rx.match(text, m.start(1), end)  # "di Kabupaten Tulang Bawang": the place
            if inner is not None:  # noun's own place, read whole
                found.add(tuple(inner.group(1).split()))
                m = inner
            at, listed, joined = m.end(), [], False
            while (more := sl.pattern(_MORE_PLACES).match(text, at, end)) is not None:
                listed.append(tuple(more.group(2).split()))
                joined, at = joined or more.group("joined") is not None, more.end()
            subject = sl.pattern(_PREDICATE_AFTER).match(text, at, end) is not None
            if listed and (joined or len(listed) > 1 or not subject):
                found.update(listed)
    return frozenset(found)


# an award's title after the words that confer it: "dinobatkan sebagai Pemain Terbaik Liga Voli
# Putri", "crowned Best Young Designer" (capitalised words, a year, a lower-case joiner between)
_AWARD_TITLE = (r"(?<!\w)(?i:{=award_cues})\s+(?P<title>[A-Z][\w'’-]*"
                r"(?:\s+(?:[A-Z][\w'’-]*|\d\d\d\d|(?:{=office_joiners})(?=\s+[A-Z])))*)")


def award_titles(text: str, paragraphs: list[tuple[int, int]], sl: SpeechLexicon
                 ) -> frozenset[tuple[str, ...]]:
    """The titles the article says a person won or was given ("dinobatkan sebagai Pemeran Utama
    Perempuan Terbaik"): a title is no speaker, nor any run of capitalised words inside it."""
    if not sl.words("award_cues"):
        return frozenset()
    found = set()
    for start, end in paragraphs:
        for m in sl.pattern(_AWARD_TITLE).finditer(text, start, end):
            found.add(tuple(m.group("title").split()))
    return frozenset(found)


# a title in quotation marks inside a description ("Pelantun lagu "Sisa Rasa di Jendela" itu"):
# capitalised, short, no sentence inside
_TITLE = r"[\"“][A-Z][^\"“”\n.,;:!?]{0,58}[\"”]"
# a description that points back, closed by "itu/tersebut" before its predicate: "Warga Kecamatan
# Adiwerna, Tegal, itu duduk …", "Perempuan yang sehari-hari berjualan canang di Pasar Peliatan itu"
_POINTING_BACK = (r"[^\W\d_][\w-]*(?P<body>(?:,?\s+(?:[\w'’()/-]+|" + _TITLE + r")){0,14}?),?\s+"
                  r"(?:{back})(?!\w)(?=,?\s+[a-z]|,)")


def description_subject(text: str, start: int, hi: int, sl: SpeechLexicon) -> NP | None:
    """A sentence opened by a description of a person that points back to someone the article
    already introduced ("Warga Kecamatan Adiwerna, Tegal, itu …", "Pemain yang akrab disapa Kiki
    itu …"): an anaphoric phrase, resolved like "pria itu"."""
    m = sl.pattern(_POINTING_BACK).match(text, start, hi)
    if m is None:
        return None
    head = text[start:m.start("body")].casefold()
    if not (head in sl.person_nouns or head in sl.relatives or head in sl.role_heads
            or head in sl.folded_words("description_nouns")):
        return None
    body = re.sub(_TITLE, "", m.group("body"))
    if any(_verb(w, sl) for w in body.split()) or any(c in body for c in "\"“”"):
        return None
    return NP(start, m.end(), "role", role=" ".join(text[start:m.end()].casefold().split()[:-1]),
              anaphoric=True)


def syllabic_source(word: str, names: list[tuple[str, ...]], skips: frozenset[str] = frozenset(),
                    tail: tuple[str, ...] = ()) -> tuple[str, ...] | None:
    """The institution a syllabic short form stands for: "Kemenkes" (KEMENterian KESehatan),
    "Kemenag" (KEMENterian AGama), "Kemenhub" (KEMENterian per-HUBungan), "Dinkes": the word is
    made of the first letters of two or more consecutive capitalised words of a name the article
    gives in full (after a prefix of ``skips``: "per" of "Perhubungan"); the words of ``tail``
    ("Dinkes Garut") among the name's words after those.
    Of several, the name it covers whole; None when that is still ambiguous."""
    if len(word) < 4 or word.isupper() or not word[:1].isupper():
        return None
    folded = word.casefold()
    best: list[tuple[int, tuple[str, ...]]] = []
    for tokens in names:
        words = [t.casefold() for t in tokens if t[:1].isupper()]
        used = _pieces(folded, words, 0, skips)
        if used is not None and used >= 2 and all(t.casefold() in words[used:] for t in tail):
            best.append((len(words) - used, tokens))
    if not best:
        return None
    best.sort(key=lambda b: b[0])
    if len(best) > 1 and best[0][0] == best[1][0] and best[0][1] != best[1][1]:
        return None
    return best[0][1]


def syllabic_start(short: str, words: list[str], skips: frozenset[str] = frozenset()) -> int | None:
    """Where, in the capitalised ``words`` before "(Polda Sumut)", the name the short form spells
    begins: "Kepolisian Daerah Sumatera Utara" (ke-POLisian DAerah SUMatera UTara), so the
    short form stands for all of it. The longest such name; None when none is spelled whole."""
    folded = "".join(short.split()).casefold()
    if short.isupper() or len(folded) < 4:
        return None
    lowered = [w.casefold() for w in words]
    for i in range(len(words) - 1):
        if words[i][:1].isupper() and _pieces(folded, lowered[i:], 0, skips, first=True) == len(words) - i:
            return i
    return None


def _pieces(rest: str, words: list[str], k: int, skips: frozenset[str] = frozenset(), first: bool = False
            ) -> int | None:
    """How many of ``words`` (from ``k``) spell ``rest`` by their beginnings (or what follows a
    prefix in ``skips``, after the first word unless ``first``), two letters or more each."""
    if not rest:
        return k
    if k >= len(words):
        return None
    word = words[k]
    skipped = [len(p) for p in skips if word.startswith(p) and len(word) > len(p)] if k or first else []
    starts = [0, *skipped]
    for at in starts:
        for n in range(min(len(rest), len(word) - at), 1, -1):
            if word.startswith(rest[:n], at):
                used = _pieces(rest[n:], words, k + 1, skips, first)
                if used is not None:
                    return used
    return None


_CAPITAL_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)+")
_RUN_WORDS = 8  # longer runs are read in their first words only


def capital_followers(text: str) -> dict[tuple[str, ...], set[str]]:
    """For each run of two or more capitalised words in ``text``, the capitalised words that
    follow it somewhere ("Borneo Raya" -> {"FC", "Ricardo", "Muhammad"}). One pass over the text."""
    follows: dict[tuple[str, ...], set[str]] = {}
    for m in _CAPITAL_RUN.finditer(text):
        words = m.group().split()[:_RUN_WORDS]
        for i in range(len(words) - 2):
            for k in range(i + 2, len(words)):
                follows.setdefault(tuple(words[i:k]), set()).add(words[k])
    return follows


def institution_prefix(tokens: tuple[str, ...], follows: dict[tuple[str, ...], set[str]]) -> int:
    """How many words at the start of a person's name belong to an institution the article also
    names with other capitalised words after it: "(pelatih) Borneo Raya Ricardo Almeida Nunes"
    with "Borneo Raya FC" elsewhere (``follows``: :func:`capital_followers`). Two words or more,
    and the person keeps two; a first name used alone ("kata I Gusti Ngurah.") is the person's own
    short form, never cut."""
    for k in range(len(tokens) - 2, 1, -1):
        if follows.get(tokens[:k], set()) - {tokens[k]}:
            return k  # "Borneo Raya FC", "Gelandang Borneo Raya Muhammad …"
    return 0


_OPENING_WORDS = re.compile(r"((?:[^\W\d_][\w-]*\s+){1,3}?)(?=[A-Z])")


def after_connective(text: str, start: int, end: int, sl: SpeechLexicon) -> int | None:
    """Where the subject starts after a sentence-opening connective with no comma ("Adapun Andi
    Fachrul menilai …", "Sementara itu Ahmad berjanji …", "But Wang said …"), or None. The
    connectives (one word or several) are listed in the data."""
    m = _OPENING_WORDS.match(text, start, end)
    if m is None or " ".join(m.group(1).split()).casefold() not in sl.folded_words("sentence_connectives"):
        return None
    return m.end()


def fuller_name(key: tuple[str, ...], names: list[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The one longer name that has every word of ``key`` in order, from its first word or up to
    its last, with words between: "Andi Fachrul" is "Andi Muhammad Fachrul Razak". Case-folded
    keys; None when no name or several fit."""
    if len(key) < 2:
        return None
    fits = {name for name in names if len(name) > len(key) and _in_order(key, name)
            and (name[0] == key[0] or name[-1] == key[-1])}
    return fits.pop() if len(fits) == 1 else None


def _in_order(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    words = iter(long)
    return all(any(w == s for w in words) for s in short)


_COUNTED = r"([^\W\d_][\w-]*)\s+(\d+|[^\W\d_][\w-]*)\s+[^\W\d_][\w-]*\s+(?:{back})(?!\w)"


def self_description(text: str, start: int, hi: int, sl: SpeechLexicon) -> int | None:
    """End of a description that counts the person's own family, pointing back: "nenek tujuh
    cucu itu", "ibu dua anak tersebut" (a grandmother of seven: the person the text is about)."""
    m = sl.pattern(_COUNTED, re.I).match(text, start, hi)
    if m is None:
        return None
    head, count = m.group(1).casefold(), m.group(2).casefold()
    person = head in sl.relatives or head in sl.person_nouns or head in sl.folded_words("description_nouns")
    return m.end() if person and (count.isdigit() or count in sl.folded_words("count_words")) else None


# "the Chinese star", "the Brazilian-born striker": the, capitalised modifiers, lower-case words
_DEFINITE = re.compile(r"(?:the|The)\s+(?:[A-Z][\w'’-]*\s+){1,2}(?=[a-z])")
_NOUN = re.compile(r"[a-z][\w-]*")


def definite_description(text: str, at: int, hi: int, sl: SpeechLexicon) -> NP | None:
    """A definite description with capitalised modifiers that points back to a person: "the
    Chinese star said" (not a name "Chinese"); an institution's kind ("the Indonesian embassy")
    is left to the institutions."""
    m = _DEFINITE.match(text, at, hi)
    if m is None:
        return None
    end, nouns = m.end(), 0
    kinds = sl.folded_words("organisation_kinds")
    while nouns < 2 and (word := _NOUN.match(text, end, hi)) is not None:
        w = word.group()
        if w in kinds:
            return None
        if _verb(w, sl) or w in sl.adverbs:
            break
        nouns, end = nouns + 1, word.end()
        if not text.startswith(" ", end):
            break
        end += 1
    if not nouns:
        return None
    end = end if text[end - 1] != " " else end - 1
    return NP(at, end, "role", role=" ".join(text[at:end].casefold().split()[1:]), anaphoric=True)


def kind_appositives(text: str, start: int, end: int, sl: SpeechLexicon) -> list[tuple[int, int, str]]:
    """Names set off by the kind of institution they are: "TaniMaju, an Indonesian agritech
    startup that …", "Kirimin, perusahaan rintisan logistik yang …" (the kind is the head: what
    follows it is a clause or a place, not another noun: "a bank employee" is a person)."""
    rx = sl.kind_appositive_rx
    return [] if rx is None else [(m.start("name"), m.end("name"), m.group("kind").casefold())
                                  for m in rx.finditer(text, start, end)
                                  if not _predicate_first(text, m.end("name"), sl)]


def _predicate_first(text: str, comma: int, sl: SpeechLexicon) -> bool:
    """What follows the comma opens with a verb of saying or judging: the name is the subject of
    a clause ("Slamet Riyadi, menilai lambannya respons dinas"), not set off by its kind."""
    word = re.match(r",\s+([\w-]+)", text[comma:comma + 40])
    if word is None:
        return False
    folded = word.group(1).casefold()
    return bool(sl.subject_verb_rx.fullmatch(folded)) or folded in sl.report_verbs


def described_institutions(text: str, start: int, end: int, sl: SpeechLexicon) -> list[tuple[int, int, str]]:
    """Institutions named by a description: "The Indonesian embassy in Hanoi said …" (capitalised
    modifiers, the kind, and where it is): (start, end, kind) of the words after "the"."""
    rx = sl.described_institution_rx
    return [] if rx is None else [(m.start("what"), m.end("what"), m.group("kind"))
                                  for m in rx.finditer(text, start, end)]


def owned_document(text: str, noun: str, start: int, end: int, sl: SpeechLexicon) -> int | None:
    """Where, between ``start`` and ``end``, the text last names the document ``noun`` as
    someone's: "dakwaannya", "keterangan resminya", "his letter", "in a statement" (so that "dakwaan itu" /
    "the letter" has an author: the subject of that sentence). Clitics and owner words: speech.yaml."""
    word = re.escape(noun)
    clitic = "|".join(map(re.escape, sl.words("clitics"))) or "(?!)"
    owner = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sl.words("document_owners")) or "(?!)"
    rx = re.compile(rf"(?<![\w-]){word}(?:\s+[a-z]+)?(?:{clitic})(?![\w-])"  # "keterangan resminya"
                    rf"|(?<![\w-])(?:{owner})\s+{word}(?![\w-])", re.I)
    found = None
    for m in rx.finditer(text, start, end):
        found = m.start()
    return found


_SHORT_FORM = 3  # a word in capitals this long or shorter is a short form ("NTB", "DIY")
# a place in capitals, not a part of a web address ("TRIBUNLAMPUNG.CO.ID, TULANG BAWANG - ")
_DATELINE_PLACE = re.compile(r"(?<![\w.])([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2})(?![\w.]*\.\w)"
                             r"(?=\s*[,(\-–—:.]|\s*$)")


def dateline_places(leads: list[str]) -> frozenset[tuple[str, ...]]:
    """The place of each dateline ("SLEMAN - ", "BANDA ACEH (Reuters) -", after an outlet's web
    address: "TRIBUNLAMPUNG.CO.ID, TULANG BAWANG - "), written as in the text ("Sleman", "Banda
    Aceh"): a place, so "BPBD Sleman Makwan" starts the name at Makwan."""
    found: set[tuple[str, ...]] = set()
    for lead in leads:
        m = _DATELINE_PLACE.search(lead)
        if m:  # (a short form of three letters at most as written: "Mataram, NTB (ANTARA) -")
            found.add(tuple(w if len(w) <= _SHORT_FORM else w.capitalize() for w in m.group(1).split()))
    return frozenset(found)




def nicknames_given_after(text: str, start: int, end: int, sl: SpeechLexicon) -> list[tuple[str, int]]:
    """Nicknames followed by their cue: "Eko, sapaan akrabnya, …", "Mbah Tris, sapaan akrabnya"
    (a title before the nickname left out): (nickname, offset)."""
    rx = sl.nickname_after_rx
    return [] if rx is None else [(m.group("nick"), m.start("nick")) for m in rx.finditer(text, start, end)]


def age_description(text: str, at: int, hi: int, sl: SpeechLexicon) -> NP | None:
    """ "the 61-year-old (midfielder)": a description by age that points back to a person."""
    rx = sl.age_description_rx
    m = rx.match(text, at, hi) if rx is not None else None
    if m is None:
        return None
    end = m.end()
    last = text[m.start():end].split()[-1]
    if _verb(last, sl) or last in sl.adverbs:  # "the 61-year-old said": the verb is no noun
        end = m.start() + text[m.start():end].rindex(" " + last)
    return NP(at, end, "role", role=" ".join(text[at:end].casefold().split()[1:]), anaphoric=True)


_DESCRIPTION_TO_COMMA = re.compile(r"[^,.;:!?\"“”\n]{0,90}?,\s+")
_NAME_CLOSE = re.compile(r"(?:,\s*(?:[A-Z][A-Za-z]{0,3}\.?){1,3}(?=,))?\s*(?:\(\d{1,3}\))?\s*,")


def described_appositive(text: str, start: int, hi: int, sl: SpeechLexicon,
                         places: frozenset[str] = frozenset()) -> NP | None:
    """A sentence opened by what a person is, then their name set off by commas: "Dokter
    spesialis paru dari PDPI, dr. Agustina Rahayu, Sp.P, mengingatkan …" names Agustina (after
    the places that follow the description: "Warga Desa Karangploso, Malang, Sutikno (61), …")."""
    head = re.match(r"[A-Z][a-z]+", text[start:hi])
    if head is None or head.group().casefold() not in sl.folded_words("description_nouns"):
        return None
    gap = _DESCRIPTION_TO_COMMA.match(text, start, hi)
    if gap is None or any(_verb(w, sl) for w in text[start:gap.end()].split()):
        return None
    named = parse_np(text, past_places(text, gap.end(), hi, sl, places), hi, sl)
    if named is None or named.kind != "name" or named.org or named.role:
        return None
    end = named.end - 1 if text[named.end - 1:named.end] == "," else named.end
    if not _NAME_CLOSE.match(text, end, hi):
        return None
    return NP(start, named.end, "name", name=named.name, role=text[start:gap.end()].rstrip(", ").casefold())


# capitalised words (a short title may end in a full stop: "Dra."), short forms in brackets and
# the words joining an office's fields (``office_joiners``), on one line
_OFFICE_BEFORE = (r"(?<![\w'’.&/-])((?:(?:[A-Z][\w'’&/-]*|[A-Z][A-Za-z]{0,3}\.|\([A-Z][\w-]*\)),? +"
                  r"|(?:{=office_joiners}) +){1,14})$")


def office_before(text: str, at: int, sl: SpeechLexicon) -> list[str]:
    """The capitalised words written right before a name at ``at`` (its office, place, unit
    and rank: "Kasat Lantas Polres Majalengka AKP", "Menteri Pekerjaan Umum"), commas and
    brackets dropped."""
    m = sl.pattern(_OFFICE_BEFORE).search(text, max(0, at - 160), at)
    return [w.strip(",()") for w in m.group(1).split()] if m else []


def spells_office(short: list[str], words: list[str], skips: frozenset[str] = frozenset(),
                  syllables: dict[str, str] | None = None) -> bool:
    """Whether ``short`` ("Menteri PU", "Kasat Lantas") writes the start of the office ``words``
    ("Menteri Pekerjaan Umum", "Kasat Lantas Polres …"): word for word, or a word standing for
    two or more of them by their initials ("PU": Pekerjaan Umum) or by their first syllables
    ("Dishub": DInas perHUBungan, after a prefix of ``skips``); a word may open with a syllable
    of ``syllables`` standing for a whole word ("Ka" for "Kepala": "Kasudin" = KA SUku DINas)."""
    if not short:
        return True
    if not words:
        return False
    head = short[0]
    if head.casefold() == words[0].casefold() and spells_office(short[1:], words[1:], skips, syllables):
        return True
    folded = head.casefold()
    for syllable, word in (syllables or {}).items():
        if folded.startswith(syllable) and len(folded) > len(syllable) and words[0].casefold() == word:
            rest = folded[len(syllable):]
            # (the word after the syllable's word is no first word: "Dishub" = DIS perHUBungan)
            used = _pieces(rest, [w.casefold() for w in words[1:]], 0, skips, first=True)
            if used is not None and spells_office(short[1:], words[1 + used:], skips, syllables):
                return True
    if len(head) >= 2 and head.isupper():  # initials, the words joining them skipped: "PUPR"
        k = 0
        for letter in head:
            while k < len(words) and words[k].islower():
                k += 1
            if k >= len(words) or words[k][:1] != letter:
                break
            k += 1
        else:
            if k >= 2 and spells_office(short[1:], words[k:], skips, syllables):
                return True
    used = _pieces(head.casefold(), [w.casefold() for w in words], 0, skips) if len(head) >= 4 else None
    return used is not None and used >= 2 and spells_office(short[1:], words[used:], skips, syllables)

