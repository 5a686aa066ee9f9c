"""Speakers across the corpus: one canonical name per person, and a page slug for it.

Within an article the attribution step already uses the fullest name the article gives. Here the
names of all articles meet: "Peskov" (an article that never gives the first name) joins
"Dmitry Peskov", "Dmitry S. Peskov" joins "Dmitry Peskov", "Margaretha Lawalata" joins
"Margaretha Xaveria Lawalata" (middle names left out), and transliteration variants
("Zelenskiy", "Zelenskyy") join when the rest of the name agrees. A short name that fits two
different people is left as it is ("Lubis" of two people in the corpus is neither's): every
person an article names with two words or more counts, quoted or not.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from rapidfuzz.fuzz import ratio
from slugify import slugify

from .doc import Document
from .lexicon import Lexicon

_SPELLING = 85  # rapidfuzz ratio from which two long name parts with one skeleton are one name


def name_parts(name: str) -> tuple[str, ...]:
    """Name tokens without initials, case-folded."""
    return tuple(t.casefold() for t in name.split() if not (len(t) <= 2 and t.endswith(".")))


_SOFT = str.maketrans("", "", "aeiouyhw")  # letters transliterations and old spellings vary


def _skeleton(part: str) -> str:
    """The consonants that carry a name part, doubled letters once: "zelenskyy" and
    "zelenskiy" -> "zlnsk", "sutarno" -> "strn", "suparno" -> "sprn"."""
    bare = part.translate(_SOFT)
    return "".join(c for k, c in enumerate(bare) if k == 0 or c != bare[k - 1])


def _same_part(a: str, b: str) -> bool:
    """One name part spelled two ways: close (rapidfuzz), differing only in vowels, y, h, w or
    doubled letters, and ending alike (i and y count as one): "Zelenskiy"/"Zelenskyy" are
    one name; "Sutarno"/"Suparno" and "Sumarno"/"Sumarni" (a
    Javanese name's last vowel tells a man from a woman) are two."""
    if a == b:
        return True
    return (min(len(a), len(b)) >= 5 and a[0] == b[0] and _skeleton(a) == _skeleton(b)
            and (a[-1] == b[-1] or {a[-1], b[-1]} <= {"i", "y"}) and ratio(a, b) >= _SPELLING)


def fits(short: tuple[str, ...], full: tuple[str, ...], particles: frozenset[str] = frozenset()) -> bool:
    """Whether ``short`` is a run of ``full``'s parts (spelling variants allowed), or the same
    first and last name with middle names left out ("Margaretha Lawalata" of "Margaretha Xaveria
    Lawalata")."""
    n = len(short)
    if n > 0 and any(all(_same_part(x, y) for x, y in zip(short, full[k:k + n], strict=True))
                     for k in range(len(full) - n + 1)):
        return True
    if len(full) > n + 1 and full[0] in particles and short[0] != full[0]:
        full = full[1:]  # "Nyoman Wirawan" of "I Nyoman Adi Wirawan"
    if n < 2 or len(full) <= n or not (_same_part(short[0], full[0]) and _same_part(short[-1], full[-1])):
        return False
    rest = iter(full[1:-1])
    return all(any(_same_part(x, y) for y in rest) for x in short[1:-1])


def _similar_parts(parts: set[str]) -> dict[str, set[str]]:
    """Each name part -> the parts (itself too) that :func:`_same_part` holds it the same as;
    only parts with the same first letter can be."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    for part in parts:
        by_letter[part[:1]].append(part)
    similar = {part: {part} for part in parts}
    for group in by_letter.values():
        long = sorted(p for p in group if len(p) >= 5)
        for k, a in enumerate(long):
            for b in long[k + 1:]:
                if _same_part(a, b):
                    similar[a].add(b)
                    similar[b].add(a)
    return similar


def canonical_names(names: Counter[str], particles: frozenset[str] = frozenset()) -> dict[str, str]:
    """Each speaker name -> the fullest name of the same person used anywhere in the corpus
    (``particles``: case-folded words that open a name and may be left out, "I", "Ni").

    A name fits another only if its first part is one of the other's parts (or a spelling of
    one): the names compared with it are found through an index of parts, not among all."""
    parts_of = {name: name_parts(name) for name in names}
    ordered = sorted(names, key=lambda n: (-len(parts_of[n]), -names[n], n))
    similar = _similar_parts({part for parts in parts_of.values() for part in parts})
    holding: dict[str, list[str]] = defaultdict(list)  # part -> names already mapped that hold it
    mapping: dict[str, str] = {}
    for name in ordered:
        parts = parts_of[name]
        # a name below fits this one only if it holds its first part (or a spelling of it)
        others = {other for part in similar[parts[0]] for other in holding.get(part, ())
                  } if parts else set()
        fuller = {mapping[other] for other in others
                  if other != name and len(parts_of[other]) >= len(parts)
                  and fits(parts, parts_of[other], particles)}
        mapping[name] = fuller.pop() if len(fuller) == 1 else name
        for part in set(parts):
            holding[part].append(name)
    return mapping


def merge_speakers(docs: list[Document], lex: Lexicon) -> None:
    """Give every quote the corpus-wide canonical name of its speaker."""
    apply_speaker_names(docs, speaker_mapping(docs, lex))


def speaker_names(doc: Document) -> tuple[Counter[str], set[str]]:
    """What the speaker merge reads of one article: its quotes' speakers (counted) and the
    names of the people it names."""
    return (Counter(q.speaker for q in doc.quotes if q.speaker),
            {dict(span.attrs)["name"] for span in doc.spans_of("person")})


def speaker_mapping(docs: list[Document], lex: Lexicon) -> dict[str, str]:
    """Each speaker name (and name of a person named) -> its corpus-wide canonical name."""
    names = Counter(q.speaker for d in docs for q in d.quotes if q.speaker)
    for doc in docs:  # fuller names of people an article names without quoting them
        for span in doc.spans_of("person"):
            names.setdefault(dict(span.attrs)["name"], 0)
    particles = frozenset(w.casefold() for code in lex.languages
                          for key in ("name_openers", "name_particles")
                          for w in (lex.lang(code).get("speech") or {}).get(key) or [])
    return canonical_names(names, particles)


def apply_speaker_names(docs: list[Document], mapping: dict[str, str]) -> None:
    """Give every quote of ``docs`` the canonical name ``mapping`` holds for its speaker, except
    where the article gives the speaker's whole name as one word with an age ("Rahayu (34)",
    attribution's ``name_whole``): a fuller name elsewhere that holds it is another person's."""
    for doc in docs:
        for quote in doc.quotes:
            if quote.attrs.get("name_whole"):
                continue
            if quote.speaker and mapping.get(quote.speaker, quote.speaker) != quote.speaker:
                quote.attrs["speaker_as_written"] = quote.speaker
                quote.speaker = mapping[quote.speaker]


def speaker_slugs(docs: list[Document]) -> dict[str, str]:
    """Speaker name -> page slug, unique and stable (names in sorted order claim slugs first)."""
    slugs: dict[str, str] = {}
    taken: set[str] = set()
    for name in sorted({q.speaker for d in docs for q in d.quotes if q.speaker}):
        base = slugify(name, max_length=60, word_boundary=True) or "narasumber"
        slug, n = base, 2
        while slug in taken or slug == "index":
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        slugs[name] = slug
    return slugs
