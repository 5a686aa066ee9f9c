"""Split the visible text into paragraphs: one per line, split again at glued seams."""

from __future__ import annotations

from itertools import pairwise

from ..doc import REMOVED_LABELS, Document
from ..lexicon import Lexicon
from ..textutil import is_blank, lines, subtract, trim


def mark_paragraphs(doc: Document, lex: Lexicon) -> None:
    """Add a ``paragraph`` span for every run of visible body text."""
    holes = sorted((s.start, s.end) for s in doc.spans_of(*REMOVED_LABELS))
    seams = sorted({s.start for s in doc.spans_of("break")})
    for start, end in lines(doc.text):
        if is_blank(doc.text[start:end]):
            continue
        for part_start, part_end in subtract(start, end, holes):
            cuts = [part_start] + [p for p in seams if part_start < p < part_end] + [part_end]
            for a, b in pairwise(cuts):
                a, b = trim(doc.text, a, b)
                if a < b:
                    doc.add(a, b, "paragraph")
