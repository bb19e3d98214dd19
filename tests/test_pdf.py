"""The site's PDF, as Read the Docs publishes it: framed cards in their theme colours, one row
of tiles, every card's title.

The PDF is built once (LuaLaTeX and latexmk, like ``nox -s pdf``) or taken from
``AWARDS_PDF``; its pages are read with poppler's ``pdftotext`` and ``pdftoppm``. These tests
need TeX, so a plain ``pytest`` leaves them out: ``nox -s pdf`` runs them on the PDF it built.
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

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


#: A chapter's head: "Chapter 3" (or "CHAPTER" over "THREE") on a line of its own.
CHAPTER_HEAD = re.compile(r"^\s*chapter(\s+\w+)?\s*$", re.IGNORECASE | re.MULTILINE)


def awards_pages(pages: list[str]) -> list[int]:
    """The numbers (from 1) of the pages of the awards chapter: legend, tiles, cards."""
    first = next(i for i, page in enumerate(pages) if "Theme legend" in page)
    end = next(i for i, page in enumerate(pages) if i > first and CHAPTER_HEAD.search(page))
    return list(range(first + 1, end + 1))


def missing_theme_colours(colours: set[tuple[int, ...]]) -> list[str]:
    """The themes whose light colour is none of ``colours`` (pixels of rendered pages)."""
    missing = []
    for theme in COLLECTION["themes"]:
        colour = theme["color"]["light"]
        rgb = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
        # Anti-aliasing aside, a filled badge or chip is the colour itself.
        if not any(all(abs(a - b) <= 2 for a, b in zip(rgb, c, strict=True)) for c in colours):
            missing.append(theme["id"])
    return missing


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
    assert missing_theme_colours(colours) == []


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


def most_colourful(site_pdf: Path, page: int, box: tuple[float, float, float, float]) -> int:
    """The largest spread between the channels of a pixel in ``box`` (points): 0 is grey."""
    scale = ICON_RESOLUTION / 72
    left, top, right, bottom = (round(value * scale) for value in box)
    area = ("-x", str(left), "-y", str(top), "-W", str(right - left), "-H", str(bottom - top))
    pixels = rendered(site_pdf, page, ICON_RESOLUTION, *area)
    return max(max(pixel) - min(pixel) for pixel in pixels)


def test_every_tag_icon_is_a_colour_emoji(
    site_pdf: Path, pages: list[str], layout: dict[int, Page]
) -> None:
    # The icon is the glyph just before its label's first word; a black-and-white glyph
    # (FreeSerif's ⚖, say) has only greys.
    grey = {}
    for award in COLLECTION["awards"]:
        for tag in award["tags"]:
            first = tag["label"].split()[0]
            spreads = [
                most_colourful(
                    site_pdf, page, (word.left - 14, word.top, word.left - 1, word.bottom)
                )
                for page in awards_pages(pages)
                for word in layout[page].words
                if word.text == first
            ]
            assert spreads, tag["label"]
            # Anti-aliased grey on the pill's near-white spreads by 3 at most.
            if max(spreads) < 20:
                grey[f"{tag['icon']} {tag['label']}"] = max(spreads)
    assert grey == {}


# -- The pages as a book: running heads and feet, headings, blank pages, the cover ---------

#: Where a page's running head ends and its running foot starts, as fractions of its height
#: (Sphinx's letter pages have 1 in margins: the text is 9 in of the page's 11).
HEAD, FOOT = 0.075, 0.925
#: A page number as the foot shows it: arabic in the chapters, roman before them.
PAGE_NUMBER = re.compile(r"\d+|[ivxlcdm]+")
#: The least space between a page number and a word beside it (points): more than a space.
SPACE = 8
#: The sectioning commands whose headings hyperref marks with a destination of their own.
HEADING_DESTINATION = re.compile(
    r'^\s*(\d+)\s+\[\s*XYZ\s+[\d.]+\s+([\d.]+)\s.*"((?:chapter|section|subsection|subsubsection'
    r'|paragraph)\.[\d.]+)"',
    re.MULTILINE,
)
PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.DOTALL)
WORD_BOX = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)


class Word(NamedTuple):
    """A word of a page and its box, in points from the page's top left corner."""

    left: float
    top: float
    right: float
    bottom: float
    text: str

    @property
    def height(self) -> float:
        return self.bottom - self.top


class Page(NamedTuple):
    """A page's size and words (points), in the order pdftotext reads them."""

    width: float
    height: float
    words: list[Word]

    def band(self, top: float, bottom: float) -> list[Word]:
        """The words between two fractions of the page's height."""
        return [w for w in self.words if top * self.height <= w.top < bottom * self.height]

    @property
    def body(self) -> list[Word]:
        return self.band(HEAD, FOOT)


