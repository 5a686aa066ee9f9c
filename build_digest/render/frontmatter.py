"""YAML front matter for generated pages."""

from __future__ import annotations

from typing import Any

import yaml


def front_matter(fields: dict[str, Any]) -> str:
    """``---`` block with the given fields (values already escaped by the caller)."""
    body = yaml.safe_dump(fields, allow_unicode=True, sort_keys=False, width=10_000)
    return f"---\n{body}---\n\n"
