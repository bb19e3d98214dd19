"""Every builder Read the Docs uses renders the directives; non-HTML output stays readable."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from sphinx.testing.util import SphinxTestApp

from .conftest import data, warnings

BUILDERS = ["html", "dirhtml", "singlehtml", "epub", "latex", "text", "man", "texinfo"]


def build(builder: str, rootdir: Path, tmp_path: Path) -> SphinxTestApp:
    """Build a copy of the ``awards`` test project with ``builder``."""
    shutil.copytree(rootdir / "test-awards", tmp_path / "src")
    app = SphinxTestApp(builder, srcdir=tmp_path / "src", builddir=tmp_path / "build")
    app.build()
    return app


@pytest.fixture
def built(request: pytest.FixtureRequest, rootdir: Path, tmp_path: Path) -> SphinxTestApp:
    """The ``awards`` project built by the builder the test is parametrized with."""
    app = build(request.param, rootdir, tmp_path)
    yield app
    app.cleanup()


@pytest.mark.parametrize("built", BUILDERS, indirect=True)
def test_builder_renders_without_warnings(built: SphinxTestApp) -> None:
    assert warnings(built) == ""


def card_text(collection: dict[str, Any], award: dict[str, Any]) -> str:
    """The text builder's rendering of a card, from the data."""
    kind = next(k for k in collection["kinds"] if k["id"] == award["kind"])
    track = next(t for t in collection["tracks"] if t["id"] == award["track"])
    badge = kind["label"]
    if award["track"] != collection["main_track"]:
        badge += f" · {track['short']}"
    return "\n\n".join(
        [
            badge,
            award["title"],
            award["summary"],
            *(f"* {tag['icon']} {tag['label']}" for tag in award["tags"]),
            award["description"],
            award["authors"],
            f"View paper ↗ <{award['url']}>",
        ]
    )


@pytest.mark.parametrize("built", ["text"], indirect=True)
def test_text_output_of_a_card_is_readable(built: SphinxTestApp) -> None:
    collection = data(built, "awards.yaml")
    # card.rst shows the first two awards: one of the main track, one of another track.
    zebra, apple = collection["awards"][:2]
    assert zebra["track"] == collection["main_track"] != apple["track"]
    text = (Path(built.outdir) / "card.txt").read_text(encoding="utf-8")
    cards = "\n\n".join(card_text(collection, award) for award in (zebra, apple))
    assert text == f"Cards\n*****\n\n{cards}\n"


@pytest.mark.parametrize("built", ["latex"], indirect=True)
def test_latex_cards_are_link_targets(built: SphinxTestApp) -> None:
    tex = next(Path(built.outdir).glob("*.tex")).read_text(encoding="utf-8")
    assert r"\phantomsection\label{\detokenize{card:award-zebra-vision}}" in tex
    assert r"\sphinxhref{https://example.org/zebra}{View paper ↗}" in tex
