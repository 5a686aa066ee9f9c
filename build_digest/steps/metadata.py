"""Source metadata from the text: language, headline, byline, outlet, dateline, wire agencies."""

from __future__ import annotations

import re
from collections import Counter

from ..doc import Document
from ..lexicon import Lexicon, alternation
from ..textutil import is_blank, lines, trim

_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019]?(?=\s|$)")
TITLE_MAX = 110
BYLINE_MAX = 400  # characters; a longer line is prose, not a byline


def detect_language(doc: Document, lex: Lexicon) -> None:
    """Set ``meta.language`` to the language whose stopwords are most frequent."""
    if doc.meta.provenance.get("language") == "sidecar":
        return
    counts = Counter(w.casefold() for w in _WORD.findall(doc.text[:20000]))
    hits = {code: sum(n for w, n in counts.items() if w in stopwords)
            for code, stopwords in _stopwords(lex).items()}
    # the site's first language wins ties (a text with no function words at all, say)
    best = "id"
    for code in sorted(hits):
        if hits[code] > hits[best]:
            best = code
    doc.meta.language = best


def _stopwords(lex: Lexicon) -> dict[str, frozenset[str]]:
    """Each language's stopwords as a set (cached on the lexicon)."""
    cache = lex.__dict__.get("_stopwords")
    if cache is None:
        cache = {code: frozenset(data.get("stopwords", [])) for code, data in lex.languages.items()}
        lex.__dict__["_stopwords"] = cache
    return cache


def _content_lines(doc: Document) -> list[tuple[int, int]]:
    """Lines with visible text, each trimmed to what is not already marked as removed."""
    out = []
    for start, end in lines(doc.text):
        if is_blank(doc.text[start:end]):
            continue
        s, e = trim(doc.text, min(doc.removed_end(start), end), end)
        if s < e:
            out.append((s, e))
    return out


def _byline(line: str, keys: dict[str, list[str]]) -> dict[str, str] | None:
    """Parse "Sumber: X | Editor: Y" into {"wire": X, "editor": Y}, or None."""
    if len(line) > BYLINE_MAX:
        return None
    found: dict[str, str] = {}
    for part in line.split("|"):  # str.split: a regex around "|" backtracks on long spaces
        key, sep, value = part.strip().partition(":")
        field = next((f for f, names in keys.items() if key.strip().casefold() in names), None)
        if not sep or field is None or not value.strip() or len(value) > 80:
            return None
        found[field] = value.strip()
    return found or None


def _is_headline(line: str) -> bool:
    stripped = line.strip()
    return (0 < len(stripped) <= 200 and not stripped.endswith((".", ",", ":", ";"))
            and len(_WORD.findall(stripped)) >= 2)


def extract_metadata(doc: Document, lex: Lexicon) -> None:
    """Add ``headline``, ``byline`` and ``lead`` spans and fill ``doc.meta`` from the text."""
    lang = lex.lang(doc.meta.language)
    keys = {k: [n.casefold() for n in v] for k, v in lang.get("byline_keys", {}).items()}
    content = _content_lines(doc)
    body_from = 0
    for index, (start, end) in enumerate(content):
        fields = _byline(doc.text[start:end], keys)
        if fields:
            doc.add(start, end, "byline", **fields)
            _apply_byline(doc, fields, lex)
            continue
        if index == 0 and _is_headline(doc.text[start:end]) and len(content) > 1:
            lead = _match_lead(doc, lex, start, end)
            if lead is None:
                doc.add(start, end, "headline")
                doc.meta.title = doc.text[start:end]
                doc.meta.provenance["title"] = "text"
                continue
        body_from = index
        break
    else:
        body_from = len(content)
    for start, end in reversed(content[body_from + 1:]):  # "Editor: Hendri T. Asworo" closing the text
        fields = _byline(doc.text[start:end], keys)
        if not fields:
            break
        doc.add(start, end, "byline", **fields)
        _apply_byline(doc, fields, lex)
    for start, end in content[body_from:body_from + 2]:
        match = _match_lead(doc, lex, start, end)
        if match:
            outlet, city, lead_end = match
            doc.add(start, lead_end, "lead", outlet=outlet or "", city=city or "")
            if outlet and not doc.meta.outlet:
                doc.meta.outlet = lex.outlet_by_form.get(outlet, outlet)
                doc.meta.provenance["outlet"] = "text"
            if city and not doc.meta.dateline:
                doc.meta.dateline = _city_name(city)
                doc.meta.provenance["dateline"] = "text"
            break
    _find_wire(doc, lex)
    for start, end in content[body_from:]:
        if doc.meta.title:
            break
        title = _title_from(doc, start, end)
        if _WORD.search(title):  # a line of only marks ("---", quotation marks) is no title
            doc.meta.title = title
            doc.meta.provenance["title"] = "inferred"


