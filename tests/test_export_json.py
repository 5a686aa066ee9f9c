"""The statements file written directly (without the standard encoder) is what json.dumps gives."""

from __future__ import annotations

import copy
import json
import math

import pytest

import build_digest.pagegroups as pagegroups
from build_digest.corpus import run_corpus_steps
from build_digest.export import corpus_json, document_json, pretty_json

ODD_VALUES = [
    "", "plain", 'a "quoted" \\ back\\slash', "tab\tnew\nline\r\x00\x1f\x7f",
    "Jakarta — “kutipan” é ü 漢字 😀",
    "\u2028\u2029", 0, -7, 10**30, True, False, None, 0.1, 1e-300, 1e300, -0.0, 3.0,
    math.nan, math.inf, -math.inf, [], {}, (), [[]], {"a": {}}, [None, [1, [2, [3, []]]]],
    {"k": [1, {"x": "y", "z": [True, 0.5]}], "empty": [], "t": (1, "two")},
]


@pytest.mark.parametrize("value", ODD_VALUES, ids=range(len(ODD_VALUES)))
def test_pretty_json_is_json_dumps_with_indent_one(value):
    expected = json.dumps(value, ensure_ascii=False, indent=1)
    assert pretty_json(value) == expected
    nested = json.dumps({"outer": [value]}, ensure_ascii=False, indent=1)
    assert nested == '{\n "outer": [\n  ' + pretty_json(value, 2) + "\n ]\n}"


def test_pretty_json_with_keys_json_converts_falls_back_to_it():
    value = {None: [2.5], 2: "two", 1.5: {"x": []}, False: 0}
    assert pretty_json(value) == json.dumps(value, ensure_ascii=False, indent=1)
    nested = json.dumps({"outer": [value]}, ensure_ascii=False, indent=1)
    assert nested == '{\n "outer": [\n  ' + pretty_json(value, 2) + "\n ]\n}"


def test_statements_file_without_memo_is_corpus_json(seed_docs, lex):
    docs = copy.deepcopy(list(seed_docs.values()))  # the session's seed documents stay as loaded
    run_corpus_steps(docs, lex)  # related links, clusters: every field of a record filled
    assert any(d.related for d in docs) and any(d.events for d in docs)
    expected = corpus_json([document_json(d) for d in docs])
    chunks = pagegroups.statements_chunks(docs)
    assert not isinstance(chunks, list)  # made as written, not held
    assert "".join(chunks) == expected
    assert pagegroups.statements_file([]) == corpus_json([])
