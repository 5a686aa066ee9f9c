"""Finding the seeds: one scan per build, each seed's and sidecar's stat taken once."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from sitebuild import ROOT

import build_digest.corpus as corpus
import build_digest.ingest as ingest
from build_digest.cli import main
from build_digest.seedfiles import scan_seeds
from build_digest.sidecar import sidecar_path


def _by_rglob(folder: Path) -> list[Path]:
    """The seeds as ``Path.rglob`` finds them (what the scan must agree with)."""
    return sorted((p for p in folder.rglob("*") if p.suffix.lower() == ".txt" and p.is_file()),
                  key=lambda p: p.relative_to(folder).as_posix())


def test_the_scan_finds_the_seeds_and_sidecars_that_lookups_find(tmp_path):
    seeds = tmp_path / "seeds"
    (seeds / "wilayah" / "timur").mkdir(parents=True)
    (seeds / ".arsip").mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for rel in ("b_berita.txt", "a_BESAR.TXT", "wilayah/c.txt", "wilayah/timur/d.txt",
                ".arsip/e.txt", "..txt", "f.txt.bak", ".txt", "g.md", elsewhere / "h.txt"):
        (seeds / rel).write_text("Judul\nIsi berita.\n", "utf-8")
    (seeds / "b_berita.yml").write_text("outlet: Kabar\n", "utf-8")
    (seeds / "b_berita.yaml").write_text("outlet: Lain\n", "utf-8")  # .yml comes first
    (seeds / "wilayah" / "c.yaml").write_text("outlet: Kabar\n", "utf-8")
    (seeds / "a_BESAR.yml").mkdir()  # a folder is no sidecar
    (seeds / "tautan.txt").symlink_to(elsewhere / "h.txt")  # a link to a file is a seed
    (seeds / "ke-folder").symlink_to(elsewhere, target_is_directory=True)  # not followed
    (seeds / "putus.txt").symlink_to(tmp_path / "tidak-ada.txt")  # a broken link is none
    listing = scan_seeds(seeds)
    assert listing.seeds == _by_rglob(seeds)
    assert [p.relative_to(seeds).as_posix() for p in listing.seeds] == [
        "..txt", ".arsip/e.txt", "a_BESAR.TXT", "b_berita.txt", "tautan.txt", "wilayah/c.txt",
        "wilayah/timur/d.txt"]
    for seed in listing.seeds:
        assert listing.sidecar(seed) == sidecar_path(seed)
        assert listing.stat(seed).st_ino == seed.stat().st_ino
    assert listing.sidecar(seeds / "b_berita.txt") == seeds / "b_berita.yml"


def test_a_rebuild_scans_the_seed_folder_once_and_stats_no_seed_again(tmp_path, monkeypatch,
                                                                     capsys):
    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    for name in sorted(os.listdir(ROOT / "tests" / "site_articles"))[:4]:
        shutil.copyfile(ROOT / "tests" / "site_articles" / name, seeds / name)
    assert list(seeds.glob("*.yml")), "some seeds have a sidecar"
    monkeypatch.setenv("BUILD_DIGEST_CACHE", str(tmp_path / "cache"))
    args = ["build", "--seeds", str(seeds), "--out", str(docs)]
    assert main(args) == 0
    edited = sorted(seeds.glob("*.txt"))[0]
    edited.write_text(edited.read_text("utf-8") + "\nKalimat tambahan.\n", "utf-8")
    assert edited.with_suffix(".yml").is_file(), "the edited seed's sidecar is read too"

    scans, stats = [], []
    real_scandir, real_stat = os.scandir, os.stat

    def scandir(path=".", *args):
        scans.append(path if isinstance(path, int) else Path(path))
        return real_scandir(path, *args)

    def stat(path, *args, **kwargs):
        if not isinstance(path, int) and Path(path).parent == seeds:
            stats.append(Path(path).name)
        return real_stat(path, *args, **kwargs)

    def no_lookup(seed):
        raise AssertionError(f"sidecar of {seed} looked up again")

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(os, "stat", stat)
    monkeypatch.setattr(corpus, "sidecar_path", no_lookup)
    monkeypatch.setattr(ingest, "sidecar_path", no_lookup)
    assert main(args) == 0
    monkeypatch.undo()
    capsys.readouterr()
    assert scans.count(seeds) == 1
    assert stats == [edited.name]  # annotating it checks its size before reading it
    page = docs / "articles" / f"{edited.stem.replace('_', '-')}.md"
    assert "Kalimat tambahan." in page.read_text("utf-8")  # the edit was built


def test_a_rebuild_takes_each_seed_digest_once(tmp_path, monkeypatch, capsys):
    """The up-to-date check's digest of a seed (or sidecar) is the one its cache key uses."""
    from collections import Counter

    from build_digest.filedigest import FileDigests

    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    shutil.copytree(ROOT / "seeds", seeds)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("BUILD_DIGEST_CACHE", str(tmp_path / "cache"))
    args = ["build", "--seeds", str(seeds), "--out", str(docs)]
    assert main(args) == 0
    edited = sorted(seeds.glob("*.txt"))[0]
    edited.write_text(edited.read_text("utf-8") + "\nKalimat tambahan.\n", "utf-8")
    looked_up: Counter[str] = Counter()
    real = FileDigests.digest

    def counting(self, path, st=None, name=None):
        looked_up[os.path.abspath(path)] += 1
        return real(self, path, st, name)

    monkeypatch.setattr(FileDigests, "digest", counting)
    assert main(args) == 0
    capsys.readouterr()
    assert os.path.abspath(edited) in looked_up
    assert len(looked_up) >= len(list(seeds.glob("*.txt")))
    assert max(looked_up.values()) == 1
