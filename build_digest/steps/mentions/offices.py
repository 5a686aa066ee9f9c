"""The words that complete an office ("Luar Negeri", "Kremlin", "Director General of
Plantations") and an office written after a name."""

from __future__ import annotations

import re

from ..speechlex import SpeechLexicon
from .words import MAX_NAME, NUMBERED, PAREN, is_acronym, is_capital, particle_opens, skip_spaces, token_at

_OWN_CAPITAL_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*")  # (whole runs: greedy)
_OF_COORDINATED = (r" (?:{=office_field_markers}) (?:[A-Z][\w-]* ){1,3}"
                   r"(?:{=field_coordinators}) [A-Z][\w-]*(?!\w)")
_OFFICE_LIST = r"(?: [A-Z][\w-]*){0,2}(?:, [A-Z][\w-]*)+,? (?:{=list_coordinators}) (?=[A-Z])"
# the fields of a body's list may be several words each: "Dinas Pertanian, Ketahanan Pangan, dan …"
_BODY_LIST = (r"(?: [A-Z][\w-]*){0,2}(?:, [A-Z][\w-]*(?: [A-Z][\w-]*){0,2})+,?"
              r" (?:{=list_coordinators}) (?=[A-Z])")
_UNIT_PLACE = re.compile(r"/[A-Z][\w-]*")  # the place after a unit's number
_LAST_WORD = re.compile(r"([\w'’-]+)$")


def past_complement(text: str, k: int, hi: int, sl: SpeechLexicon, titled: bool = False) -> int:
    """Skip the words that describe an office ("Luar Negeri", "Kremlin", "(AS)"); ``titled``: the
    office is written as a title, capitalised ("Director General of Plantations …")."""
    listable = True  # (only where the office opens: "Kepala Dinas Pertanian, Ketahanan Pangan, …")
    while True:
        listed = sl.pattern(_OFFICE_LIST).match(text, k, hi) or (
            _body_list(text, k, hi, sl) if listable else None)
        if listed and not any(sl.role_rx.fullmatch(w) for w in re.findall(r"[\w-]+", listed.group())):
            nxt = token_at(text, listed.end(), hi)  # "Direktur Penyuluhan, Pelayanan, dan Hubungan …"
            if nxt and not sl.role_rx.match(text, nxt.start(), hi):
                k = nxt.end()
                continue
        listable = False
        coordinated = sl.pattern(_OF_COORDINATED).match(text, k, hi)
        if coordinated:  # "Minister of Natural Resources and Environment Nguyen Van Thanh"
            k = coordinated.end()
            continue
        j = skip_spaces(text, k, hi)
        paren = PAREN.match(text, j, hi)
        if paren and j > k:
            k = paren.end()
            continue
        m = token_at(text, j, hi)
        if not m or j == k:
            return k
        word = m.group()
        nxt = token_at(text, skip_spaces(text, m.end(), hi), hi)
        if nxt and (((word in sl.particles or word in sl.openers) and particle_opens((word, nxt.group()), sl))
                    or f"{word} {nxt.group()}" in sl.openers):  # "Provinsi Bali I Wayan …", "regent I
            return k  # Nyoman …" (English names the pair): the name starts, no numeral "I"
        if word.casefold() in sl.folded_words("office_fields") or word in sl.folded_words("company_forms"):
            nxt = token_at(text, skip_spaces(text, m.end(), hi), hi)  # "Bidang Pangan", "Perum Bulog":
            if nxt and is_capital(nxt.group()) and not sl.role_rx.fullmatch(nxt.group()) and not (
                    nxt.group() in sl.particles or nxt.group() in sl.openers):  # a field, a company
                k = nxt.end()
                continue
        numbered = bool(NUMBERED.fullmatch(word))  # "Komisi XI"
        acronym = is_acronym(word) and len(word) >= 3  # "Ketua IDAI cabang Jakarta, dr. Laras"
        if (word in sl.complement or numbered or acronym) and not (
                len(word) == 1 and m.end() < hi and text[m.end()] == "."):
            k = m.end()
            unit = _UNIT_PLACE.match(text, k, hi) if numbered else None
            k = unit.end() if unit else k  # "Komandan Kodim 0704/Banjarnegara"
            continue
        joiner = word.casefold()
        if joiner in sl.folded_words("office_joiners") or joiner in sl.folded_words("office_fields"):
            nxt = token_at(text, skip_spaces(text, m.end(), hi), hi)
            # "… Resources and Environment": a second field, not a holder
            coordinated = (joiner in sl.folded_words("field_coordinators") and nxt
                           and is_capital(nxt.group()) and not sl.role_rx.match(text, nxt.start(), hi))
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
    if joiner not in sl.folded_words("office_field_joiners") or not is_capital(word.group()):
        return None
    name = word.group()
    if sl.role_rx.fullmatch(name) or name in sl.particles or name in sl.openers or name in sl.not_names or (
            name in sl.folded_words("company_forms") or name in sl.organisations):
        return None  # (an institution's own name: "Project Manager of PT Wijaya Karya … Dimas")
    run = [word]
    while len(run) <= MAX_NAME and text.startswith(" ", run[-1].end()):
        nxt = token_at(text, run[-1].end() + 1, hi)
        if nxt is None or not is_capital(nxt.group()) or nxt.group() in sl.particles or (
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


def role_after_name(text: str, end: int, hi: int, sl: SpeechLexicon) -> str:
    """An appositive office after a name: "Dmitry Peskov, juru bicara Kremlin, …"."""
    if not text.startswith(", ", end):
        return ""
    role = sl.role_rx.match(text, end + 2, hi)
    if not role:
        return ""
    k = past_complement(text, role.end(), hi, sl)
    return text[role.start():k].casefold()
