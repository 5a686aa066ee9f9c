"""The phrase a reader finds: a name, a pronoun, an office or an unnamed source."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class NP:
    """A phrase that names or points at a speaker."""

    start: int
    end: int
    kind: str  # name | pronoun | plural | role | anonymous | person_noun
    name: tuple[str, ...] = ()
    role: str = ""  # the office as written, case-folded ("juru bicara kremlin")
    org: bool = False
    anaphoric: bool = False  # "juru bicara itu", "sang pelatih": points back to someone
