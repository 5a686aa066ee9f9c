"""Editors' per-article YAML sidecars (``seeds/<name>.yml``): safe loading and validation.

The loader builds plain data only: no Python object tags, no aliases (so no alias bombs), no
implicit timestamps (dates are checked here, with the key named on error).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from .errors import InputError
from .seedfiles import SIDECAR_SUFFIXES

MAX_SIDECAR_BYTES = 256 * 1024


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader without aliases and without implicit timestamps."""

    def compose_node(self, parent: Any, index: Any) -> Any:  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.MarkedYAMLError(None, None, "aliases (*name) are not allowed",
                                       event.start_mark)
        return super().compose_node(parent, index)


_StrictLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

Validator = Callable[[Any, str], Any]


class FieldError(ValueError):
    """A sidecar value of the wrong kind; the message says what is expected."""


def _text(value: Any, key: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise FieldError("expected a non-empty text")
    if len(value) > 2000:
        raise FieldError("text longer than 2,000 characters")
    return value.strip()


def _text_list(value: Any, key: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise FieldError("expected a text or a list of texts")
    return [_text(v, key) for v in value]


_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse_partial_date(value: Any) -> tuple[dt.date, str]:
    """'2025-02-26' / '2025-02' / '2025' to (date, precision); raise FieldError if impossible."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not (match := _PARTIAL_DATE.match(value.strip())):
        raise FieldError("expected a date written YYYY-MM-DD, YYYY-MM or YYYY")
    year, month, day = match.groups()
    try:
        date = dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError as exc:
        raise FieldError(f"impossible date {value!r} ({exc})") from None
    return date, "day" if day else "month" if month else "year"


def _date(value: Any, key: str) -> tuple[dt.date, str]:
    return parse_partial_date(value)


def _url(value: Any, key: str) -> str:
    url = _text(value, key)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c in url for c in " <>\"'`"):
        raise FieldError("expected an http:// or https:// address")
    return url


def _language(value: Any, key: str) -> str:
    from .lexicon import load_lexicon

    code = _text(value, key)
    if code not in load_lexicon().languages:
        known = ", ".join(sorted(load_lexicon().languages))
        raise FieldError(f"unknown language {code!r} (known: {known})")
    return code


def _mapping(value: Any, key: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise FieldError("expected a mapping")
    return value


def _links(value: Any, key: str) -> list[dict[str, str]]:
    from .related.editor import LinkError, validate_links

    try:
        return validate_links(value)
    except LinkError as exc:
        raise FieldError(str(exc)) from None


_QUOTE_ID = re.compile(r"^q\d+$")


def _quote_overrides(value: Any, key: str) -> dict[str, dict[str, str | None]]:
    """``quotes: {q1198: {speaker: Dmitry Peskov}, q1330: {speaker: null}}`` (null: nobody named)."""
    if not isinstance(value, dict):
        raise FieldError("expected a mapping of quote ids (q123) to {speaker: name or null}")
    clean: dict[str, dict[str, str | None]] = {}
    for quote_id, fix in value.items():
        if not isinstance(quote_id, str) or not _QUOTE_ID.match(quote_id):
            raise FieldError(f"{quote_id!r} is not a quote id (q followed by digits, as on the page)")
        if not isinstance(fix, dict) or set(fix) != {"speaker"}:
            raise FieldError(f"{quote_id}: expected {{speaker: name}} or {{speaker: null}}")
        speaker = fix["speaker"]
        clean[quote_id] = {"speaker": None if speaker is None else _text(speaker, key)}
    return clean


# The sidecar schema: key -> validator. Features that read more keys register them here.
FIELDS: dict[str, Validator] = {
    "title": _text,
    "outlet": _text,
    "dateline": _text,
    "wire": _text_list,
    "editor": _text,
    "author": _text,
    "published": _date,
    "source_url": _url,
    "language": _language,
    "notes": _text_list,
    "tags": _text_list,
    "links": _links,  # editors' confirm/reject decisions on related-statement links
    "quotes": _quote_overrides,
}


def sidecar_path(seed: Path) -> Path | None:
    for suffix in SIDECAR_SUFFIXES:
        candidate = seed.with_suffix(suffix)
        if candidate.is_file():
            return candidate
    return None


def _key_line(text: str, key: str) -> int | None:
    match = re.search(rf"^{re.escape(key)}\s*:", text, re.M)
    return text.count("\n", 0, match.start()) + 1 if match else None


def load_sidecar(path: Path) -> dict[str, Any]:
    """Load and validate a sidecar; raise :class:`InputError` naming the file and key."""
    clean, problems = check_sidecar(path)
    if problems:
        raise problems[0]
    return clean


def check_sidecar(path: Path) -> tuple[dict[str, Any], list[InputError]]:
    """The valid values of a sidecar and every problem in it (all keys, not just the first).

    A file that cannot be read or parsed raises :class:`InputError` at once.
    """
    where = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(where, f"cannot read the sidecar ({exc.strerror})",
                         "Check that it is a readable file") from None
    if len(raw) > MAX_SIDECAR_BYTES:
        raise InputError(where, f"sidecar is {len(raw):,} bytes", "Keep sidecars under 256 KiB")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(where, f"not UTF-8 (byte {exc.start})", "Save the sidecar as UTF-8",
                         line=raw.count(b"\n", 0, exc.start) + 1) from None
    try:
        data = yaml.load(text, Loader=_StrictLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or exc.context or "invalid YAML"
        if isinstance(exc, yaml.constructor.ConstructorError) and "tag" in problem:
            problem = f"{problem}; tags (!!python/..., !name) are not allowed"
        raise InputError(where, f"YAML error: {problem}",
                         "Fix the YAML syntax (plain keys and values; no tags or aliases)",
                         line=line) from None
    except yaml.YAMLError as exc:
        raise InputError(where, f"YAML error: {exc}", "Fix the YAML syntax") from None
    except RecursionError:
        raise InputError(where, "YAML nested too deeply",
                         "Write plain 'key: value' lines and simple lists") from None
    if data is None:
        return {}, []
    if not isinstance(data, dict):
        raise InputError(where, "the sidecar must be a mapping of keys to values",
                         "Write one 'key: value' per line", line=1)
    clean: dict[str, Any] = {}
    problems: list[InputError] = []
    for key, value in data.items():
        name = str(key)
        line = _key_line(text, name)
        if name not in FIELDS:
            known = ", ".join(sorted(FIELDS))
            problems.append(InputError(where, f"unknown key {name!r}", f"Use one of: {known}",
                                       line=line, key=name))
            continue
        try:
            clean[name] = FIELDS[name](value, name)
        except FieldError as exc:
            problems.append(InputError(where, f"wrong value for {name!r}: {exc}",
                                       "Correct the value", line=line, key=name))
    return clean, problems
