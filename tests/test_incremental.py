"""Editing the data re-reads exactly the pages that use it; the data is loaded once per build."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp

from benchmarks.builds import sphinx_build
from sphinx_awards import loader

from .conftest import page, pages_read, record_builds


@pytest.fixture
def project(rootdir: Path, tmp_path: Path) -> Path:
    """A copy of the ``awards`` test project, free to edit."""
    shutil.copytree(rootdir / "test-awards", tmp_path / "src")
    return tmp_path / "src"


@pytest.fixture
def loads(project: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A file that gets one line per load of the data, in whichever process it runs."""
    record_builds(project)
    # The extension replaces the loader's function in the test's own process too: put it back
    # when the test ends.
    monkeypatch.setattr(loader, "load_catalog", loader.load_catalog)
    monkeypatch.setattr(sys, "path", list(sys.path))
    log = project / "loads.log"
    log.touch()
    return log


def build(srcdir: Path) -> tuple[list[str], SphinxTestApp]:
    """Build (again) into the same output folder: the pages read, and the application."""
    app = SphinxTestApp("html", srcdir=srcdir, builddir=srcdir / "_build")
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
        "awards_data = 5",
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
    # Sphinx reads in several processes from six pages on: three more, each with a card.
    card = ":orphan:\n\nMore\n====\n\n.. award-card:: zebra-vision\n   :no-index:\n"
    for number in range(3):
        (project / f"more-{number}.rst").write_text(card, encoding="utf-8")
    # In a process of its own, as from the command line: Sphinx forks its workers, and a test
    # process may run threads (pytest-xdist's) that a fork must not copy.
    built = sphinx_build(project, project / "_build" / "html", "-j", "2")
    assert built.warnings == ()
    read = pages_read(project)
    assert len(read) == 8
    assert len(set(read.values())) > 1
    assert loads.read_text() == "load\n"
