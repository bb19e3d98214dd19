"""Editing the data re-reads exactly the pages that use it; the data is loaded once per build."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp

from sphinx_awards import loader

from .conftest import page


@pytest.fixture
def project(rootdir: Path, tmp_path: Path) -> Path:
    """A copy of the ``awards`` test project, free to edit."""
    shutil.copytree(rootdir / "test-awards", tmp_path / "src")
    return tmp_path / "src"


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A file that gets one line per call of the loader, in whichever process it runs."""
    log = tmp_path / "loads.log"
    log.touch()
    load_catalog = loader.load_catalog

    def counting_load_catalog(*args, **kwargs):
        with log.open("a") as stream:
            stream.write("load\n")
        return load_catalog(*args, **kwargs)

    monkeypatch.setattr(loader, "load_catalog", counting_load_catalog)
    return log


def build(srcdir: Path, parallel: int = 1) -> tuple[list[str], SphinxTestApp]:
    """Build (again) into the same output folder: the pages read, and the application."""
    app = SphinxTestApp("html", srcdir=srcdir, builddir=srcdir / "_build", parallel=parallel)
    read: list[str] = []
    app.connect("env-before-read-docs", lambda app, env, docnames: read.extend(docnames))
    app.build()
    return sorted(read), app


def edit(path: Path, old: str, new: str) -> None:
    """Replace text in a data file."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def card_titles(app: SphinxTestApp, docname: str) -> list[str]:
    """The titles of the cards of a page."""
    return [a.get_text() for a in page(app, docname).select(".awards-card-title a")]


def test_editing_a_data_file_rereads_the_pages_that_use_it(project: Path) -> None:
    read, app = build(project)
    app.cleanup()
    assert read == ["card", "grids", "index", "legend", "stats"]

    edit(project / "data" / "awards.yaml", "Zebra Stripes", "Tiger Stripes")
    read, app = build(project)
    try:
        assert read == ["card", "grids", "legend", "stats"]
        assert card_titles(app, "card")[0] == "Tiger Stripes for Robust Vision"
        assert "Tiger Stripes for Robust Vision" in card_titles(app, "grids")
        assert app.warning.getvalue() == ""
    finally:
        app.cleanup()

    # card.rst only shows awards of the first file: the second one is not its dependency.
    edit(project / "data" / "other.yaml", "Cherry Sounds", "Cherry Songs")
    read, app = build(project)
    try:
        assert read == ["grids", "legend", "stats"]
        assert "Cherry Songs" in card_titles(app, "grids")
    finally:
        app.cleanup()


@pytest.mark.parametrize(
    "setting",
    [
        "awards_max_file_size = 0",
        "awards_max_values = 'many'",
        "awards_card_authors = 0",
        "awards_link_previews = 'no'",
        "awards_discussed_in = 'no'",
    ],
)
def test_a_rebuild_with_a_bad_setting_reads_no_page_again(project: Path, setting: str) -> None:
    # The setting is put right (with a warning) as the configuration is read: put right any
    # later, it would differ from the last build's and every page would be read again.
    with (project / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write(f"\n{setting}\n")
    read, app = build(project)
    app.cleanup()
    assert read == ["card", "grids", "index", "legend", "stats"]
    assert f"{setting.split(' = ')[0]} must be" in app.warning.getvalue()
    read, app = build(project)
    app.cleanup()
    assert read == []


def test_data_is_loaded_once_per_build(project: Path, loads: Path) -> None:
    read, app = build(project)
    app.cleanup()
    assert len(read) == 5
    assert loads.read_text() == "load\n"

    read, app = build(project)
    app.cleanup()
    assert read == []
    # Nothing to read: the data files are not parsed at all.
    assert loads.read_text() == "load\n"


def test_data_is_loaded_once_in_a_parallel_build(project: Path, loads: Path) -> None:
    read, app = build(project, parallel=2)
    app.cleanup()
    assert len(read) == 5
    assert loads.read_text() == "load\n"