def _apply_byline(doc: Document, fields: dict[str, str], lex: Lexicon) -> None:
    if "wire" in fields:
        for name in re.split(r"\s*[,/&]\s*|\s+dan\s+|\s+and\s+", fields["wire"]):
            wire = lex.agency_by_form.get(name, name)
            if wire and wire not in doc.meta.wire:
                doc.meta.wire.append(wire)
        doc.meta.provenance["wire"] = "text"
    for field in ("editor", "author"):
        if field in fields and not getattr(doc.meta, field):
            setattr(doc.meta, field, fields[field])
            doc.meta.provenance[field] = "text"


def _match_lead(doc: Document, lex: Lexicon, start: int, end: int
                ) -> tuple[str | None, str | None, int] | None:
    line = doc.text[start:end]
    for pattern in lex.lead_patterns:
        match = pattern.match(line)
        if match and match.end() < len(line):
            groups = match.groupdict()
            return groups.get("outlet"), groups.get("city"), start + match.end()
    return None


def _city_name(city: str) -> str:
    city = city.strip(" .,'-")
    if city.isupper():
        return " ".join(w.capitalize() for w in city.split())
    return city


def _wire_pattern(lex: Lexicon, language: str
                  ) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """The pattern of credited agencies and the agency of each folded form (cached)."""
    cache = lex.__dict__.setdefault("_wire_rx", {})
    if language not in cache:
        lang = lex.lang(language)
        before = alternation(lang.get("wire_cues_before", []), ignorecase=True)
        after = alternation(lang.get("wire_cues_after", []), ignorecase=True)
        names = alternation(list(lex.agency_by_form), ignorecase=True)
        cache[language] = None if not names else (re.compile(
            rf"(?:\b(?:{before})\s+(?P<a>{names})\b)|(?:\b(?P<b>{names})\s+(?:{after})\b)"
            if before and after else rf"\b(?:{before})\s+(?P<a>{names})\b", re.I),
            {f.casefold(): n for f, n in lex.agency_by_form.items()})
    return cache[language]


def _find_wire(doc: Document, lex: Lexicon) -> None:
    """Agencies credited as the source: "dilansir Reuters", "kepada kantor berita TASS"."""
    compiled = _wire_pattern(lex, doc.meta.language)
    if compiled is None:
        return
    pattern, forms = compiled
    for match in pattern.finditer(doc.text):
        name_group = "a" if match.group("a") else "b"
        if doc.is_removed(match.start(name_group)):
            continue
        form = match.group(name_group)
        exact = lex.agency_by_form.get(form)
        if exact is None and (form.isupper() and len(form) <= 3):
            continue  # "AA" or "AP" must be written as the agency writes it
        name = exact or forms[form.casefold()]
        if name not in doc.meta.wire:
            doc.meta.wire.append(name)
            doc.meta.provenance.setdefault("wire", "text")
            doc.add(match.start(name_group), match.end(name_group), "wire", agency=name)


def _title_from(doc: Document, start: int, end: int) -> str:
    """A title from the lead's first sentence when the text has no headline."""
    lead = next((s for s in doc.spans_of("lead") if start <= s.start < end), None)
    if lead is not None:
        start = lead.end
    sentence_end = _SENTENCE_END.search(doc.text, start, end)
    title = doc.text[start:sentence_end.start() if sentence_end else end].strip()
    if len(title) > TITLE_MAX:
        cut = title.rfind(" ", 0, TITLE_MAX)
        title = title[: cut if cut > 40 else TITLE_MAX].rstrip(" ,;:") + "…"
    return title
