"""Per-step cost of the per-document pipeline, in ms per article (run by hand).

    .venv/bin/python benchmarks/steps.py                      # benchmarks/out/corpus-1000
    .venv/bin/python benchmarks/steps.py SEED_DIR --repeat 5
    .venv/bin/python benchmarks/steps.py --code /tmp/old   # another checkout's build_digest

Decodes every seed once, then runs the pipeline steps (``pipeline.STEPS``) over all of them
``--repeat`` times in this process, timing each step. Prints, per step, the best and the median
ms/article (CPU time of this process) over the repetitions (the spread says how noisy it was),
then the same for the whole per-document pipeline. The first pass also pays for filling
per-process caches (compiled patterns, parsed dates), as a fresh worker process does: its total
is shown on its own line.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load_texts(seed_dir: Path) -> list[tuple[Path, str, dict]]:
    from build_digest.decode import decode_bytes
    from build_digest.sidecar import load_sidecar, sidecar_path

    out = []
    for path in sorted(seed_dir.rglob("*.txt")):
        decoded = decode_bytes(path.read_bytes(), str(path))
        side = sidecar_path(path)
        out.append((path, decoded.text, load_sidecar(side) if side else {}))
    return out


def one_pass(texts: list[tuple[Path, str, dict]]) -> dict[str, float]:
    """Seconds spent in each step over the whole corpus."""
    from build_digest.doc import Document
    from build_digest.ingest import apply_sidecar
    from build_digest.lexicon import load_lexicon
    from build_digest.pipeline import STEPS

    lex = load_lexicon()
    spent = {name: 0.0 for name, _ in STEPS}
    clock = time.process_time  # CPU time: less disturbed by other processes on a shared machine
    for path, text, sidecar in texts:
        doc = Document(source=str(path), id=path.stem, text=text, sidecar=sidecar)
        if "language" in sidecar:
            doc.meta.language = sidecar["language"]
        for name, step in STEPS:
            start = clock()
            step(doc, lex)
            spent[name] += clock() - start
        apply_sidecar(doc)
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seeds", nargs="?", type=Path, default=HERE / "out" / "corpus-1000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--code", type=Path, default=HERE.parent,
                        help="folder holding the build_digest package to measure")
    args = parser.parse_args()
    sys.path.insert(0, str(args.code.resolve()))
    from build_digest.lexicon import load_lexicon
    from build_digest.pipeline import STEPS

    print(f"code: {sys.modules['build_digest.lexicon'].__file__}")
    start = time.perf_counter()
    load_lexicon()
    lexicon_s = time.perf_counter() - start
    texts = load_texts(args.seeds)
    n = len(texts)
    if not n:
        raise SystemExit(f"no *.txt in {args.seeds}")
    passes = [one_pass(texts) for _ in range(max(1, args.repeat))]
    print(f"{n} articles from {args.seeds}, {len(passes)} passes; lexicon load {lexicon_s:.2f} s")
    print(f"{'step':<18} {'best':>8} {'median':>8}  ms/article")
    names = [name for name, _ in STEPS]
    totals = [sum(p.values()) for p in passes]
    for name in names:
        per = [1000 * p[name] / n for p in passes]
        print(f"{name:<18} {min(per):8.3f} {statistics.median(per):8.3f}")
    per_total = [1000 * t / n for t in totals]
    print(f"{'TOTAL':<18} {min(per_total):8.3f} {statistics.median(per_total):8.3f}"
          f"   (passes: {', '.join(f'{t:.2f}' for t in per_total)})")
    print(f"{'first pass (cold)':<18} {per_total[0]:8.3f}")


if __name__ == "__main__":
    main()
