"""Find direct quotes: pair quotation marks inside each paragraph and keep what is speech.

Marks are read by their surroundings first (a mark after a space that touches a word opens, one
after a word that is followed by a space or punctuation closes) and by their shape only when the
surroundings do not tell, so ``“…,"`` and the ``”…”`` style both pair. Pairing never crosses a
paragraph: an unclosed mark ends at the next quote or at the end of its paragraph. Titles, names
and scare quotes (one word, title case, or a title noun such as *film* or *berjudul* before the
mark) are left out; short quotes inside reported speech are kept as *partial* quotes when a speech
verb governs them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ..doc import Document, Quote
from ..lexicon import Lexicon
from ..textutil import merge_ranges, trim
from .sentences import sentence_at, sentence_bounds
from .speechlex import WORD, SpeechLexicon, speech_lexicon

SHAPES = {'"': "either", "\u201c": "open", "\u201e": "open", "\u00ab": "open", "\u201f": "open",
          "\u201d": "close", "\u00bb": "close"}
_OPENS_AFTER = set("([{\u2014\u2013/")
_CLOSES_BEFORE = set(".,;:!?)]}\u2014\u2013-/\u2026'\u2019")
_WORD_RX = re.compile(WORD)
_MARK_RX = re.compile("[" + re.escape("".join(SHAPES)) + "]")
_END_PUNCT = tuple(".,!?…;:")


@dataclass(slots=True)
class Candidate:
    """A pair of marks (or an open mark that never closes) inside one paragraph."""

    open_mark: int
    close_mark: int | None
    start: int
    end: int
    para: tuple[int, int]


def mark_role(text: str, i: int, lo: int, hi: int) -> str:
    """"open", "close" or "either" for the quotation mark at ``i``."""
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    left = (prev.isspace() or prev in _OPENS_AFTER or prev in SHAPES) and not nxt.isspace()
    right = (not prev.isspace() and prev not in "([{") and (nxt.isspace() or nxt in _CLOSES_BEFORE
                                                            or nxt in SHAPES)
    if left and not right:
        return "open"
    if right and not left:
        return "close"
    return SHAPES[text[i]]


def _next_opening(items: list[tuple[int, int | None]], index: int, hi: int) -> int:
    """The first opening mark after ``items[index]``'s (``items`` sorted), else ``hi``."""
    opening = items[index][0]
    for later in range(index + 1, len(items)):
        if items[later][0] > opening:
            return items[later][0]
    return hi


def pair_marks(text: str, lo: int, hi: int) -> list[Candidate]:
    """Top-level quotes of the paragraph ``text[lo:hi]`` (nested double marks stay inside)."""
    stack: list[int] = []
    pairs: list[tuple[int, int]] = []
    for mark in _MARK_RX.finditer(text, lo, hi):
        i = mark.start()
        role = mark_role(text, i, lo, hi)
        if role == "open" or (role == "either" and not stack):
            stack.append(i)
        elif stack:
            pairs.append((stack.pop(), i))
    items: list[tuple[int, int | None]] = sorted([*pairs, *((o, None) for o in stack)])
    out: list[Candidate] = []
    cursor = lo
    for index, (opening, closing) in enumerate(items):
        if opening < cursor:
            continue  # nested inside a closed pair
        if closing is None:
            stop = _next_opening(items, index, hi)
            start, end = opening + 1, trim(text, opening + 1, stop)[1]
            if end <= start:
                continue
            out.append(Candidate(opening, None, start, end, (lo, hi)))
            cursor = stop
        else:
            out.append(Candidate(opening, closing, opening + 1, closing, (lo, hi)))
            cursor = closing + 1
    return out


def _words(s: str) -> list[str]:
    return _WORD_RX.findall(s)


def _title_case(words: list[str], sl: SpeechLexicon) -> bool:
    content = [w for w in words if w not in sl.connectors and len(w) > 2]
    if not content:
        return False
    capital = sum(1 for w in content if w[0].isupper())
    return capital == len(content) or (len(content) >= 4 and capital / len(content) >= 0.75)


