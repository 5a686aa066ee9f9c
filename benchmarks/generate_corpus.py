"""Generate a realistic synthetic corpus from the seeds, for benchmarks.

A year of coverage of one story, made from the seeds' material:

- narrative paragraphs are the seeds' paragraphs without quotes, with the people renamed and every
  dated reference rewritten relative to the article's own (generated) publication date, so that an
  article is internally consistent;
- statements are synthesized by recombining clauses of the seeds' quotes (with varied topics and
  numbers), each said by one of many speakers; a statement recurs across outlets in realistic
  cluster sizes (most in one to five articles, a few in dozens: the remark every outlet carries)
  and each outlet words it a little differently (synonyms, cuts marked by an ellipsis, other
  quotation marks);
- outlets, leads, datelines, attribution styles and related-link boilerplate vary.

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
from dataclasses import dataclass
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
         "Andriy", "Olena", "Hakan", "Rustem", "Yuri", "Natalia", "Ahmad", "Dewi", "Rina", "Agus",
         "Viktor", "Irina", "Kaja", "Antonio", "Faisal", "Keith", "Steve", "Pavel", "Oksana", "Lars"]
LAST = ["Peskov", "Lavrov", "Zakharova", "Santoso", "Wijaya", "Haryanto", "Waltz", "Rubio",
        "Yermak", "Sybiha", "Fidan", "Umerov", "Ushakov", "Kovalenko", "Nugroho", "Lestari",
        "Pratama", "Kurniawan", "Saputra", "Hidayat", "Orban", "Kallas", "Guterres", "Kellogg",
        "Witkoff", "Dmitriev", "Shevchenko", "Bondarenko", "Lindqvist", "Rahman"]
ROLES = ["Juru bicara Kremlin", "Menteri Luar Negeri", "Penasihat Keamanan Nasional",
         "Duta Besar", "Wakil Menteri Pertahanan", "Kepala Staf Kepresidenan", "Utusan khusus",
         "Juru bicara Kementerian Luar Negeri", "Sekretaris Dewan Keamanan", "Perdana Menteri"]
TOPICS = ["pertukaran tahanan", "gencatan senjata", "jaminan keamanan", "ekspor gandum",
          "sanksi ekonomi", "pembangkit nuklir", "koridor kemanusiaan", "perjanjian mineral",
          "bantuan militer", "pemilihan umum", "pengungsi", "jalur pelayaran", "harga energi",
          "pasukan penjaga perdamaian", "rekonstruksi", "tahanan perang"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember"]
SWAPS = [("terkesan", "sangat terkesan"), ("pemerintahan", "administrasi"), ("dialog", "perundingan"),
         ("segera", "secepatnya"), ("pertemuan", "pertemuan puncak"), ("perang", "konflik"),
         ("kami", "pihak kami"), ("tidak", "tak"), ("sedang", "tengah"), ("harus", "mesti")]
VERBS_AFTER = ["ujar {name}", "kata {name}", "ujarnya", "katanya", "tegas {name}",
               "ungkap {name}", "tambah {name}", "kata {role} itu"]
# Cluster sizes of statements: (share of statements, least, most articles carrying one).
CLUSTER_SIZES = [(0.65, 1, 1), (0.28, 2, 5), (0.06, 6, 15), (0.01, 16, 60)]
QUOTES_PER_ARTICLE = (2, 7)

_NUMERIC_DATE = re.compile(r"\b(" + "|".join(DAYS) + r")\s*\((\d{1,2})/(\d{1,2})/(\d{4})\)")
_NAMED_DATE = re.compile(r"\b(" + "|".join(DAYS) + r"),\s*(\d{1,2})\s+(" + "|".join(MONTHS) + r")\b")
_DAY_NAME = re.compile(r"\b(?:pada|hari)\s+(?:hari\s+)?(" + "|".join(DAYS) + r")\b")
_QUOTE_CHARS = re.compile(r"[\"“”]")
_CLAUSE_BREAK = re.compile(r"(?:,|;|\.\s|…)\s*")


@dataclass
class Speaker:
    first: str
    last: str
    role: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Statement:
    text: str
    speaker: Speaker


def _seed_material() -> tuple[list[str], list[str], list[str], list[str]]:
    """Headlines, narrative paragraphs (no quotes), quote clauses and the words of the seeds."""
    sys.path.insert(0, str(ROOT))
    from build_digest.ingest import load_document

    headlines, narrative, clauses = [], [], []
    vocabulary: set[str] = set()
    for path in sorted(SEEDS.glob("*.txt")):
        doc = load_document(path)
        if doc.meta.title and len(doc.meta.title) < 110:
            headlines.append(doc.meta.title)
        vocabulary.update(w for w in re.findall(r"\b[a-z]{5,}\b", doc.text) if w.isalpha())
        leads = {s.start: s.end for s in doc.spans_of("lead")}
        for span in sorted(doc.spans_of("paragraph"), key=lambda s: s.start):
            text = doc.text[leads.get(span.start, span.start):span.end]
            if len(text) > 60 and not _QUOTE_CHARS.search(text):
                narrative.append(text)
        for quote in doc.quotes:
            for part in _CLAUSE_BREAK.split(quote.text):
                words = part.strip(" .,;").split()
                if len(words) >= 4:
                    clauses.append(" ".join(words))
    return headlines, narrative, clauses, sorted(vocabulary)


def _speakers(rng: random.Random, count: int) -> list[Speaker]:
    pairs = [(f, last) for f in FIRST for last in LAST]
    rng.shuffle(pairs)
    return [Speaker(f, last, rng.choice(ROLES)) for f, last in pairs[:count]]


def _vary(rng: random.Random, clause: str, vocabulary: list[str]) -> str:
    """A new clause on the pattern of ``clause``: many of its longer words replaced."""
    words = clause.split()
    for i, word in enumerate(words):
        if i and len(word) >= 5 and word.isalpha() and word.islower() and rng.random() < 0.5:
            words[i] = rng.choice(vocabulary)
    return " ".join(words)


def _statement_text(rng: random.Random, clauses: list[str], vocabulary: list[str]) -> str:
    parts = [_vary(rng, c, vocabulary) for c in rng.sample(clauses, rng.choice((1, 2, 2, 3)))]
    if rng.random() < 0.6:
        parts.append(f"termasuk soal {rng.choice(TOPICS)}")
    if rng.random() < 0.3:
        parts.append(f"dalam {rng.randint(2, 30)} hari ke depan")
    text = ", ".join(parts)
    return text[0].upper() + text[1:] + "."


def _cluster_size(rng: random.Random, cap: int) -> int:
    roll = rng.random()
    for share, least, most in CLUSTER_SIZES:
        if roll < share:
            return max(1, min(cap, rng.randint(least, most)))
        roll -= share
    return 1


def _occurrences(rng: random.Random, count: int, clauses: list[str], vocabulary: list[str],
                 speakers: list[Speaker]) -> list[list[Statement]]:
    """Statements of each article: clusters dealt out so that one article never repeats one."""
    slots = [rng.randint(*QUOTES_PER_ARTICLE) for _ in range(count)]
    deck: list[Statement] = []  # clusters one after another
    weights = [1 / (rank + 1) for rank in range(len(speakers))]  # a few speakers talk most
    while len(deck) < sum(slots):
        stmt = Statement(_statement_text(rng, clauses, vocabulary), rng.choices(speakers, weights)[0])
        deck.extend([stmt] * _cluster_size(rng, max(1, count // 4)))
    # Slots in rounds (every article's first quote, then every second one...): a cluster dealt
    # to consecutive slots lands in distinct articles.
    free = sorted(((rank, article) for article, n in enumerate(slots) for rank in range(n)))
    per_article: list[list[Statement]] = [[] for _ in range(count)]
    for (_rank, article), stmt in zip(free, deck, strict=False):
        if all(s is not stmt for s in per_article[article]):
            per_article[article].append(stmt)
    for statements in per_article:
        rng.shuffle(statements)
    return per_article


def _reword(rng: random.Random, text: str) -> str:
    """Another outlet's version of a statement."""
    for old, new in rng.sample(SWAPS, 3):
        if rng.random() < 0.4:
            text = re.sub(rf"\b{re.escape(old)}\b", new, text, count=1)
    parts = text.split(", ")
    if len(parts) >= 3 and rng.random() < 0.25:
        text = f"{parts[0]}… {parts[-1]}"
    return text


