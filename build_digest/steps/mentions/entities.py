"""The people and institutions an article's phrases mean, and how their names compare."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache


@lru_cache(maxsize=8192)
def key_tokens(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Name tokens without initials, case-folded: what identifies a person."""
    return tuple(t.casefold() for t in tokens if not (len(t) <= 2 and t.endswith(".")))


def contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    if n == 1:  # the common case, without building slices
        return shorter[0] in longer
    if n == 0 or shorter[0] not in longer:  # (most pairs of names share no word at all)
        return False
    return any(longer[k:k + n] == shorter for k in range(len(longer) - n + 1))


@dataclass
class Entity:
    """One speaker of an article: the fullest name used, offices held, person or institution."""

    tokens: tuple[str, ...]
    org: bool = False
    roles: list[str] = field(default_factory=list)
    last_seen: int = -1
    display: str | None = None  # the name as written when it holds punctuation
    called: set[tuple[str, ...]] = field(default_factory=set)  # short forms it was resolved from
    gender: str = ""  # "female" / "male" when the text says so, "?" when it says both
    described: set[str] = field(default_factory=set)  # words of the descriptions that named it

    @property
    def name(self) -> str:
        return self.display or " ".join(self.tokens)
