"""The site's PDF, as Read the Docs publishes it: framed cards in their theme colours, one row
of tiles, every card's title.

The PDF is built once (LuaLaTeX and latexmk, like ``nox -s pdf``) or taken from
``AWARDS_PDF``; its pages are read with poppler's ``pdftotext`` and ``pdftoppm``. These tests
need TeX, so a plain ``pytest`` leaves them out: ``nox -s pdf`` runs them on the PDF it built.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .conftest import REPO, copy_site, unavailable
from .test_discussed_in import essay_places_linking

pytestmark = pytest.mark.pdf

COLLECTION = yaml.safe_load((REPO / "data" / "neurips-2025.yaml").read_text(encoding="utf-8"))
#: Enough to see a badge or chip as solid colour, few enough to keep the pages quick to read.
RESOLUTION = 50
#: Enough to draw an emoji beside a tag's label in some detail.
ICON_RESOLUTION = 150
TOOLS = ("lualatex", "latexmk", "pdftotext", "pdftoppm")


@pytest.fixture(scope="session")
def site_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site's PDF: ``AWARDS_PDF`` if set, else docs/ built as ``nox -s pdf`` builds it."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if os.environ.get("AWARDS_PDF"):
        return Path(os.environ["AWARDS_PDF"])
    if missing:
        unavailable(f"PDF tests: {', '.join(missing)} not found: see the apt-get line of .ci/run")
    tmp = tmp_path_factory.mktemp("pdf")
    out = tmp / "latex"
    command = [sys.executable, "-m", "sphinx", "-b", "latex", "-n", "-W", "-q"]
    result = subprocess.run([*command, str(copy_site(tmp)), str(out)], capture_output=True)
    assert result.returncode == 0, result.stderr.decode()
    result = subprocess.run(
        ["latexmk", "-pdf", "-interaction=nonstopmode", "-halt-on-error"],
        cwd=out,
        capture_output=True,
    )
    assert result.returncode == 0, result.stdout.decode()[-3000:]
    return next(out.glob("*.pdf"))


@pytest.fixture(scope="session")
def pages(site_pdf: Path) -> list[str]:
    """The text of each page, as laid out on it."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(site_pdf), "-"], capture_output=True, check=True, text=True
    ).stdout
    return text.split("\f")


def letters(text: str) -> str:
    """Only the letters and digits of ``text``, lower case: words broken across lines match."""
    return re.sub(r"[\W_]+", "", text).lower()


def awards_pages(pages: list[str]) -> list[int]:
    """The numbers (from 1) of the pages of the awards chapter: legend, tiles, cards."""
    first = next(i for i, page in enumerate(pages) if "Theme legend" in page)
    end = next(i for i, page in enumerate(pages) if i > first and "CHAPTER" in page)
    return list(range(first + 1, end + 1))


def rendered(site_pdf: Path, page: int, resolution: int, *area: str) -> list[tuple[int, ...]]:
    """The pixels of one page (or of an ``-x -y -W -H`` area of it), rendered by pdftoppm."""
    command = ["pdftoppm", "-f", str(page), "-l", str(page), "-r", str(resolution), *area]
    ppm = subprocess.run([*command, str(site_pdf)], capture_output=True, check=True).stdout
    # A binary PPM: "P6", width, height, maximum value, one whitespace, then RGB triples.
    header = re.match(rb"P6\s+(\d+)\s+(\d+)\s+(\d+)\s", ppm)
    assert header is not None
    data = ppm[header.end() :]
    return [tuple(data[i : i + 3]) for i in range(0, len(data), 3)]


def test_every_card_title_is_in_the_pdf(pages: list[str]) -> None:
    text = letters("".join(pages))
    missing = [a["title"] for a in COLLECTION["awards"] if letters(a["title"]) not in text]
    assert missing == []


