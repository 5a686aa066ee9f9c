import datetime as dt

import pytest

from build_digest.errors import InputError

ARTICLE = "Judul Berita Uji Coba\nJAKARTA - Menteri berkata \u201cKami siap.\u201d\n"


def test_sidecar_overrides_and_adds(make_doc):
    doc = make_doc(ARTICLE, sidecar=(
        "outlet: Harian Contoh\npublished: 2025-02-26\nsource_url: https://contoh.id/a\n"
        "notes: [Diperiksa redaksi]\nwire: Reuters\n"))
    assert doc.meta.outlet == "Harian Contoh"
    assert doc.meta.provenance["outlet"] == "sidecar"
    assert doc.meta.published == dt.date(2025, 2, 26)
    assert doc.meta.published_precision == "day" and not doc.meta.published_inferred
    assert doc.meta.source_url == "https://contoh.id/a"
    assert doc.meta.wire == ["Reuters"] and doc.meta.notes == ["Diperiksa redaksi"]


@pytest.mark.parametrize(("sidecar", "key", "line", "words"), [
    ("outlet: X\npenulis: Y\n", "penulis", 2, "unknown key"),
    ("published: 2025-02-30\n", "published", 1, "impossible date"),
    ("published: kemarin\n", "published", 1, "YYYY-MM-DD"),
    ("wire: 42\n", "wire", 1, "text"),
    ("source_url: javascript:alert(1)\n", "source_url", 1, "http"),
    ("language: xx\n", "language", 1, "unknown language"),
])
def test_bad_values_name_file_key_and_line(make_doc, sidecar, key, line, words):
    with pytest.raises(InputError) as err:
        make_doc(ARTICLE, name="bad.txt", sidecar=sidecar)
    assert err.value.key == key and err.value.line == line
    assert err.value.path.endswith("bad.yml") and words in err.value.message


@pytest.mark.parametrize("sidecar", [
    "outlet: [unclosed\n",
    "outlet: !!python/object/apply:os.system ['echo hacked']\n",
    "a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n",
])
def test_unsafe_or_broken_yaml_refused(make_doc, sidecar):
    with pytest.raises(InputError) as err:
        make_doc(ARTICLE, name="bad.txt", sidecar=sidecar)
    assert err.value.line is not None and "YAML" in err.value.message
