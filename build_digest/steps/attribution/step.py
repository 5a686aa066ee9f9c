"""The attribution step: set speaker, evidence and confidence on every quote of a document."""

from __future__ import annotations

from ...doc import Document
from ...lexicon import Lexicon
from ..mentions import Registry, contains
from ..speechlex import speech_lexicon
from .reader import Reader


def note_full_names(doc: Document, registry: Registry) -> None:
    """A ``person`` span for each person named with two or more words, quoted or not: another
    article may quote "Faisal Harahap", whom this one names "Faisal Rachmat Harahap", or "Lubis",
    when this one names a second Lubis."""
    defined = [e.tokens for e in registry.abbreviations.values() if len(e.tokens) >= 2]
    for entity in registry.entities:
        if entity.org or len(entity.tokens) < 2 or entity.display or any(
                len(entity.tokens) > len(t) and contains(entity.tokens, t) for t in defined):
            continue  # (not what is left of an office around an institution's name: "Stabilisasi
            # Pangan Badan Pangan Nasional" of "Deputi Bidang … Badan Pangan Nasional (Bapanas)")
        at = doc.text.find(" ".join(entity.tokens))
        if at >= 0:
            doc.add(at, at + len(" ".join(entity.tokens)), "person", name=entity.name)


def known_regions(lex: Lexicon) -> frozenset[tuple[str, ...]]:
    """The regions the data of any language names (provinces and their short forms: "NTB",
    "Nusa Tenggara Barat", "Lampung"): places in an article of any language."""
    found: set[tuple[str, ...]] = set()
    for data in lex.languages.values():
        institutions = data.get("institutions") or {}
        for short, full in (institutions.get("regions") or {}).items():
            found.update((tuple(short.split()), tuple(full.split())))
        found.update(tuple(p.split()) for p in institutions.get("provinces") or [])
    return frozenset(found)


def attribute_quotes(doc: Document, lex: Lexicon) -> None:
    """Set speaker, evidence and confidence on every quote of ``doc``."""
    sl = speech_lexicon(lex, doc.meta.language)
    abbreviations = frozenset(a.casefold() for a in lex.lang(doc.meta.language).get("abbreviations", []))
    reader = Reader(doc, sl, abbreviations, lex.lang(doc.meta.language).get("institutions"),
                    known_regions(lex))
    if not doc.quotes:
        if reader.paragraphs:
            reader.collect_names()
            note_full_names(doc, reader.registry)
        return
    found = reader.read()
    note_full_names(doc, reader.registry)
    for quote in doc.quotes:
        att = found.get(quote.id)
        if att is None:
            quote.speaker, quote.speaker_evidence, quote.confidence = None, None, 0.0
            quote.attrs["attribution"] = "none"
            continue
        entity = att.entity
        quote.speaker = entity.name if entity else None
        quote.speaker_evidence = att.evidence or None
        quote.confidence = att.confidence if entity else 0.0
        quote.attrs["attribution"] = att.rule
        if entity is not None:
            quote.attrs["speaker_kind"] = "organisation" if entity.org else "person"
            if reader.named_whole(entity):
                quote.attrs["name_whole"] = True  # (speakers.py: no fuller name from elsewhere)
        if att.antecedent:
            quote.attrs["antecedent"] = att.antecedent
        if att.via:
            quote.attrs["via"] = att.via


def apply_quote_overrides(doc: Document, lex: Lexicon) -> None:
    """Editors' speaker fixes from the sidecar (``quotes:``) win; each is marked as from the sidecar."""
    overrides = doc.sidecar.get("quotes") or {}
    by_id = {q.id: q for q in doc.quotes}
    for quote_id, fix in overrides.items():
        quote = by_id.get(quote_id)
        if quote is None:
            doc.warnings.append(f"sidecar names quote {quote_id}, which this article does not have; "
                                "see the quote ids on its page")
            continue
        quote.attrs["speaker_from_text"] = quote.speaker
        quote.speaker = fix["speaker"]
        quote.speaker_evidence = "sidecar"
        quote.confidence = 1.0
        quote.attrs["attribution"] = "sidecar"
        quote.attrs.pop("speaker_kind", None)
