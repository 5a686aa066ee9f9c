"""Property-based tests (Hypothesis) for decoding, cleaning and escaping."""

from __future__ import annotations

import codecs
import contextlib
import html
import itertools
import re

import pytest
from hostile_corpus import QUOTE_NOTES
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from build_digest.decode import decode_bytes
from build_digest.doc import REMOVED_LABELS, Document
from build_digest.errors import InputError
from build_digest.lexicon import load_lexicon
from build_digest.pipeline import run_steps
from build_digest.render.article import render_article
from build_digest.render.escape import display, esc, meta_text
from build_digest.render.site import SiteContext
from build_digest.textutil import is_blank

SETTINGS = settings(deadline=None, max_examples=150,
                    suppress_health_check=[HealthCheck.too_slow])
LEX = load_lexicon()
MD = MarkdownIt("commonmark")

# Text a person could type: any character but controls (tab and line breaks allowed) and lone
# surrogates, which no encoding can carry.
typed_text = st.text(st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\t\n\r"))

# Pieces of scraped news: the things the cleaning steps look for, glued in random order.
FRAGMENTS = [
    "JAKARTA - ", "KOMPAS.com - ", "Jakarta, CNN Indonesia -- ", "Judul Berita Hari Ini\n",
    "Baca juga: ", "Baca Juga: Harga Naik\n", "Berita Terkait\n", "- Tautan lain\n", "Sumber:\n",
    "- https://contoh.id/a\n", "Foto: Antara\n", "/© Budi/ANTARA", "Editor: Handoyo | Sumber: Reuters\n",
    "dilansir Reuters", "kepada kantor berita TASS", "pekan lalu.Juru bicara", "\u201c", "\u201d",
    "\"", "'", ".", ". ", "\n", "\n\n", " ", "\u00a0", "\u200b", "\ufeff", "\u202e", "<script>",
    "{: #x }", "!!! note", "---\n", "{{ x }}", "ADVERTISEMENT\n", "Wait 5 sec\n",
    "ujar dia.", "kata Menteri Andi.", "Senin (3/3/2025)",
]
news_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), typed_text.filter(lambda t: len(t) < 30)),
                     max_size=40).map("".join)


def normalized(text: str) -> str:
    return re.sub(r"\r\n?", "\n", text)


# --- decoding ------------------------------------------------------------------------------------------

@SETTINGS
@given(typed_text, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom",
                                      "utf-16-be-bom", "utf-32"]))
def test_decode_round_trips_any_text(text, codec):
    assume(not is_blank(text))
    if codec == "utf-16-le-bom":
        raw = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    elif codec == "utf-16-be-bom":
        raw = codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    else:
        raw = text.encode(codec)
    decoded = decode_bytes(raw, "a.txt")
    expected = normalized(text)
    if codec == "utf-8-sig":
        expected = "\ufeff" + expected  # kept, as Path.read_text keeps it
    assert decoded.text == expected
    assert decoded.warnings == []


@SETTINGS
@given(st.binary(max_size=2000))
def test_decode_of_any_bytes_gives_text_or_input_error(raw):
    try:
        decoded = decode_bytes(raw, "a.txt")
    except InputError as exc:
        assert exc.path == "a.txt" and exc.problem and exc.fix
        return
    assert isinstance(decoded.text, str) and "\r" not in decoded.text
    assert "\x00" not in decoded.text
    assert not is_blank(decoded.text)


@SETTINGS
@given(st.binary(max_size=300), typed_text)
def test_decode_of_text_with_binary_garbage_never_crashes(garbage, text):
    for raw in (text.encode() + garbage, garbage + text.encode()):
        with contextlib.suppress(InputError):
            decode_bytes(raw, "a.txt")


# --- escaping ----------------------------------------------------------------------------------------

def collapsed(text: str) -> str:
    return re.sub(r"[ \n]+", " ", display(text))


@SETTINGS
@given(st.text())
def test_escaped_text_has_no_raw_markup_characters(text):
    out = esc(text)
    bare = re.sub(r"&#\d+;", "", out)
    assert not set(bare) & set("<>&\"'`*_[]{}#|!~^$=:\\\n\r")


