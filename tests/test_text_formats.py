"""Cards in the formats a person reads as text: plain text, man pages and Texinfo.

Each card names its paper's address once, cards stand apart, and the ``award`` role reads as
the award's title. The ``role`` project's cards page shows zebra-vision twice (a grid, then
a card) and apple-theory once; its essay links both with the role.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp

from .conftest import data

#: The paper addresses of the cards page, and how many cards there show each.
CARDS_ON_THE_PAGE = {"zebra-vision": 2, "apple-theory": 1}


def build(builder: str, rootdir: Path, tmp_path: Path) -> SphinxTestApp:
    """The ``role`` project built afresh with ``builder``."""
    shutil.copytree(rootdir / "test-role", tmp_path / "src")
    app = SphinxTestApp(builder, srcdir=tmp_path / "src", freshenv=True)
    try:
        app.build()
    finally:
        app.cleanup()
    return app


def written(app: SphinxTestApp, pattern: str) -> str:
    """The text of the one file of the output that matches ``pattern``."""
    (path,) = Path(app.outdir).glob(pattern)
    return path.read_text(encoding="utf-8")


def addresses(app: SphinxTestApp) -> dict[str, str]:
    """Award id -> its paper's address, from the project's data."""
    return {a["id"]: a["url"] for a in data(app, "awards.yaml")["awards"]}


@pytest.mark.parametrize(
    ("builder", "pattern"), [("text", "cards.txt"), ("man", "*.1"), ("texinfo", "*.texi")]
)
def test_each_card_names_its_address_once(
    builder: str, pattern: str, rootdir: Path, tmp_path: Path
) -> None:
    app = build(builder, rootdir, tmp_path)
    # A man page marks where a long address may break ("\:"), which a reader does not see.
    text = written(app, pattern).replace("\\:", "")
    if builder != "text":
        # One file for the whole project: the cards page is its part up to the essay.
        text = text[: text.index({"man": ".SH ESSAY", "texinfo": "@node Essay"}[builder])]
    urls = addresses(app)
    assert {award: text.count(urls[award]) for award in CARDS_ON_THE_PAGE} == CARDS_ON_THE_PAGE


def test_man_page_cards_stand_apart_and_the_role_reads_as_the_title(
    rootdir: Path, tmp_path: Path
) -> None:
    app = build("man", rootdir, tmp_path)
    roff = written(app, "*.1").replace("\\:", "").replace("\\&", "")
    titles = {a["id"]: a["title"] for a in data(app, "awards.yaml")["awards"]}
    lines = roff.splitlines()
    badges = [number for number, line in enumerate(lines) if line == "Top Paper"]
    # Every card: three on the cards page, one in the essay's grid, two on the last page.
    assert len(badges) == 6
    assert all(lines[number - 1] == ".sp" for number in badges)
    assert "#award-" not in roff
    assert f"On this page: {titles['zebra-vision']}." in roff
    assert f"The first is {titles['zebra-vision']}, then the apples." in roff


def test_texinfo_cards_are_paragraphs_of_their_own(rootdir: Path, tmp_path: Path) -> None:
    app = build("texinfo", rootdir, tmp_path)
    texinfo = written(app, "*.texi")
    anchors = re.findall(r"(.*)\n(@anchor\{cards award-[^}]*\}.*)", texinfo)
    assert len(anchors) == 2  # the indexed zebra-vision and apple-theory cards
    # A blank line before each card's anchor: Texinfo starts a paragraph there.
    assert all(before == "" for before, _ in anchors)