@pytest.fixture(scope="session")
def layout(site_pdf: Path) -> dict[int, Page]:
    """Each page's words and their boxes, by page number (from 1)."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(site_pdf), "-"], capture_output=True, check=True, text=True
    ).stdout
    return {
        number: Page(
            float(width),
            float(height),
            [Word(*map(float, w[:4]), w[4]) for w in WORD_BOX.findall(body)],
        )
        for number, (width, height, body) in enumerate(PAGE.findall(html), start=1)
    }


def words(pdf: Path, page: int) -> list[tuple[float, float, float, str]]:
    """The words of one page of a PDF and where they start: (left, top, bottom, text)."""
    html = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-bbox", str(pdf), "-"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    boxes = (Word(*map(float, box[:4]), box[4]) for box in WORD_BOX.findall(html))
    return [(word.left, word.top, word.bottom, word.text) for word in boxes]


def lines(words: list[Word]) -> list[list[Word]]:
    """Words on the same baseline (within 2 pt), lines from the top, words from the left."""
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.bottom, w.left)):
        if rows and abs(rows[-1][0].bottom - word.bottom) <= 2:
            rows[-1].append(word)
        else:
            rows.append([word])
    return [sorted(row, key=lambda w: w.left) for row in rows]


def test_every_page_has_a_running_foot_or_none_and_nothing_overprints(
    layout: dict[int, Page],
) -> None:
    feet = 0
    for number, page in layout.items():
        for band in (page.band(0, HEAD), page.band(FOOT, 1)):
            for line in lines(band):
                # Glyphs run into each other ("4Chapter 1."): pdftotext then reads one word,
                # or two boxes that overlap.
                overlaps = [
                    (a.text, b.text) for a, b in itertools.pairwise(line) if b.left < a.right
                ]
                assert overlaps == [], (number, [w.text for w in line])
        foot = page.band(FOOT, 1)
        if foot:
            feet += 1
            # The page number, a word of its own, a clear space from anything beside it.
            numbers = [
                word
                for line in lines(foot)
                for before, word, after in zip(
                    [None, *line[:-1]], line, [*line[1:], None], strict=True
                )
                if PAGE_NUMBER.fullmatch(word.text)
                and (before is None or word.left - before.right >= SPACE)
                and (after is None or after.left - word.right >= SPACE)
            ]
            assert numbers, (number, [w.text for w in foot])
    assert feet >= len(layout) - 1  # every page but the cover has its number


def images_by_page(site_pdf: Path) -> set[int]:
    """The pages with a picture on them, as pdfimages lists them."""
    listing = subprocess.run(
        ["pdfimages", "-list", str(site_pdf)], capture_output=True, check=True, text=True
    ).stdout
    return {int(row.split()[0]) for row in listing.splitlines()[2:] if row.strip()}


def test_no_page_is_blank(site_pdf: Path, layout: dict[int, Page]) -> None:
    pictured = images_by_page(site_pdf)
    blank = [n for n, page in layout.items() if not page.body and n not in pictured]
    assert blank == []


def heading_destinations(site_pdf: Path, height: float) -> list[tuple[int, float, str]]:
    """Each numbered heading's page, its top (points from the page's top) and its name."""
    dests = subprocess.run(
        ["pdfinfo", "-dests", str(site_pdf)], capture_output=True, check=True, text=True
    ).stdout
    found = [(int(p), height - float(y), name) for p, y, name in HEADING_DESTINATION.findall(dests)]
    return sorted(found)


def ink_below(site_pdf: Path, page: Page, number: int, top: float) -> float:
    """How far down the page's body anything is drawn below ``top`` (points), 0 for nothing."""
    scale = RESOLUTION / 72
    bottom = FOOT * page.height
    width = round(page.width * scale)
    area = ("-x", "0", "-y", str(round(top * scale)), "-W", str(width))
    area += ("-H", str(round((bottom - top) * scale)))
    pixels = rendered(site_pdf, number, RESOLUTION, *area)
    rows = [pixels[i : i + width] for i in range(0, len(pixels), width)]
    inked = [i for i, row in enumerate(rows) if any(min(pixel) < 200 for pixel in row)]
    return (inked[-1] + 1) / scale if inked else 0.0


def test_no_heading_is_stranded_at_the_foot_of_a_page(
    site_pdf: Path, layout: dict[int, Page]
) -> None:
    height = layout[1].height
    headings = heading_destinations(site_pdf, height)
    assert len(headings) > 20
    # The height of a word of the text: the commonest there is.
    sizes = sorted(w.height for page in layout.values() for w in page.body)
    body_height = sizes[len(sizes) // 2]
    stranded = []
    for index, (number, top, name) in enumerate(headings):
        page = layout[number]
        below = lines([w for w in page.body if w.top >= top - 1])
        # The heading's own lines are the first ones, set larger than the page's text.
        heading = 0
        while heading < len(below) and max(w.height for w in below[heading]) > 1.15 * body_height:
            heading += 1
        after = below[heading:]
        ends_here = index + 1 < len(headings) and headings[index + 1][0] == number
        if len(after) >= 2 or ends_here:
            continue
        # Fewer than two lines of text: a picture or a card may follow on the same page.
        drawn_from = (below[heading - 1][0].bottom if heading else top) + 2
        if ink_below(site_pdf, page, number, drawn_from) >= 2 * body_height * 1.2 + 4:
            continue
        stranded.append((number, name, " ".join(w.text for w in below[0]) if below else ""))
    assert stranded == []


def test_the_cover_gives_the_essays_date_and_no_release(
    layout: dict[int, Page], pages: list[str]
) -> None:
    essay = (REPO / "docs" / "essay.md").read_text(encoding="utf-8")
    date = yaml.safe_load(essay.split("---\n")[1])["date"]
    cover = " ".join(pages[0].split())
    assert f"{date:%B} {date.day}, {date.year}" in cover
    assert "Release" not in cover
    assert layout[1].body


def test_card_titles_are_in_the_text_colour_not_a_links(
    site_pdf: Path, layout: dict[int, Page], pages: list[str]
) -> None:
    spreads = {}
    for award in COLLECTION["awards"]:
        first, second = award["title"].split()[:2]
        boxes = [
            (number, (a.left, a.top, b.right, b.bottom))
            for number in awards_pages(pages)
            for line in lines(layout[number].body)
            for a, b in itertools.pairwise(line)
            if (a.text, b.text) == (first, second)
        ]
        assert boxes, award["title"]
        spreads[award["id"]] = min(most_colourful(site_pdf, n, box) for n, box in boxes)
    # Dark grey text spreads its channels by about 10; the links' blue by over 150.
    assert {award: spread for award, spread in spreads.items() if spread > 40} == {}


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
