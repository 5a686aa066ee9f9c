"""``lexicon.alternation``: a trie-shaped pattern that matches exactly like the plain one."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from build_digest.lexicon import alternation


def plain(names: list[str]) -> str:
    """The reference: every name, longest first."""
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


# contexts the lexicon uses the alternation in: alone, as a whole word, before more pattern
CONTEXTS = ["(?:{})", "(?<!\\w)(?:{})(?!\\w)", "(?:{})b", "x?(?:{})\\s", "(?:{})+a", "(?:{})$"]
WORDS = st.lists(st.text("abAB .-ı", max_size=5), max_size=7)
TEXTS = st.text("abAB .-ıİſKksx", max_size=40)


@settings(max_examples=300, deadline=None)
@given(WORDS, TEXTS)
def test_trie_finds_what_the_plain_alternation_finds(names: list[str], text: str) -> None:
    for flags in (0, re.I):
        for context in CONTEXTS:
            want = re.compile(context.format(plain(names)), flags)
            got = re.compile(context.format(alternation(names)), flags)
            assert [m.span() for m in got.finditer(text)] == [m.span() for m in want.finditer(text)]


def test_names_sharing_a_prefix_become_a_trie() -> None:
    pattern = alternation(["ketua", "ketua umum", "kepala"])
    assert pattern == r"ke(?:tua(?:\ umum)?|pala)"
    assert re.match(f"(?:{pattern})(?!\\w)", "ketua umum partai").group() == "ketua umum"
    assert re.match(f"(?:{pattern})(?!\\w)", "ketua umumnya").group() == "ketua"


def test_names_that_differ_only_in_case_keep_the_plain_form() -> None:
    # under IGNORECASE both branches fit "DPA"; a trie could not keep the longest-first order
    assert alternation(["dpa", "DPA", "dpa news"]) == plain(["dpa", "DPA", "dpa news"])
    assert alternation([]) == ""


@settings(max_examples=200, deadline=None)
@given(WORDS, TEXTS)
def test_ignorecase_form_matches_alike_under_ignorecase(names: list[str], text: str) -> None:
    for context in CONTEXTS:
        want = re.compile(context.format(plain(names)), re.I)
        got = re.compile(context.format(alternation(names, ignorecase=True)), re.I)
        assert [m.span() for m in got.finditer(text)] == [m.span() for m in want.finditer(text)]
