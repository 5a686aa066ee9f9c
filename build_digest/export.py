"""Machine-readable output: one JSON object per article (the ``extract`` schema)."""

from __future__ import annotations

import json
import math
from typing import Any

from .doc import Document, RelatedLink

SCHEMA_VERSION = 2


def quote_json(doc: Document, index: int) -> dict[str, Any]:
    q = doc.quotes[index]
    return {
        "id": q.id,
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "speaker": q.speaker,
        "speaker_evidence": q.speaker_evidence,
        "partial": q.partial,
        "confidence": round(q.confidence, 3),
    }


def related_json(link: RelatedLink) -> dict[str, Any]:
    return {
        "quote": link.quote,
        "article": link.article,
        "other_quote": link.other_quote,
        "kind": link.kind,
        "score": round(link.score, 3),
        "reasons": list(link.reasons),
        "terms": list(link.terms),
        "source": link.source,
    }


def _window_json(window: tuple[Any, Any] | None) -> dict[str, str | None] | None:
    """First and last possible publication day (None: open), or None when nothing bounds it."""
    if window is None:
        return None
    return {"start": window[0] and window[0].isoformat(), "end": window[1] and window[1].isoformat()}


def document_json(doc: Document) -> dict[str, Any]:
    """The extract record of one article (see docs/schema.md for the fields)."""
    meta = doc.meta
    return {
        "source": doc.source,
        "id": doc.id,
        "title": meta.title,
        "outlet": meta.outlet,
        "dateline": meta.dateline,
        "wire": list(meta.wire),
        "editor": meta.editor,
        "author": meta.author,
        "published": meta.published_iso(),
        "published_precision": meta.published_precision if meta.published else None,
        "published_inferred": bool(meta.published and meta.published_inferred),
        "published_evidence": meta.published_evidence,
        "published_window": _window_json(meta.published_window),
        "source_url": meta.source_url,
        "language": meta.language,
        "encoding": doc.encoding,
        "warnings": list(doc.warnings),
        "quotes": [quote_json(doc, i) for i in range(len(doc.quotes))],
        "related": [related_json(link) for link in doc.related],
        "events": [
            {"date": e.date, "precision": e.precision, "text": e.text, "start": e.start,
             "end": e.end, "quote_ids": list(e.quote_ids), "inferred": e.inferred,
             "between": ({"start": e.between[0], "end": e.between[1],
                          "precision": e.between_precision} if e.between else None)}
            for e in doc.events
        ],
    }


def dumps_line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def corpus_json(records: list[dict[str, Any]]) -> str:
    """The downloadable statements file for the whole corpus (stable, pretty-printed)."""
    payload = {"schema_version": SCHEMA_VERSION, "articles": records}
    return json.dumps(payload, ensure_ascii=False, indent=1) + "\n"


_STRING = json.encoder.encode_basestring  # how json.dumps(ensure_ascii=False) writes a string


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value in (math.inf, -math.inf):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


def _leaf(value: Any) -> str | None:
    """A scalar as json.dumps writes it; None for a list, tuple or dict (checked in its order)."""
    kind = type(value)
    if kind is str:
        return _STRING(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if kind is int:
        return int.__repr__(value)
    if kind is float:
        return _float(value)
    if isinstance(value, str):
        return _STRING(value)
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _float(value)
    if isinstance(value, (list, tuple, dict)):
        return None
    raise TypeError(f"not JSON: {type(value).__name__}")


_ITEM = object()  # the "key" of a list item


def _pretty(value: Any, level: int, out: list[str]) -> None:
    leaf = _leaf(value)
    if leaf is not None:
        out.append(leaf)
        return
    if not value:
        out.append("{}" if isinstance(value, dict) else "[]")
        return
    inner = "\n" + " " * (level + 1)
    items: Any
    if isinstance(value, dict):
        opening, closing, items = "{", "}", value.items()
    else:
        opening, closing, items = "[", "]", ((_ITEM, item) for item in value)
    separator = opening + inner
    for key, item in items:
        if key is _ITEM:
            head = separator
        elif type(key) is str:
            head = separator + _STRING(key) + ": "
        else:
            raise TypeError("only string keys are written directly")
        separator = "," + inner
        leaf = _leaf(item)
        if leaf is None:
            out.append(head)
            _pretty(item, level + 1, out)
        else:
            out.append(head + leaf)
    out.append("\n" + " " * level + closing)


def pretty_json(value: Any, level: int = 0) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=1)`` as written at nesting ``level`` of a
    larger document (its lines after the first indented by ``level``), built directly: the
    standard encoder indents in pure Python, several times slower."""
    out: list[str] = []
    try:
        _pretty(value, level, out)
    except (TypeError, RecursionError):  # anything unusual: the standard encoder decides
        text = json.dumps(value, ensure_ascii=False, indent=1)
        return text.replace("\n", "\n" + " " * level) if level else text
    return "".join(out)
