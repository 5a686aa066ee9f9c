"""The commonest date forms read straight from the language's month table.

Reading a date with dateparser costs about a millisecond; news text is full of "12/2/2025" and
"26 Februari 2025". :func:`quick_parse` reads these few shapes itself, giving exactly what
:func:`.dates.library_parse` gives (tests compare the two over every month form of every
language), and answers None for anything else, which then goes to the library: other shapes,
impossible days, 29 February without a year, and month forms of the data that the library reads
otherwise (each form is put to the library once, see :func:`month_forms`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ..datelang import DateLanguage

_NUMERIC = re.compile(r"(\d{1,2})([/-])(\d{1,2})\2(\d{4})")
_DAY_MONTH = re.compile(r"(\d{1,2}) ([A-Za-z]+)\.?(?: (\d{4}))?")
YEARS = range(1900, 2100)  # the years the comparison with the library covers


def date_order(code: str) -> str:
    """How the library is told to read numeric dates in ``code``."""
    return "MDY" if code == "en" else "DMY"


def _day(year: int, month: int, day: int) -> dt.date | None:
    if year not in YEARS:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def month_forms(lang: DateLanguage, library: Callable[[str], dt.date | None]) -> dict[str, int]:
    """The month forms of ``lang`` that ``library`` reads as the data says, once per language."""
    cached = lang.__dict__.get("_quick_months")
    if cached is None:
        cached = {form: month for form, month in lang.months.items()
                  if form.isascii() and form.isalpha()
                  and library(f"15 {form} 2020") == dt.date(2020, month, 15)}
        lang.__dict__["_quick_months"] = cached
    return cached


def quick_parse(text: str, lang: DateLanguage, base: dt.date, prefer: str,
                months: dict[str, int]) -> dt.date | None:
    """The day ``text`` names when it is one of the common shapes, else None (ask the library).

    ``base`` and ``prefer`` as :func:`.dates.library_parse` receives them: a day and month
    without a year fall in ``base``'s year, moved a year back when that day is after ``base``
    ("past") or a year on when it is not after it ("future"). ``months``: :func:`month_forms`.
    """
    if prefer not in ("past", "future"):
        return None
    numeric = _NUMERIC.fullmatch(text)
    if numeric:
        first, second = int(numeric.group(1)), int(numeric.group(3))
        day, month = (second, first) if date_order(lang.code) == "MDY" else (first, second)
        return _day(int(numeric.group(4)), month, day)
    named = _DAY_MONTH.fullmatch(text)
    if not named:
        return None
    month = months.get(named.group(2).casefold())
    if month is None:
        return None
    day = int(named.group(1))
    if named.group(3):
        return _day(int(named.group(3)), month, day)
    found = _day(base.year, month, day)
    if found is None:
        return None
    if prefer == "past" and found > base:
        return _day(base.year - 1, month, day)
    if prefer == "future" and found <= base:
        return _day(base.year + 1, month, day)
    return found