def attributed_after(text: str, pos: int, hi: int, sl: SpeechLexicon) -> bool:
    """Whether a speech verb (or a subject and its speech verb) follows the quote at ``pos``."""
    m = re.compile(r"[\s,.!?…\u2014\u2013-]*").match(text, pos, hi)
    at = m.end() if m else pos
    if sl.after_verb_rx.match(text, at, hi):
        return True
    head = text[at:min(hi, at + 80)]
    words = head.split()[:5]
    if not words or not (words[0][:1].isupper() or words[0].casefold() in sl.pronouns
                         or words[0].casefold() in sl.folded_words("definite_articles")):
        return False
    return bool(sl.subject_verb_rx.search(" ".join(words)))


SHORT_TERM = 3  # words: a quoted noun phrase this short may be the reporter's own term
GOVERNING_REACH = 15  # words between a reporting verb and the partial quote it governs


def _listed(word: str, listed: frozenset[str], sl: SpeechLexicon) -> bool:
    """``word`` (case-folded) is in ``listed``, or is with its clitic taken off ("disebutnya")."""
    folded = word.casefold()
    return folded in listed or sl.without_clitic(folded) in listed


def _governed(before: str, sl: SpeechLexicon, reach: int | None = None) -> bool:
    """A speech verb (or "menurut", or a passive verb with its clitic) in ``before``, within
    ``reach`` words of its end when given."""
    folded = before.casefold()
    words = _WORD_RX.findall(folded)
    if reach is not None:
        words = words[-reach:]
        folded = " ".join(words)
    if sl.according_rx.search(folded):
        return True
    verbs = sl.report_verbs | sl.after_verbs
    if any(_listed(w, verbs, sl) for w in words):
        return True
    # multi-word verbs ("told reporters", "described as")
    return any(" " in v and v in folded for v in sl.report_verbs)


def _document_says(before: str, sl: SpeechLexicon) -> bool:
    """The reporter's words end with what a document says ("Surat itu berbunyi,", "tertulis:"):
    the quote that follows is the document's own sentence."""
    words = _WORD_RX.findall(before[-40:].casefold())
    return bool(words) and words[-1] in sl.folded("written_verbs")


def _title_cued(before: list[str], sl: SpeechLexicon) -> str | None:
    """"cue" for a title or naming cue right before the mark ("berjudul", "dijuluki"), "link"
    for one with a word after it that links it to the name ("dikenal sebagai", "dijuluki
    dengan", "known as"): a naming phrase no speech verb earlier in the sentence overrides."""
    last = [w.casefold() for w in before[-2:]]
    if last and last[-1] in sl.title_cues:
        return "cue"
    if (len(last) == 2 and last[1] in sl.folded("title_cue_links") and last[0] in sl.title_cues
            and last[0] not in sl.report_verbs):  # ("disebut sebagai "…"" may report someone's words)
        return "link"
    return None


def _noun_phrase(words: list[str], sl: SpeechLexicon) -> bool:
    """Whether quoted words after a title noun read as its name ("praktik "bagi air di bawah
    meja"", "pola "gali lubang tutup lubang"") rather than as the predicate said of it ("lagu
    "terlalu banyak untuk disebut kebetulan"", "lagu "akan mematikan kreativitas …""): they do
    not open with a predicate's word (a modal, a degree word, a negation) or an affixed verb. A
    language that marks no verb by its prefix cannot tell: never a name then."""
    if not sl.verb_prefixes or not words:
        return False
    first = words[0].casefold()
    if first in sl.folded_words("predicate_openers") or first in sl.folded_words("predicate_words"):
        return False
    return not any(first.startswith(p) and len(first) >= len(p) + 4 for p in sl.any_verb_prefixes)


def _named_after(text: str, pos: int, hi: int, sl: SpeechLexicon) -> str | None:
    """What the words right after a short quoted fragment make of it: a term glossed after it
    (""kebersihan siber" atau cyber hygiene") or a name given by a noun after it (""Bali yang
    lestari", sesuai slogan kampanye")."""
    after = _words(text[pos:min(hi, pos + 60)])
    folded = [w.casefold() for w in after]
    if len(folded) >= 2 and folded[0] in sl.term_cues and text[pos:hi].lstrip()[:1] not in SHAPES:
        gloss = re.match(r"[^,.;:!?\"“”()]*", text[pos:hi]).group().split()
        if 2 <= len(gloss) <= 5:  # the cue and a short gloss, up to the clause's end
            return "term"
    cues = sl.folded_words("title_cues_after")
    if any(w in cues for w in folded[:3]) and not attributed_after(text, pos, hi, sl):
        return "title"
    return None


