"""Rebuilds: what an edit renders again, and that the result is what a fresh build gives."""

from __future__ import annotations

import dataclasses
import json
import re
import shutil
from pathlib import Path

import pytest
from hostile_corpus import tree_digest
from sitebuild import ROOT

import build_digest.build as build_module
import build_digest.output as output
import build_digest.pagegroups as pagegroups
from build_digest.build import build, render_site, site_groups
from build_digest.cache import DocumentCache
from build_digest.corpus import discover_seeds, load_corpus
from build_digest.export import corpus_json, document_json
from build_digest.lexicon import load_lexicon
from build_digest.related import memo as related_memo
from build_digest.render.site import SiteContext
from build_digest.speakers import speaker_slugs

CORPUS_WIDE = {"index.md", "chronology/index.md", "speakers/index.md", "data/statements.json",
               "feed.xml"}


def _seeds(dest: Path) -> Path:
    dest.mkdir(parents=True)
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        shutil.copyfile(seed, dest / seed.name)
    return dest


@pytest.fixture
def project(tmp_path):
    """Seeds, a docs/ folder built once with a cache, and the cache folder."""
    seeds, docs, cache = _seeds(tmp_path / "seeds"), tmp_path / "docs", tmp_path / "cache"
    first = build(seeds, docs, cache_dir=cache)
    assert not first.failures
    assert len(first.rendered) == len(first.docs) + len(CORPUS_WIDE) + len(speaker_slugs(first.docs))
    return seeds, docs, cache


def _pages(docs: Path) -> dict[str, str]:
    """Every generated file but the manifest (which records fingerprints only with a cache)."""
    return {k: v for k, v in tree_digest(docs).items() if k != output.MANIFEST}


def _fresh(seeds: Path, tmp: Path) -> dict[str, str]:
    """Every file of a build without any cache or previous output."""
    out = tmp / "fresh" / "docs"
    build(seeds, out)
    return _pages(out)


def _linking_to(docs: Path, doc_id: str) -> set[str]:
    """Article pages with a link to the article ``doc_id`` (found in the Markdown itself)."""
    link = re.compile(rf'href="(?:\.\./)*(?:articles/)?{re.escape(doc_id)}/')
    return {f"articles/{p.name}" for p in (docs / "articles").glob("*.md")
            if p.stem != doc_id and link.search(p.read_text("utf-8"))}


def test_a_rebuild_without_changes_renders_nothing_and_keeps_every_byte(project):
    seeds, docs, cache = project
    before = tree_digest(docs)
    again = build(seeds, docs, cache_dir=cache)
    assert again.rendered == []
    assert tree_digest(docs) == before


@pytest.mark.parametrize("edit", ["outside_quotes", "inside_a_quote"])
def test_an_edit_renders_its_page_the_pages_linked_with_it_and_the_corpus_pages(
        project, tmp_path, edit):
    seeds, docs, cache = project
    edited = sorted(seeds.glob("*.txt"))[2]
    doc_id = edited.stem.replace("_", "-")
    linked = _linking_to(docs, doc_id)
    assert linked, "the seeds report the same statements: their pages link to each other"
    text = edited.read_text("utf-8")
    if edit == "outside_quotes":
        text += "\nKalimat tambahan tentang cuaca di Jakarta.\n"
    else:
        text, count = re.subn(r"(\u201c\w+)", r"\1 sekali", text, count=1)
        assert count == 1
    edited.write_text(text, "utf-8")
    again = build(seeds, docs, cache_dir=cache)
    rendered = set(again.rendered)
    assert f"articles/{doc_id}.md" in rendered
    speakers = {p for p in rendered if p.startswith("speakers/")} - CORPUS_WIDE
    articles = {f"articles/{doc_id}.md"} | linked | _linking_to(docs, doc_id)
    if edit == "outside_quotes":  # nothing the linked pages show of the article changed
        assert rendered - CORPUS_WIDE - speakers == {f"articles/{doc_id}.md"}
    else:
        assert rendered - CORPUS_WIDE - speakers == articles
    # a speaker's page is rendered again when a statement it lists changed, only then
    slugs = speaker_slugs(again.docs)
    quoted = {doc.id: {f"speakers/{slugs[q.speaker]}.md" for q in doc.quotes if q.speaker}
              for doc in again.docs}
    if edit == "outside_quotes":
        assert not speakers
    else:
        doc = next(d for d in again.docs if d.id == doc_id)
        changed = {f"speakers/{slugs[q.speaker]}.md" for q in doc.quotes
                   if q.speaker and " sekali" in q.text}
        assert changed and changed <= speakers
    assert speakers <= set().union(*(quoted[p.removeprefix("articles/").removesuffix(".md")]
                                     for p in articles))
    assert _pages(docs) == _fresh(seeds, tmp_path)


