"""The internal link checker on small hand-made sites."""

from __future__ import annotations

from pathlib import Path

from build_digest.linkcheck import LinkCheck, SiteLinks, broken_links


def write(site: Path, rel: str, html: str) -> None:
    path = site / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")


def reasons(site: Path, site_url: str | None = None) -> dict[str, str]:
    return {b.url: b.reason for b in broken_links(site, site_url)}


def test_resolving_links_pass(tmp_path):
    write(tmp_path, "index.html", '<a href="a/">a</a> <a href="a/#q1">q</a> <a href="#top">t</a>'
          '<p id="top"></p><link href="style.css" rel="stylesheet">'
          '<a href="https://elsewhere.example/x">out</a><a href="mailto:x@example.org">m</a>')
    write(tmp_path, "a/index.html", '<mark id="q1">x</mark><a href="../">home</a>'
          '<a href="../a/index.html#q1">same</a>')
    write(tmp_path, "style.css", "")
    assert reasons(tmp_path) == {}


def test_missing_page_and_missing_fragment(tmp_path):
    write(tmp_path, "index.html", '<a href="gone/">x</a><a href="a/#q9">y</a><a href="#nope">z</a>'
          '<img src="img/x.png">')
    write(tmp_path, "a/index.html", '<mark id="q1">x</mark>')
    found = reasons(tmp_path)
    assert set(found) == {"gone/", "a/#q9", "#nope", "img/x.png"}
    assert "q9" in found["a/#q9"]


def test_links_under_the_site_address_are_checked(tmp_path):
    write(tmp_path, "index.html", '<link rel="canonical" href="https://ex.org/digest/">'
          '<a href="https://ex.org/digest/missing/">m</a><a href="/digest/">root</a>'
          '<a href="/other/">elsewhere on the host</a>')
    found = reasons(tmp_path, "https://ex.org/digest/")
    assert set(found) == {"https://ex.org/digest/missing/", "/other/"}
    assert "outside" in found["/other/"]


def test_relative_link_climbing_out_of_the_site_path(tmp_path):
    write(tmp_path, "a/index.html", '<a href="../../x/">x</a>')
    write(tmp_path, "x/index.html", "")
    assert reasons(tmp_path) == {}  # at the host root the climb is clamped...
    assert "../../x/" in reasons(tmp_path, "https://ex.org/digest/")  # ...under /digest/ it breaks


def test_sitemap_entries_must_exist(tmp_path):
    write(tmp_path, "index.html", "")
    (tmp_path / "sitemap.xml").write_text(
        "<urlset><url><loc>https://ex.org/d/</loc></url><url><loc>https://ex.org/d/old/</loc>"
        "</url></urlset>", encoding="utf-8")
    assert set(reasons(tmp_path, "https://ex.org/d/")) == {"https://ex.org/d/old/"}


def test_resolution_matches_urljoin_from_every_kind_of_page():
    from urllib.parse import urljoin

    links = SiteLinks(Path("unused"), "https://ex.org/digest/")
    pages = [links.root + rel for rel in ("", "a/", "a/b/", "a/b/c.html", "404.html", "a/b/c/d/")]
    forms = ["", ".", "..", "./", "../", "../..", "../../", "../../../../../x", "x", "x/", "./x",
             "../x#f", "#f", "#", "../#", "?q=1", "../?q", "/", "/x", "..//x", "./../x", "a/../b",
             "x/./y", "../.", "..x", ".x", "../../a b/"]
    for page in pages:
        for url in forms:
            assert links._join(page, url) == urljoin(page, url), (page, url)
            assert links._join(page, url) == urljoin(page, url)  # remembered: same answer


def test_pages_handed_over_are_not_read_again(tmp_path, monkeypatch):
    write(tmp_path, "index.html", '<a href="a/#q1">q</a><a href="a/#q2">bad</a>')
    write(tmp_path, "a/index.html", '<mark id="q1">x</mark><a href="../#top">t</a>')
    write(tmp_path, "b/index.html", '<a href="../a/">a</a><a href="../gone/">g</a>')
    reads: list[str] = []
    real_read = Path.read_text

    def counted(path: Path, *args, **kwargs) -> str:
        reads.append(path.relative_to(tmp_path).as_posix())
        return real_read(path, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", counted)
    check = LinkCheck(tmp_path)
    for rel in ("index.html", "a/index.html"):  # handed over as they are written
        check.add_page(rel, real_read(tmp_path / rel, "utf-8"))
    found = {(b.page, b.url): b.reason for b in check.broken()}
    assert reads == ["b/index.html"]  # only the page not handed over, once
    assert set(found) == {("index.html", "a/#q2"), ("a/index.html", "../#top"),
                          ("b/index.html", "../gone/")}
    assert found == {(b.page, b.url): b.reason for b in broken_links(tmp_path)}
