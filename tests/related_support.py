"""Quotes located by quotation marks, for testing related statements independently of extraction."""

from __future__ import annotations

import re

from build_digest.doc import Document, Quote

_QUOTED = re.compile(r'["“]([^"“”\n]{12,}?)[”"]')


def locate_quotes(doc: Document, speakers: dict[str, str] | None = None) -> list[Quote]:
    """Every quoted passage of the visible text as a Quote (q1, q2 ...).

    ``speakers`` maps a phrase of the quote to a speaker name, for tests that need one.
    """
    quotes = []
    for match in _QUOTED.finditer(doc.text):
        if doc.is_removed(match.start()):
            continue
        text = match.group(1)
        speaker = next((name for phrase, name in (speakers or {}).items() if phrase in text), None)
        quotes.append(Quote(f"q{len(quotes) + 1}", match.start(1), match.end(1), text,
                            match.start(), match.end(1), speaker=speaker))
    return quotes
