"""Command line: ``python -m build_digest {build,extract,...}``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from .errors import InputError


def _built(args: argparse.Namespace, articles: int, files: int, rendered: int) -> None:
    print(f"built {articles} articles, {files} files into {args.out} "
          f"({rendered} page groups rendered, the others unchanged)", file=sys.stderr)


def _warn(warnings: list[tuple[str, str]]) -> None:
    """Print the seeds' warnings (in one write: a corpus can have thousands)."""
    sys.stderr.write("".join(f"warning: {source}: {warning}\n" for source, warning in warnings))


def _cmd_build(args: argparse.Namespace) -> int:
    from .gcpause import paused

    with paused():  # the collector stays off while only caches are read (see gcpause)
        return _build(args)


def _build(args: argparse.Namespace) -> int:
    from .cache import default_cache_dir
    from .seedfiles import scan_or_none
    from .uptodate import Outputs, unchanged

    cache_dir = None if args.no_cache else default_cache_dir()
    inputs = None
    listing = scan_or_none(Path(args.seeds))  # the seeds, found once for the whole build
    seen = Outputs()  # the output files, found once
    if cache_dir is not None:  # nothing changed since the last build: its output stands
        same, inputs = unchanged(Path(args.seeds), Path(args.out), args.keep_going, cache_dir,
                                 listing, seen)
        if same is not None:
            _warn(same.warnings)
            _built(args, same.articles, same.files, 0)
            return 0
    from .build import build

    result = build(Path(args.seeds), Path(args.out), keep_going=args.keep_going,
                   cache_dir=cache_dir, inputs=inputs, stamp_dir=default_cache_dir(),
                   listing=listing, seen=seen)
    _warn(result.warnings)
    for failure in result.failures:
        print(f"error: {failure.message}", file=sys.stderr)
    _built(args, result.articles, result.pages, len(result.rendered))
    if result.failures:
        print(f"{len(result.failures)} seed(s) failed and were left out", file=sys.stderr)
        return 1
    return 0


def _cmd_extract(args: argparse.Namespace) -> int:
    from .corpus import load_corpus
    from .export import document_json, dumps_line

    paths = [Path(p) for p in args.files]
    loaded = load_corpus(paths, display=lambda p: str(p), keep_going=args.keep_going)
    for doc in loaded.docs:
        sys.stdout.write(dumps_line(document_json(doc)) + "\n")
    for failure in loaded.failures:
        print(f"error: {failure.message}", file=sys.stderr)
    return 1 if loaded.failures else 0


def _cmd_site(args: argparse.Namespace) -> int:
    from .cache import default_cache_dir
    from .publish import SiteBuildError, build_site

    project = Path(args.project)
    timings: dict[str, float] = {}
    cache_dir = None if args.no_cache else default_cache_dir()
    try:
        result = build_site(project, Path(args.seeds), project / "docs", Path(args.site_dir),
                            keep_going=args.keep_going, timings=timings, cache_dir=cache_dir,
                            stamp_dir=default_cache_dir())
    except SiteBuildError as exc:
        print(f"error: {exc}\nThe previous site/ was kept.", file=sys.stderr)
        return 1
    _warn(result.warnings)
    for failure in result.failures:
        print(f"error: {failure.message}", file=sys.stderr)
    print(f"site built from {result.articles} articles into {args.site_dir}", file=sys.stderr)
    if args.timings:
        for name, seconds in timings.items():
            print(f"timing: {name}: {seconds:.2f} s", file=sys.stderr)
    return 1 if result.failures else 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import below_thresholds, evaluate, report_json, report_text

    result = evaluate([Path(p) for p in args.gold])
    sys.stdout.write(report_json(result) + "\n" if args.json else report_text(result, args.verbose))
    failures = below_thresholds(result, args.min_f1, args.min_speaker)
    for failure in failures:
        print(f"below threshold: {failure}", file=sys.stderr)
    return 1 if failures else 0


def _cmd_check(args: argparse.Namespace) -> int:
    from .check import check

    result = check(Path(args.seeds))
    for problem in result.problems:
        print(problem.format(), file=sys.stderr)
    print(f"checked {result.seeds} articles: {len(result.errors)} error(s), "
          f"{len(result.warnings)} warning(s)", file=sys.stderr)
    return 1 if result.errors else 0


Command = Callable[[argparse.Namespace], int]


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m build_digest",
                                  description="Turn news articles into an annotated digest site.")
    top.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    sub = top.add_subparsers(dest="command", required=True)

    build = sub.add_parser("build", help="write the Markdown pages into docs/")
    build.add_argument("--seeds", default="seeds", help="folder of seed articles (default: seeds)")
    build.add_argument("--out", default="docs", help="output folder (default: docs)")
    build.add_argument("--keep-going", action="store_true",
                       help="build every good seed, list the bad ones, exit non-zero")
    build.add_argument("--no-cache", action="store_true",
                       help="annotate every seed afresh (default: reuse .cache/build_digest; "
                            "BUILD_DIGEST_CACHE sets the folder)")
    build.set_defaults(func=_cmd_build)

    site = sub.add_parser("site", help="build step, then mkdocs build --strict into site/")
    site.add_argument("--project", default=".", help="folder holding mkdocs.yml (default: .)")
    site.add_argument("--seeds", default="seeds", help="folder of seed articles (default: seeds)")
    site.add_argument("--site-dir", default="site", help="output folder (default: site)")
    site.add_argument("--keep-going", action="store_true",
                      help="build every good seed, list the bad ones, exit non-zero")
    site.add_argument("--no-cache", action="store_true",
                      help="annotate every seed afresh (as for build)")
    site.add_argument("--timings", action="store_true", help="print how long each stage took")
    site.set_defaults(func=_cmd_site)

    lint = sub.add_parser("check", help="lint seeds and sidecars without building; list every "
                          "problem, exit 1 on errors")
    lint.add_argument("--seeds", default="seeds", help="folder of seed articles (default: seeds)")
    lint.set_defaults(func=_cmd_check)

    extract = sub.add_parser("extract", help="print one JSON object per file (JSON Lines)")
    extract.add_argument("files", nargs="+", help="seed files")
    extract.add_argument("--keep-going", action="store_true",
                         help="skip bad files (reported on stderr), exit non-zero")
    extract.set_defaults(func=_cmd_extract)

    evaluate = sub.add_parser("evaluate", help="score quote extraction against gold file(s)")
    evaluate.add_argument("gold", nargs="+", help="gold YAML file(s), e.g. tests/gold/seeds.yaml")
    evaluate.add_argument("--json", action="store_true", help="print the full result as JSON")
    evaluate.add_argument("--verbose", action="store_true",
                          help="also list misses, false quotes, wrong spans and speakers, per case")
    evaluate.add_argument("--min-f1", type=float, metavar="X",
                          help="exit 1 when the strict quote F1 is below X")
    evaluate.add_argument("--min-speaker", type=float, metavar="X",
                          help="exit 1 when the strict speaker accuracy is below X")
    evaluate.set_defaults(func=_cmd_evaluate)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except InputError as exc:
        if args.debug and exc.__cause__ is not None:
            raise
        print(f"error: {exc.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: say so plainly, without a traceback unless asked
        if args.debug:
            raise
        print(f"internal error: {type(exc).__name__}: {exc} (run with --debug and report it)",
              file=sys.stderr)
        return 3
