"""The hostile corpus: bad inputs in tests/hostile/seeds, large ones made at test time, and what
each must do (tests/hostile/expected.yaml)."""

from __future__ import annotations

import hashlib
import html
import re
import shutil
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import yaml

HOSTILE = Path(__file__).resolve().parent / "hostile"
HOSTILE_SEEDS = HOSTILE / "seeds"
SIDECAR_SUFFIXES = (".yml", ".yaml")

# A news paragraph in the style of the seeds, with the things scrapers leave: a glued seam, a
# read-also fragment, quotation marks of both kinds, and a script that must stay text.
_SENTENCES = (
    "Pemerintah daerah menyiapkan 120 posko banjir di sepanjang sungai. "
    "\u201cKami tidak ingin warga menunggu bantuan terlalu lama,\u201d ujar Kepala BPBD Rina "
    "Susanti kepada wartawan.Petugas juga menyiagakan perahu karet di tiga kecamatan. "
    "Baca juga: posko lain dibuka. \"Air mulai surut sejak subuh,\" kata seorang warga. "
    "<script>window.__pwned=1</script> "
)


def big_one_line(size: int = 5_000_000) -> bytes:
    """About ``size`` bytes of article text on a single line under a headline."""
    body = _SENTENCES * (size // len(_SENTENCES.encode()) + 1)
    return ("Banjir Meluas di Tiga Kecamatan\nJAKARTA - " + body + "AKHIR-BERKAS.\n").encode()


def big_many_paragraphs(size: int = 6_000_000) -> bytes:
    """About ``size`` bytes: thousands of paragraphs with boilerplate lines between them."""
    block = (_SENTENCES.strip() + "\n\nBaca Juga: Harga Beras Naik\n\n"
             "Berita Terkait\n- Banjir di Hulu\n- Posko Dibuka\n\n")
    count = size // len(block.encode()) + 1
    return ("Banjir Meluas, Ribuan Warga Mengungsi\nJAKARTA - Hujan deras sejak Senin.\n\n"
            + block * count + "AKHIR-BERKAS.\n").encode()


# Large inputs are made at test time rather than committed.
GENERATED = {
    "big-5mb-one-line.txt": big_one_line,
    "big-many-paragraphs.txt": big_many_paragraphs,
}


@dataclass
class Case:
    """One seed of the corpus and what it must do."""

    name: str
    outcome: str  # "builds" or "error"
    shows: list[str] = field(default_factory=list)
    title: str | None = None
    warns: list[str] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    file: str | None = None  # the file the error names (default: the seed itself)
    line: int | None = None

    @property
    def named_file(self) -> str:
        return self.file or self.name


def load_cases() -> list[Case]:
    data = yaml.safe_load((HOSTILE / "expected.yaml").read_text("utf-8"))
    return [Case(name=name, **spec) for name, spec in data.items()]


def write_case(name: str, seeds: Path) -> None:
    """Put the seed ``name`` (and its sidecar, if any) into ``seeds``."""
    seeds.mkdir(parents=True, exist_ok=True)
    if name in GENERATED:
        (seeds / name).write_bytes(GENERATED[name]())
        return
    source = HOSTILE_SEEDS / name
    shutil.copyfile(source, seeds / name)
    for suffix in SIDECAR_SUFFIXES:
        sidecar = source.with_suffix(suffix)
        if sidecar.exists():
            shutil.copyfile(sidecar, seeds / sidecar.name)


def write_corpus(seeds: Path, generated: bool = True) -> Path:
    """The whole corpus (committed files, orphan sidecars included, plus the large ones)."""
    shutil.copytree(HOSTILE_SEEDS, seeds, dirs_exist_ok=True)
    if generated:
        for name, make in GENERATED.items():
            (seeds / name).write_bytes(make())
    return seeds


def tree_digest(folder: Path) -> dict[str, str]:
    """Every file below ``folder`` (path -> sha256), hidden files included."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


# --- reading built HTML -------------------------------------------------------------------------

class _TextParser(HTMLParser):
    """Visible text of a page (script and style contents left out)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


# What a page adds after a quote: its permalink and the speaker note (not seed text).
QUOTE_NOTES = re.compile(r'<a class="bd-permalink"[^>]*>.*?</a>|<span class="bd-quote-by">.*?</span>',
                       re.S)


def visible_text(page: str, generated: bool = False) -> str:
    """The text a reader sees; without the generated quote notes unless ``generated``."""
    parser = _TextParser()
    parser.feed(page if generated else QUOTE_NOTES.sub("", page))
    return re.sub(r"\s+", " ", "".join(parser.parts))


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


_URL_ATTRS = {"href", "src", "action", "formaction", "data", "xlink:href", "poster", "srcdoc"}
_FORBIDDEN_TAGS = {"iframe", "frame", "object", "embed", "base", "applet", "frameset"}
PAYLOAD = re.compile(r"__pwned|alert\(", re.I)


class _SafetyScanner(HTMLParser):
    """Markup on a built page that only injected text could have made."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self._script: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _FORBIDDEN_TAGS:
            self.problems.append(f"<{tag}> element")
        if tag == "meta" and any(n == "http-equiv" and (v or "").lower() == "refresh"
                                 for n, v in attrs):
            self.problems.append("meta refresh")
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=...> event handler")
            if name in _URL_ATTRS and re.match(r"\s*(javascript|vbscript|data):", value, re.I):
                self.problems.append(f"<{tag} {name}={value[:40]!r}> script URL")
        if tag == "script":
            self._script = []
            src = dict(attrs).get("src")
            if src and re.match(r"\s*([a-z]+:|//)", src, re.I):
                self.problems.append(f"<script src={src[:60]!r}> from elsewhere")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            body = "".join(self._script)
            if PAYLOAD.search(html.unescape(body)):
                self.problems.append(f"script with a payload: {body[:80]!r}")
            self._script = None

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script.append(data)


def unsafe_markup(page: str) -> list[str]:
    """What on ``page`` could run script or load something injected; [] when clean.

    JSON-LD data blocks may hold payload text (it is data, serialized safely by ``tojson``), so
    only executable scripts are searched for payloads.
    """
    scanner = _SafetyScanner()
    # data blocks never execute: drop them before scanning
    scanner.feed(re.sub(r'<script\b[^>]*type="application/(?:ld\+)?json"[^>]*>.*?</script>', "",
                        page, flags=re.S))
    return scanner.problems
