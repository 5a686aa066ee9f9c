"""The build step reads mkdocs.yml as MkDocs does, without importing MkDocs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from mkdocs.utils.yaml import get_yaml_loader

from build_digest.siteconfig import load_site_config

ROOT = Path(__file__).resolve().parent.parent


def _mkdocs_reads(path: Path) -> dict:
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=get_yaml_loader())


@pytest.mark.parametrize("site_url", [None, "https://news.example.net/harian"])
def test_site_url_and_name_are_what_mkdocs_reads(tmp_path, monkeypatch, site_url):
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    if site_url is None:
        monkeypatch.delenv("SITE_URL", raising=False)
    else:
        monkeypatch.setenv("SITE_URL", site_url)
    expected = _mkdocs_reads(tmp_path / "mkdocs.yml")
    config = load_site_config(tmp_path)
    assert config.site_name == expected["site_name"]
    assert config.site_url.rstrip("/") == str(expected["site_url"]).rstrip("/")
    assert config.site_url.endswith("/")


def test_env_tag_with_several_variables_takes_the_first_set(tmp_path, monkeypatch):
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: !ENV [DIGEST_NAME_A, DIGEST_NAME_B, 'Kabar Pagi']\n"
        "site_url: https://pagi.example.org/kabar\n", encoding="utf-8")
    monkeypatch.delenv("DIGEST_NAME_A", raising=False)
    monkeypatch.setenv("DIGEST_NAME_B", "Kabar Sore")
    assert load_site_config(tmp_path).site_name == "Kabar Sore"
    assert _mkdocs_reads(tmp_path / "mkdocs.yml")["site_name"] == "Kabar Sore"
    monkeypatch.delenv("DIGEST_NAME_B")
    assert load_site_config(tmp_path).site_name == "Kabar Pagi"
    assert load_site_config(tmp_path).site_url == "https://pagi.example.org/kabar/"
