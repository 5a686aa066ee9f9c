"""Gold files: hand-made lists of every direct quote in a set of articles, with speakers.

The format and the conventions are described in the comment header of ``tests/gold/seeds.yaml``.
:func:`load_gold` checks a file and names the entry of every problem; :func:`locate` finds each
gold text in its article (in order, right after a quotation mark) and gives it offsets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import InputError

# Case tags a gold quote may carry (see the gold files' headers for their meaning).
CASE_TAGS = frozenset({
    "multi_sentence", "split", "continuation", "ellipsis", "nested", "english",
    "name_before", "name_after", "surname", "pronoun", "clitic", "role_noun", "menurut",
    "institution", "corpus_merge", "document",
})
NOT_QUOTE_KINDS = frozenset({"title", "scare", "name", "term", "other"})
OPENING_MARKS = "\"\u201c\u201d\u201e\u00ab\u00bb"
CLOSING_MARKS = "\"\u201d\u201c\u00bb\u00ab"


@dataclass(slots=True)
class GoldQuote:
    text: str
    speaker: str | None
    partial: bool
    tags: tuple[str, ...]
    key: str  # "articles[2].quotes[5]", for messages
    line: int | None
    note: str | None = None
    start: int = -1
    end: int = -1


@dataclass(slots=True)
class GoldNotQuote:
    text: str
    kind: str
    key: str
    line: int | None
    note: str | None = None
    start: int = -1
    end: int = -1


@dataclass(slots=True)
class GoldArticle:
    path: Path
    key: str
    line: int | None
    quotes: list[GoldQuote] = field(default_factory=list)
    not_quotes: list[GoldNotQuote] = field(default_factory=list)


@dataclass(slots=True)
class GoldFile:
    path: Path
    articles: list[GoldArticle]


class _LineLoader(yaml.SafeLoader):
    """SafeLoader that remembers the line of every mapping (under the key ``__line__``)."""

    def construct_mapping(self, node: Any, deep: bool = False) -> dict[Any, Any]:
        mapping = super().construct_mapping(node, deep=deep)
        mapping["__line__"] = node.start_mark.line + 1
        return mapping


_LineLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _fields(entry: Any, allowed: set[str], required: set[str], where: str, key: str
            ) -> tuple[dict[str, Any], int | None]:
    if not isinstance(entry, dict):
        raise InputError(where, "expected a mapping", "See the format in the file's header", key=key)
    line = entry.pop("__line__", None)
    unknown = sorted(str(k) for k in entry if k not in allowed)
    if unknown:
        raise InputError(where, f"unknown field(s) {', '.join(unknown)}",
                         f"Use only: {', '.join(sorted(allowed))}", line=line, key=key)
    missing = sorted(required - set(entry))
    if missing:
        raise InputError(where, f"missing field(s) {', '.join(missing)}",
                         "Add them (speaker: null when the text names no speaker)",
                         line=line, key=key)
    return entry, line


def _text_field(value: Any, where: str, key: str, line: int | None) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InputError(where, "text must be a non-empty string", "Copy it from the article",
                         line=line, key=key)
    if value != value.strip():
        raise InputError(where, "text has leading or trailing white space",
                         "Give the quoted characters without surrounding space", line=line, key=key)
    return value


def _note(value: Any, where: str, key: str, line: int | None) -> str | None:
    if value is not None and not isinstance(value, str):
        raise InputError(where, "note must be a string", "Quote it", line=line, key=key)
    return value


def _quote(entry: Any, where: str, key: str) -> GoldQuote:
    data, line = _fields(entry, {"text", "speaker", "partial", "tags", "note"}, {"text", "speaker"},
                         where, key)
    text = _text_field(data["text"], where, key, line)
    speaker = data["speaker"]
    if speaker is not None and (not isinstance(speaker, str) or not speaker.strip()):
        raise InputError(where, "speaker must be a name or null", "Write the canonical name",
                         line=line, key=key)
    partial = data.get("partial", False)
    if not isinstance(partial, bool):
        raise InputError(where, "partial must be true or false", "Fix the value", line=line, key=key)
    tags = data.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise InputError(where, "tags must be a list of words", "Fix the value", line=line, key=key)
    unknown = sorted(set(tags) - CASE_TAGS)
    if unknown:
        raise InputError(where, f"unknown tag(s) {', '.join(unknown)}",
                         f"Use only: {', '.join(sorted(CASE_TAGS))}", line=line, key=key)
    return GoldQuote(text, speaker.strip() if speaker else None, partial, tuple(tags), key, line,
                     _note(data.get("note"), where, key, line))


def _not_quote(entry: Any, where: str, key: str) -> GoldNotQuote:
    data, line = _fields(entry, {"text", "kind", "note"}, {"text", "kind"}, where, key)
    if data["kind"] not in NOT_QUOTE_KINDS:
        raise InputError(where, f"unknown kind {data['kind']!r}",
                         f"Use one of: {', '.join(sorted(NOT_QUOTE_KINDS))}", line=line, key=key)
    return GoldNotQuote(_text_field(data["text"], where, key, line), data["kind"], key, line,
                        _note(data.get("note"), where, key, line))


def _list(data: dict[str, Any], name: str, where: str, key: str, line: int | None) -> list[Any]:
    value = data.get(name) or []
    if not isinstance(value, list):
        raise InputError(where, f"{name} must be a list", "Write one '- text: ...' entry per item",
                         line=line, key=key)
    return value


def load_gold(path: Path) -> GoldFile:
    """Read and check a gold file; article paths are resolved relative to it."""
    where = str(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(where, f"cannot read the gold file ({exc})", "Check the path") from None
    try:
        data = yaml.load(raw, Loader=_LineLoader)  # a SafeLoader subclass: plain data only
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError(where, f"not valid YAML ({getattr(exc, 'problem', exc)})",
                         "Fix the syntax", line=mark.line + 1 if mark else None) from None
    top, _ = _fields(data, {"articles"}, {"articles"}, where, "top level")
    articles = _list(top, "articles", where, "articles", None)
    if not articles:
        raise InputError(where, "no articles", "List at least one article")
    result: list[GoldArticle] = []
    seen: dict[Path, str] = {}
    for i, entry in enumerate(articles):
        key = f"articles[{i}]"
        art, line = _fields(entry, {"path", "quotes", "not_quotes", "note"}, {"path", "quotes"},
                            where, key)
        if not isinstance(art["path"], str) or not art["path"].strip():
            raise InputError(where, "path must be a file name", "Give the article's path relative "
                             "to the gold file", line=line, key=key)
        article_path = (path.parent / art["path"]).resolve()
        if not article_path.is_file():
            raise InputError(where, f"article {art['path']} not found (looked for {article_path})",
                             "Give the path relative to the gold file", line=line, key=key)
        if article_path in seen:
            raise InputError(where, f"article {art['path']} is listed twice (also {seen[article_path]})",
                             "Merge the two entries", line=line, key=key)
        seen[article_path] = key
        quotes = [_quote(q, where, f"{key}.quotes[{j}]")
                  for j, q in enumerate(_list(art, "quotes", where, key, line))]
        not_quotes = [_not_quote(q, where, f"{key}.not_quotes[{j}]")
                      for j, q in enumerate(_list(art, "not_quotes", where, key, line))]
        result.append(GoldArticle(article_path, key, line, quotes, not_quotes))
    return GoldFile(path, result)


def _find_after_mark(text: str, needle: str, cursor: int) -> int:
    """First occurrence of ``needle`` at or after ``cursor`` that follows an opening mark."""
    pos = text.find(needle, cursor)
    while pos != -1:
        before = text[:pos].rstrip(" \u00a0")
        if before and before[-1] in OPENING_MARKS:
            return pos
        pos = text.find(needle, pos + 1)
    return -1


def locate(article: GoldArticle, text: str, where: str) -> None:
    """Give every gold entry its offsets; entries are found in order (repeats resolve to the
    successive occurrences). A gold quote must directly follow a quotation mark."""
    cursor = 0
    for quote in article.quotes:
        pos = _find_after_mark(text, quote.text, cursor)
        if pos == -1:
            found = text.find(quote.text)
            problem = ("quote text not found in the article" if found == -1 else
                       "quote text not found after the previous quote, right after a quotation mark")
            raise InputError(where, f"{problem}: {quote.text[:60]!r}",
                             "Copy the exact characters between the marks, in article order",
                             line=quote.line, key=quote.key)
        quote.start, quote.end = pos, pos + len(quote.text)
        cursor = quote.end
    cursor = 0
    for item in article.not_quotes:
        pos = text.find(item.text, cursor)
        if pos == -1:
            raise InputError(where, f"not_quotes text not found in the article: {item.text[:60]!r}",
                             "Copy the exact characters, in article order", line=item.line,
                             key=item.key)
        item.start, item.end = pos, pos + len(item.text)
        cursor = item.end


def mark_style(text: str, start: int, end: int) -> str:
    """How a gold quote is marked: straight, curly, mismatched or unclosed."""
    before = text[:start].rstrip(" \u00a0")
    opening = before[-1] if before else ""
    after = text[end:end + 1]
    if not after or after not in CLOSING_MARKS:
        return "unclosed"
    if opening == '"' and after == '"':
        return "straight"
    if opening == "\u201c" and after == "\u201d":
        return "curly"
    return "mismatched"
