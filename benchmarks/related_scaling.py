"""Run by hand: time the related-statements corpus step on synthetic quotes.

    python benchmarks/related_scaling.py [N ...]   (default: 1000 5000 10000)

Quotes are drawn from a Zipf-distributed vocabulary (a few very common words, a long tail of
rare ones) plus words of the article's topic, five per article, and one in ten is a reworded
copy of an earlier quote from another article. Candidate search uses blocking, so time should
grow about linearly with N.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from build_digest.doc import Document, Quote
from build_digest.lexicon import load_lexicon
from build_digest.related.step import link_related

QUOTES_PER_DOC = 5
VOCABULARY = 20000
TOPICS = 300  # each article is about one topic; its quotes draw some words from it
TOPIC_WORDS = 25


def _word(rank: int) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    out = ""
    rank += 1000
    while rank:
        rank, digit = divmod(rank, 26)
        out += letters[digit]
    return "ka" + out  # no Indonesian prefix or suffix to strip


def synthetic_corpus(n: int, seed: int = 7) -> list[Document]:
    rng = random.Random(seed)
    weights = [1 / (r + 1) for r in range(VOCABULARY)]
    quotes: list[str] = []
    docs: list[Document] = []
    for d in range(n // QUOTES_PER_DOC):
        topic = rng.randrange(TOPICS)
        texts = []
        for _ in range(QUOTES_PER_DOC):
            if quotes and rng.random() < 0.1:
                words = rng.choice(quotes).split()
                rng.shuffle(words[: len(words) // 3])
                words = words[: max(4, len(words) - rng.randrange(3))]
            else:
                length = rng.randrange(8, 30)
                words = [_word(r) for r in rng.choices(range(VOCABULARY), weights, k=length)]
                words[:: 4] = [_word(VOCABULARY + topic * TOPIC_WORDS + rng.randrange(TOPIC_WORDS))
                               for _ in words[:: 4]]
            texts.append(" ".join(words))
        quotes.extend(texts)
        text, spans = "", []
        for t in texts:
            start = len(text) + 1
            text += f"\u201c{t}\u201d kata dia.\n"
            spans.append((start, start + len(t)))
        doc = Document(source=f"synthetic/{d}.txt", id=f"doc-{d}", text=text)
        doc.quotes = [Quote(f"q{i + 1}", s, e, text[s:e], s - 1, e) for i, (s, e) in enumerate(spans)]
        docs.append(doc)
    return docs


def main(sizes: list[int]) -> None:
    lex = load_lexicon()
    previous = None
    for n in sizes:
        docs = synthetic_corpus(n)
        started = time.perf_counter()
        link_related(docs, lex)
        elapsed = time.perf_counter() - started
        links = sum(len(d.related) for d in docs)
        same = sum(1 for d in docs for link in d.related if link.kind == "same_statement")
        growth = ("" if previous is None else
                  f"  x{elapsed / previous[1]:.2f} for x{n / previous[0]:.1f} quotes")
        print(f"N={n:>6} quotes: {elapsed:7.2f} s  ({links} links, {same} same-statement){growth}")
        previous = (n, elapsed)


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000, 5000, 10000])
