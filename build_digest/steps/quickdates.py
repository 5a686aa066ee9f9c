"""The commonest date forms read straight from the language's month table.

Reading a date with dateparser costs about a millisecond; news text is full of "12/2/2025",
"26 Februari 2025" and "Februari 2022". :func:`quick_parse` reads these few shapes itself,
giving exactly what :func:`.dates.library_parse` gives (tests compare the two over every month
form of every language), and answers None for anything else, which then goes to the library:
other shapes, impossible days, 29 February without a year, and month forms of the data that the
library reads otherwise (each form is put to the library once, see :func:`_form_table`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from .. import picklefile
from ..cache import code_fingerprint, default_cache_dir
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


FORMS_DIR = "date-forms"  # in the build cache folder: see _form_table
FormTable = dict[tuple[str, str], int | None]  # (shape, form) -> the month it names, None: ask


@lru_cache(maxsize=1)
def library_versions() -> str:
    """The distributions installed beside dateparser, with their versions (dateparser and the
    libraries it reads dates with): a table made with others is made again."""
    spec = importlib.util.find_spec("dateparser")
    if spec is None or spec.origin is None:
        return ""
    site = Path(spec.origin).parent.parent
    return "\n".join(sorted(p.name for p in site.glob("*.dist-info")))


def _table_path(lang: DateLanguage) -> Path:
    """Where the form table of ``lang`` is kept: named by everything it is made from."""
    key = hashlib.blake2b(repr((code_fingerprint(), lang.code, sorted(lang.months.items()),
                                library_versions())).encode(), digest_size=16).hexdigest()
    return default_cache_dir() / FORMS_DIR / f"{lang.code}-{key}.pickle"


def _form_table(lang: DateLanguage, library: Library) -> FormTable:
    """The month each form of ``lang`` names in each shape ("day": "15 Mei 2020", "month": "Mei
    2020") when the library reads it so, else None: asked of the library form by form once,
    then kept in the build cache, named by this code, the month forms and the libraries'
    versions (a rebuild that annotates one article does not start dateparser for it)."""
    table = lang.__dict__.get("_quick_forms")
    if table is not None:
        return table
    path = _table_path(lang) if library_versions() else None
    stored = picklefile.read(path) if path is not None else None
    if isinstance(stored, dict):
        table = stored
    else:
        table = {}
        for form, month in lang.months.items():
            ascii_form = form.isascii()
            day = ascii_form and library(f"15 {form} 2020") == (dt.date(2020, month, 15), "day")
            table["day", form] = month if day else None
            whole = ascii_form and library(f"{form} 2020") == (dt.date(2020, month, 1), "month")
            table["month", form] = month if whole else None
        if path is not None:
            for old in path.parent.glob(f"{lang.code}-*.pickle"):
                old.unlink(missing_ok=True)
            picklefile.write(path, table)
    lang.__dict__["_quick_forms"] = table  # (a frozen dataclass: its own field is not set)
    return table


def _form_read(lang: DateLanguage, shape: str, form: str, library: Library) -> int | None:
    """The month ``form`` names, if the library reads it so in this ``shape``."""
    return _form_table(lang, library).get((shape, form))


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
