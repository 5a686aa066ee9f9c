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
