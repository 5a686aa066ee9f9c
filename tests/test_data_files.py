"""The language and outlet data files: each key written once (YAML keeps the last of two
silently, so the first list would be dead data)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from build_digest.lexicon import DATA_DIR


class _KeysOnceLoader(yaml.SafeLoader):
    """A safe loader that fails on a mapping holding the same key twice."""


def _mapping_with_keys_once(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict:
    counts = Counter(loader.construct_object(key) for key, _ in node.value)
    twice = sorted(str(k) for k, n in counts.items() if n > 1)
    if twice:
        raise yaml.constructor.ConstructorError(None, None, f"keys written twice: {twice}", node.start_mark)
    return loader.construct_mapping(node)


_KeysOnceLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_keys_once)


@pytest.mark.parametrize("path", sorted(DATA_DIR.rglob("*.yaml")), ids=lambda p: str(p.relative_to(DATA_DIR)))
def test_every_key_is_written_once(path: Path):
    yaml.load(path.read_text(encoding="utf-8"), Loader=_KeysOnceLoader)


def test_a_key_written_twice_is_found():
    with pytest.raises(yaml.constructor.ConstructorError, match="place_prepositions"):
        yaml.load("speech:\n  place_prepositions: [di]\n  place_prepositions: [ke]\n", Loader=_KeysOnceLoader)


@pytest.mark.parametrize("path", sorted(DATA_DIR.glob("lang/*/speech.yaml")), ids=lambda p: p.parent.name)
def test_no_after_verb_is_listed_with_its_clitic(path: Path):
    """ "akunya" listed beside "aku" is matched whole, so its "-nya" is never read as the one
    speaking so far: each after-verb is listed bare, and the clitic is added when matching."""
    speech = yaml.safe_load(path.read_text(encoding="utf-8"))["speech"]
    verbs = {v.casefold() for v in speech.get("after_verbs", [])}
    with_clitic = sorted(v + c for v in verbs for c in speech.get("clitics", []) if v + c in verbs)
    assert not with_clitic