def test_each_theme_colour_is_on_the_awards_pages(site_pdf: Path, pages: list[str]) -> None:
    colours = set()
    for page in awards_pages(pages):
        colours |= set(rendered(site_pdf, page, RESOLUTION))
    missing = []
    for theme in COLLECTION["themes"]:
        colour = theme["color"]["light"]
        rgb = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
        # Anti-aliasing aside, a filled badge or chip is the colour itself.
        if not any(all(abs(a - b) <= 2 for a, b in zip(rgb, c, strict=True)) for c in colours):
            missing.append(theme["id"])
    assert missing == []


def test_the_tiles_sit_side_by_side_in_one_row(pages: list[str]) -> None:
    labels = [tile["label"] for tile in COLLECTION["computed_tiles"].values()]
    labels += [tile["label"] for tile in COLLECTION["tiles"]]
    lines = "".join(pages[page - 1] for page in awards_pages(pages)).splitlines()
    assert [line for line in lines if all(label in line for label in labels)]


def test_the_legend_is_a_row_of_chips_not_a_bullet_list(pages: list[str]) -> None:
    text = "".join(pages[page - 1] for page in awards_pages(pages))
    labels = [theme["label"] for theme in COLLECTION["themes"]]
    # Chips share lines; a bullet list would put each label on a line of its own after "•".
    lines_with_chips = [
        line for line in text.splitlines() if any(label in line for label in labels)
    ]
    assert not any(line.strip().startswith("•") for line in lines_with_chips)
    assert any(sum(label in line for label in labels) >= 2 for line in lines_with_chips)


WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>'
)


def words(site_pdf: Path, page: int) -> list[tuple[float, float, float, str]]:
    """The words of one page and where they start: (left, top, bottom, text), in points."""
    html = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-bbox", str(site_pdf), "-"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    return [
        (float(x), float(top), float(bottom), text) for x, top, bottom, text in WORD.findall(html)
    ]


def most_colourful(site_pdf: Path, page: int, box: tuple[float, float, float, float]) -> int:
    """The largest spread between the channels of a pixel in ``box`` (points): 0 is grey."""
    scale = ICON_RESOLUTION / 72
    left, top, right, bottom = (round(value * scale) for value in box)
    area = ("-x", str(left), "-y", str(top), "-W", str(right - left), "-H", str(bottom - top))
    pixels = rendered(site_pdf, page, ICON_RESOLUTION, *area)
    return max(max(pixel) - min(pixel) for pixel in pixels)


def test_every_tag_icon_is_a_colour_emoji(site_pdf: Path, pages: list[str]) -> None:
    # The icon is the glyph just before its label's first word; a black-and-white glyph
    # (FreeSerif's ⚖, say) has only greys.
    grey = {}
    for award in COLLECTION["awards"]:
        for tag in award["tags"]:
            first = tag["label"].split()[0]
            spreads = [
                most_colourful(site_pdf, page, (x - 14, top, x - 1, bottom))
                for page in awards_pages(pages)
                for x, top, bottom, text in words(site_pdf, page)
                if text == first
            ]
            assert spreads, tag["label"]
            # Anti-aliased grey on the pill's near-white spreads by 3 at most.
            if max(spreads) < 20:
                grey[f"{tag['icon']} {tag['label']}"] = max(spreads)
    assert grey == {}


def test_each_card_lists_the_essay_sections_that_discuss_its_paper(pages: list[str]) -> None:
    text = letters("".join(pages[page - 1] for page in awards_pages(pages)))
    titles = [letters(award["title"]) for award in COLLECTION["awards"]]
    starts = [text.index(title) for title in titles]
    assert starts == sorted(starts)
    for award, start, end in zip(COLLECTION["awards"], starts, [*starts[1:], None], strict=True):
        card = text[start:end]
        sections = essay_places_linking(award)
        assert (letters("Discussed in") in card) == bool(sections), award["id"]
        for section in sections:
            assert letters(section or "") in card, (award["id"], section)
