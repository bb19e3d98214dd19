"""“Discussed in”: each card lists the sections of other pages that link its award's paper.

The small project is ``tests/roots/test-discussions``: an awards page, an essay that links
two papers (by another address of each, too, and with the role), a reST page that uses the
role, and a quiet page that links nothing until a test makes it. What each card must list is
read from those sources by hand; the site's is worked out from the essay and the data.
"""

from __future__ import annotations

import io
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup, Tag
from sphinx.testing.util import SphinxTestApp

from benchmarks.builds import sphinx_build

from .conftest import REPO, build, page, pages_read, record_builds, warnings

PROJECT = REPO / "tests" / "roots" / "test-discussions"
#: What each card of the awards page lists, from the project's sources: (text, address).
PLACES = {
    "zebra-vision": [
        ("Essay", "essay.html"),
        ("Essay — Stripes and apples", "essay.html#stripes-and-apples"),
    ],
    "apple-theory": [
        ("Essay — Stripes and apples", "essay.html#stripes-and-apples"),
        ("Essay — Deeper", "essay.html#deeper"),
    ],
    "mango-vision": [("Notes — Mangoes", "notes.html#mangoes")],
    "kiwi-theory": [],
}


def copy_project(folder: Path) -> Path:
    return Path(shutil.copytree(PROJECT, folder / "src"))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> SphinxTestApp:
    """The project built once as HTML."""
    return build(copy_project(tmp_path_factory.mktemp("discussions")))


def places(card: Tag) -> list[tuple[str, str]]:
    """What a card lists: each place's text and address."""
    return [(a.get_text(), a["href"]) for a in card.select(".awards-discussed-in li a")]


def grid_places(app: SphinxTestApp | Built) -> dict[str, list[tuple[str, str]]]:
    """What each card of the awards page's grid lists, by award id."""
    cards = page(app, "awards").select(".awards-grid .awards-card")
    return {card["id"].removeprefix("award-"): places(card) for card in cards}


def test_the_project_builds_without_warnings(built: SphinxTestApp) -> None:
    assert warnings(built) == ""


def test_each_card_lists_the_sections_of_other_pages_that_link_its_paper(
    built: SphinxTestApp,
) -> None:
    assert grid_places(built) == PLACES


def test_a_card_nothing_links_has_no_list(built: SphinxTestApp) -> None:
    kiwi = page(built, "awards").select_one("#award-kiwi-theory")
    assert kiwi is not None
    assert kiwi.select(".awards-discussed-in") == []
    assert "Discussed in" not in kiwi.get_text()


def test_the_list_has_its_label_and_stays_in_the_card(built: SphinxTestApp) -> None:
    zebra = page(built, "awards").select_one("#award-zebra-vision")
    (block,) = zebra.select(".sd-card-body > .awards-discussed-in")
    assert block.select_one(".awards-discussed-in-label").get_text() == "Discussed in"
    assert len(block.select("ul > li")) == len(PLACES["zebra-vision"])


def test_the_option_leaves_a_card_without_its_list(built: SphinxTestApp) -> None:
    section = page(built, "awards").select_one("section#without-the-lists")
    (card,) = section.select(".awards-card")
    assert "Zebra" in card.select_one(".awards-card-title").get_text()
    assert card.select(".awards-discussed-in") == []


def test_every_place_leads_to_its_section(built: SphinxTestApp) -> None:
    links = [link for listed in grid_places(built).values() for link in listed]
    assert links
    for text, href in links:
        address, _, fragment = href.partition("#")
        target = BeautifulSoup((Path(built.outdir) / address).read_text("utf-8"), "html.parser")
        if fragment:
            section = target.find(id=fragment)
            assert section.name == "section"
            heading = section.find(re.compile("h[1-6]")).get_text().rstrip("¶")
            assert text.endswith(f" — {heading}")
        else:
            assert text == target.select_one("h1").get_text().rstrip("¶")