def _shift(date: dt.date, rng: random.Random) -> dt.date:
    return date - dt.timedelta(days=rng.choice((0, 1, 1, 2)))


def _redate(text: str, date: dt.date, rng: random.Random) -> str:
    """Dated references rewritten to days just before ``date``, weekdays matching."""
    def numeric(_m: re.Match[str]) -> str:
        day = _shift(date, rng)
        return f"{DAYS[day.weekday()]} ({day.day}/{day.month}/{day.year})"

    def named(_m: re.Match[str]) -> str:
        day = _shift(date, rng)
        return f"{DAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]}"

    def weekday(m: re.Match[str]) -> str:
        day = _shift(date, rng)
        return m.group(0).replace(m.group(1), DAYS[day.weekday()])

    text = _NUMERIC_DATE.sub(numeric, text)
    text = _NAMED_DATE.sub(named, text)
    return _DAY_NAME.sub(weekday, text)


def _rename(text: str, speaker: Speaker) -> str:
    text = re.sub(r"\bDmitry Peskov\b", speaker.name, text)
    return re.sub(r"\bPeskov\b", speaker.last, text)


def _quote_paragraph(rng: random.Random, stmt: Statement, introduced: set[str]) -> str:
    text = _reword(rng, stmt.text)
    who = stmt.speaker
    open_, close = rng.choice((('"', '"'), ("“", "”")))
    if who.name not in introduced:
        introduced.add(who.name)
        if rng.random() < 0.5:
            return f"{who.role} {who.name} mengatakan, {open_}{text}{close}"
        body = text.rstrip(".")
        return f"{open_}{body},{close} kata {who.role.lower()} {who.name}."
    body = text.rstrip(".")
    verb = rng.choice(VERBS_AFTER).format(name=who.last, role=who.role.split()[0].lower())
    return f"{open_}{body},{close} {verb}."


