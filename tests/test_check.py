"""`python -m build_digest check`: every problem at once, without building."""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path

import pytest
from hostile_corpus import load_cases, tree_digest, write_corpus
from sitebuild import ROOT, run

from build_digest.cli import main

GOOD = "Judul Berita Baik\nJAKARTA - Menteri berkata \u201cKami siap.\u201d kepada wartawan.\n"


def check(seeds: Path, capsys) -> tuple[int, list[str]]:
    code = main(["check", "--seeds", str(seeds)])
    err = capsys.readouterr().err
    assert "Traceback" not in err and "internal error" not in err, err
    return code, err.splitlines()


def lines_for(lines: list[str], severity: str, name: str) -> list[str]:
    return [line for line in lines if line.startswith(f"{severity}: ") and f"/{name}" in line]


def test_the_sample_seeds_pass(capsys):
    code, lines = check(ROOT / "seeds", capsys)
    assert code == 0
    assert not [line for line in lines if line.startswith("error")]
    assert re.match(r"checked 5 articles: 0 error\(s\)", lines[-1])


def test_hostile_corpus_every_error_at_once(tmp_path, capsys):
    seeds = write_corpus(tmp_path / "seeds", generated=False)
    before = tree_digest(tmp_path)
    code, lines = check(seeds, capsys)
    assert code == 1
    for case in load_cases():
        errors = lines_for(lines, "error", case.named_file)
        if case.outcome == "builds":
            assert errors == [], case.name
            continue
        assert len(errors) == 1, (case.name, errors)
        if case.line:
            assert re.search(rf"/{re.escape(case.named_file)}:{case.line}\b", errors[0])
        for word in case.words:
            assert word in errors[0], (word, errors[0])
    assert tree_digest(tmp_path) == before, "check must not write anything"
    assert not (tmp_path / "docs").exists()


@pytest.mark.parametrize(("name", "words"), [
    ("orphan-sidecar.yml", ["sidecar without an article", "orphan-sidecar.txt"]),
    ("same-article-b.txt", ["same text as", "same-article-a.txt"]),
    ("index.txt", ["page URL 'index'", "Rename the file"]),
    ("utf16-le-no-bom.txt", ["no byte order mark"]),
    ("windows-1252.txt", ["not UTF-8", "cp1252"]),
])
def test_hostile_corpus_warnings(tmp_path, capsys, name, words):
    seeds = write_corpus(tmp_path / "seeds", generated=False)
    _, lines = check(seeds, capsys)
    found = lines_for(lines, "warning", name)
    assert any(all(w in line for w in words) for line in found), found


@pytest.fixture
def seeds(tmp_path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        shutil.copyfile(seed, folder / seed.name)
    return folder


def test_warnings_alone_do_not_fail(seeds, capsys):
    (seeds / "lama.yml").write_text("outlet: Harian Contoh\n", encoding="utf-8")
    (seeds / "catatan.md").write_text("# catatan\n", encoding="utf-8")
    (seeds / ".DS_Store").write_bytes(b"\x00\x01")
    code, lines = check(seeds, capsys)
    assert code == 0
    assert lines_for(lines, "warning", "lama.yml") and lines_for(lines, "warning", "catatan.md")
    assert not lines_for(lines, "warning", ".DS_Store")
    assert lines[-1] == "checked 5 articles: 0 error(s), 2 warning(s)"


def test_every_bad_key_of_a_sidecar_and_a_bad_seed_are_all_reported(seeds, capsys):
    (seeds / "rusak.txt").write_bytes(b"\x00\x01binary")
    (seeds / "rusak.yml").write_text("title: [1]\npenulis: x\npublished: 2025-13-01\n"
                                     "source_url: ftp://x\n", encoding="utf-8")
    (seeds / "kosong.txt").write_text("  \n", encoding="utf-8")
    code, lines = check(seeds, capsys)
    assert code == 1
    assert len(lines_for(lines, "error", "rusak.txt")) == 1
    keys = [re.search(r"\[(\w+)\]", line).group(1) for line in lines_for(lines, "error", "rusak.yml")]
    assert keys == ["title", "penulis", "published", "source_url"]  # in line order
    assert lines_for(lines, "error", "kosong.txt")
    assert lines[-1] == "checked 7 articles: 6 error(s), 0 warning(s)"


def test_names_that_make_the_same_url_are_flagged(seeds, capsys):
    (seeds / "Berita Hari Ini.txt").write_text(GOOD, encoding="utf-8")
    (seeds / "berita_hari_ini.txt").write_text(GOOD.replace("Baik", "Lain"), encoding="utf-8")
    code, lines = check(seeds, capsys)
    assert code == 0
    flagged = [line for line in lines if "page URL 'berita-hari-ini'" in line]
    assert len(flagged) == 1 and "berita_hari_ini.txt" in flagged[0]


@pytest.mark.skipif(sys.platform != "linux", reason="needs a file system that takes any bytes")
def test_a_file_name_that_is_not_utf8_is_an_error_not_a_crash(seeds, capsys):
    os.close(os.open(os.path.join(os.fsencode(seeds), b"bad\xffname.txt"),
                     os.O_WRONLY | os.O_CREAT))
    Path(os.fsdecode(os.path.join(os.fsencode(seeds), b"bad\xffname.txt"))).write_text(GOOD)
    code, lines = check(seeds, capsys)
    assert code == 1
    assert any("not valid UTF-8" in line and "Rename the file" in line for line in lines)
    out = seeds.parent / "docs"
    assert main(["build", "--keep-going", "--seeds", str(seeds), "--out", str(out)]) == 1
    assert "not valid UTF-8" in capsys.readouterr().err
    assert len(list((out / "articles").glob("*.md"))) == 5


def test_check_from_the_command_line(tmp_path):
    """As a user runs it: a subprocess, exit status 1, one line per problem, no traceback."""
    seeds = write_corpus(tmp_path / "seeds", generated=False)
    done = run([sys.executable, "-m", "build_digest", "check", "--seeds", str(seeds)], ROOT)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert all(re.match(r"(error|warning): |checked \d+ articles", line)
               for line in done.stderr.splitlines())


def test_missing_folder_is_a_clear_error(tmp_path, capsys):
    code = main(["check", "--seeds", str(tmp_path / "tidak-ada")])
    assert code == 2
    assert "no such folder" in capsys.readouterr().err
