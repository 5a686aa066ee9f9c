"""Precision and recall of same-statement detection on a hand-labelled statement set.

The set (YAML) lists statements, each with the versions different outlets printed; every pair of
versions is labelled: same statement when both belong to one statement, otherwise not. Used by
the tests and by ``python -m build_digest.related.evaluate FILE`` to calibrate thresholds.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

import yaml

from ..lexicon import Lexicon, load_lexicon
from .match import Statement, compare, idf_weights
from .text import normalizer


@dataclass(frozen=True, slots=True)
class Version:
    statement: str
    topic: str
    speaker: str | None
    language: str
    kind: str
    text: str


@dataclass
class Report:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    errors: list[str] = field(default_factory=list)
    hard_negatives: int = 0
    cross_language_found: int = 0
    cross_language_total: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def summary(self) -> str:
        return (f"positives {self.tp + self.fn}, negatives {self.fp + self.tn} "
                f"({self.hard_negatives} same topic or speaker): precision {self.precision:.3f}, "
                f"recall {self.recall:.3f} (tp {self.tp}, fp {self.fp}, fn {self.fn}); "
                f"cross-language {self.cross_language_found}/{self.cross_language_total}")


def load_versions(path: Path) -> list[Version]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    out = []
    for st in data["statements"]:
        for v in st["versions"]:
            out.append(Version(st["id"], st.get("topic", ""),
                               v["speaker"] if "speaker" in v else st.get("speaker"),
                               v.get("language", st.get("language", "id")),
                               v.get("kind", "full"), v["text"]))
    return out


def statements(versions: list[Version], lex: Lexicon) -> list[Statement]:
    out = []
    for v in versions:
        norm = normalizer(lex, v.language)
        out.append(Statement(norm.content_keys(v.text), norm.segments(v.text), v.speaker,
                             v.language, ref=v))
    return out


def evaluate(path: Path, lex: Lexicon | None = None) -> Report:
    """Compare every pair of versions in the set and count hits and misses."""
    lex = lex or load_lexicon()
    versions = load_versions(path)
    stmts = statements(versions, lex)
    idf = idf_weights([s.key_set for s in stmts])
    report = Report()

    def weight(key: str) -> float:
        return idf.get(key, 1.0)

    for a, b in combinations(stmts, 2):
        va, vb = a.ref, b.ref
        assert isinstance(va, Version) and isinstance(vb, Version)
        truth = va.statement == vb.statement
        cross = truth and va.language != vb.language
        found = compare(a, b, weight).same
        if cross:
            report.cross_language_total += 1
            report.cross_language_found += found
            continue
        if not truth and (va.topic == vb.topic or (va.speaker and va.speaker == vb.speaker)):
            report.hard_negatives += 1
        if truth and found:
            report.tp += 1
        elif truth:
            report.fn += 1
            report.errors.append(f"missed  {compare(a, b, weight)}\n  {va.text}\n  {vb.text}")
        elif found:
            report.fp += 1
            report.errors.append(f"false   {compare(a, b, weight)}\n  {va.text}\n  {vb.text}")
        else:
            report.tn += 1
    return report


def main(argv: list[str]) -> int:
    for name in argv or ["tests/related/pairs.yaml"]:
        report = evaluate(Path(name))
        print(f"{name}: {report.summary()}")
        for line in report.errors:
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
