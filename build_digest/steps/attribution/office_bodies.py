"""The body an office's fields name: "Religious Affairs Minister Hilman Azhari" heads the
"Ministry of Religious Affairs", which "the ministry" then means."""

from __future__ import annotations

import re

from ..speechlex import SpeechLexicon

# capitalised field words, joined by a coordinator, right before the office
_FIELDS_BEFORE = re.compile(r"((?:[A-Z][\w'’-]*\s+)+?(?:(?:and|&)\s+(?:[A-Z][\w'’-]*\s+)+?)?)$")


_FIELDS_AFTER = re.compile(r"\s+((?:[A-Z][\w'’-]*|dan|&)(?:\s+(?:[A-Z][\w'’-]*|dan|&)){0,7})")


def body_of_office(text: str, before: int, kind: str, sl: SpeechLexicon, known: frozenset[str]
                   ) -> tuple[int, str] | None:
    """The last body of ``kind`` an office written before ``before`` names through its fields
    (``office_bodies`` in the data: "minister" -> "Ministry of {field}", the fields before the
    office in a language that writes them so, ``fields_before_office``; "menteri" ->
    "Kementerian {field}", the fields after it, as far as they make a body in ``known``:
    "Menteri Kelautan dan Perikanan Darmawangsa"), and where."""
    templates: dict[str, str] = sl.data.get("office_bodies") or {}
    found = None
    for office, template in templates.items():
        if template.split()[0].casefold() != kind:
            continue
        for role in sl.role_rx.finditer(text, 0, before):
            if role.group().casefold() != office:
                continue  # ("Prime Minister" is an office of its own)
            if not sl.words("fields_before_office"):  # (a language that writes fields after)
                body = _body_after(text, role.end(), before, template, known)
                if body is not None and (found is None or role.start() > found[0]):
                    found = (role.start(), body)
                continue
            fields = _FIELDS_BEFORE.search(text, max(0, role.start() - 80), role.start())
            words = fields.group(1).split() if fields else []
            articles = sl.folded("definite_articles")
            while words and (words[0] in sl.not_names or words[0].casefold() in articles):
                words.pop(0)  # ("The Health Minister")
            if words and words[-1][:1].isupper() and (found is None or role.start() > found[0]):
                found = (role.start(), template.format(field=" ".join(words)))
    return found


def _body_after(text: str, at: int, hi: int, template: str, known: frozenset[str]) -> str | None:
    """The longest run of field words after an office that names a known body."""
    run = _FIELDS_AFTER.match(text, at, hi)
    words = run.group(1).split() if run else []
    for n in range(len(words), 0, -1):
        body = template.format(field=" ".join(words[:n]))
        if words[n - 1][:1].isupper() and body in known:
            return body
    return None
