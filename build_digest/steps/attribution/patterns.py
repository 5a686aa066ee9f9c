"""Patterns and small helpers more than one family of attribution rules uses."""

from __future__ import annotations

import re

from ..mentions.words import AGE_IN_BRACKETS

CAPITAL_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*")
AGE = AGE_IN_BRACKETS
RUN_BEFORE = re.compile(r"[A-Z\u00c0-\u00de][\w'’.-]* $")
# (the capital first, then the look back: the regex engine then skips to capitals quickly)
CAPITAL_WORD = re.compile(r"[A-Z\u00c0-\u00de](?<![\w'’-].)[\w'’-]*")
WORD_RUN = re.compile(r"[\w-]+")