def test_the_site_setting_turns_the_lists_off(tmp_path: Path) -> None:
    srcdir = copy_project(tmp_path)
    with (srcdir / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write("\nawards_discussed_in = False\n")
    app = build(srcdir)
    assert warnings(app) == ""
    cards = page(app, "awards").select(".awards-card")
    assert len(cards) == len(PLACES) + 1
    assert page(app, "awards").select(".awards-discussed-in") == []


# -- Other formats -------------------------------------------------------------


def listed_texts() -> list[str]:
    """Every place's text that a card lists."""
    return [text for listed in PLACES.values() for text, _ in listed]


@pytest.mark.parametrize(
    ("builder", "file"), [("text", "awards.txt"), ("man", "*.1"), ("texinfo", "*.texi")]
)
def test_plain_text_formats_list_the_places(builder: str, file: str, tmp_path: Path) -> None:
    app = build(copy_project(tmp_path), builder)
    assert warnings(app) == ""
    (output,) = Path(app.outdir).glob(file)
    text = " ".join(output.read_text(encoding="utf-8").split())
    assert text.count("Discussed in") == sum(1 for listed in PLACES.values() if listed)
    for place in listed_texts():
        assert place in text


def test_the_pdf_links_each_place_to_its_section(tmp_path: Path) -> None:
    app = build(copy_project(tmp_path), "latex")
    assert warnings(app) == ""
    tex = next(Path(app.outdir).glob("*.tex")).read_text(encoding="utf-8")
    links = re.findall(r"\\hyperref\[\\detokenize\{([^}]*)\}\]\{\\sphinxcrossref\{([^}]*)\}\}", tex)
    expected = {
        (href.replace(".html#", ":") if "#" in href else href.replace(".html", "::doc"), text)
        for listed in PLACES.values()
        for text, href in listed
    }
    assert expected <= set(links)
    labels = set(re.findall(r"\\label\{\\detokenize\{([^}]*)\}\}", tex))
    assert {target for target, _ in expected} <= labels


@pytest.mark.parametrize("builder", ["dirhtml", "singlehtml", "epub"])
def test_each_place_is_reachable_in_every_html_builder(builder: str, tmp_path: Path) -> None:
    app = build(copy_project(tmp_path), builder)
    assert warnings(app) == ""
    outdir = Path(app.outdir)
    suffix = ".xhtml" if builder == "epub" else ".html"
    pages = {path: path.read_text("utf-8") for path in outdir.rglob(f"*{suffix}")}
    links = [
        (path, a["href"])
        for path, text in pages.items()
        for a in BeautifulSoup(text, "html.parser").select(".awards-discussed-in a")
    ]
    assert len(links) >= len(listed_texts())
    for path, href in links:
        address, _, fragment = href.partition("#")
        target = (path.parent / address).resolve() if address else path
        if target.is_dir():
            target /= "index.html"
        found = BeautifulSoup(target.read_text("utf-8"), "html.parser")
        assert found.find(id=fragment) is not None if fragment else found.h1, href


# -- Incremental and parallel builds ----------------------------------------------


@dataclass(frozen=True)
class Built:
    """A build run as from the command line: its folders, and its warnings as a stream."""

    srcdir: Path
    outdir: Path
    warning: io.StringIO


def rebuild(srcdir: Path, parallel: int) -> tuple[list[str], Built]:
    """Build (again) into the project's output folder, in a process of its own as from the
    command line (Sphinx forks -j workers, which a test process's threads must not see): the
    pages read, and the build."""
    record_builds(srcdir)
    outdir = srcdir / "_build" / "html"
    built = sphinx_build(srcdir, outdir, "-j", str(parallel))
    stream = io.StringIO("".join(f"{line}\n" for line in built.warnings))
    return sorted(pages_read(srcdir)), Built(srcdir, outdir, stream)


class Builds:
    """Builds of one project into the same output folder, as an author's rebuilds are."""

    def __init__(self, srcdir: Path, parallel: int) -> None:
        self.srcdir, self.parallel = srcdir, parallel

    def build(self) -> tuple[list[str], list[str], Built]:
        """Build again: the pages read, the pages written, and the build."""
        pages = list((self.srcdir / "_build").rglob("*.html"))
        started = max((path.stat().st_mtime_ns for path in pages), default=0)
        read, app = rebuild(self.srcdir, self.parallel)
        written = sorted(
            path.stem
            for path in Path(app.outdir).glob("*.html")
            if path.stat().st_mtime_ns > started
        )
        return read, written, app


@pytest.mark.parametrize("parallel", [1, 2])
def test_a_page_that_starts_or_stops_linking_a_paper_updates_its_card(
    parallel: int, tmp_path: Path
) -> None:
    srcdir = copy_project(tmp_path)
    builds = Builds(srcdir, parallel)
    read, _, app = builds.build()
    assert read == ["awards", "essay", "index", "notes", "quiet"]
    assert grid_places(app)["kiwi-theory"] == []

    quiet = srcdir / "quiet.md"
    quiet.write_text(
        "# Quiet\n\n## Kiwis\n\nNow it links [the kiwi paper](https://example.org/kiwi).\n",
        encoding="utf-8",
    )
    read, written, app = builds.build()
    assert read == ["quiet"]
    assert "awards" in written
    assert grid_places(app)["kiwi-theory"] == [("Quiet — Kiwis", "quiet.html#kiwis")]
    assert {k: v for k, v in grid_places(app).items() if k != "kiwi-theory"} == {
        k: v for k, v in PLACES.items() if k != "kiwi-theory"
    }
    assert warnings(app) == ""

    # An edit that changes no link writes no card page again.
    quiet.write_text(quiet.read_text("utf-8") + "\nOne more sentence.\n", encoding="utf-8")
    read, written, app = builds.build()
    assert read == ["quiet"]
    assert "awards" not in written
    assert grid_places(app)["kiwi-theory"] == [("Quiet — Kiwis", "quiet.html#kiwis")]

    quiet.write_text("# Quiet\n\nThis page links no paper again.\n", encoding="utf-8")
    read, written, app = builds.build()
    assert read == ["quiet"]
    assert "awards" in written
    assert grid_places(app) == PLACES

    # A page removed takes its places with it.
    (srcdir / "notes.rst").unlink()
    index = srcdir / "index.md"
    index.write_text(index.read_text("utf-8").replace("notes\n", ""), encoding="utf-8")
    read, written, app = builds.build()
    assert read == ["index"]
    assert "awards" in written
    assert grid_places(app) == {**PLACES, "mango-vision": []}
    assert warnings(app) == ""


def test_a_parallel_build_lists_what_a_serial_one_does(tmp_path: Path) -> None:
    serial = build(copy_project(tmp_path / "serial"))
    _, app = rebuild(copy_project(tmp_path / "parallel"), parallel=2)
    assert grid_places(serial) == grid_places(app) == PLACES
    assert warnings(app) == ""


# -- The site ----------------------------------------------------------------------

#: The essay's Markdown, after its front matter.
ESSAY = re.sub(
    r"\A---\n.*?\n---\n",
    "",
    (REPO / "docs" / "essay.md").read_text(encoding="utf-8"),
    flags=re.DOTALL,
)
DATA = yaml.safe_load((REPO / "data" / "neurips-2025.yaml").read_text(encoding="utf-8"))
HEADING = re.compile(r"^(#{1,6}) (.+)$", re.MULTILINE)
LINK = re.compile(r"\]\((https?://[^)\s]+)\)")


def essay_places_linking(award: dict) -> list[str | None]:
    """The headings of the essay's sections whose own text links an address of the award
    (None for the text under the essay's title)."""
    addresses = {award["url"], *(link["url"] for link in award.get("links", []))}
    places = []
    headings = list(HEADING.finditer(ESSAY))
    for heading, following in zip(headings, [*headings[1:], None], strict=True):
        text = ESSAY[heading.end() : following.start() if following else len(ESSAY)]
        if addresses & set(LINK.findall(text)):
            places.append(None if heading[1] == "#" else heading[2])
    return places


def test_on_the_site_each_card_lists_the_essay_sections_that_link_its_paper(
    site: SphinxTestApp,
) -> None:
    essay_title = next(h[2] for h in HEADING.finditer(ESSAY) if h[1] == "#")
    essay = page(site, "essay")
    cards = page(site, "awards").select(".awards-card")
    assert len(cards) == len(DATA["awards"]) == 7
    unlisted = []
    for card, award in zip(cards, DATA["awards"], strict=True):
        sections = essay_places_linking(award)
        listed = [(text, href) for text, href in places(card) if href.startswith("essay.html")]
        assert [text for text, _ in listed] == [
            f"{essay_title} — {section}" if section else essay_title for section in sections
        ]
        for (_, href), section in zip(listed, sections, strict=True):
            if section:
                heading = essay.find(id=href.partition("#")[2]).find(re.compile("h[2-6]"))
                assert heading.get_text().rstrip("¶") == section
        if not sections:
            unlisted.append(award["id"])
            # Nothing else in the site links it either: the card has no list at all.
            assert card.select(".awards-discussed-in") == []
    # Six of the seven papers are the essay's; the seventh is linked from nowhere.
    assert len(unlisted) == 1
