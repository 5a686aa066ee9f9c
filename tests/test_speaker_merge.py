"""The corpus speaker merge finds the names to compare through an index of name parts; it must
map every name exactly as comparing each name with every other does."""

from __future__ import annotations

import random
from collections import Counter

from build_digest.speakers import canonical_names, fits, name_parts


def _all_pairs(names: Counter[str], particles: frozenset[str]) -> dict[str, str]:
    """The merge by its definition: each name compared with every name mapped before it."""
    ordered = sorted(names, key=lambda n: (-len(name_parts(n)), -names[n], n))
    mapping: dict[str, str] = {}
    for name in ordered:
        parts = name_parts(name)
        if not parts:  # initials only ("S."): nobody's name
            mapping[name] = name
            continue
        fuller = {mapping[other] for other in ordered
                  if other != name and other in mapping and len(name_parts(other)) >= len(parts)
                  and fits(parts, name_parts(other), particles)}
        mapping[name] = fuller.pop() if len(fuller) == 1 else name
    return mapping


def test_the_index_maps_names_as_comparing_all_pairs_does():
    rng = random.Random(7)
    first = ["Wulandari", "Wulandary", "Bonifasius", "Hendrawan", "Ketut", "Sekar", "Tamara"]
    middle = ["Ayu", "Putri", "Xaveria", "S.", "Adi"]
    last = ["Simanjuntak", "Simanjuntaq", "Lawalata", "Pardede", "Rumbekwan", "Wirata"]
    names: Counter[str] = Counter()
    for _ in range(400):
        parts = [rng.choice(first)]
        if rng.random() < 0.4:
            parts.append(rng.choice(middle))
        parts.append(rng.choice(last))
        if rng.random() < 0.2:
            parts.insert(0, "I")
        if rng.random() < 0.3:  # a shorter form: one part, or first and last only
            parts = [rng.choice(parts)] if rng.random() < 0.5 else [parts[0], parts[-1]]
        names[" ".join(parts)] += rng.randint(0, 3)
    particles = frozenset({"i"})
    expected = _all_pairs(names, particles)
    assert canonical_names(names, particles) == expected
    assert sum(1 for name, full in expected.items() if name != full) > 20  # merges happened


def test_spelling_variants_differ_only_in_soft_letters() -> None:
    """Transliterations are one person; names a consonant or a last vowel apart are two."""
    mapping = canonical_names(Counter({"Volodymyr Zelenskyy": 2, "Zelenskiy": 1, "Sutarno": 1,
                                       "Suparno Hadi Kusumo": 1, "Sumarni": 1,
                                       "Sumarno Adi Saputra": 1}))
    assert mapping["Zelenskiy"] == "Volodymyr Zelenskyy"
    assert mapping["Sutarno"] == "Sutarno"
    assert mapping["Sumarni"] == "Sumarni"
