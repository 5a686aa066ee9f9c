"""Patterns and small helpers more than one family of attribution rules uses."""

from __future__ import annotations

import re

SPACES = re.compile(r"[ \u00a0\t]*")


def skip_spaces(text: str, pos: int, hi: int) -> int:
    return SPACES.match(text, pos, hi).end()


CAPITAL_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*")
AGE = re.compile(r"\s*\(\d{1,3}\)")
RUN_BEFORE = re.compile(r"[A-Z\u00c0-\u00de][\w'’.-]* $")
# (the capital first, then the look back: the regex engine then skips to capitals quickly)
CAPITAL_WORD = re.compile(r"[A-Z\u00c0-\u00de](?<![\w'’-].)[\w'’-]*")
WORD_RUN = re.compile(r"[\w-]+")
