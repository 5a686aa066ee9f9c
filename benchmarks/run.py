"""Benchmark the build step and the full site build on synthetic corpora (run by hand).

    .venv/bin/python benchmarks/run.py              # N = 100, 1000, 10000
    .venv/bin/python benchmarks/run.py 100 1000     # chosen sizes

For each N it prints: the cold build step (no cache), the rebuild when nothing changed, the warm
rebuild after editing one seed, `mkdocs build` alone on the generated Markdown, and the full site
build (`build_digest site`: build step, mkdocs, search index), with wall time, CPU time (the
process and its workers) and peak memory of each, then the ratios the targets are stated in.
Every measurement runs in its own process in a scratch copy of the project. On a shared machine
CPU time is the steadier figure.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from generate_corpus import generate  # noqa: E402

PROJECT_FILES = ["mkdocs.yml", "overrides", "build_digest"]
# What the build step writes into docs/; everything else there is hand-written and copied.
GENERATED = {"index.md", "articles", "speakers", "chronology", "data", "feed.xml",
             ".build_digest.json"}
PEAK_WRAPPER = (
    "import resource, subprocess, sys; "
    "rc = subprocess.run(sys.argv[1:]).returncode; "
    "u = resource.getrusage(resource.RUSAGE_CHILDREN); "
    "sys.stderr.write(f'\\nPEAK_KB {u.ru_maxrss} CPU_S {u.ru_utime + u.ru_stime}\\n'); "
    "sys.exit(rc)"
)


STAGES: dict[int, dict[str, float]] = {}  # N -> stage of the full site build -> seconds
LAST_STDERR = [""]


Measure = tuple[float, float, int]  # wall seconds, CPU seconds, peak MiB


def measure(cmd: list[str], cwd: Path) -> Measure:
    """Wall seconds, CPU seconds and peak RSS (MiB) of ``cmd`` run in its own process."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(cwd), "CI": "1"}
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", PEAK_WRAPPER, *cmd], cwd=cwd, env=env,
                          capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    LAST_STDERR[0] = done.stderr
    usage = next(line.split() for line in done.stderr.splitlines() if line.startswith("PEAK_KB"))
    return seconds, float(usage[3]), int(usage[1]) // 1024


def scratch_project(dest: Path, seeds: Path) -> Path:
    hand_written = [f"docs/{p.name}" for p in (ROOT / "docs").iterdir() if p.name not in GENERATED]
    for name in PROJECT_FILES + hand_written:
        src, dst = ROOT / name, dest / name
        dst.parent.mkdir(parents=True, exist_ok=True)
        if src.is_dir():
            shutil.copytree(src, dst, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(src, dst)
    os.symlink(seeds, dest / "seeds")
    # the bytecode a checkout has after its first run (with PYTHONDONTWRITEBYTECODE set, as in
    # some sandboxes, every measured run would otherwise compile the package: 0.15 s at least)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(dest / "build_digest")],
                   check=True)
    return dest


def bench(n: int, corpora: Path) -> dict[str, Measure]:
    seeds = corpora / f"corpus-{n}"
    if not seeds.is_dir() or len(list(seeds.glob("*.txt"))) != n:
        generate(n, seeds)
    py = sys.executable
    results: dict[str, Measure] = {}
    with tempfile.TemporaryDirectory(prefix=f"bench{n}-") as tmp:
        project = scratch_project(Path(tmp), seeds.resolve())
        build = [py, "-m", "build_digest", "build"]
        results["build step (cold)"] = measure([*build, "--no-cache"], project)
        for stamp in (project / ".cache" / "build_digest").glob("*uptodate.*"):
            stamp.unlink()  # docs/ is up to date, but the cache is empty: the next build fills it
        measure(build, project)  # fill the cache
        results["rebuild, nothing changed"] = measure(build, project)
        edited = sorted(seeds.glob("*.txt"))[n // 2]
        original = edited.read_bytes()
        try:
            edited.write_bytes(original + b"Kalimat tambahan untuk uji.\n")
            results["rebuild, 1 seed edited"] = measure(build, project)
        finally:
            edited.write_bytes(original)
        measure([*build, "--no-cache"], project)  # its up-to-date stamp: site skips the step
        results["mkdocs build alone"] = measure(
            [py, "-m", "mkdocs", "build", "--quiet", "--site-dir", "site-mkdocs"], project)
        results["full site build"] = measure([py, "-m", "build_digest", "site", "--timings"],
                                             project)
        STAGES[n] = {line.split(": ")[1]: float(line.split(": ")[2].split()[0])
                     for line in LAST_STDERR[0].splitlines() if line.startswith("timing: ")}
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description="build_digest benchmarks")
    parser.add_argument("sizes", nargs="*", type=int, default=[100, 1000, 10000])
    parser.add_argument("--corpora", type=Path, default=HERE / "out",
                        help="where generated corpora are kept between runs")
    args = parser.parse_args()
    table = {n: bench(n, args.corpora) for n in args.sizes}
    rows = list(next(iter(table.values())))
    print(f"\n{'N':>6} | {'':<26} | {'wall s':>8} | {'CPU s':>8} | {'peak MiB':>8}")
    print("-" * 69)
    for n, res in table.items():
        for row in rows:
            wall, cpu, peak = res[row]
            print(f"{n:>6} | {row:<26} | {wall:8.2f} | {cpu:8.2f} | {peak:8d}")
    print()
    for n, res in table.items():
        cold = res["build step (cold)"]
        ratio = res["full site build"][0] / res["mkdocs build alone"][0]
        print(f"N={n}: build step {1000 * cold[0] / n:.2f} ms/article ({1000 * cold[1] / n:.2f} "
              f"CPU ms); full site / mkdocs alone = {ratio:.2f}")
    for n, stages in STAGES.items():
        print(f"N={n}: full site stages: " + ", ".join(f"{k} {v:.2f} s" for k, v in stages.items()))
    if 1000 in table and 10000 in table:
        big, small = table[10000], table[1000]
        for row in ("build step (cold)", "rebuild, nothing changed", "rebuild, 1 seed edited"):
            print(f"{row}: time ratio 10,000 / 1,000 = {big[row][0] / small[row][0]:.2f} wall, "
                  f"{big[row][1] / small[row][1]:.2f} CPU")


if __name__ == "__main__":
    main()