@SETTINGS
@given(st.text())
def test_escaped_text_decodes_back_to_what_is_displayed(text):
    assert html.unescape(esc(text)) == collapsed(text)


@SETTINGS
@given(st.text())
def test_escaped_text_is_one_html_block_and_plain_inline_text(text):
    out = esc(text)
    assert [t.type for t in MD.parse(f"<p>{out}</p>")] == ["html_block"]
    inline = MD.parseInline(out)[0].children or []
    assert {t.type for t in inline} <= {"text", "softbreak"}
    assert "".join(t.content for t in inline if t.type == "text") == html.unescape(out)


@SETTINGS
@given(st.text())
def test_display_drops_reordering_and_invisible_characters(text):
    shown = display(text)
    assert not re.search("[\u202a-\u202e\u2066-\u2069\u200b\u200e\u200f\ufeff\x00-\x08\x0b-\x1f]",
                         shown)


@SETTINGS
@given(st.text())
def test_front_matter_text_is_html_safe_and_decodes_back(text):
    out = meta_text(text)
    assert not set(re.sub(r"&(?:amp|lt|gt|quot|#39);", "", out)) & set("<>&\"'\n")
    assert html.unescape(out) == collapsed(text).strip()


# --- cleaning -------------------------------------------------------------------------------------

def annotated(text: str) -> Document:
    return run_steps(Document(source="a.txt", id="a", text=text), LEX)


def check_spans(doc: Document) -> None:
    n = len(doc.text)
    for span in doc.spans:
        assert 0 <= span.start <= span.end <= n, span
    paragraphs = sorted(doc.spans_of("paragraph"), key=lambda s: s.start)
    for before, after in itertools.pairwise(paragraphs):
        assert before.end <= after.start, (before, after)
    for para in paragraphs:
        piece = doc.text[para.start:para.end]
        assert piece and not is_blank(piece[0]) and not is_blank(piece[-1])
        assert not any(doc.is_removed(i) for i in range(para.start, para.end))
    ranges = doc.removed_ranges()
    assert ranges == sorted(ranges)
    assert all(a < b for a, b in ranges)
    assert all(prev[1] < nxt[0] for prev, nxt in itertools.pairwise(ranges))
    removed = [s for s in doc.spans if s.label in REMOVED_LABELS and s.start < s.end]
    for span in removed:
        assert doc.is_removed(span.start) and doc.is_removed(span.end - 1)


@SETTINGS
@given(news_text)
def test_cleaning_any_news_text_never_raises_and_keeps_spans_sound(text):
    doc = annotated(normalized(text))
    check_spans(doc)


@SETTINGS
@given(news_text)
def test_every_visible_word_is_kept_and_rendering_never_raises(text):
    doc = annotated(normalized(text))
    page = render_article(doc, SiteContext(docs={doc.id: doc}))
    assert page.startswith("---\n")
    shown = [html.unescape(re.sub(r"<[^>]*>", "", QUOTE_NOTES.sub("", body)))
             for body in re.findall(r'<p id="p\d+" data-offset="\d+">(.*?)</p>', page)]
    paragraphs = sorted(doc.spans_of("paragraph"), key=lambda s: s.start)
    # pieces are escaped one by one, so two spaces may meet at a seam: HTML shows them as one
    assert [re.sub(" +", " ", t) for t in shown] == [
        re.sub(" +", " ", collapsed(doc.text[s.start:s.end])) for s in paragraphs]


@SETTINGS
@given(st.binary(max_size=1500))
def test_any_bytes_that_decode_can_be_cleaned(raw):
    try:
        text = decode_bytes(raw, "a.txt").text
    except InputError:
        return
    check_spans(annotated(text))


@pytest.mark.parametrize("text", ["", "\n", "\u201c", "Baca juga: x", "a" * 5000, "\n" * 500])
def test_cleaning_edge_cases(text):
    check_spans(annotated(text))
