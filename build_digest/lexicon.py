"""Language and outlet knowledge, loaded from the YAML files in ``build_digest/data``.

Each language lives in ``data/lang/<code>/``; every YAML file there is merged into one mapping,
so quotes, dates and core knowledge can each keep their own file. Adding a language or an
outlet is a data change.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import yaml

from . import picklefile

DATA_DIR = Path(__file__).parent / "data"


# libyaml's parser when PyYAML has it (the same documents, ten times faster: every build and
# every worker process loads the language data)
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_SAFE_LOADER) or {}


def _merge(into: dict[str, Any], more: dict[str, Any], where: Path) -> None:
    for key, value in more.items():
        if key in into:
            raise ValueError(f"{where}: key {key!r} is already defined for this language")
        into[key] = value


def alternation(names: list[str], ignorecase: bool = False) -> str:
    """A regex alternation of literal names, longest first.

    Written as a trie ("ketua(?: umum)?|kepala") when it can be: the same matches, tried in the
    same order (the longest name that fits first), whatever the flags around it, but the regex
    engine tries a handful of branches at each position instead of every name. With
    ``ignorecase`` (only for a pattern matched with IGNORECASE) ASCII letters are lowered first,
    so that names differing only in case ("dpa", "DPA") share a branch.
    """
    if ignorecase:
        names = ["".join(c.lower() if c.isascii() else c for c in n) for n in names]
    words = sorted(set(names), key=len, reverse=True)
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a name ends here
    if _case_clash(trie):
        return "|".join(re.escape(n) for n in words)
    return _trie_pattern(trie)


def _case_clash(node: dict[str, dict]) -> bool:
    """Whether two branches of the trie could match the same character under IGNORECASE (say
    "dpa" and "DPA"): then only the plain alternation keeps the longest-first order."""
    keys = [k for k in node if k]
    if len(keys) > 1:
        if all(k.isascii() for k in keys):
            if len({k.lower() for k in keys}) < len(keys):
                return True
        elif any(re.fullmatch(re.escape(a), b, re.I) for a in keys for b in keys if a != b):
            return True
    return any(_case_clash(child) for child in node.values())


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _trie_pattern(child) for char, child in node.items() if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # a name ending here is tried only after every longer one (a greedy optional group)
    if "" in node:
        return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
    return body


@dataclass(frozen=True)
class Lexicon:
    """Everything the pipeline knows about languages, outlets, agencies and boilerplate."""

    languages: dict[str, dict[str, Any]]
    outlets: dict[str, list[str]]
    agencies: dict[str, list[str]]
    boilerplate: dict[str, Any]
    leads: list[str]
    offices: dict[str, Any]
    fingerprint: str = field(compare=False)

    def lang(self, code: str) -> dict[str, Any]:
        return self.languages.get(code) or self.languages["id"]

    @cached_property
    def outlet_by_form(self) -> dict[str, str]:
        return {form: name for name, forms in self.outlets.items() for form in forms}

    @cached_property
    def agency_by_form(self) -> dict[str, str]:
        return {form: name for name, forms in self.agencies.items() for form in forms}

    @cached_property
    def lead_patterns(self) -> list[re.Pattern[str]]:
        outlet = alternation(list(self.outlet_by_form))
        agency = alternation(list(self.agency_by_form))
        return [re.compile(p.replace("OUTLET", outlet).replace("AGENCY", agency))
                for p in self.leads]


def data_files() -> list[Path]:
    return sorted(p for p in DATA_DIR.rglob("*.yaml"))


def _parsed_cache_dir() -> Path:
    """Where parsed language data is kept: ``lexicon/`` in the build cache folder."""
    return Path(os.environ.get("BUILD_DIGEST_CACHE", ".cache/build_digest")) / "lexicon"


def _read_parsed(path: Path) -> Lexicon | None:
    lex = picklefile.read(path)
    return lex if isinstance(lex, Lexicon) else None


def _keep_parsed(path: Path, lex: Lexicon) -> None:
    """Store ``lex`` at ``path``, removing what earlier data files parsed to."""
    if path.parent.is_dir():
        for old in path.parent.glob("*.pickle"):
            old.unlink(missing_ok=True)
    picklefile.write(path, lex)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The language data, parsed from the YAML files, or from the build cache when the files'
    names and bytes (and this module's code) are those it was parsed from."""
    digest = hashlib.sha256()
    for path in data_files():
        digest.update(str(path.relative_to(DATA_DIR)).encode())
        digest.update(path.read_bytes())
    fingerprint = digest.hexdigest()
    digest.update(Path(__file__).read_bytes())
    cached = _parsed_cache_dir() / f"{digest.hexdigest()}.pickle"
    lex = _read_parsed(cached)
    if lex is not None and lex.fingerprint == fingerprint:
        return lex
    lex = _parse(fingerprint)
    _keep_parsed(cached, lex)
    return lex


def _parse(fingerprint: str) -> Lexicon:
    languages: dict[str, dict[str, Any]] = {}
    for lang_dir in sorted((DATA_DIR / "lang").iterdir()):
        merged: dict[str, Any] = {}
        for path in sorted(lang_dir.glob("*.yaml")):
            _merge(merged, _load_yaml(path), path)
        languages[lang_dir.name] = merged
    return Lexicon(
        languages=languages,
        outlets=_load_yaml(DATA_DIR / "outlets.yaml")["outlets"],
        agencies=_load_yaml(DATA_DIR / "agencies.yaml")["agencies"],
        boilerplate=_load_yaml(DATA_DIR / "boilerplate.yaml"),
        leads=_load_yaml(DATA_DIR / "leads.yaml")["patterns"],
        offices=_load_yaml(DATA_DIR / "offices.yaml"),
        fingerprint=fingerprint,
    )