def make_article(rng: random.Random, index: int, headlines: list[str], narrative: list[str],
                 statements: list[Statement]) -> str:
    date = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(365))
    main = statements[0].speaker if statements else None
    stamp = f"{DAYS[date.weekday()]} ({date.day}/{date.month}/{date.year})"
    lead = rng.choice(LEADS).replace("{CITY}", rng.choice(CITIES))
    story = rng.sample(narrative, rng.randint(3, 6))
    introduced: set[str] = set()
    quotes = [_quote_paragraph(rng, stmt, introduced) for stmt in statements]
    body = [_redate(p, date, rng) for p in story]
    if main:
        body = [_rename(p, main) for p in body]
    paragraphs = [body[0]]
    rest = body[1:] + quotes
    rng.shuffle(rest)
    paragraphs += rest
    if rng.random() < 0.4:
        paragraphs.insert(rng.randint(1, len(paragraphs)), f"Baca Juga: {rng.choice(headlines)}")
    topic = rng.choice(TOPICS)
    headline = f"{rng.choice(headlines)}: Soal {topic.title()} ({index})"
    first = f"{lead}Pada {stamp}, {paragraphs[0][0].lower()}{paragraphs[0][1:]}"
    return "\n".join([headline, first, *paragraphs[1:]]) + "\n"


def generate(count: int, out: Path, seed: int = 2025) -> Path:
    rng = random.Random(seed * 1_000_003 + count)
    headlines, narrative, clauses, vocabulary = _seed_material()
    speakers = _speakers(rng, max(20, min(len(FIRST) * len(LAST), count // 5)))
    per_article = _occurrences(rng, count, clauses, vocabulary, speakers)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for index in range(count):
        text = make_article(rng, index, headlines, narrative, per_article[index])
        (out / f"{index:05d}_synthetic.txt").write_text(text, "utf-8")
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
