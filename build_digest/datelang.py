"""Date knowledge of one language, compiled from the ``dates:`` section of its data files."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .lexicon import Lexicon, alternation
from .rxgate import Gate, Needs, required_parts

RESOLVERS = ("absolute", "library", "offset", "month", "weekday", "year")
DIRECTIONS = ("past", "future", "before", "after", "tense", "last-year")
UNITS = ("day", "week", "month", "year")


@dataclass(frozen=True)
class DateRule:
    """One kind of date expression and how it resolves."""

    name: str
    resolve: str
    pattern: re.Pattern[str]
    unit: str = "day"
    offset: int = 0
    direction: str = "tense"
    needs: Needs = ()  # what every match contains (see rxgate): a quick test before the pattern


@dataclass(frozen=True)
class DateLanguage:
    code: str
    rules: tuple[DateRule, ...]
    months: dict[str, int]
    weekdays: dict[str, int]
    weekday_names: dict[int, str]
    month_names: dict[int, str]
    future_cues: re.Pattern[str]
    past_cues: re.Pattern[str]
    datestamp_after: tuple[str, ...]
    reference_days: int
    evidence: dict[str, str]
    gate: Gate  # tells which rules could match a text, before running them

    def month_of(self, name: str) -> int:
        return self.months[name.casefold().rstrip(".")]


_CACHE: dict[tuple[str, str], DateLanguage] = {}


def _words(words: list[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)", re.I) if words else re.compile(r"(?!)")


def _rule(raw: dict[str, Any], placeholders: dict[str, str], where: str) -> DateRule:
    name = raw.get("name", "?")
    resolve = raw.get("resolve")
    if resolve not in RESOLVERS:
        raise ValueError(f"{where}: rule {name!r}: resolve must be one of {RESOLVERS}")
    direction = raw.get("direction", "tense")
    if direction not in DIRECTIONS:
        raise ValueError(f"{where}: rule {name!r}: direction must be one of {DIRECTIONS}")
    unit = raw.get("unit", "day")
    if unit not in UNITS:
        raise ValueError(f"{where}: rule {name!r}: unit must be one of {UNITS}")
    pattern = raw["pattern"]
    for key, value in placeholders.items():
        pattern = pattern.replace("{" + key + "}", value)
    try:
        compiled = re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"{where}: rule {name!r}: bad pattern ({exc})") from None
    return DateRule(name, resolve, compiled, unit, int(raw.get("offset", 0)), direction,
                    required_parts(pattern))


def date_language(lex: Lexicon, code: str) -> DateLanguage:
    """The compiled date knowledge of ``code`` (falling back like :meth:`Lexicon.lang`)."""
    key = (lex.fingerprint, code)
    if key not in _CACHE:
        data = lex.lang(code).get("dates") or lex.lang("id")["dates"]
        where = f"data/lang/{code}/dates.yaml"
        months = {str(k).casefold(): int(v) for k, v in data["months"].items()}
        weekdays = {str(k): int(v) for k, v in data["weekdays"].items()}
        name_min = int(data.get("month_name_min", 4))
        short_names = {str(n).casefold() for n in data.get("month_short_names", [])}
        full_names = [m for m in months if len(m) >= name_min or m in short_names]
        placeholders = {
            "MONTH": f"(?i:{alternation(list(months))})",
            "MONTH_NAME": f"(?i:{alternation(full_names)})",
            "WEEKDAY": f"(?:{alternation(list(weekdays))})",
        }
        names: dict[int, str] = {}
        for name, number in weekdays.items():
            names.setdefault(number, name)
        month_names: dict[int, str] = {}
        for name in full_names:
            month_names.setdefault(months[name], name.capitalize())
        rules = tuple(_rule(r, placeholders, where) for r in data["rules"])
        _CACHE[key] = DateLanguage(
            code=code,
            rules=rules,
            months=months,
            weekdays=weekdays,
            weekday_names=names,
            month_names=month_names,
            future_cues=_words(data.get("future_cues", [])),
            past_cues=_words(data.get("past_cues", [])),
            datestamp_after=tuple(data.get("datestamp_after", [","])),
            reference_days=int(data.get("weekday_reference_days", 7)),
            evidence=dict(data.get("evidence", {})),
            gate=Gate([rule.needs for rule in rules]),
        )
    return _CACHE[key]