def _premodifies_noun(before: list[str], text: str, pos: int, hi: int, sl: SpeechLexicon) -> bool:
    """The quoted words stand between a determiner and the one lower-case noun they modify ("the
    "one kitchen, one school" rule that …", "a "pay-first" scheme."): a label, not words said.
    Only for a language that lists the words ending a noun phrase (English)."""
    enders = sl.folded_words("noun_phrase_enders")
    if not enders or not before or before[-1].casefold() not in sl.folded_words("noun_determiners"):
        return False
    m = re.match(r"\s+([a-z][a-z-]*)(?:([,.;:!?)])|\s+([a-z]+))", text[pos:hi])
    return bool(m) and m.group(1) not in enders and (m.group(2) is not None or m.group(3) in enders)


def _predicate_follows(text: str, pos: int, hi: int, sl: SpeechLexicon) -> bool:
    """The reporter's predicate right after the closing mark ("… "musim dingin pendanaan" masih
    akan berlangsung"): the quoted words are the subject the sentence talks about, a term."""
    after = _words(text[pos:min(hi, pos + 30)])
    return bool(after) and after[0].casefold() in sl.folded_words("predicate_openers")


def _object_of_passive(word: str, sl: SpeechLexicon) -> bool:
    """A passive verb that is not one of speech right before the mark ("ditawari", "dijanjikan"):
    the quoted words are what was offered or promised, the reporter's scare quote."""
    prefix = sl.folded_words("passive_prefixes")
    return (any(word.startswith(p) and len(word) >= len(p) + 4 for p in prefix)
            and word not in sl.report_verbs and word not in sl.after_verbs
            and word not in sl.folded_words("belief_words") and word not in sl.title_cues
            and word not in sl.folded_words("term_prepositions"))


def _opens_statement(inner: str, sl: SpeechLexicon) -> bool:
    """The quoted words open with an adverbial phrase or a clause ("paling lambat Rabu", "pada
    pekan ini", "kalau harga sudah naik", "within two weeks"): no noun phrase that could be a
    label, but the end of a reported statement."""
    folded = " ".join(_words(inner.casefold()))
    return any(folded.startswith(o + " ") for o in sl.folded_words("statement_openers"))


def _object_of_own_verb(before: str, sl: SpeechLexicon) -> bool:
    """The word before the mark (adverbs skipped: "mengaktifkan kembali") is an active verb that
    is not one of speech, belief, naming or being ("memberlakukan", "menerapkan"), or any verb of
    a relative clause ("pihak yang menawarkan"): the short quoted noun phrase is what the clause's
    subject applies or offers, a label, not the words of the sentence's speaker."""
    prefixes = sl.folded_words("transitive_prefixes")
    if not prefixes:
        return False
    words = [w.casefold() for w in _words(before)[-3:]]
    while words and words[-1] in sl.adverbs:
        words.pop()
    if not words:
        return False
    verb = words[-1]
    relative = len(words) >= 2 and words[-2] in sl.folded_words("relatives_before_verb")
    return (any(verb.startswith(p) and len(verb) >= len(p) + 5 for p in prefixes)
            and (relative or not _listed(verb, sl.report_verbs | sl.after_verbs, sl))
            and verb not in sl.folded_words("belief_words") and verb not in sl.title_cues
            and verb not in sl.folded_words("copulas"))


def _believed(before: str, sl: SpeechLexicon) -> bool:
    """The nearest word that governs a fragment is one of belief, not speech ("anggapan bahwa",
    "menganggap … sebagai"): the quoted words are an attitude the text names, a scare quote."""
    beliefs = sl.folded_words("belief_words")
    verbs = sl.report_verbs | sl.after_verbs
    for word in reversed(_WORD_RX.findall(before.casefold())[-GOVERNING_REACH:]):
        if word in beliefs:
            return True
        if word in verbs or sl.according_rx.fullmatch(word):
            return False
    return False


