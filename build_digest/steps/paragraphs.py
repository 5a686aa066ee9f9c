"""Split the visible text into paragraphs: one per line, split again at glued seams."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import pairwise

from ..doc import Document
from ..lexicon import Lexicon
from ..textutil import is_blank, lines, subtract, trim


def mark_paragraphs(doc: Document, lex: Lexicon) -> None:
    """Add a ``paragraph`` span for every run of visible body text."""
    holes = doc.removed_ranges()
    hole_ends = [end for _, end in holes]
    seams = sorted({s.start for s in doc.spans_of("break")})
    for start, end in lines(doc.text):
        if is_blank(doc.text[start:end]):
            continue
        # only the holes and seams within this line (bisect: large files stay linear)
        near = holes[bisect_right(hole_ends, start):bisect_left(holes, (end, end))]
        for part_start, part_end in subtract(start, end, near):
            inner = seams[bisect_right(seams, part_start):bisect_left(seams, part_end)]
            for a, b in pairwise([part_start, *inner, part_end]):
                a, b = trim(doc.text, a, b)
                if a < b:
                    doc.add(a, b, "paragraph")
