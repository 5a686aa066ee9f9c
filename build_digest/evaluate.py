"""Score quote extraction against a hand-made gold file (``python -m build_digest evaluate``).

A gold file (:mod:`build_digest.gold`) lists articles and, for each, every direct quote with
its exact text, speaker and partial flag. The articles are run through the real pipeline as
one corpus (so corpus-wide speaker merging applies), each gold text is located in its article,
and the predicted quotes are matched against the gold ones:

- strict: the predicted span (white space trimmed) is exactly the gold span;
- lenient: the spans share at least half of the longer one's characters (one-to-one, best first).

Counts are kept per article and summed, so scores over several gold files are micro-averages.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .corpus import load_corpus
from .doc import Document, Quote
from .gold import GoldArticle, GoldQuote, load_gold, locate, mark_style
from .textutil import trim

MODES = ("strict", "lenient")
LENIENT_MIN_OVERLAP = 0.5


# --- matching and counting -----------------------------------------------------------------

def normalize_speaker(name: str | None) -> str | None:
    if name is None:
        return None
    return " ".join(unicodedata.normalize("NFC", name).casefold().split()) or None


def _pred_span(doc: Document, quote: Quote) -> tuple[int, int]:
    start = max(0, min(quote.start, len(doc.text)))
    end = max(start, min(quote.end, len(doc.text)))
    return trim(doc.text, start, end)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    longest = max(a[1] - a[0], b[1] - b[0])
    return shared / longest if shared > 0 and longest else 0.0


def match_quotes(gold: list[tuple[int, int]], pred: list[tuple[int, int]], mode: str
                 ) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs; best overlap first, then text order."""
    if mode == "strict":
        free = {}
        for j, span in enumerate(pred):
            free.setdefault(span, []).append(j)
        pairs = []
        for i, span in enumerate(gold):
            if free.get(span):
                pairs.append((i, free[span].pop(0)))
        return pairs
    candidates = sorted(
        ((ratio, i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)
         if (ratio := _overlap(g, p)) >= LENIENT_MIN_OVERLAP),
        key=lambda c: (-c[0], c[1], c[2]))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _ratio, i, j in candidates:
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((i, j))
    return sorted(pairs)


@dataclass(slots=True)
class Counts:
    """Additive counts for one matching mode."""

    gold: int = 0
    pred: int = 0
    matched: int = 0
    speaker_right: int = 0
    partial_right: int = 0

    def __iadd__(self, other: Counts) -> Counts:
        self.gold += other.gold
        self.pred += other.pred
        self.matched += other.matched
        self.speaker_right += other.speaker_right
        self.partial_right += other.partial_right
        return self

    def scores(self) -> dict[str, float]:
        precision = _ratio(self.matched, self.pred)
        recall = _ratio(self.matched, self.gold)
        attributed_p = _ratio(self.speaker_right, self.pred)
        attributed_r = _ratio(self.speaker_right, self.gold)
        return {
            "precision": precision,
            "recall": recall,
            "f1": _f1(precision, recall),
            "speaker_accuracy": _ratio(self.speaker_right, self.matched),
            "attributed_f1": _f1(attributed_p, attributed_r),
            "partial_accuracy": _ratio(self.partial_right, self.matched),
        }


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class CaseCounts:
    """Strict recall and speaker accuracy for the gold quotes of one case tag."""

    gold: int = 0
    found: int = 0
    speaker_right: int = 0


@dataclass(slots=True)
class ArticleResult:
    source: str
    doc_id: str
    counts: dict[str, Counts]
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_quotes: list[dict[str, Any]] = field(default_factory=list)
    wrong_speakers: list[dict[str, Any]] = field(default_factory=list)
    wrong_spans: list[dict[str, Any]] = field(default_factory=list)
    wrong_partial: list[dict[str, Any]] = field(default_factory=list)


def quote_cases(quote: GoldQuote, text: str) -> list[str]:
    """Every case a gold quote belongs to: its tags plus facts read off the text."""
    cases = [f"marks:{mark_style(text, quote.start, quote.end)}"]
    cases.append("partial" if quote.partial else "whole")
    if quote.speaker is None:
        cases.append("no_speaker")
    cases.extend(quote.tags)
    return cases