def _spelled_as_acronym(words: list[str], text: str) -> bool:
    """A short quoted phrase whose initials the article writes as a word of its own ("over
    dimension over loading" and "ODOL"): a term it names and shortens, not words said."""
    if not 3 <= len(words) <= 6:  # (two letters are too often another short form: "PA")
        return False
    initials = "".join(w[0] for w in words).upper()
    return initials.isalpha() and re.search(rf"(?<![\w-]){initials}(?![\w-])", text) is not None


def _said_by_no_one(before: str, sl: SpeechLexicon) -> bool:
    """The only speech verb before a short fragment is a passive one with no agent ("sempat
    disebut sebagai salah satu pasangan"; not "disebut Bagus", "disebutnya", "disebut oleh …"),
    and the sentence names no one and no document before the mark: what people call something, a
    scare quote."""
    words = _WORD_RX.findall(before)[-GOVERNING_REACH:]
    verbs = sl.report_verbs | sl.after_verbs
    passive = sl.folded("passive_verbs")
    governing = [n for n, w in enumerate(words) if _listed(w, verbs, sl) or sl.according_rx.fullmatch(w)]
    if len(governing) != 1 or words[governing[0]].casefold() not in passive:
        return False
    rest = words[governing[0] + 1:]
    agents = sl.folded_words("agent_markers")
    said = _WORD_RX.findall(before)
    named = any(w[:1].isupper() for w in said[1:])  # ("… dibacakan KPK, uang itu disebut")
    documents = sl.folded("document_nouns")  # ("Dalam dakwaan, uang itu disebut sebagai …")
    written = any(_listed(w, documents, sl) for w in said)
    return bool(rest) and not named and not written and not any(w.casefold() in agents for w in rest)


def _role_of_other_verb(before: str, inner: str, sl: SpeechLexicon) -> bool:
    """The mark follows a linking word ("sebagai") right after a verb that is not one of speech
    or naming ("berakhir sebagai", "tampil sebagai"), and the quoted words are a short phrase:
    the role the reporter's clause gives, not words said ("menyebut X sebagai "…"" stays a
    quote; "berkaitan dengan "pengaturan paket proyek … tahun anggaran 2026"" is a statement)."""
    words = [w.casefold() for w in _WORD_RX.findall(before[-60:])]
    if len(words) < 2 or words[-1] not in sl.folded("title_cue_links") or len(_words(inner)) > SHORT_TERM + 1:
        return False
    verb = words[-2]
    return (any(verb.startswith(p) and len(verb) >= len(p) + 4 for p in sl.any_verb_prefixes)
            and verb not in sl.report_verbs and verb not in sl.after_verbs and verb not in sl.title_cues)


def listed_after(text: str, prev_end: int, open_mark: int, sl: SpeechLexicon) -> bool:
    """Only a comma or a joining word ("dan", "atau") between a quoted name or term that ended at
    ``prev_end`` and the mark at ``open_mark``: "penyebutan "rendang kering" dan "rendang basah""."""
    between = text[prev_end:open_mark].strip().strip(",").strip()
    return not between or between.casefold() in sl.folded("list_joiners")


def blank_out(text: str, start: int, end: int, opaque: list[tuple[int, int]]) -> str:
    """``text[start:end]`` with the ``opaque`` ranges (sorted and disjoint: ``merge_ranges``)
    replaced by spaces."""
    parts = list(text[start:end])
    first = bisect_right(opaque, start, key=lambda r: r[1])  # ends are sorted too
    for a, b in opaque[first:bisect_left(opaque, end, key=lambda r: r[0])]:
        if a < end and start < b:
            for k in range(max(a, start), min(b, end)):
                parts[k - start] = " "
    return "".join(parts)


