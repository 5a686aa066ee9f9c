import re

from markdown_it import MarkdownIt

from build_digest.render.escape import esc, meta_text

HOSTILE = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "{ onclick=alert(1) }",
    "!!! warning\n    boom",
    "---\ntitle: x\n---",
    "{{ config.site_name }} {% raw %}",
    "# heading *bold* _em_ `code` [link](javascript:alert(1)) ![i](x)",
    "1. list\n- item\n> quote\n| a | b |",
    ":smile: ==mark== ~~del~~ ^^ins^^ $x$",
    "\u202eevil\u202c\u200b\ufeff",
]


def test_escaped_text_has_no_markup_characters():
    for text in HOSTILE:
        out = re.sub(r"&#\d+;", "", esc(text))
        assert not set(out) & set("<>&\"'`*_[]{}#|!~^$=:\\\n"), out


def test_escaped_text_parses_as_plain_text():
    md = MarkdownIt("commonmark")
    for text in HOSTILE:
        tokens = md.parse(f"<p>{esc(text)}</p>")
        assert [t.type for t in tokens] == ["html_block"]
        inline = md.parseInline(esc(text))[0].children
        assert {t.type for t in inline} <= {"text", "softbreak"}, text


def test_bidi_and_invisible_characters_dropped():
    assert esc("a\u202eb\u200bc\ufeffd") == "abcd"


def test_meta_text_escapes_html_only():
    assert meta_text('A <b> & "c"') == "A &lt;b&gt; &amp; &quot;c&quot;"
