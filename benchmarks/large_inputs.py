"""Build time and peak memory of the build step on large and pathological single files.

Run by hand: ``.venv/bin/python benchmarks/large_inputs.py [--size BYTES] [SHAPE...]``. Each shape
is one seed of about ``--size`` bytes built alone in a subprocess (so peak memory is its own).
The build must stay linear: a 5 MB file should take seconds, never minutes.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SENTENCE = ("Pemerintah menyiapkan 120 posko banjir. \u201cKami tidak ingin warga menunggu,\u201d "
            "ujar Rina.Petugas menyiagakan perahu karet. ")


def shapes(n: int) -> dict[str, str]:
    """Name -> text of about ``n`` characters; each stresses another part of the pipeline."""
    return {
        "one-line": "Banjir Meluas\nJAKARTA - " + SENTENCE * (n // len(SENTENCE)) + "\n",
        "many-paragraphs": "Banjir Meluas\nJAKARTA - Hujan.\n\n" + (SENTENCE + "\n\n") * (n // 110),
        "boilerplate-line": "Judul Panjang\nBaca juga: " + "x" * n + "\nJAKARTA - Isi berita.\n",
        "boilerplate-lines": "Judul\n" + "Baca juga: x\nJAKARTA - Isi.Kalimat \u201ckutip\u201d.\n"
        * (n // 45),
        "glued-sentences": "Judul Lem\nJAKARTA - " + "kata.Kata " * (n // 10) + "\n",
        "image-sources": "Judul\n" + "Sumber:\n- https://x.y/z\n" * (n // 25),
        "link-list-headers": "Judul\nJAKARTA - Isi.\n" + "Berita Terkait\n" * (n // 15),
        "spaces": "A" + " " * n + "B\nJAKARTA - isi.\n",
        "quote-marks": "Judul Kutipan\n" + "\u201c" * n + "\n",
        "short-lines": "Judul Baris Pendek\n" + "a\n" * (n // 2),
    }


def run(name: str, text: str) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        seeds = Path(tmp) / "seeds"
        seeds.mkdir()
        (seeds / f"{name}.txt").write_text(text, encoding="utf-8")
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "build_digest", "build", "--seeds", str(seeds),
                               "--out", str(Path(tmp) / "docs")], cwd=ROOT, capture_output=True,
                              text=True)
        elapsed = time.perf_counter() - start
        if done.returncode != 0:
            raise SystemExit(f"{name}: build failed\n{done.stderr}")
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return elapsed, peak_mb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=5_000_000, help="characters per file")
    parser.add_argument("shapes", nargs="*", help="shapes to run (default: all)")
    args = parser.parse_args()
    texts = shapes(args.size)
    print(f"{'shape':<20} {'seconds':>8} {'peak MB (max so far)':>22}")
    for name in args.shapes or list(texts):
        elapsed, peak = run(name, texts[name])
        print(f"{name:<20} {elapsed:8.2f} {peak:22.0f}", flush=True)


if __name__ == "__main__":
    main()
