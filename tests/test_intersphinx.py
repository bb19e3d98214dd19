"""Intersphinx between two sites: each links the other's award cards through its inventory.

The first site is the ``awards`` test project, the second ``intersphinx``; the second's
``intersphinx_mapping`` names the first's output folder, so its ``objects.inv`` is read from
disk, as Sphinx reads any local inventory. Every build is ``-n -W`` clean unless a test says
which warning it expects.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup
from sphinx.testing.util import SphinxTestApp

from .conftest import build, data, page, warnings

ZEBRA = "zebra-vision"


@pytest.fixture(scope="module")
def first(rootdir: Path, tmp_path_factory: pytest.TempPathFactory) -> SphinxTestApp:
    """The first site, built once: its card of zebra-vision is on card.html."""
    srcdir = tmp_path_factory.mktemp("first") / "src"
    shutil.copytree(rootdir / "test-awards", srcdir)
    app = build(srcdir)
    assert warnings(app) == ""
    return app


@pytest.fixture
def second(rootdir: Path, tmp_path: Path) -> Path:
    """A fresh copy of the second site's sources."""
    shutil.copytree(rootdir / "test-intersphinx", tmp_path / "second")
    return tmp_path / "second"


def mapping(name: str, site: SphinxTestApp) -> dict[str, tuple[str, None]]:
    """``intersphinx_mapping`` that names ``site``'s output folder (its objects.inv on disk)."""
    return {name: (Path(site.outdir).as_posix(), None)}


def links(app: SphinxTestApp, docname: str) -> list[tuple[str, str, str]]:
    """Each paragraph's first words (up to its colon) and the text and address of its link."""
    found = []
    for paragraph in page(app, docname).select("article p, div.body p, main p"):
        link = paragraph.select_one("a.reference")
        if link is not None and ":" in paragraph.get_text():
            found.append((paragraph.get_text().split(":")[0], link.get_text(), link["href"]))
    return found


def reaches_card(href: str, award_id: str) -> bool:
    """Whether ``href`` (a file address and a fragment) is the page that has the award's card."""
    address, _, fragment = href.partition("#")
    card = BeautifulSoup(Path(address).read_text(encoding="utf-8"), "html.parser").find(id=fragment)
    return fragment == f"award-{award_id}" and card is not None and "awards-card" in card["class"]


@pytest.mark.parametrize("own_data", [True, False], ids=["with-data", "without-data"])
def test_a_second_site_links_the_first_sites_card_in_rest_and_myst(
    first: SphinxTestApp, second: Path, own_data: bool
) -> None:
    settings: dict[str, Any] = {"intersphinx_mapping": mapping("first", first)}
    if own_data:
        settings |= {"awards_data": ["data/second.yaml"], "exclude_patterns": ["unknown.md"]}
    else:
        settings |= {"awards_data": [], "exclude_patterns": ["unknown.md", "own.rst"]}
    app = build(second, **settings)

    assert warnings(app) == ""
    title = next(a["title"] for a in data(first, "awards.yaml")["awards"] if a["id"] == ZEBRA)
    card = f"{Path(first.outdir).as_posix()}/card.html#award-{ZEBRA}"
    expected = [
        ("Named inventory", title, card),
        ("Any inventory", title, card),
        ("With text", "the zebras", card),
        # The site's own role finds in the inventories what its data does not have.
        ("The award role", title, card),
    ]
    for docname in ("links-rst", "links-md"):
        assert links(app, docname) == expected, docname
    assert reaches_card(card, ZEBRA)


def test_the_first_site_links_back_to_the_second_sites_card(
    first: SphinxTestApp, second: Path, tmp_path: Path
) -> None:
    settings = {"awards_data": ["data/second.yaml"], "exclude_patterns": ["unknown.md"]}
    second_site = build(second, intersphinx_mapping=mapping("first", first), **settings)
    assert warnings(second_site) == ""

    srcdir = tmp_path / "first-again"
    shutil.copytree(first.srcdir, srcdir, ignore=shutil.ignore_patterns("_build"))
    (srcdir / "back.rst").write_text(
        ":orphan:\n\nBack\n====\n\nTheirs: :external+second:awards:award:`sunflower-search`.\n",
        encoding="utf-8",
    )
    extensions = ["sphinx_awards", "sphinx.ext.intersphinx"]
    app = build(srcdir, extensions=extensions, intersphinx_mapping=mapping("second", second_site))

    assert warnings(app) == ""
    card = f"{Path(second_site.outdir).as_posix()}/own.html#award-sunflower-search"
    assert links(app, "back") == [("Theirs", "Sunflower Search Spirals", card)]
    assert reaches_card(card, "sunflower-search")


@pytest.mark.parametrize("own_data", [True, False], ids=["with-data", "without-data"])
def test_an_award_no_site_has_is_warned_about_once_at_the_role(
    first: SphinxTestApp, second: Path, own_data: bool
) -> None:
    settings: dict[str, Any] = {"intersphinx_mapping": mapping("first", first)}
    settings |= {"awards_data": ["data/second.yaml"] if own_data else []}
    settings |= {"exclude_patterns": [] if own_data else ["own.rst"]}
    app = build(second, **settings)

    if own_data:
        why = (
            "unknown award 'ghost-paper' (known: sunflower-search); "
            "no intersphinx inventory has it either"
        )
    else:
        why = "no intersphinx inventory has award 'ghost-paper', and awards_data names no data file"
    assert warnings(app) == f"<src>/unknown.md:7: WARNING: award role: {why} [awards.reference]\n"
    assert page(app, "unknown").select_one("article p, div.body p").get_text() == (
        "Nowhere: ghost-paper."
    )