def classify(doc: Document, cand: Candidate, sentence: tuple[int, int], sl: SpeechLexicon,
             opaque: list[tuple[int, int]], leads: list[tuple[int, int]] | None = None
             ) -> tuple[bool, bool, str]:
    """(is a quote, is partial, why) for one candidate; ``opaque``: sorted disjoint ranges of
    the candidates (``merge_ranges``), ``leads``: the lead spans (found once by the caller)."""
    if leads is None:
        leads = [(s.start, s.end) for s in doc.spans_of("lead")]
    text = doc.text
    inner = text[cand.start:cand.end]
    words = _words(inner)
    if not words:
        return False, False, "empty"
    hi = cand.para[1]
    # the reporter's words before the mark in this sentence, other quotes blanked out
    before = blank_out(text, sentence[0], cand.open_mark, opaque).strip()
    lead_end = max((e for s, e in leads if s <= cand.open_mark), default=-1)
    starts = not before or lead_end >= cand.open_mark - 1 or before.endswith(("\u2014", " -", "\u2013")) or (
        before.endswith((".", "!", "?")) and (not text[cand.open_mark - 1].isspace() or inner[:1].isupper()))
    # ('(21/10)."Orang': a glued seam; '… S.H., M.H. "Benar, …': the splitter read an abbreviation)
    introduced = before.endswith((":", ",")) and (before.endswith(":") or _governed(before, sl)
                                                   or _document_says(before, sl))
    after = cand.close_mark + 1 if cand.close_mark is not None else cand.end
    attributed = attributed_after(text, after, sentence[1] if sentence[1] > after else hi, sl)
    prev_words = [w.casefold() for w in _words(before)[-1:]]
    punct = inner.rstrip().endswith(_END_PUNCT)
    title = _title_case(words, sl)
    governed_long = len(words) >= 4 and inner[:1].islower() and _governed(before, sl, GOVERNING_REACH)
    cued = _title_cued(_words(before), sl)
    overridden = governed_long and cued == "cue" and not _noun_phrase(words, sl)
    if (cued and not attributed and not introduced and not overridden
            and not (before.endswith(",") and punct)):  # ("Surat itu berbunyi, "Proyek …."")
        return False, False, "title"  # (not "menyebut kemiripan kedua lagu "terlalu banyak …"")
    if title and not punct and not (starts or introduced):
        return False, False, "title"  # a name or title inside the sentence, even before "said"
    if attributed:
        return True, not (starts or introduced), "attributed"
    if starts or introduced:
        if title and len(words) <= 6 and not punct:
            return False, False, "title"
        if len(words) < 4 and not punct and cand.close_mark is not None:
            return False, False, "scare"
        if introduced and not starts and not punct and cand.close_mark is not None and re.match(
                r",?\s+[a-z][\w-]*\s+[a-z]", text[cand.close_mark + 1:sentence[1]]):
            return True, True, "governed"  # "menurutnya, "fogging itu …", sehingga 3M …"
        if introduced and not starts and inner[:1].islower() and _interposed(before, sl):
            return True, True, "interposed"  # "Pariwisata, kata Jonner, "tidak boleh …""
        return True, False, "sentence"
    if title and not punct:
        return False, False, "title"
    if inner[:1].islower() and _opens_statement(inner, sl):  # no label, the end of a statement:
        # "klub menyebut … akan dilakukan "pada pekan ini"", "Ia menargetkan … "paling lambat Rabu""
        return True, True, "governed" if _governed(before, sl, GOVERNING_REACH) else "embedded"
    label = None if punct else _unpunctuated_label(text, cand, words, before, prev_words, sl)
    if label:
        return False, False, label
    if len(words) >= 2 and _governed(before, sl, GOVERNING_REACH):
        if not punct and _believed(before, sl):  # "masih ada anggapan bahwa … "paling murah""
            return False, False, "scare"
        if not punct and len(words) <= SHORT_TERM and _said_by_no_one(before, sl):
            return False, False, "scare"  # "sempat disebut sebagai salah satu pasangan "paling adem""
        if not punct and _role_of_other_verb(before, inner, sl):  # "… kerap berakhir sebagai "panggung
            return False, False, "scare"  # politik"": what the reporter's own verb makes it
        return True, True, "governed"
    if (len(words) == 1 and not punct and prev_words and prev_words[-1] in sl.folded_words("title_cue_links")
            and _governed(before, sl, GOVERNING_REACH) and not _believed(before, sl)):
        return True, True, "governed"  # "menyebut kopi sebagai "nyawa" ekonomi Gayo"
    sentence_end = inner.rstrip().endswith((".", "!", "?", "\u2026"))
    personal = any(w.casefold() in sl.pronouns or w.casefold() in sl.plural_pronouns for w in words)
    if len(words) > SHORT_TERM + 1 or sentence_end or personal:
        return True, True, "embedded"  # no speech verb: a statement's words, not a short term
    return False, False, "scare"