def test_a_new_and_a_deleted_seed_give_what_a_fresh_build_gives(project, tmp_path):
    seeds, docs, cache = project
    sorted(seeds.glob("*.txt"))[0].unlink()
    (seeds / "zz_baru.txt").write_text(
        "Judul Baru\nJAKARTA - Menteri berkata \u201cKami siap bekerja sama.\u201d kepada wartawan.\n",
        "utf-8")
    build(seeds, docs, cache_dir=cache)
    assert _pages(docs) == _fresh(seeds, tmp_path)


@pytest.mark.parametrize("changed", ["code_fingerprint", "data_fingerprint"])
def test_a_code_or_language_data_change_renders_every_page(project, monkeypatch, changed):
    seeds, docs, cache = project
    groups = build(seeds, docs, cache_dir=cache)
    assert groups.rendered == []
    monkeypatch.setattr(pagegroups, changed, lambda: "something else")
    again = build(seeds, docs, cache_dir=cache)
    names = [g.name for g in site_groups(again.docs, SiteContext(docs={d.id: d for d in again.docs}))]
    assert sorted(again.rendered) == sorted(names)


def test_a_deleted_page_is_written_again(project):
    seeds, docs, cache = project
    page = sorted((docs / "articles").glob("*.md"))[1]
    page.unlink()
    again = build(seeds, docs, cache_dir=cache)
    assert again.rendered == [f"articles/{page.name}"]
    assert page.is_file()


def test_kept_pages_are_not_touched_when_a_later_page_fails(project, monkeypatch):
    """Kept pages are linked into the staging folder; a failure after that leaves every file of
    docs/ as it was (no write goes through a link into the current output)."""
    seeds, docs, cache = project
    before = tree_digest(docs)
    edited = sorted(seeds.glob("*.txt"))[-1]  # its page comes after pages that are kept
    edited.write_text(edited.read_text("utf-8") + "\nKalimat tambahan.\n", "utf-8")
    page = f"{edited.stem.replace('_', '-')}.md"
    real = output.Path.write_text

    def failing(self, *args, **kwargs):
        if self.name == page:
            raise OSError(28, "No space left on device")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(output.Path, "write_text", failing)
    with pytest.raises(OSError):
        build(seeds, docs, cache_dir=cache)
    monkeypatch.undo()
    assert tree_digest(docs) == before
    assert not list(docs.parent.glob(".docs.*"))


def test_statements_file_from_remembered_records_is_corpus_json(seed_docs):
    docs = list(seed_docs.values())
    expected = corpus_json([document_json(d) for d in docs])
    states = {d.id: pagegroups.document_state(d) for d in docs}
    memo: dict[str, str] = {}
    assert pagegroups.statements_file(docs, memo, states) == expected
    assert len(memo) == len(docs)
    assert pagegroups.statements_file(docs, memo, states) == expected  # from the memo
    assert pagegroups.statements_file([], memo, states) == corpus_json([])


def test_render_site_is_every_group_rendered(seed_docs):
    docs = list(seed_docs.values())
    ctx = SiteContext(docs={d.id: d for d in docs})
    pages = render_site(docs, ctx)
    assert {"index.md", "feed.xml", "data/statements.json", "speakers/index.md"} <= set(pages)
    assert len(pages) == len(docs) + 4 + sum(1 for p in pages if p.startswith("speakers/"))


