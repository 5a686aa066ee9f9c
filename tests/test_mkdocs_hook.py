"""`mkdocs serve` re-runs the build step; `mkdocs build` does not."""

from sitebuild import copy_project

from build_digest import mkdocs_hook


def _config(project):
    return {"config_file_path": str(project / "mkdocs.yml"), "docs_dir": str(project / "docs")}


def test_serve_regenerates_pages_when_a_seed_changes(tmp_path, monkeypatch):
    project = copy_project(tmp_path / "p")
    monkeypatch.chdir(project)
    mkdocs_hook.on_startup(command="serve", dirty=False)
    mkdocs_hook.on_pre_build(_config(project))
    page = project / "docs" / "articles" / "000-af23a4dddb6b05e9.md"
    assert page.exists()
    seed = project / "seeds" / "000_af23a4dddb6b05e9.txt"
    seed.write_text(seed.read_text("utf-8").replace("Moskow mengapresiasi", "Moskow MENGAPRESIASI"),
                    "utf-8")
    mkdocs_hook.on_pre_build(_config(project))
    assert "MENGAPRESIASI" in page.read_text("utf-8")


def test_build_command_leaves_docs_alone(tmp_path, monkeypatch):
    project = copy_project(tmp_path / "p")
    monkeypatch.chdir(project)
    mkdocs_hook.on_startup(command="build", dirty=False)
    mkdocs_hook.on_pre_build(_config(project))
    assert not (project / "docs" / "articles").exists()
