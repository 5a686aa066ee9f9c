"""Mark scraped page furniture: read-also lines, link lists, image sources and captions.

Nothing is deleted: the text stays intact and the marked spans are left out of the page.
"""

from __future__ import annotations

import re

from ..doc import Document
from ..lexicon import Lexicon, alternation
from ..textutil import is_blank, lines

_BULLET = re.compile(r"^\s*[-–—•·*]\s*")


def _compiled(lex: Lexicon) -> dict:
    cache = lex.__dict__.setdefault("_boilerplate_rx", {})
    if not cache:
        rules = lex.boilerplate
        cache["lines"] = [(r["name"], re.compile(r["pattern"], re.I)) for r in rules["lines"]]
        cache["headers"] = {h.casefold() for h in rules["link_list_headers"]}
        cache["image_source"] = re.compile(rules["image_source_header"], re.I)
        cache["captions"] = [re.compile(p, re.I) for p in rules["caption_lines"]]
        agencies = alternation(list(lex.agency_by_form))
        cache["credit"] = re.compile(
            r"[^\n]{0,300}?" + rules["photo_credit"] + rf"(?:{agencies})")
    return cache


def _is_header(line: str, headers: set[str]) -> bool:
    return line.strip().rstrip(":").strip().casefold() in headers


def _continues_list(line: str, max_len: int) -> bool:
    if is_blank(line) or _BULLET.match(line):
        return True
    stripped = line.strip()
    return len(stripped) <= max_len and not stripped.endswith((".", ".\u201d", '."'))


_SENTENCE_END = re.compile(r"[.!?…:;,][\"'\u201d\u2019)]*\s*$")
_QUOTE_START = re.compile("^\\s*[\"\u201c\u201e\u00ab]")
_READ_ALSO_ALONE = re.compile(r"^\s*[\w ]+[:.\-–]\s*$")


def _read_also_end(text: str, spans: list[tuple[int, int]], i: int, max_len: int) -> int:
    """End (line index, exclusive) of a read-also block: its header line and the link titles
    under it ("Baca juga:" then one title a line). A blank line ends it unless the header stands
    alone; a line that reads like prose (ends a sentence, opens a quote, is long) ends it."""
    alone = bool(_READ_ALSO_ALONE.match(text[slice(*spans[i])]))
    j = i + 1
    titles = 0
    while j < len(spans):
        line = text[slice(*spans[j])]
        if is_blank(line):
            if alone and titles == 0:
                j += 1
                continue
            break
        bullet = bool(_BULLET.match(line))
        stripped = line.strip()
        if len(stripped) > max_len or _QUOTE_START.match(line) or (
                _SENTENCE_END.search(stripped) and not bullet):
            break
        titles += 1
        j += 1
    while j - 1 > i and is_blank(text[slice(*spans[j - 1])]):
        j -= 1
    return j


def mark_boilerplate(doc: Document, lex: Lexicon) -> None:
    """Add ``boilerplate`` and ``caption`` spans."""
    rx = _compiled(lex)
    max_len = int(lex.boilerplate.get("link_list_max_line", 180))
    text = doc.text
    spans = list(lines(text))
    first_content = next((i for i, (s, e) in enumerate(spans) if not is_blank(text[s:e])), 0)
    i = 0
    while i < len(spans):
        start, end = spans[i]
        line = text[start:end]
        rule = next((name for name, pat in rx["lines"] if pat.search(line)), None)
        if rule == lex.boilerplate.get("read_also_rule"):
            j = _read_also_end(text, spans, i, int(lex.boilerplate.get("read_also_max_line", 160)))
            doc.add(start, spans[j - 1][1], "boilerplate", rule=rule)
            i = j
            continue
        if rule:
            doc.add(start, end, "boilerplate", rule=rule)
        elif _is_header(line, rx["headers"]) and i != first_content:
            j = i + 1
            while j < len(spans) and (_continues_list(text[slice(*spans[j])], max_len)):
                j += 1
            doc.add(start, spans[j - 1][1], "boilerplate", rule="link-list")
            i = j
            continue
        elif rx["image_source"].match(line):
            j = i + 1
            while j < len(spans) and (is_blank(text[slice(*spans[j])])
                                      or _BULLET.match(text[slice(*spans[j])])
                                      or "://" in text[slice(*spans[j])]):
                j += 1
            doc.add(start, spans[j - 1][1], "boilerplate", rule="image-source")
            _mark_caption_before(doc, spans, i, first_content)
            i = j
            continue
        elif any(p.match(line) for p in rx["captions"]):
            doc.add(start, end, "caption", rule="caption-line")
        i += 1
    _mark_glued_credit(doc, spans, first_content, rx["credit"])


def _mark_caption_before(doc: Document, spans: list[tuple[int, int]], i: int,
                         first_content: int) -> None:
    """The short line just above an image source is that image's caption."""
    k = i - 1
    while k > first_content and is_blank(doc.text[slice(*spans[k])]):
        k -= 1
    if k <= first_content:
        return
    line = doc.text[slice(*spans[k])].strip()
    if 0 < len(line) <= 200 and not line.endswith("."):
        doc.add(spans[k][0], spans[k][1], "caption", rule="image-caption")


def _mark_glued_credit(doc: Document, spans: list[tuple[int, int]], first_content: int,
                       credit: re.Pattern[str]) -> None:
    """A caption and photo credit scraped into the start of the lead line."""
    seen = 0
    for start, end in spans[first_content:]:
        if is_blank(doc.text[start:end]) or doc.is_removed(start):
            continue
        match = credit.match(doc.text, start, end)
        if match:
            doc.add(start, match.end(), "caption", rule="photo-credit")
            return
        seen += 1
        if seen >= 3:
            return
