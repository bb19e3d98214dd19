"""Jupyter notebooks read by MyST-NB: award directives and the role in a notebook's cells.

The notebook is not run (``nb_execution_mode = "off"``): what is tested is that its Markdown
cells render the awards as any MyST page does, warning-free under ``-n -W``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from sphinx.testing.util import SphinxTestApp

from .conftest import build, page, warnings


@pytest.fixture(scope="module")
def notebook_site(rootdir: Path, tmp_path_factory: pytest.TempPathFactory) -> SphinxTestApp:
    """The notebook project, built once."""
    srcdir = tmp_path_factory.mktemp("notebook") / "src"
    shutil.copytree(rootdir / "test-notebook", srcdir)
    return build(srcdir)


def test_a_notebook_with_award_directives_builds_without_warnings(
    notebook_site: SphinxTestApp,
) -> None:
    assert warnings(notebook_site) == ""


def test_the_notebooks_cards_role_and_legend_are_rendered(notebook_site: SphinxTestApp) -> None:
    collection = yaml.safe_load(
        (Path(notebook_site.srcdir) / "data" / "awards.yaml").read_text(encoding="utf-8")
    )
    titles = {award["id"]: award["title"] for award in collection["awards"]}
    html = page(notebook_site, "awards")
    cards = html.select(".awards-card")
    # The grid's two cards, then the un-indexed card of the third cell.
    assert [card.select_one(".awards-card-title").get_text() for card in cards] == [
        titles["sunflower-search"],
        titles["tulip-tables"],
        titles["tulip-tables"],
    ]
    assert [card.get("id") for card in cards] == [
        "award-sunflower-search",
        "award-tulip-tables",
        None,
    ]
    link = html.select_one("a.reference.internal[href='#award-sunflower-search']")
    assert link is not None
    assert link.get_text() == titles["sunflower-search"]
    chips = [chip.get_text() for chip in html.select(".awards-legend .awards-legend-theme")]
    assert chips == [theme["label"] for theme in collection["themes"]]
    # The code cell is shown, not run: it has no output.
    assert html.select(".cell_output") == []
    assert "not run while the site is built" in html.get_text()
