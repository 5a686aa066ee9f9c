"""The parsed language data is kept in the build cache and re-read when any data file changes."""

from __future__ import annotations

import shutil

import pytest

from build_digest import lexicon


@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    """A copy of the language data, read by load_lexicon, with its own cache folder."""
    data = tmp_path / "data"
    shutil.copytree(lexicon.DATA_DIR, data)
    monkeypatch.setattr(lexicon, "DATA_DIR", data)
    monkeypatch.setenv("BUILD_DIGEST_CACHE", str(tmp_path / "cache"))
    lexicon.load_lexicon.cache_clear()
    yield data
    lexicon.load_lexicon.cache_clear()


def _fresh():
    lexicon.load_lexicon.cache_clear()
    return lexicon.load_lexicon()


def test_second_load_comes_from_the_cache_and_equals_the_parse(data_copy, tmp_path, monkeypatch):
    parsed = _fresh()
    assert len(list((tmp_path / "cache" / "lexicon").glob("*.pickle"))) == 1
    monkeypatch.setattr(lexicon, "_load_yaml", lambda path: pytest.fail(f"parsed {path}"))
    cached = _fresh()
    assert cached == parsed
    assert cached.fingerprint == parsed.fingerprint


def test_an_edited_data_file_is_parsed_again(data_copy, tmp_path):
    before = _fresh()
    outlets = data_copy / "outlets.yaml"
    outlets.write_text(outlets.read_text(encoding="utf-8")
                       + "  Warta Lembah Hijau:\n    - Warta Lembah Hijau\n", encoding="utf-8")
    after = _fresh()
    assert "Warta Lembah Hijau" in after.outlets
    assert "Warta Lembah Hijau" not in before.outlets
    assert after.fingerprint != before.fingerprint
    # only the entry for the current data is kept
    assert len(list((tmp_path / "cache" / "lexicon").glob("*.pickle"))) == 1


def test_a_new_language_file_is_parsed_again(data_copy):
    before = _fresh()
    lang = next(p for p in sorted((data_copy / "lang").iterdir()) if p.is_dir())
    (lang / "zz_extra.yaml").write_text("extra_test_key:\n  - nilai\n", encoding="utf-8")
    after = _fresh()
    assert after.languages[lang.name]["extra_test_key"] == ["nilai"]
    assert "extra_test_key" not in before.languages[lang.name]


def test_an_unreadable_cache_entry_is_parsed_again(data_copy, tmp_path):
    parsed = _fresh()
    (entry,) = (tmp_path / "cache" / "lexicon").glob("*.pickle")
    entry.write_bytes(b"not a pickle")
    assert _fresh() == parsed


def test_a_build_keeps_the_parsed_lexicon(data_copy, tmp_path, monkeypatch):
    """The document cache's pruning after a full build leaves the parsed lexicon beside it."""
    from build_digest.build import build

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "kabar.txt").write_text(
        "Warga Desa Sukamaju memperbaiki jembatan\n\nSUKAMAJU - Warga memperbaiki jembatan desa "
        "pada Sabtu (12/4/2025). \"Kami bekerja sampai sore,\" kata Ketua RT Darsono.\n",
        encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: Uji\n", encoding="utf-8")
    cache = tmp_path / "cache"
    _fresh()
    (entry,) = (cache / "lexicon").glob("*.pickle")
    (cache / "ab").mkdir(parents=True)
    (cache / "ab" / "abcdef.pickle").write_bytes(b"an entry no build uses")
    build(seeds, tmp_path / "docs", cache_dir=cache)
    assert entry.is_file()
    assert not (cache / "ab" / "abcdef.pickle").exists()
