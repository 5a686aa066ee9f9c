"""Speaker pages and the speakers index."""

from __future__ import annotations

from ..doc import Document
from .escape import esc, meta_text
from .frontmatter import front_matter
from .site import SPEAKERS_DIR, SiteContext, label

SPEAKERS_INDEX = f"{SPEAKERS_DIR}/index.md"


def render_speaker_pages(docs: list[Document], ctx: SiteContext) -> dict[str, str]:
    """Markdown path -> page for the speakers index and every speaker page."""
    index = "".join([
        front_matter({"title": meta_text(label("speakers")),
                      "description": meta_text(label("speakers_intro"))}),
        f"# {esc(label('speakers'))}\n\n{esc(label('speakers_intro'))}\n\n",
        f"{esc(label('no_speakers'))}\n",
    ])
    return {SPEAKERS_INDEX: index}