def score_article(article: GoldArticle, doc: Document, cases: dict[str, CaseCounts]
                  ) -> ArticleResult:
    """Match one document's predicted quotes against its gold quotes."""
    text = doc.text
    gold_spans = [(q.start, q.end) for q in article.quotes]
    preds = list(doc.quotes)
    pred_spans = [_pred_span(doc, q) for q in preds]
    result = ArticleResult(doc.source, doc.id, {})
    pairs_by_mode = {mode: match_quotes(gold_spans, pred_spans, mode) for mode in MODES}
    for mode, pairs in pairs_by_mode.items():
        counts = Counts(gold=len(gold_spans), pred=len(preds), matched=len(pairs))
        for i, j in pairs:
            g, p = article.quotes[i], preds[j]
            if normalize_speaker(g.speaker) == normalize_speaker(p.speaker):
                counts.speaker_right += 1
            if g.partial == bool(p.partial):
                counts.partial_right += 1
        result.counts[mode] = counts

    strict = dict(pairs_by_mode["strict"])
    lenient = dict(pairs_by_mode["lenient"])
    for i, g in enumerate(article.quotes):
        entry = {"gold": g.text, "line": doc.line_of(g.start), "speaker": g.speaker,
                 "key": g.key}
        for case in quote_cases(g, text):
            c = cases.setdefault(case, CaseCounts())
            c.gold += 1
            if i in strict:
                c.found += 1
                c.speaker_right += (normalize_speaker(g.speaker)
                                    == normalize_speaker(preds[strict[i]].speaker))
        j = lenient.get(i)
        if j is None:
            result.misses.append(entry)
            continue
        p = preds[j]
        if i not in strict:
            result.wrong_spans.append({**entry, "predicted": text[slice(*pred_spans[j])]})
        if normalize_speaker(g.speaker) != normalize_speaker(p.speaker):
            result.wrong_speakers.append({**entry, "predicted_speaker": p.speaker,
                                          "evidence": p.speaker_evidence})
        if g.partial != bool(p.partial):
            result.wrong_partial.append({**entry, "partial": g.partial})
    matched_preds = set(lenient.values())
    for j, p in enumerate(preds):
        if j in matched_preds:
            continue
        span = pred_spans[j]
        not_quote = next((n for n in article.not_quotes if _overlap((n.start, n.end), span) > 0),
                         None)
        result.false_quotes.append({
            "predicted": text[slice(*span)], "line": doc.line_of(span[0]),
            "predicted_speaker": p.speaker,
            "not_quote": not_quote.kind if not_quote else None,
        })
    return result


# --- running ---------------------------------------------------------------------------------

@dataclass
class Evaluation:
    gold_files: list[str]
    articles: list[ArticleResult]
    totals: dict[str, Counts]
    cases: dict[str, CaseCounts]

    def scores(self, mode: str = "strict") -> dict[str, float]:
        return self.totals[mode].scores()


def evaluate(gold_paths: Iterable[Path]) -> Evaluation:
    """Run the pipeline over every gold file's articles (one corpus per file) and score it."""
    totals = {mode: Counts() for mode in MODES}
    cases: dict[str, CaseCounts] = {}
    results: list[ArticleResult] = []
    names: list[str] = []
    for gold_path in gold_paths:
        gold = load_gold(gold_path)
        names.append(str(gold_path))
        paths = [a.path for a in gold.articles]
        loaded = load_corpus(paths, display=_display)
        for article, doc in zip(gold.articles, loaded.docs, strict=True):
            locate(article, doc.text, str(gold_path))
            result = score_article(article, doc, cases)
            for mode in MODES:
                totals[mode] += result.counts[mode]
            results.append(result)
    return Evaluation(names, results, totals, dict(sorted(cases.items())))


