"""``quickdates``: the common date shapes read directly give what dateparser gives."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import pytest

from build_digest.datelang import DateLanguage, date_language
from build_digest.lexicon import load_lexicon
from build_digest.steps import quickdates
from build_digest.steps.dates import _as_pair, library_parse, read_date
from build_digest.steps.quickdates import quick_parse


def languages() -> list[DateLanguage]:
    lex = load_lexicon()
    return [date_language(lex, code) for code in lex.languages]


Read = tuple[dt.date, str] | None


def quick(text: str, lang: DateLanguage, base: dt.date, prefer: str) -> Read:
    shifted = base - dt.timedelta(days=1) if prefer == "future" else base
    return quick_parse(text, lang, shifted, prefer,
                       lambda probe: _as_pair(library_parse(probe, lang.code, base)))


def library_day(text: str, lang: DateLanguage, base: dt.date, prefer: str) -> Read:
    return _as_pair(library_parse(text, lang.code, base, prefer))


def sample_cases(lang: DateLanguage, rng: random.Random) -> list[tuple[str, dt.date, str]]:
    cases = []
    for form in lang.months:
        for _ in range(4):
            base = dt.date(rng.choice([1999, 2023, 2024, 2025]), 1, 1) + dt.timedelta(
                days=rng.randrange(365))
            day = rng.choice([1, 9, 28, 29, 30, 31, rng.randint(1, 31)])
            shown = rng.choice([form, form.capitalize(), form.upper()]) + rng.choice(["", "."])
            year = rng.choice(["", "", " 2024", " 1999", f" {rng.randint(1900, 2099)}"])
            cases.append((f"{day} {shown}{year}", base, rng.choice(["past", "future"])))
            month_year = f"{rng.choice([form, form.capitalize()])} {rng.randint(1890, 2110)}"
            cases.append((month_year, base, rng.choice(["past", "future"])))
    for _ in range(60):
        base = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(730))
        day, month = rng.randint(0, 32), rng.randint(0, 13)
        sep = rng.choice("/-")
        cases.append((f"{day:0{rng.choice([1, 2])}d}{sep}{month}{sep}{rng.randint(1890, 2110)}",
                      base, "past"))
    return cases


@pytest.mark.parametrize("lang", languages(), ids=lambda lang: lang.code)
def test_quick_reading_agrees_with_the_library(lang: DateLanguage) -> None:
    rng = random.Random(7)
    read = 0
    for text, base, prefer in sample_cases(lang, rng):
        got = quick(text, lang, base, prefer)
        if got is not None:
            read += 1
            assert got == library_day(text, lang, base, prefer), (text, base, prefer)
    assert read > 50


@pytest.mark.parametrize("lang", languages(), ids=lambda lang: lang.code)
def test_year_boundary_around_the_base(lang: DateLanguage) -> None:
    month_of = {n: f for f, n in reversed(list(lang.months.items()))}
    for base in (dt.date(2025, 3, 10), dt.date(2024, 12, 31), dt.date(2025, 1, 1)):
        for shift in (-1, 0, 1):
            day = base + dt.timedelta(days=shift)
            text = f"{day.day} {month_of[day.month]}"
            for prefer in ("past", "future"):
                assert quick(text, lang, base, prefer) == library_day(text, lang, base, prefer)


def test_left_to_the_library() -> None:
    lang = date_language(load_lexicon(), "id")
    base = dt.date(2025, 5, 1)
    assert quick("29 Februari", lang, base, "past") is None  # no such day in 2025
    assert quick("Februari 2022", lang, base, "past") == (dt.date(2022, 2, 1), "month")
    assert quick("31/2/2025", lang, base, "past") is None
    assert quick("kemarin", lang, base, "past") is None
    assert read_date("kemarin", lang, base).date == dt.date(2025, 4, 30)
    assert read_date("12/2/2025", lang, base).date == dt.date(2025, 2, 12)
    assert read_date("Agust 2022", lang, base) == library_parse("Agust 2022", "id", base)


def _counting_library(lang: DateLanguage, asked: list[str]):
    base = dt.date(2025, 5, 1)

    def library(probe: str) -> Read:
        asked.append(probe)
        return _as_pair(library_parse(probe, lang.code, base))
    return library


def test_form_table_is_kept_in_the_build_cache(tmp_path, monkeypatch) -> None:
    """The library is asked about each month form once; later processes (a fresh language
    object) read the answers from the build cache, the same answers."""
    monkeypatch.setenv("BUILD_DIGEST_CACHE", str(tmp_path))
    lang = date_language(load_lexicon(), "id")
    asked: list[str] = []
    made = quickdates._form_table(dataclasses.replace(lang), _counting_library(lang, asked))
    assert len(asked) == 2 * sum(form.isascii() for form in lang.months)
    for (shape, form), month in made.items():
        probe = f"15 {form} 2020" if shape == "day" else f"{form} 2020"
        want = (dt.date(2020, lang.months[form], 15 if shape == "day" else 1),
                "day" if shape == "day" else "month")
        assert (month is not None) == (_counting_library(lang, [])(probe) == want), probe
    assert made["day", "februari"] == 2
    (kept,) = (tmp_path / quickdates.FORMS_DIR).glob("id-*.pickle")
    again: list[str] = []
    assert quickdates._form_table(dataclasses.replace(lang), _counting_library(lang, again)) == made
    assert again == []
    kept.write_bytes(b"not a pickle")  # an unreadable table is made again
    assert quickdates._form_table(dataclasses.replace(lang), _counting_library(lang, again)) == made
    assert again


def test_form_table_of_other_month_forms_is_made_again(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("BUILD_DIGEST_CACHE", str(tmp_path))
    lang = date_language(load_lexicon(), "id")
    quickdates._form_table(dataclasses.replace(lang), _counting_library(lang, []))
    fewer = dataclasses.replace(lang, months={k: v for k, v in lang.months.items() if k != "mei"})
    asked: list[str] = []
    table = quickdates._form_table(fewer, _counting_library(fewer, asked))
    assert asked and ("day", "mei") not in table
    assert len(list((tmp_path / quickdates.FORMS_DIR).glob("id-*.pickle"))) == 1
