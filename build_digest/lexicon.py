"""Language and outlet knowledge, loaded from the YAML files in ``build_digest/data``.

Each language lives in ``data/lang/<code>/``; every YAML file there is merged into one mapping,
so quotes, dates and core knowledge can each keep their own file. Adding a language or an
outlet is a data change.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import yaml

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


def alternation(names: list[str]) -> str:
    """A regex alternation of literal names, longest first."""
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


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


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    digest = hashlib.sha256()
    for path in data_files():
        digest.update(str(path.relative_to(DATA_DIR)).encode())
        digest.update(path.read_bytes())
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
        fingerprint=digest.hexdigest(),
    )