def _unpunctuated_label(text: str, cand: Candidate, words: list[str], before: str, prev_words: list[str],
                        sl: SpeechLexicon) -> str | None:
    """Why a fragment with no closing punctuation, neither attributed nor opening a sentence, is
    a label and no quote ("term", "scare" or a naming cue after it), or None."""
    inner, hi = text[cand.start:cand.end], cand.para[1]
    if _spelled_as_acronym(words, text):
        return "term"  # "truk "over dimension over loading"" … "truk ODOL": a term
    if sl.is_term(words, prev_words[-1] if prev_words else ""):
        return "term"  # "mempercantik portofolio atau "window dressing""
    if (len(words) <= SHORT_TERM and prev_words and inner[:1].islower()
            and prev_words[-1] in sl.folded_words("term_prepositions")):
        return "term"  # "masuk lewat "jalur khusus"": the reporter's own term
    if cand.close_mark is not None and len(words) <= SHORT_TERM + 2 and _premodifies_noun(
            _words(before), text, cand.close_mark + 1, hi, sl):
        return "term"  # "keep the "one kitchen, one school" rule that bars …"
    if cand.close_mark is not None and len(words) <= SHORT_TERM + 1:
        named = _named_after(text, cand.close_mark + 1, hi, sl)
        if named:  # ""kebersihan siber" atau cyber hygiene", ""Bali yang lestari", sesuai slogan …"
            return named
    if len(words) <= SHORT_TERM and inner[:1].islower() and cand.close_mark is not None:
        if _predicate_follows(text, cand.close_mark + 1, hi, sl):
            return "term"  # "menilai "musim dingin pendanaan" masih akan berlangsung"
        if prev_words and _object_of_passive(prev_words[-1], sl):
            return "scare"  # "pernah ditawari "kerja sama" oleh …"
        if _object_of_own_verb(before, sl):
            return "scare"  # "mendesak KSOP memberlakukan "jam malam" bagi …"
        if prev_words and prev_words[-1] in sl.indefinites and len(words) <= 2:
            return "term"  # "the village lay in a "red zone"": a noun the text names
    return None


def _interposed(before: str, sl: SpeechLexicon) -> bool:
    """The reporter's words end with a speech verb and its speaker set off by commas after the
    sentence's own start ("Pariwisata, kata Jonner,"): the quote completes that sentence."""
    m = _INTERPOSED.search(before)
    return bool(m) and m.group(1).casefold() in sl.after_verbs and bool(before[:m.start()].strip())


_INTERPOSED = re.compile(r",\s+([\w-]+)\s+[^,]+,$")
_CLAUSE_COMMA = re.compile(r",\s+")
_TRAILING_WORDS = 10


def cut_own_attribution(text: str, cand: Candidate, sl: SpeechLexicon) -> bool:
    """An unclosed quote that runs into its own attribution at the paragraph end ("Kami lelah,
    ujar Dwi."): the closing mark was lost before the comma; end the quote there."""
    if cand.close_mark is not None or trim(text, cand.end, cand.para[1])[0] < cand.para[1]:
        return False
    if not text[cand.start:cand.end].rstrip().endswith((".", "!", "?")):
        return False
    commas = list(_CLAUSE_COMMA.finditer(text, cand.start, cand.end))
    for comma in reversed(commas):
        rest = text[comma.end():cand.end]
        if len(rest.split()) > _TRAILING_WORDS or any(c in SHAPES for c in rest):
            return False
        if attributed_after(text, comma.end(), cand.end, sl):
            cand.end = trim(text, cand.start, comma.start())[1]
            return cand.end > cand.start
        # only an appositive may follow the attribution: "ujar Dwi, koordinator relawan."
        if not (rest[:1].isupper() or sl.role_rx.match(text, comma.end(), cand.end)):
            return False
    return False


_NAMING = ("title", "term", "scare")
# A sentence's end and the next one's start inside the marks: the quote holds whole sentences, the
# speaker's or the writer's own, never a fragment of the reporter's sentence.
_WHOLE_SENTENCES = re.compile(r"[a-z]{3}[.!?]\s+[A-Z]")


