"""``rxgate``: the quick test never rules out a text that the pattern matches."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from build_digest.datelang import date_language
from build_digest.lexicon import load_lexicon
from build_digest.rxgate import Gate, could_match, fold_text, required_parts

ROOT = Path(__file__).resolve().parent.parent

PATTERNS = [
    r"\b(?P<w>(?i:kemarin|besok))\b",
    r"(?:(?i:pekan)|minggu)\s+(?:yang\s+)?lalu\b",
    r"(?i:awal|akhir)\s+(?:bulan\s+)?(?P<m>(?i:jan|feb)\.?)\s+\d{4}",
    r"\d{1,2}[/-]\d{1,2}[/-]\d{4}",
    r"(?:19|20)\d{2}(?![.,]\d)",
    r"[A-Z][a-z]{2,}\s+(?:Sk|sK)i",
    r"x(?:ab){1,3}y|z[0-9]q",
    r"(?>ski)s+(?=k)",
    r"(?i:ſki|KI)",
    r"a*|b",
    r"(?<!\w)(?:dia|ia)(?!\w)",
    r"[^a]bc|.k",
    r"\d{1,2}\s+(?i:jan|feb)\.?",
    r"[\d\s]x\sy",
]
TEXTS = st.text("abcksxyzqiSKIXJFNBjfnb019/- \u017f\u212a\u0130\u0131.\t\u00a0\u0663\u0966",
                max_size=50)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_never_rules_out_a_match(text: str) -> None:
    for pattern in PATTERNS:
        for flags in (0, re.I):
            needs = required_parts(pattern, flags)
            if re.search(pattern, text, flags):
                assert could_match(needs, fold_text(text)), (pattern, text)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_gate_agrees_with_the_single_test(text: str) -> None:
    needs = [required_parts(p, flags) for p in PATTERNS for flags in (0, re.I)]
    folded = fold_text(text)
    assert Gate(needs).possible(folded) == [could_match(n, folded) for n in needs]


def test_reads_what_a_pattern_requires() -> None:
    assert required_parts(r"\b(?:(?i:pekan)|minggu)\s+(?:yang\s+)?lalu\b") == (
        frozenset({"minggu ", "pekan "}), frozenset({"lalu"}))
    assert required_parts(r"(?:19|20)\d{2}") == (
        frozenset(f"{c}{d}" for c in ("19", "20") for d in "0123456789"),)
    assert required_parts(r"\w+") == ()  # nothing the test can check
    assert required_parts(r"(?:kata)?\s*") == ()


def test_folding_keeps_ignorecase_equivalents() -> None:
    # under IGNORECASE "ſ" is an "s" and the Kelvin sign a "k": the folded text says so
    assert fold_text("JUM\u017fAT \u212aAMIS") == "jumsat kamis"
    assert could_match(required_parts(r"(?i:kamis)"), fold_text("\u212aAMIS"))
    # \s and \d take any white space and any decimal digit
    assert fold_text("12\u00a0Mei\t\u0663") == "12 mei 3"
    assert could_match(required_parts(r"\d\s+(?i:mei)"), fold_text("\u0661\u00a0MEI"))


def test_the_folded_letters_are_all_there_are() -> None:
    """Every character outside ASCII that IGNORECASE matching takes for an ASCII letter."""
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    outside = {c for c in re.findall("[a-z]", every, re.I) if not c.isascii()}
    assert {fold_text(c) for c in outside} <= set("abcdefghijklmnopqrstuvwxyz")
    assert outside == set("\u0130\u0131\u017f\u212a")


def test_date_rules_on_the_test_articles() -> None:
    lex = load_lexicon()
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "articles").rglob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    checked = 0
    for code in lex.languages:
        for rule in date_language(lex, code).rules:
            assert rule.needs, rule.name  # every date rule has something to test first
            for text in texts:
                for line in text.splitlines():
                    if rule.pattern.search(line):
                        checked += 1
                        assert could_match(rule.needs, fold_text(line)), (rule.name, line)
    assert checked > 100
