"""Bytes to text: the first step of ingest.

The decoded text follows Python's own text reading (``Path.read_text``): line endings
become ``\\n`` and nothing else is rewritten, so offsets into it match what any reader of
the file sees. A UTF-8 byte order mark is kept as U+FEFF (invisible; the renderer drops it).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from charset_normalizer import CharsetMatch, from_bytes

from .errors import InputError
from .textutil import is_blank

MAX_BYTES = 64 * 1024 * 1024
_NEWLINES = re.compile(r"\r\n?")
# C0 controls other than tab and newline, which no text editor puts in an article.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def _utf16_without_bom(raw: bytes) -> str | None:
    """Name a BOM-less UTF-16 encoding when NUL bytes sit at every other position."""
    sample = raw[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / len(sample[0::2])
    odd = sample[1::2].count(0) / len(sample[1::2])
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def _legacy_encoding(raw: bytes) -> CharsetMatch | None:
    """The most plausible legacy encoding of non-UTF-8 bytes.

    Windows-1252 wins whenever it reads the bytes at least as cleanly as charset-normalizer's
    own pick: it is what Windows editors save Indonesian and English text in, and its siblings
    (cp1250, cp850...) agree with it on ASCII and quotation marks, so the detector's ranking
    among them is a coin toss that would mangle "é" or "€". Cyrillic or Polish text still
    reads more cleanly in its own encoding and keeps it.
    """
    best = from_bytes(raw).best()
    if best is not None and best.encoding == "cp1252":
        return best
    try:
        raw.decode("cp1252")
    except UnicodeDecodeError:
        return best
    western = from_bytes(raw, cp_isolation=["cp1252"], threshold=1.0).best()
    if western is not None and (best is None or western.chaos <= best.chaos):
        return western
    return best


def decode_bytes(raw: bytes, path: str) -> Decoded:
    """Decode an article file; raise :class:`InputError` for what cannot be an article."""
    if len(raw) > MAX_BYTES:
        raise InputError(path, f"file is {len(raw):,} bytes, over the {MAX_BYTES:,} byte limit",
                         "Split it into one file per article")
    warnings: list[str] = []
    if raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        encoding = "utf-32"  # before UTF-16: the UTF-32-LE mark starts with the UTF-16-LE one
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    elif raw.startswith(codecs.BOM_UTF8):
        encoding = "utf-8"
    elif b"\x00" in raw:
        guessed = _utf16_without_bom(raw)
        if guessed is None:
            offset = raw.index(b"\x00")
            line = raw.count(b"\n", 0, offset) + 1
            raise InputError(path, f"binary data (NUL byte at byte {offset})",
                             "Save the article as plain UTF-8 text", line=line)
        encoding = guessed
        warnings.append(f"no byte order mark; decoded as {guessed}. Re-save the file as UTF-8")
    else:
        encoding = "utf-8"
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        if encoding != "utf-8":
            raise InputError(path, f"not valid {encoding}: {exc.reason} at byte {exc.start}",
                             "Re-save the file as UTF-8") from None
        best = _legacy_encoding(raw)
        if best is None:
            raise InputError(path, "binary data, not text in any known encoding",
                             "Save the article as plain UTF-8 text") from None
        encoding = best.encoding
        text = str(best)
        warnings.append(f"not UTF-8; decoded as {encoding}. Re-save the file as UTF-8")
    text = _NEWLINES.sub("\n", text)
    controls = len(_CONTROL.findall(text))
    if controls and controls > max(8, len(text) // 100):
        offset = _CONTROL.search(text).start()  # type: ignore[union-attr]
        raise InputError(path, f"binary data ({controls} control characters)",
                         "Save the article as plain UTF-8 text", line=text.count("\n", 0, offset) + 1)
    if is_blank(text):
        raise InputError(path, "the file is empty or holds only white space or invisible "
                         "characters", "Add the article text, or delete the file")
    return Decoded(text, encoding.lower().replace("_", "-"), warnings)
