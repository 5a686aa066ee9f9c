import codecs

import pytest

from build_digest.decode import decode_bytes
from build_digest.errors import InputError


def test_utf8_plain_and_bom():
    assert decode_bytes("Kata “dia”.".encode(), "a.txt").text == "Kata “dia”."
    decoded = decode_bytes(codecs.BOM_UTF8 + b"Halo dunia", "a.txt")
    assert decoded.text == "\ufeffHalo dunia"  # as Path.read_text keeps it
    assert decoded.warnings == []


def test_crlf_and_lone_cr_become_newlines():
    assert decode_bytes(b"satu\r\ndua\rtiga\n", "a.txt").text == "satu\ndua\ntiga\n"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_and_without_bom(codec):
    raw = "Peskov berkata “ya”.\r\nBaris dua.".encode(codec)
    decoded = decode_bytes(raw, "a.txt")
    assert decoded.text == "Peskov berkata “ya”.\nBaris dua."
    assert decoded.encoding.startswith("utf-16")
    if codec != "utf-16":
        assert "re-save" in decoded.warnings[0].lower()


def test_windows_1252_curly_quotes_detected_with_warning():
    raw = "Juru bicara itu berkata \u201cKami siap berdialog dengan siapa pun\u201d kemarin.".encode(
        "cp1252")
    decoded = decode_bytes(raw, "a.txt")
    assert "\u201cKami siap" in decoded.text
    assert decoded.warnings and "not UTF-8" in decoded.warnings[0]


def test_binary_and_nul_bytes_rejected_with_file_and_line():
    with pytest.raises(InputError) as err:
        decode_bytes(b"baris satu\nbaris\x00dua\x00\x01\x02\x03", "bad.txt")
    assert err.value.path == "bad.txt" and err.value.line == 2
    assert "NUL" in err.value.message
    with pytest.raises(InputError):
        decode_bytes(bytes(range(256)) * 4, "png.txt")


@pytest.mark.parametrize("raw", [b"", b"   \n\t\r\n", codecs.BOM_UTF8 + b"\n \n"])
def test_empty_and_whitespace_only_rejected(raw):
    with pytest.raises(InputError, match="empty"):
        decode_bytes(raw, "empty.txt")
