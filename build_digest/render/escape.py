"""Turn untrusted text into inert page text.

Seed and sidecar text is never trusted: every character that could open HTML, Markdown,
attribute-list, admonition, emoji, template or math syntax is written as a numeric character
reference, and characters that reorder or hide text (bidi overrides, zero-width, controls) are
dropped. The output is safe in HTML text, in double-quoted HTML attributes and in Markdown inline
text, and never starts a Markdown block.
"""

from __future__ import annotations

import re
from functools import lru_cache

# ASCII punctuation left as is: it cannot start or close any syntax inside running text.
_PLAIN = set(".,;-/?%()")
_ENTITY = {ord(c): f"&#{ord(c)};" for c in map(chr, range(0x21, 0x7F))
           if not c.isalnum() and c not in _PLAIN}
# Invisible or reordering characters: C0/C1 controls (not tab/newline), zero-width space,
# direction marks, bidi embeddings/overrides/isolates, BOM, soft hyphen, interlinear annotation.
# Zero-width (non-)joiners stay: emoji sequences and several scripts need them.
_DROP = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u206f\ufeff\ufff9-\ufffb]"
)
_SPACES = re.compile("[\t\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
_RUN = re.compile(r"[ \n]+")


def display(text: str) -> str:
    """Normalize for display: odd spaces to spaces, invisible and reordering characters dropped."""
    return _SPACES.sub(" ", _DROP.sub("", text))


def esc(text: str, *, collapse: bool = True) -> str:
    """Escape untrusted text for HTML text, attributes and Markdown inline text."""
    return _escaped(text, collapse)


@lru_cache(maxsize=1 << 14)
def _escaped(text: str, collapse: bool) -> str:
    # a site escapes the same few thousand strings (outlets, titles, labels, names) hundreds of
    # thousands of times: each is escaped once
    shown = display(text)
    if collapse:
        shown = _RUN.sub(" ", shown)
    return shown.translate(_ENTITY)


def esc_attr(text: str) -> str:
    """Escape for a double-quoted attribute value (same as :func:`esc`)."""
    return esc(text)


def meta_text(text: str) -> str:
    """Escape a front-matter value that the theme prints raw (title, description).

    Only HTML syntax matters there, and Material prints the value both as HTML text and inside
    attributes, so ``& < > " '`` become references and display normalization applies.
    """
    shown = _RUN.sub(" ", display(text)).strip()
    return (shown.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#39;"))