def _named_like(text: str, cand: Candidate, named: tuple[int, str], sentence: tuple[int, int],
                sl: SpeechLexicon) -> bool:
    """A short unpunctuated fragment listed right after a quoted name or term of the same
    sentence ("… "rendang kering" dan "rendang basah" yang …") is one more such name."""
    inner = text[cand.start:cand.end].rstrip()
    if not sentence[0] <= named[0] <= cand.open_mark or inner.endswith(_END_PUNCT) or cand.close_mark is None:
        return False
    if len(_words(inner)) > SHORT_TERM or attributed_after(text, cand.close_mark + 1, cand.para[1], sl):
        return False
    return listed_after(text, named[0], cand.open_mark, sl)


def quote_id(open_mark: int) -> str:
    """A quote's id and page anchor, from the offset of its opening mark: it stays the same when
    other quotes of the article are found or dropped."""
    return f"q{open_mark}"


def paragraph_candidates(doc: Document) -> list[Candidate]:
    out: list[Candidate] = []
    for span in sorted(doc.spans_of("paragraph"), key=lambda s: s.start):
        out.extend(pair_marks(doc.text, span.start, span.end))
    return out


def detect_quotes(doc: Document, lex: Lexicon) -> None:
    """Fill ``doc.quotes`` with the direct quotes of the visible text, in text order."""
    sl = speech_lexicon(lex, doc.meta.language)
    abbreviations = frozenset(a.casefold() for a in lex.lang(doc.meta.language).get("abbreviations", []))
    candidates = paragraph_candidates(doc)
    cut = {c.open_mark for c in candidates if cut_own_attribution(doc.text, c, sl)}
    para_index = {start: n for n, start in enumerate(sorted({c.para[0] for c in candidates} | {
        s.start for s in doc.spans_of("paragraph")}))}
    opaque = sorted((c.open_mark, c.end) for c in candidates)
    merged = merge_ranges(opaque)
    leads = [(s.start, s.end) for s in doc.spans_of("lead")]
    quotes: list[Quote] = []
    previous: Quote | None = None
    named: tuple[int, str] | None = None  # where the last quoted name or term ended, and its kind
    bounds_of: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for cand in candidates:
        if doc.is_removed(cand.open_mark):
            continue
        if cand.para not in bounds_of:
            inside = opaque[bisect_left(opaque, cand.para[0], key=lambda r: r[0]):
                            bisect_left(opaque, cand.para[1], key=lambda r: r[0])]
            bounds_of[cand.para] = sentence_bounds(doc.text, *cand.para, inside, abbreviations)
        bounds = bounds_of[cand.para]
        sentence = sentence_at(bounds, cand.open_mark)
        is_quote, partial, why = classify(doc, cand, sentence, sl, merged, leads)
        if partial and _WHOLE_SENTENCES.search(doc.text, cand.start, cand.end):
            partial = False  # ("dengan keterangan "Pengendara … ngamuk. Tolong diviralkan"")
        if is_quote and named is not None and _named_like(doc.text, cand, named, sentence, sl):
            is_quote, why = False, named[1]  # the next name of a list of quoted names or terms
        if not is_quote:
            if why in _NAMING and cand.close_mark is not None:
                named = (cand.close_mark + 1, why)
            doc.add(cand.open_mark, (cand.close_mark + 1) if cand.close_mark is not None else cand.end,
                    "not_quote", reason=why)
            continue
        quote = Quote(id=quote_id(cand.open_mark), start=cand.start, end=cand.end,
                      text=doc.text[cand.start:cand.end], open_mark=cand.open_mark,
                      close_mark=cand.close_mark, partial=partial)
        quote.attrs.update(rule=why, paragraph=para_index[cand.para[0]])
        if cand.open_mark in cut:
            quote.attrs["attribution_inside"] = True  # the lost closing mark stood before it
        if (previous is not None and previous.close_mark is None
                and previous.attrs["paragraph"] + 1 == quote.attrs["paragraph"]
                and cand.open_mark == cand.para[0]):
            previous.attrs["continued_by"] = quote.id
            quote.attrs["continues"] = previous.id
        quotes.append(quote)
        previous = quote
    doc.quotes = quotes