def _display(path: Path) -> str:
    """The article path relative to the working folder when it lies below it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


# --- reporting -------------------------------------------------------------------------------

_METRICS = (("quote precision", "precision"), ("quote recall", "recall"), ("quote F1", "f1"),
            ("speaker accuracy", "speaker_accuracy"), ("attributed-quote F1", "attributed_f1"),
            ("partial-flag accuracy", "partial_accuracy"))


def report_json(ev: Evaluation) -> str:
    payload = {
        "gold_files": ev.gold_files,
        "totals": {mode: {"counts": _counts_dict(ev.totals[mode]), "scores": ev.scores(mode)}
                   for mode in MODES},
        "cases": {name: {"gold": c.gold, "found": c.found, "speaker_right": c.speaker_right}
                  for name, c in ev.cases.items()},
        "articles": [
            {"source": a.source, "id": a.doc_id,
             **{mode: {"counts": _counts_dict(a.counts[mode]), "scores": a.counts[mode].scores()}
                for mode in MODES},
             "misses": a.misses, "false_quotes": a.false_quotes,
             "wrong_speakers": a.wrong_speakers, "wrong_spans": a.wrong_spans,
             "wrong_partial": a.wrong_partial}
            for a in ev.articles
        ],
    }
    return json.dumps(payload, ensure_ascii=False, indent=1)


def _counts_dict(c: Counts) -> dict[str, int]:
    return {"gold": c.gold, "predicted": c.pred, "matched": c.matched,
            "speaker_right": c.speaker_right, "partial_right": c.partial_right}


def _short(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "\u2026"


def report_text(ev: Evaluation, verbose: bool = False) -> str:
    strict, lenient = ev.totals["strict"], ev.totals["lenient"]
    out = [f"gold: {', '.join(ev.gold_files)} ({len(ev.articles)} articles, {strict.gold} gold "
           f"quotes, {strict.pred} predicted)", "",
           f"{'':24}{'strict':>8}{'lenient':>9}"]
    s_scores, l_scores = strict.scores(), lenient.scores()
    for label, key in _METRICS:
        out.append(f"{label:24}{s_scores[key]:8.3f}{l_scores[key]:9.3f}")
    out += ["", f"{'article (strict)':34}{'gold':>5}{'pred':>5}{'P':>7}{'R':>7}{'F1':>7}"
                f"{'spk':>7}{'attrF1':>7}"]
    for a in ev.articles:
        c = a.counts["strict"]
        s = c.scores()
        out.append(f"{_short(a.doc_id, 33):34}{c.gold:5}{c.pred:5}{s['precision']:7.2f}"
                   f"{s['recall']:7.2f}{s['f1']:7.2f}{s['speaker_accuracy']:7.2f}"
                   f"{s['attributed_f1']:7.2f}")
    if verbose:
        out += ["", f"{'case (strict)':24}{'gold':>5}{'found':>6}{'recall':>8}{'speaker':>8}"]
        for name, c in ev.cases.items():
            out.append(f"{name:24}{c.gold:5}{c.found:6}{_ratio(c.found, c.gold):8.2f}"
                       f"{_ratio(c.speaker_right, c.found):8.2f}")
        for a in ev.articles:
            out.extend(_article_details(a))
    return "\n".join(out) + "\n"


def _article_details(a: ArticleResult) -> list[str]:
    lines: list[str] = []
    for m in a.misses:
        lines.append(f"  missed        line {m['line']}: \u00ab{_short(m['gold'])}\u00bb ({m['speaker']})")
    for f in a.false_quotes:
        why = f" [gold says: {f['not_quote']}, not a quote]" if f["not_quote"] else ""
        lines.append(f"  false quote   line {f['line']}: \u00ab{_short(f['predicted'])}\u00bb{why}")
    for w in a.wrong_spans:
        lines.append(f"  wrong span    line {w['line']}: gold \u00ab{_short(w['gold'], 50)}\u00bb, "
                     f"predicted \u00ab{_short(w['predicted'], 50)}\u00bb")
    for w in a.wrong_speakers:
        lines.append(f"  wrong speaker line {w['line']}: \u00ab{_short(w['gold'], 50)}\u00bb "
                     f"gold {w['speaker']!r}, predicted {w['predicted_speaker']!r}"
                     + (f" (evidence: {_short(w['evidence'], 40)})" if w.get("evidence") else ""))
    for w in a.wrong_partial:
        lines.append(f"  wrong partial line {w['line']}: \u00ab{_short(w['gold'], 50)}\u00bb "
                     f"gold partial={w['partial']}")
    return [f"\n{a.source}", *lines] if lines else []


def below_thresholds(ev: Evaluation, min_f1: float | None, min_speaker: float | None) -> list[str]:
    """Messages for every strict headline score under its threshold."""
    scores = ev.scores("strict")
    failures = []
    if min_f1 is not None and scores["f1"] < min_f1:
        failures.append(f"quote F1 {scores['f1']:.3f} is below {min_f1}")
    if min_speaker is not None and scores["speaker_accuracy"] < min_speaker:
        failures.append(f"speaker accuracy {scores['speaker_accuracy']:.3f} is below {min_speaker}")
    return failures