def test_the_document_state_does_not_depend_on_the_cache(tmp_path):
    paths = discover_seeds(ROOT / "seeds")
    cache = DocumentCache(tmp_path / "cache")
    fresh = load_corpus(paths, cache=cache).docs
    cached = load_corpus(paths, cache=DocumentCache(tmp_path / "cache")).docs
    assert [pagegroups.document_state(d) for d in fresh] == \
        [pagegroups.document_state(d) for d in cached]


def test_related_links_from_the_memo_are_the_computed_ones(tmp_path):
    """The related step gives the same links and clusters with an empty memo, a full one and
    none; another lexicon finds nothing in the memo."""
    paths = discover_seeds(ROOT / "seeds")
    lex = load_lexicon()

    def links(memo_path: Path | None, lexicon=lex):
        with related_memo.using(memo_path, "code") as memo:
            docs = load_corpus(paths, lex=lexicon).docs
        found = [(d.id, [dataclasses.astuple(link) for link in d.related],
                  [dict(q.attrs) for q in d.quotes]) for d in docs]
        return found, memo

    plain, _ = links(None)
    filled, first = links(tmp_path / "memo")
    reused, second = links(tmp_path / "memo")
    assert any(related for _id, related, _attrs in plain)
    assert plain == filled == reused
    assert first.hits == 0 and first.misses > 0
    assert second.hits > 0 and second.misses == 0
    other = dataclasses.replace(lex, fingerprint="another lexicon")
    _, third = links(tmp_path / "memo", other)
    assert third.hits == 0


class _Recording(dict):
    """A dict of documents that records which ids are looked up."""

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.read: set[str] = set()

    def __getitem__(self, key):
        self.read.add(key)
        return super().__getitem__(key)

    def get(self, key, default=None):
        self.read.add(key)
        return super().get(key, default)

    def __contains__(self, key) -> bool:
        self.read.add(key)
        return super().__contains__(key)


def test_an_article_page_reads_no_document_its_fingerprint_leaves_out(tmp_path):
    """Every document an article page looks up (any section, any hook) is among the ones its
    fingerprint covers: otherwise an edit of that document would leave the page stale."""
    from build_digest.render.article import render_article

    docs = load_corpus(discover_seeds(ROOT / "seeds")).docs
    ctx = SiteContext(docs=_Recording({d.id: d for d in docs}))
    inbound = pagegroups.inbound_sources(docs)
    looked_up = 0
    for doc in docs:
        ctx.docs.read.clear()
        render_article(doc, ctx)
        assert ctx.docs.read <= set(pagegroups.article_reads(doc, inbound)), doc.id
        looked_up += len(ctx.docs.read - {doc.id})
    assert looked_up > 0  # the seeds' pages do show other articles


def test_cached_documents_keep_every_field(seed_docs):
    """Spans, quotes, events and links pickle as constructor calls (faster to load): a field
    added to one of them must come back from the cache too."""
    import pickle

    from build_digest.doc import Event, Quote, RelatedLink, Span

    for kind in (Span, Quote, Event, RelatedLink):
        names = [f.name for f in dataclasses.fields(kind)]
        made = kind(*(f"value {n}" for n in names))
        back = pickle.loads(pickle.dumps(made, protocol=pickle.HIGHEST_PROTOCOL))
        assert [getattr(back, n) for n in names] == [f"value {n}" for n in names], kind
    docs = list(seed_docs.values())
    assert pickle.loads(pickle.dumps(docs)) == docs


