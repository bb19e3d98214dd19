"""The awards in a PDF of each LaTeX engine: pdfLaTeX (Sphinx's default), XeLaTeX, LuaLaTeX.

A small project of Sphinx's defaults but for the engine (``tests/roots/test-engines``, with the
site's own data) is built with ``-n -W`` and ``latexmk``, as an author's project would be.
Every engine must make the PDF, with each card's title and each theme's colour; emoji are
drawn where the engine and its fonts can (colour with LuaLaTeX and Noto Color Emoji, black and
white with XeLaTeX and Symbola) and left out where not, never an error or an empty box.
"""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from .conftest import REPO, unavailable
from .test_pdf import COLLECTION, letters, missing_theme_colours, most_colourful, rendered, words

pytestmark = pytest.mark.pdf

ENGINES = ("pdflatex", "xelatex", "lualatex")
#: Enough to see a card's top edge or a chip as solid colour.
RESOLUTION = 50


#: ``engine -> PDF``: builds the project with an engine the first time it is asked.
PdfOf = Callable[[str], Path]


@pytest.fixture(scope="module")
def pdf_of(rootdir: Path, tmp_path_factory: pytest.TempPathFactory) -> PdfOf:
    """The PDF each engine makes of the project, built once per engine."""
    return functools.cache(functools.partial(build_pdf, rootdir, tmp_path_factory))


def build_pdf(rootdir: Path, tmp_path_factory: pytest.TempPathFactory, engine: str) -> Path:
    """Build the project into a PDF with ``engine``, as ``make latexpdf`` would."""
    missing = [
        tool for tool in (engine, "latexmk", "pdftotext", "pdftoppm") if not shutil.which(tool)
    ]
    if missing:
        unavailable(f"PDF tests: {', '.join(missing)} not found: see the apt-get line of .ci/run")
    project = tmp_path_factory.mktemp(engine) / "project"
    shutil.copytree(rootdir / "test-engines", project)
    (project / "data").mkdir()
    shutil.copy(REPO / "data" / "neurips-2025.yaml", project / "data")
    out = project / "_build" / "latex"
    command = [sys.executable, "-m", "sphinx", "-b", "latex", "-n", "-W", "-q"]
    command += ["-D", f"latex_engine={engine}", str(project), str(out)]
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    # The latexmkrc Sphinx writes runs the engine of the project.
    result = subprocess.run(
        ["latexmk", "-pdf", "-interaction=nonstopmode", "-halt-on-error"],
        cwd=out,
        capture_output=True,
        text=True,
        errors="replace",
    )
    assert result.returncode == 0, result.stdout[-3000:]
    log = next(out.glob("*.log")).read_text(encoding="utf-8", errors="replace")
    # A glyph no font had would be an empty box, or a gap with this line in the log.
    assert "Missing character" not in log
    return next(out.glob("*.pdf"))


def text_of(pdf: Path) -> str:
    """The PDF's text, as laid out."""
    command = ["pdftotext", "-layout", str(pdf), "-"]
    return subprocess.run(command, capture_output=True, check=True, text=True).stdout


@pytest.mark.parametrize("engine", ENGINES)
def test_every_card_and_theme_label_is_in_the_pdf(pdf_of: PdfOf, engine: str) -> None:
    text = text_of(pdf_of(engine))
    titles = [award["title"] for award in COLLECTION["awards"]]
    assert [title for title in titles if letters(title) not in letters(text)] == []
    labels = [theme["label"] for theme in COLLECTION["themes"]]
    assert [label for label in labels if label not in text] == []
    assert text.count("View paper") == len(COLLECTION["awards"])


@pytest.mark.parametrize("engine", ENGINES)
def test_cards_and_chips_are_in_their_theme_colours(pdf_of: PdfOf, engine: str) -> None:
    pdf = pdf_of(engine)
    pages = text_of(pdf).count("\f")
    colours = set()
    for page in range(1, pages + 1):
        colours |= set(rendered(pdf, page, RESOLUTION))
    assert missing_theme_colours(colours) == []


#: Every icon of the data: the tags', the tiles' and the explore link's.
ICONS = [tag["icon"] for award in COLLECTION["awards"] for tag in award["tags"]]
ICONS += [tile["icon"] for tile in [*COLLECTION["computed_tiles"].values(), *COLLECTION["tiles"]]]
ICONS += [COLLECTION["explore"]["icon"]]
EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf]")


def test_pdflatex_leaves_the_icons_out_and_writes_the_rest(pdf_of: PdfOf) -> None:
    text = text_of(pdf_of("pdflatex"))
    assert EMOJI.findall(text) == []
    # A tag is its label alone, with no gap where its icon was.
    tag = COLLECTION["awards"][0]["tags"][0]["label"]
    assert re.search(rf"(^|\s){re.escape(tag)}", text)
    # The summary's "Ω(√d)", written as mathematics (whose capital omega reads as the ohm sign).
    assert re.search("[\u03a9\u2126]\\(", text)


def test_xelatex_draws_the_icons_its_font_has(pdf_of: PdfOf) -> None:
    drawn = set(EMOJI.findall(text_of(pdf_of("xelatex"))))
    # Symbola draws most of them in black and white; the newest emoji it lacks are left out.
    assert len(drawn) >= len({EMOJI.match(icon).group() for icon in ICONS}) // 2
    assert drawn <= {EMOJI.match(icon).group() for icon in ICONS}


def test_lualatex_draws_every_tag_icon_in_colour(pdf_of: PdfOf) -> None:
    pdf = pdf_of("lualatex")
    pages = range(1, text_of(pdf).count("\f") + 1)
    grey = []
    for award in COLLECTION["awards"]:
        for tag in award["tags"]:
            first = tag["label"].split()[0]
            spreads = [
                most_colourful(pdf, page, (x - 14, top, x - 1, bottom))
                for page in pages
                for x, top, bottom, text in words(pdf, page)
                if text == first
            ]
            assert spreads, tag["label"]
            if max(spreads) < 20:
                grey.append(f"{tag['icon']} {tag['label']}")
    assert grey == []
