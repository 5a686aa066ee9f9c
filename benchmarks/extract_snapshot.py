"""Regression check for speed work: the per-document pipeline's full output, byte for byte.

    .venv/bin/python benchmarks/extract_snapshot.py save  benchmarks/out/golden.jsonl [FILES...]
    .venv/bin/python benchmarks/extract_snapshot.py check benchmarks/out/golden.jsonl [FILES...]

Every file (default: seeds/, tests/articles/, tests/site_articles/, tests/hostile/seeds/ and
benchmarks/out/corpus-1000/ when present) is annotated by ``ingest.load_document`` in this
process, and the whole document is dumped: every span with its attributes, quotes with their
attributes, metadata, events and warnings (input errors are dumped as such). ``save`` writes one
JSON line per file; ``check`` compares and lists the files whose output changed (exit 1).
Optimizing a step must leave this output unchanged.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from build_digest.errors import InputError  # noqa: E402
from build_digest.ingest import load_document  # noqa: E402
from build_digest.lexicon import load_lexicon  # noqa: E402

DEFAULT_DIRS = ["seeds", "tests/articles", "tests/site_articles", "tests/hostile/seeds",
                "benchmarks/out/corpus-1000"]


def plain(value: Any) -> Any:
    """A JSON-able, deterministic form of any annotation value."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted(plain(v) for v in value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    if value is None or isinstance(value, (str, int, bool)):
        return value
    return repr(value)


def default_files() -> list[Path]:
    files: list[Path] = []
    for name in DEFAULT_DIRS:
        folder = ROOT / name
        if folder.is_dir():
            files += sorted(p for p in folder.rglob("*.txt") if p.is_file())
    return files


def snapshot_line(path: Path) -> str:
    shown = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)
    try:
        record = plain(load_document(path, shown, load_lexicon()))
    except InputError as exc:
        record = {"error": exc.message.replace(str(ROOT), "<root>")}  # the same in any checkout
    return json.dumps({"file": shown, "doc": record}, ensure_ascii=False, sort_keys=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["save", "check"])
    parser.add_argument("snapshot", type=Path)
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args()
    files = [p.resolve() for p in args.files] or default_files()
    lines = [snapshot_line(p) for p in files]
    if args.action == "save":
        args.snapshot.parent.mkdir(parents=True, exist_ok=True)
        args.snapshot.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"saved {len(lines)} documents to {args.snapshot}")
        return 0
    saved = {json.loads(line)["file"]: line
             for line in args.snapshot.read_text(encoding="utf-8").split("\n") if line}
    changed = [json.loads(line)["file"] for line in lines
               if saved.get(json.loads(line)["file"]) != line]
    for name in changed:
        print(f"changed: {name}")
    print(f"{len(lines) - len(changed)}/{len(lines)} documents identical")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