def test_documents_from_the_date_memo_are_the_computed_ones(tmp_path, monkeypatch):
    """Corpus-wide date decisions taken from the memo leave every document as deciding them
    again does (the documents whose date rests on the same statements elsewhere)."""
    from build_digest.steps import corpus_dates

    paths = discover_seeds(ROOT / "seeds")
    decided: list[str] = []
    real = corpus_dates.decide_published

    def deciding(doc, *args, **kwargs):
        decided.append(doc.id)
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(corpus_dates, "decide_published", deciding)

    def states(memo_path: Path | None):
        with related_memo.using(memo_path, "code") as memo:
            docs = load_corpus(paths).docs
        return [pagegroups.document_state(d) for d in docs], memo

    plain, _ = states(None)
    filled, first = states(tmp_path / "memo")
    assert first.new["dates"], "the seeds have articles dated by the statements they share"
    decided.clear()
    reused, _ = states(tmp_path / "memo")
    assert decided == []  # every decision came from the memo
    assert plain == filled == reused


def _mixed_seeds(dest: Path) -> Path:
    """The seeds and the site test articles (some with sidecars): a small corpus of linked
    reports, dated and undated articles."""
    _seeds(dest)
    for path in sorted((ROOT / "tests" / "site_articles").iterdir()):
        shutil.copyfile(path, dest / path.name)
    edited = sorted(dest.glob("*.txt"))[1]  # the article the edits outside quotes change
    edited.with_suffix(".yml").write_text(
        "links:\n"
        "  - {quote: q1037, other: 002-945e934376e65b4d#q763, status: confirm}\n"
        "  - {quote: q622, other: 002-945e934376e65b4d#q9, status: reject}\n", "utf-8")
    return dest


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text("utf-8") + text, "utf-8")


def _edit_outside_quotes(seeds: Path) -> None:
    """An article whose quotes are versions of statements other articles carry too."""
    _append(sorted(seeds.glob("*.txt"))[1], "\nKalimat tambahan tentang cuaca di Jakarta.\n")


def _edit_before_the_quotes(seeds: Path) -> None:
    """A word added early in the text moves every quote (their ids are offsets)."""
    path = sorted(seeds.glob("*.txt"))[1]
    title, rest = path.read_text("utf-8").split("\n", 1)
    path.write_text(f"{title}\nPagi ini, {rest}", "utf-8")


def _edit_a_quote(seeds: Path) -> None:
    path = sorted(seeds.glob("*.txt"))[2]
    text, count = re.subn(r"(\u201c\w+)", r"\1 sekali", path.read_text("utf-8"), count=1)
    assert count == 1
    path.write_text(text, "utf-8")


def _edit_a_sidecar(seeds: Path) -> None:
    side = sorted(seeds.glob("*.yml"))[0]
    _append(side, "title: Judul dari Redaksi\n")


def _change_an_outlet(seeds: Path) -> None:
    """An editor names the outlet: what the corpus steps read stays, what nearly every page
    shows of the article changes (home, chronology, feed, statements, speakers, linked pages)."""
    _append(sorted(seeds.glob("*.txt"))[1].with_suffix(".yml"), "outlet: Warta Lain\n")


def _add_a_sidecar(seeds: Path) -> None:
    seed = sorted(seeds.glob("*.txt"))[3]
    seed.with_suffix(".yml").write_text("outlet: Kabar Pesisir\npublished: 2025-03-02\n", "utf-8")


def _add_an_article(seeds: Path) -> None:
    (seeds / "zz_baru.txt").write_text(
        "Judul Baru\nJAKARTA - Menteri berkata \u201cKami siap bekerja sama.\u201d kepada wartawan.\n",
        "utf-8")


def _delete_an_article(seeds: Path) -> None:
    sorted(seeds.glob("*.txt"))[1].unlink()


def _the_same_text_twice(seeds: Path) -> None:
    first, second = sorted(seeds.glob("*.txt"))[:2]
    second.write_text(first.read_text("utf-8"), "utf-8")


