"""How a publication date is shown: stated, inferred (with its evidence), or only a window."""

from __future__ import annotations

from ..doc import Metadata
from .escape import esc
from .site import format_date, label


def inferred_mark(evidence: str | None, text: str | None = None) -> str:
    """"(perkiraan)" (or ``text``), with the evidence as its tooltip."""
    title = f' title="{esc(evidence)}"' if evidence else ""
    return f'<span class="bd-inferred"{title}>({esc(text or label("inferred"))})</span>'


def window_text(meta: Metadata) -> str | None:
    """"antara 1 September 2025 dan 28 Februari 2026" (or one open end); None without one."""
    if meta.published_window is None:
        return None
    lo, hi = meta.published_window
    if lo and hi:
        return label("window_between").format(start=format_date(lo), end=format_date(hi))
    if lo:
        return label("window_after").format(start=format_date(lo))
    if hi:
        return label("window_before").format(end=format_date(hi))
    return None


def window_mark(meta: Metadata) -> str:
    """The inferred window of an undated article, or "" when the text bounds nothing."""
    text = window_text(meta)
    if meta.published or text is None:
        return ""
    return " " + inferred_mark(meta.published_evidence, f"{label('inferred')}: {text}")


def published_html(meta: Metadata) -> str:
    """The publication date as ``<time>``, marked when inferred; else "unknown" and any window."""
    if meta.published is None:
        return f'<span class="bd-unknown">{esc(label("unknown"))}</span>{window_mark(meta)}'
    shown = esc(format_date(meta.published, meta.published_precision or "day"))
    if meta.published_inferred:
        shown += " " + inferred_mark(meta.published_evidence)
    return f'<time datetime="{meta.published_iso()}">{shown}</time>'
