"""YAML front matter for generated pages."""

from __future__ import annotations

from typing import Any

import yaml

# libyaml's emitter when PyYAML has it (its wheels do): same output, many times faster.
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def front_matter(fields: dict[str, Any]) -> str:
    """``---`` block with the given fields (values already escaped by the caller)."""
    body = yaml.dump(fields, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10_000)
    return f"---\n{body}---\n\n"