EDITS = {
    "outside_quotes": _edit_outside_quotes,
    "before_the_quotes": _edit_before_the_quotes,
    "inside_a_quote": _edit_a_quote,
    "sidecar_changed": _edit_a_sidecar,
    "sidecar_added": _add_a_sidecar,
    "outlet_changed": _change_an_outlet,
    "article_added": _add_an_article,
    "article_deleted": _delete_an_article,
    "same_text_twice": _the_same_text_twice,
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_every_rebuild_after_an_edit_is_byte_identical_to_a_fresh_build(tmp_path, edit):
    """An edit, then the edit undone, then the edit again: each rebuild (whether the corpus steps
    ran for the edited article only or over the whole corpus) writes what a fresh build writes."""
    seeds, docs, cache = _mixed_seeds(tmp_path / "seeds"), tmp_path / "docs", tmp_path / "cache"
    assert not build(seeds, docs, cache_dir=cache).failures
    original = {p.name: p.read_bytes() for p in seeds.iterdir()}
    EDITS[edit](seeds)
    edited = {p.name: p.read_bytes() for p in seeds.iterdir()}
    for step, files in enumerate([edited, original, edited]):
        for path in seeds.iterdir():
            path.unlink()
        for name, data in files.items():
            (seeds / name).write_bytes(data)
        again = build(seeds, docs, cache_dir=cache)
        assert _pages(docs) == _fresh(seeds, tmp_path / f"{edit}-{step}"), step
        if edit in ("outside_quotes", "outlet_changed"):
            assert again.incremental  # the path this test is for was taken
        if edit in ("article_added", "article_deleted"):
            assert not again.incremental


def test_the_corpus_steps_run_over_every_article_after_a_lexicon_change(project, monkeypatch):
    """The incremental corpus steps reuse nothing computed with other language data."""
    import build_digest.corpus as corpus

    seeds, docs, cache = project
    before = _pages(docs)
    _edit_outside_quotes(seeds)
    lex = load_lexicon()
    other = dataclasses.replace(lex, fingerprint="other language data")
    monkeypatch.setattr(corpus, "load_lexicon", lambda: other)
    again = build(seeds, docs, cache_dir=cache)
    assert not again.incremental
    assert _pages(docs) != before


def test_the_incremental_corpus_steps_give_the_documents_of_a_full_run(tmp_path):
    """After an edit, every document (the edited one and the others) is in the state a run of
    the corpus steps over the whole corpus gives."""
    seeds, cache = _mixed_seeds(tmp_path / "seeds"), tmp_path / "cache"
    paths = discover_seeds(seeds)
    assert not build(seeds, tmp_path / "docs", cache_dir=cache).failures
    _edit_outside_quotes(seeds)
    again = load_corpus(paths, cache=DocumentCache(cache))
    assert again.incremental
    full = load_corpus(paths)
    assert [pagegroups.document_state(d) for d in again.docs] == \
        [pagegroups.document_state(d) for d in full.docs]


def test_a_corpus_page_is_kept_when_nothing_it_shows_of_the_edited_article_changed(project):
    """A sentence added outside the quotes changes the article and the pages linked with it,
    but not what the home page, the chronology, the feed or the speakers index show of it; a
    new title changes the home page and the feed."""
    seeds, docs, cache = project
    _edit_outside_quotes(seeds)
    again = build(seeds, docs, cache_dir=cache)
    assert again.incremental
    assert not {"index.md", "chronology/index.md", "feed.xml", "speakers/index.md"} & \
        set(again.rendered)
    edited = sorted(seeds.glob("*.txt"))[1]
    edited.with_suffix(".yml").write_text("title: Judul Pilihan Redaksi\n", "utf-8")
    again = build(seeds, docs, cache_dir=cache)
    assert {"index.md", "feed.xml"} <= set(again.rendered)


def _fingerprints(docs: Path) -> dict[str, str]:
    manifest = json.loads((docs / output.MANIFEST).read_text("utf-8"))
    return {name: group[0] for name, group in manifest["groups"].items()}


@pytest.mark.parametrize("edit", ["outside_quotes", "outlet_changed", "inside_a_quote",
                                  "article_added"])
def test_an_edit_rebuild_fingerprints_from_the_last_builds_parts_as_a_full_build_does(
        tmp_path, monkeypatch, edit):
    """After an edit the pages made of many articles are fingerprinted from the digests of
    their parts the last build kept, with the edited article's replaced: never reading the
    memo of every part, and giving the fingerprints a build with an empty cache computes."""
    seeds, docs, cache = _mixed_seeds(tmp_path / "seeds"), tmp_path / "docs", tmp_path / "cache"
    assert not build(seeds, docs, cache_dir=cache).failures
    read: list[str] = []
    real = build_module._load_pickle

    def reading(path: Path, kind: type):
        read.append(path.name)
        return real(path, kind)

    for step in range(2):  # the edit, then the edit undone
        if step == 0:
            original = {p.name: p.read_bytes() for p in seeds.iterdir()}
            EDITS[edit](seeds)
        else:
            for path in seeds.iterdir():
                path.unlink()
            for name, data in original.items():
                (seeds / name).write_bytes(data)
        read.clear()
        monkeypatch.setattr(build_module, "_load_pickle", reading)
        again = build(seeds, docs, cache_dir=cache)
        monkeypatch.undo()
        assert again.rendered
        if edit in ("outside_quotes", "outlet_changed"):  # what the blobs are for
            assert again.incremental
        if edit == "outlet_changed":  # the parts of nearly every page changed
            assert {"index.md", "feed.xml", "data/statements.json"} <= set(again.rendered)
        if again.incremental:
            assert build_module.PARTS_MEMO not in read
        fresh = tmp_path / f"fresh-{step}" / "docs"
        build(seeds, fresh, cache_dir=tmp_path / f"fresh-cache-{step}")
        assert _fingerprints(docs) == _fingerprints(fresh)
        assert _pages(docs) == _pages(fresh)


def test_an_article_page_shows_nothing_of_another_article_beyond_its_link_part(tmp_path):
    """Pages linked with an edited article are rendered again only when its link part changed:
    so each page must render the same when every other article is cut down to that part."""
    from build_digest.render.article import render_article

    docs = load_corpus(discover_seeds(_mixed_seeds(tmp_path / "seeds"))).docs
    full = SiteContext(docs={d.id: d for d in docs})
    shown = 0
    for doc in docs:
        views = SiteContext(docs={d.id: d if d is doc else pagegroups.link_view(d) for d in docs})
        page = render_article(doc, views)
        assert page == render_article(doc, full), doc.id
        shown += sum(other.meta.title is not None and other.meta.title in page
                     for other in docs if other is not doc)
    assert shown > 0  # the pages do show other articles


_PARTS_SCRIPT = """
import json, sys
from pathlib import Path
from build_digest.build import site_groups
from build_digest.corpus import discover_seeds, load_corpus
from build_digest.pagegroups import document_state, link_part
from build_digest.render.site import SiteContext
docs = load_corpus(discover_seeds(Path(sys.argv[1]))).docs
ctx = SiteContext(docs={d.id: d for d in docs})
parts = {g.name: [g.part(d) for d in docs] for g in site_groups(docs, ctx) if g.part}
parts["links"] = [link_part(d) for d in docs]
parts["states"] = [document_state(d) for d in docs]
print(json.dumps(parts))
"""


def test_states_and_parts_are_the_same_in_every_process(tmp_path):
    """They are kept between builds: nothing in them may depend on the process (a set's order
    changes with the string hash seed)."""
    import os
    import subprocess
    import sys

    seeds = _mixed_seeds(tmp_path / "seeds")
    outputs = [subprocess.run([sys.executable, "-c", _PARTS_SCRIPT, str(seeds)], check=True,
                              capture_output=True, text=True, cwd=ROOT,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout
               for seed in ("1", "2")]
    assert outputs[0] == outputs[1]
    assert len(json.loads(outputs[0])["states"]) == len(list(seeds.glob("*.txt")))


def test_a_file_is_read_again_only_when_its_stat_changed(tmp_path, monkeypatch):
    """The digest of an unchanged file is reused; a file rewritten with the same size and its
    modification time set back is still read again (its change time moved)."""
    import os
    import time

    from build_digest import filedigest

    monkeypatch.setattr(filedigest, "RACY_NS", 0)
    reads = []
    real = filedigest.content_digest
    monkeypatch.setattr(filedigest, "content_digest", lambda p: reads.append(p) or real(p))
    seed = tmp_path / "a.txt"
    seed.write_bytes(b"satu")
    old = os.stat(seed).st_mtime_ns - 10**10
    os.utime(seed, ns=(old, old))
    first = filedigest.FileDigests(tmp_path / "cache")
    digest = first.digest(seed)
    first.save()
    assert filedigest.FileDigests(tmp_path / "cache").digest(seed) == digest
    assert len(reads) == 1
    time.sleep(0.05)  # past the kernel clock's tick: the change time moves
    seed.write_bytes(b"dua!")
    os.utime(seed, ns=(old, old))
    assert filedigest.FileDigests(tmp_path / "cache").digest(seed) != digest
    assert len(reads) == 2


def test_a_snapshot_patched_after_edits_is_the_snapshot_written_whole(tmp_path, monkeypatch):
    """After an edit only a patch of the snapshot is written; read back with its patch, the
    snapshot is the one a build writing it whole leaves (edit, undo, edit: patches build up)."""
    from build_digest import incremental
    from build_digest.cache import code_fingerprint

    seeds, docs, cache = _mixed_seeds(tmp_path / "seeds"), tmp_path / "docs", tmp_path / "cache"
    assert not build(seeds, docs, cache_dir=cache).failures
    docs_whole, cache_whole = tmp_path / "whole" / "docs", tmp_path / "whole" / "cache"
    shutil.copytree(docs, docs_whole)
    shutil.copytree(cache, cache_whole)
    edited = sorted(seeds.glob("*.txt"))[1]
    original = edited.read_bytes()
    lex = load_lexicon()

    def snapshot(folder: Path) -> incremental.Snapshot:
        snap = incremental.load_snapshot(folder, code_fingerprint(), lex)
        assert snap is not None
        return dataclasses.replace(snap, base="", patched=set())

    for step in range(3):
        if step == 1:
            edited.write_bytes(original)
        else:
            _append(edited, f"\nKalimat tambahan nomor {step} tentang cuaca di Jakarta.\n")
        assert build(seeds, docs, cache_dir=cache).incremental
        assert (cache / incremental.SNAPSHOT_PATCH).is_file()
        with monkeypatch.context() as patch:
            patch.setattr(incremental, "MAX_PATCHED", 0)
            assert build(seeds, docs_whole, cache_dir=cache_whole).incremental
        assert not (cache_whole / incremental.SNAPSHOT_PATCH).exists()
        assert snapshot(cache) == snapshot(cache_whole), step
        assert _pages(docs) == _pages(docs_whole)
    (cache / incremental.SNAPSHOT_PATCH).write_bytes(b"not a pickle")
    assert incremental.load_snapshot(cache, code_fingerprint(), lex) is None


def test_an_edit_rebuild_leaves_the_related_memo_as_it_is(tmp_path):
    """After an edit the corpus steps neither read nor rewrite the related memo (its date table
    is keyed by whole documents: the edited one is decided afresh), and the pages are a fresh
    build's."""
    seeds, docs, cache = _mixed_seeds(tmp_path / "seeds"), tmp_path / "docs", tmp_path / "cache"
    assert not build(seeds, docs, cache_dir=cache).failures
    memos = {p.name: p.stat().st_mtime_ns for p in cache.glob("related-*.pickle")}
    assert "related-dates.pickle" in memos
    for step in range(2):  # (the first article's date rests on statements others carry)
        _append(sorted(seeds.glob("*.txt"))[0], f"\nKalimat tambahan nomor {step}.\n")
        assert build(seeds, docs, cache_dir=cache).incremental
        assert {p.name: p.stat().st_mtime_ns for p in cache.glob("related-*.pickle")} == memos
        assert _pages(docs) == _fresh(seeds, tmp_path / f"fresh-{step}")
