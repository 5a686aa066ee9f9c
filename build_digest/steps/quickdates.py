"""The commonest date forms read straight from the language's month table.

Reading a date with dateparser costs about a millisecond; news text is full of "12/2/2025",
"26 Februari 2025" and "Februari 2022". :func:`quick_parse` reads these few shapes itself,
giving exactly what :func:`.dates.library_parse` gives (tests compare the two over every month
form of every language), and answers None for anything else, which then goes to the library:
other shapes, impossible days, 29 February without a year, and month forms of the data that the
library reads otherwise (each form is put to the library once, see :func:`_form_read`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ..datelang import DateLanguage

_NUMERIC = re.compile(r"(\d{1,2})([/-])(\d{1,2})\2(\d{4})")
_DAY_MONTH = re.compile(r"(\d{1,2}) ([A-Za-z]+)\.?(?: (\d{4}))?")
_MONTH_YEAR = re.compile(r"([A-Za-z]+) (\d{4})")
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


Library = Callable[[str], tuple[dt.date, str] | None]


def _form_read(lang: DateLanguage, shape: str, form: str, library: Library) -> int | None:
    """The month ``form`` names, if the library reads it so in this ``shape`` ("day": "15 Mei
    2020", "month": "Mei 2020"); asked once per form and shape, then remembered."""
    known = lang.__dict__.setdefault("_quick_forms", {})
    key = (shape, form)
    if key not in known:
        month = lang.months.get(form)
        if month is None or not form.isascii():
            known[key] = None
        elif shape == "day":
            known[key] = month if library(f"15 {form} 2020") == (dt.date(2020, month, 15), "day") else None
        else:
            known[key] = month if library(f"{form} 2020") == (dt.date(2020, month, 1), "month") else None
    return known[key]


def quick_parse(text: str, lang: DateLanguage, base: dt.date, prefer: str,
                library: Library) -> tuple[dt.date, str] | None:
    """The date and precision ``text`` names when it is one of the common shapes, else None (ask
    the library).

    ``base`` and ``prefer`` as :func:`.dates.library_parse` receives them: a day and month
    without a year fall in ``base``'s year, moved a year back when that day is after ``base``
    ("past") or a year on when it is not after it ("future"). ``library`` reads a probe text
    the way :func:`.dates.library_parse` does (see :func:`_form_read`).
    """
    if prefer not in ("past", "future"):
        return None
    numeric = _NUMERIC.fullmatch(text)
    if numeric:
        first, second = int(numeric.group(1)), int(numeric.group(3))
        day, month = (second, first) if date_order(lang.code) == "MDY" else (first, second)
        return _dated(_day(int(numeric.group(4)), month, day), "day")
    named = _MONTH_YEAR.fullmatch(text)
    if named:
        month = _form_read(lang, "month", named.group(1).casefold(), library)
        return _dated(_day(int(named.group(2)), month, 1) if month else None, "month")
    named = _DAY_MONTH.fullmatch(text)
    if not named:
        return None
    month = _form_read(lang, "day", named.group(2).casefold(), library)
    if month is None:
        return None
    day = int(named.group(1))
    if named.group(3):
        return _dated(_day(int(named.group(3)), month, day), "day")
    found = _day(base.year, month, day)
    if found is None:
        return None
    if prefer == "past" and found > base:
        found = _day(base.year - 1, month, day)
    elif prefer == "future" and found <= base:
        found = _day(base.year + 1, month, day)
    return _dated(found, "day")


def _dated(day: dt.date | None, precision: str) -> tuple[dt.date, str] | None:
    return (day, precision) if day is not None else None
