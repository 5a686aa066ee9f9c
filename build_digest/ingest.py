"""From a seed file (and its sidecar) to an annotated :class:`Document`."""

from __future__ import annotations

from pathlib import Path

from slugify import slugify

from .decode import MAX_BYTES, decode_bytes
from .doc import Document
from .errors import InputError
from .lexicon import Lexicon, load_lexicon
from .pipeline import run_steps
from .sidecar import load_sidecar, parse_partial_date, sidecar_path


def slug_for(path: Path) -> str:
    """Stable page slug from the file name ("000_af23.txt" -> "000-af23")."""
    return slugify(path.stem, max_length=80, word_boundary=True) or "artikel"


def read_seed(path: Path, display: str | None = None) -> bytes:
    where = display or str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:  # refuse before reading it into memory
            raise InputError(where, f"file is {size:,} bytes, over the {MAX_BYTES:,} byte limit",
                             "Split it into one file per article")
        return path.read_bytes()
    except OSError as exc:
        raise InputError(where, f"cannot read the file ({exc.strerror})",
                         "Check that it exists and is readable") from None


def load_document(path: Path, display: str | None = None, lex: Lexicon | None = None,
                  doc_id: str | None = None) -> Document:
    """Decode, annotate and apply the sidecar of one seed file."""
    return annotate_seed(path, sidecar_path(path), display, lex, doc_id)


def annotate_seed(path: Path, side_file: Path | None, display: str | None = None,
                  lex: Lexicon | None = None, doc_id: str | None = None) -> Document:
    """:func:`load_document` of a seed whose sidecar (``side_file``, None: it has none) the
    caller has found."""
    lex = lex or load_lexicon()
    where = display or str(path)
    require_text_name(where)
    decoded = decode_bytes(read_seed(path, where), where)
    sidecar = load_sidecar(side_file) if side_file else {}
    doc = Document(source=where, id=doc_id or slug_for(path), text=decoded.text,
                   warnings=list(decoded.warnings), encoding=decoded.encoding, sidecar=sidecar)
    if "language" in sidecar:
        doc.meta.language = sidecar["language"]
        doc.meta.provenance["language"] = "sidecar"
    run_steps(doc, lex)
    apply_sidecar(doc)
    require_body(doc)
    return doc


def require_text_name(where: str) -> None:
    """Refuse a file name that is not text (bytes that are not UTF-8): it is shown on the page."""
    try:
        where.encode("utf-8")
    except UnicodeEncodeError:
        shown = where.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        raise InputError(shown, "the file name is not valid UTF-8 text",
                         "Rename the file (letters, digits, spaces and dashes are safe)") from None


def require_body(doc: Document) -> None:
    """Refuse a file that holds no article text once page furniture is set aside."""
    if not any(doc.spans_of("paragraph")):
        raise InputError(doc.source, "no article text: every line is page furniture (link lists, "
                         "captions, headline or byline)",
                         "Check that the file holds the article itself, or delete it", line=1)


def apply_sidecar(doc: Document) -> None:
    """Editors' values win over what the text gave; each is marked as from the sidecar."""
    meta = doc.meta
    for key, value in doc.sidecar.items():
        if key == "published":
            date, precision = value if isinstance(value, tuple) else parse_partial_date(value)
            meta.published, meta.published_precision = date, precision
            meta.published_inferred = False
            meta.published_evidence = "sidecar"
        elif key in ("title", "outlet", "dateline", "editor", "author", "source_url", "language"):
            setattr(meta, key, value)
        elif key in ("wire", "notes", "tags"):
            setattr(meta, key, list(value))
        else:
            continue
        meta.provenance[key] = "sidecar"
