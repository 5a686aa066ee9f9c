"""Find paragraphs that scraping glued together ("pekan lalu.Juru bicara") and mark the seams.

A seam is a zero-width ``break`` span; the renderer starts a new paragraph there.
"""

from __future__ import annotations

import re

from ..doc import Document
from ..lexicon import Lexicon

# sentence end, optional quotation mark, then a capitalised word, with no space between
_GLUED = re.compile(
    r"(?P<word>\b[^\W\d_]*[a-z\u00df-\u024f]|\d)(?P<end>[.!?]+)(?P<mark>[\"\u201c\u201d]?)"
    r"(?=[\"\u201c]?[A-Z\u00c0-\u00de][a-z\u00df-\u024f])"
)


def mark_glued_paragraphs(doc: Document, lex: Lexicon) -> None:
    """Add ``break`` points where one paragraph runs into the next without a space."""
    abbreviations = {a.casefold() for a in lex.lang(doc.meta.language).get("abbreviations", [])}
    text = doc.text
    for match in _GLUED.finditer(text):
        if match.group("word").casefold() in abbreviations:
            continue
        mark = match.group("mark")
        if mark == "\u201d":  # a closing mark ends the paragraph before the seam
            point = match.end("mark")
        else:  # an opening mark (or none) starts the next paragraph
            point = match.end("end")
        if not doc.is_removed(point):
            doc.add(point, point, "break", rule="glued-sentence")
