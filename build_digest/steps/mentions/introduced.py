"""Names that open with a word that is otherwise no name ("Dan", "Hari", "Juni"), where the
article introduces them as names."""

from __future__ import annotations

import re

from ..speechlex import SpeechLexicon
from .memo import MISSING, TextMemo
from .words import descriptive, skip_spaces, token_at

# (a character first, the look-behind after it: the engine then skips quickly to where it stands)
_APPOSITIVE_NAME = re.compile(r",(?<=[\w)],) ((?:[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*){1,3})(?: \(\d{1,3}\))?,")
_AGED_NAME = re.compile(r"([A-Z](?<![\w'’-].)[\w'’-]*(?: [A-Z][\w'’-]*){1,3}) \(\d{1,3}\)")
_CAPITALS_AFTER = re.compile(r"(?: [A-Z][\w'’-]*)+")
_INTRODUCED = TextMemo()
_CLAUSE_START = re.compile(r"[.!?;:,\"“”\n]")


def introduced_names(text: str, sl: SpeechLexicon) -> dict[str, frozenset[tuple[str, ...]]]:
    """Names the article introduces in a name's place that open with a word that is otherwise no
    name ("Dan", "Hari", "Juni", "Mei"), by that word: set off by commas after an office ("Kepala
    Perwakilan Ombudsman RI Jawa Barat, Dan Satriyo Wibisono,"), with an age ("Mei Lin Tanuwijaya
    (52)") or after a title ("dr. Juli Hasanuddin")."""
    memo = _INTRODUCED.of(text, sl)
    found = memo.get("names", MISSING)
    if found is not MISSING:
        return found  # type: ignore[return-value]
    names: dict[str, set[tuple[str, ...]]] = {}
    candidates = [(m.start(1), m.group(1), True) for m in _APPOSITIVE_NAME.finditer(text)]
    candidates += [(m.start(1), m.group(1), False) for m in _AGED_NAME.finditer(text)]
    for at, written, appositive in candidates:
        words = tuple(written.split())
        if words[0].casefold() not in sl.not_names or any(
                w.casefold() in sl.not_names or descriptive(w, sl) or sl.role_rx.fullmatch(w)
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


def introduced_name(text: str, m: re.Match[str], hi: int, sl: SpeechLexicon) -> bool:
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
    nxt = token_at(text, skip_spaces(text, m.end(), hi), hi) if text.startswith(" ", m.end()) else None
    return nxt is not None and _speech_or_report(nxt.group(), sl)


def _speech_or_report(word: str, sl: SpeechLexicon) -> bool:
    folded = word.casefold()
    return folded in sl.report_verbs or bool(sl.subject_verb_rx.fullmatch(folded))
