"""Generate a realistic synthetic corpus from the seeds, for benchmarks.

Each synthetic article takes a seed's headline and paragraphs, recombined with paragraphs of
other seeds, and varies what a real year of coverage varies: the outlet lead, the dateline, the
publication date written in the text, the speakers' names (so there are many speakers), and the
wording of shared statements (so the same statement recurs across outlets with small changes).
Deterministic for a given N and seed.

    python benchmarks/generate_corpus.py 1000 benchmarks/out/corpus-1000
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

LEADS = [
    "JAKARTA, KOMPAS.com - ", "Liputan6.com, Jakarta - ", "KONTAN.CO.ID - {CITY}. ",
    "Suara.com - ", "{CITY} - ", "TEMPO.CO, Jakarta - ", "Jakarta, CNN Indonesia -- ",
    "REPUBLIKA.CO.ID, {CITY} -- ", "Bisnis.com, JAKARTA - ", "",
]
CITIES = ["JAKARTA", "MOSKOW", "WASHINGTON", "ISTANBUL", "KYIV", "BRUSSEL", "RIYADH", "BUDAPEST"]
FIRST = ["Dmitry", "Sergei", "Maria", "Anna", "Budi", "Siti", "Joko", "Retno", "Mike", "Marco",
         "Andriy", "Olena", "Hakan", "Rustem", "Yuri", "Natalia", "Ahmad", "Dewi", "Rina", "Agus"]
LAST = ["Peskov", "Lavrov", "Zakharova", "Santoso", "Wijaya", "Haryanto", "Waltz", "Rubio",
        "Yermak", "Sybiha", "Fidan", "Umerov", "Ushakov", "Kovalenko", "Nugroho", "Lestari",
        "Pratama", "Kurniawan", "Saputra", "Hidayat"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
SWAPS = [("terkesan", "sangat terkesan"), ("pemerintahan", "administrasi"), ("dialog", "perundingan"),
         ("segera", "secepatnya"), ("pertemuan", "pertemuan puncak"), ("perang", "konflik")]


def _seed_parts() -> list[tuple[str, list[str]]]:
    """(headline, cleaned paragraphs) of every seed, through the real ingest chain."""
    sys.path.insert(0, str(ROOT))
    from build_digest.ingest import load_document

    parts = []
    for path in sorted(SEEDS.glob("*.txt")):
        doc = load_document(path)
        spans = sorted(doc.spans_of("paragraph"), key=lambda s: s.start)
        paragraphs = [doc.text[s.start:s.end] for s in spans]
        leads = {s.start: s.end for s in doc.spans_of("lead")}
        if spans and spans[0].start in leads:
            paragraphs[0] = doc.text[leads[spans[0].start]:spans[0].end]
        parts.append((doc.meta.title or path.stem, [p for p in paragraphs if len(p) > 40]))
    return parts


def _rename(text: str, names: dict[str, str]) -> str:
    for old, new in names.items():
        text = re.sub(rf"\b{re.escape(old)}\b", new, text)
    return text


def make_article(rng: random.Random, parts: list[tuple[str, list[str]]], index: int) -> str:
    headline, paragraphs = parts[index % len(parts)]
    extra = rng.choice(parts)[1]
    body = paragraphs[: rng.randint(min(4, len(paragraphs)), len(paragraphs))]
    body += rng.sample(extra, min(3, len(extra)))
    if rng.random() < 0.5:
        body.insert(rng.randint(1, len(body)), f"Baca Juga: {rng.choice(parts)[0]}")
    names = {"Peskov": rng.choice(LAST), "Dmitry": rng.choice(FIRST)} if rng.random() < 0.7 else {}
    date = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(365))
    stamp = f"{DAYS[date.weekday()]} ({date.day}/{date.month}/{date.year})"
    lead = rng.choice(LEADS).replace("{CITY}", rng.choice(CITIES))
    first = f"{lead}Pada {stamp}, {body[0]}"
    text = "\n".join([f"{headline} ({index})", first, *body[1:]])
    for old, new in rng.sample(SWAPS, 2):
        if rng.random() < 0.5:
            text = text.replace(old, new, 1)
    return _rename(text, names) + "\n"


def generate(count: int, out: Path, seed: int = 2025) -> Path:
    rng = random.Random(seed * 1_000_003 + count)
    parts = _seed_parts()
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for index in range(count):
        (out / f"{index:05d}_synthetic.txt").write_text(make_article(rng, parts, index), "utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    generate(args.count, args.out)
    print(f"wrote {args.count} articles into {args.out}")


if __name__ == "__main__":
    main()
