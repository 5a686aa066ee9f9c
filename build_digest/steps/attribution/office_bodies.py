"""The body an office's fields name: "Religious Affairs Minister Hilman Azhari" heads the
"Ministry of Religious Affairs", which "the ministry" then means."""

from __future__ import annotations

import re

from ..speechlex import SpeechLexicon

# capitalised field words, joined by a coordinator, right before the office
_FIELDS_BEFORE = re.compile(r"((?:[A-Z][\w'’-]*\s+)+?(?:(?:and|&)\s+(?:[A-Z][\w'’-]*\s+)+?)?)$")


def body_of_office(text: str, before: int, kind: str, sl: SpeechLexicon) -> tuple[int, str] | None:
    """The last body of ``kind`` an office written before ``before`` names through the fields
    before it (``office_bodies`` in the data: "minister" -> "Ministry of {field}"), and where."""
    templates: dict[str, str] = sl.data.get("office_bodies") or {}
    found = None
    for office, template in templates.items():
        if template.split()[0].casefold() != kind:
            continue
        for role in sl.role_rx.finditer(text, 0, before):
            if role.group().casefold() != office:
                continue  # ("Prime Minister" is an office of its own)
            fields = _FIELDS_BEFORE.search(text, max(0, role.start() - 80), role.start())
            words = fields.group(1).split() if fields else []
            articles = sl.folded("definite_articles")
            while words and (words[0] in sl.not_names or words[0].casefold() in articles):
                words.pop(0)  # ("The Health Minister")
            if words and words[-1][:1].isupper() and (found is None or role.start() > found[0]):
                found = (role.start(), template.format(field=" ".join(words)))
    return found
