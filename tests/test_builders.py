"""Every builder Read the Docs uses renders the directives; non-HTML output stays readable."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup
from sphinx.testing.util import SphinxTestApp

from .conftest import data, warnings

BUILDERS = ["html", "dirhtml", "singlehtml", "epub", "latex", "text", "man", "texinfo"]


def build(builder: str, rootdir: Path, tmp_path: Path, project: str = "awards") -> SphinxTestApp:
    """Build a copy of a test project (``awards`` unless named) with ``builder``."""
    shutil.copytree(rootdir / f"test-{project}", tmp_path / "src")
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
    # pdfLaTeX, Sphinx's default engine, writes the arrow as mathematics.
    assert r"\sphinxhref{https://example.org/zebra}{View paper \(\nearrow\)}" in tex


def award_links(outdir: Path) -> list[tuple[Path, str]]:
    """Every link to an award card in the HTML files of ``outdir``: (file, href)."""
    links = []
    for html in sorted(outdir.rglob("*.html")):
        for link in BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser").select("a"):
            if "#award-" in link.get("href", ""):
                links.append((html, link["href"]))
    return links


@pytest.mark.parametrize("builder", ["html", "dirhtml", "singlehtml"])
def test_every_award_link_reaches_its_card(builder: str, rootdir: Path, tmp_path: Path) -> None:
    app = build(builder, rootdir, tmp_path, "role")
    app.cleanup()
    outdir = Path(app.outdir)
    links = award_links(outdir)
    # The role project links zebra-vision (twice) and apple-theory (by role and by any).
    assert {href.rpartition("#")[2] for _, href in links} == {
        "award-zebra-vision",
        "award-apple-theory",
    }
    for source, href in links:
        address, _, fragment = href.rpartition("#")
        assert "#" not in address, f"{source.name}: {href}"
        page = (source.parent / address).resolve() if address else source
        if page.is_dir():
            page /= "index.html"
        target = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        assert target.find(id=fragment) is not None, f"{source.relative_to(outdir)}: {href}"


def test_every_latex_reference_to_a_card_has_its_label(rootdir: Path, tmp_path: Path) -> None:
    app = build("latex", rootdir, tmp_path, "role")
    app.cleanup()
    tex = next(Path(app.outdir).glob("*.tex")).read_text(encoding="utf-8")
    references = set(re.findall(r"\\hyperref\[\\detokenize\{([^}]*award-[^}]*)\}\]", tex))
    labels = set(re.findall(r"\\label\{\\detokenize\{([^}]*)\}\}", tex))
    # The role project's essay links zebra-vision and apple-theory.
    assert {ref.rpartition(":")[2] for ref in references} == {
        "award-zebra-vision",
        "award-apple-theory",
    }
    assert references <= labels


@pytest.mark.parametrize("built", ["latex"], indirect=True)
def test_latex_loads_a_package_with_the_theme_colours_of_the_data(built: SphinxTestApp) -> None:
    outdir = Path(built.outdir)
    tex = next(outdir.glob("*.tex")).read_text(encoding="utf-8")
    assert r"\usepackage{sphinxawards}" in tex
    package = (outdir / "sphinxawards.sty").read_text(encoding="utf-8")
    for name in ("awards.yaml", "other.yaml"):
        collection = data(built, name)
        for theme in collection["themes"]:
            palette = f"awards-palette-{collection['id']}-{theme['id']}"
            colour = theme["color"]["light"][1:].upper()
            assert re.search(
                rf"\\newenvironment\{{sphinxclass{palette}\}}\{{\\definecolor\{{awardsaccent\}}"
                rf"\{{HTML\}}\{{{colour}\}}",
                package,
            ), palette


@pytest.mark.parametrize("built", ["latex"], indirect=True)
def test_latex_cards_are_boxes_in_their_palette_with_tags_as_pills(built: SphinxTestApp) -> None:
    tex = next(Path(built.outdir).glob("*.tex")).read_text(encoding="utf-8")
    collection = data(built, "awards.yaml")
    zebra = collection["awards"][0]
    card = tex[tex.index(r"\label{\detokenize{card:award-zebra-vision}}") :]
    card = card[: card.index("View paper")]
    opening = tex[: tex.index(r"\label{\detokenize{card:award-zebra-vision}}")]
    # The palette's environment opens before the card's box, which takes its colour.
    palette = rf"\begin{{sphinxuseclass}}{{awards-palette-{collection['id']}-{zebra['theme']}}}"
    assert opening.rindex(palette) < opening.rindex(r"\begin{sphinxuseclass}{awards-card}")
    # pdfLaTeX, Sphinx's default engine, has no font with emoji: the icons are left out.
    tags = [rf"\DUrole{{awards-tag}}{{{tag['label']}}}" for tag in zebra["tags"]]
    assert all(tag in card for tag in tags)
    assert r"\begin{itemize}" not in card
