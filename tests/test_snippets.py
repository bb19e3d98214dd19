"""The guide's examples, built as the files they are, show what the data says they show.

Each snippet under docs/guide/snippets/ is what the guide shows and renders; here each one
is a page of a small project over the real data, and what it renders is compared with the
data, read with pyyaml, and with the snippet's own options.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from sphinx.testing.util import SphinxTestApp

from .conftest import REPO, build, page

SNIPPETS = REPO / "docs" / "guide" / "snippets"
DATA = yaml.safe_load((REPO / "data" / "neurips-2025.yaml").read_text(encoding="utf-8"))
#: The snippets over the NeurIPS data; the others bring data files of their own.
REFERENCE = sorted(
    path.stem
    for path in SNIPPETS.glob("*.md")
    if not path.stem.startswith(("tutorial", "second", "record", "page-"))
)
CONF = """extensions = ["myst_parser", "sphinx_awards"]
myst_enable_extensions = ["attrs_inline"]
awards_data = {data!r}
html_theme = "furo"
"""


def write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def toctree(*names: str) -> str:
    return "# Examples\n\n```{toctree}\n" + "\n".join(names) + "\n```\n"


def options(snippet: str) -> dict[str, str]:
    """The ``:name: value`` options of the snippet's directive."""
    source = (SNIPPETS / f"{snippet}.md").read_text(encoding="utf-8")
    return dict(re.findall(r"^:([\w-]+):[ \t]*(.*)$", source, re.MULTILINE))


def selected(opts: dict[str, str]) -> list[str]:
    """The ids an award-grid with these options shows, worked out from the data."""

    def ids(name: str) -> list[str]:
        return re.split(r"[\s,]+", opts[name].strip())

    awards = DATA["awards"]
    if "ids" in opts:
        by_id = {award["id"]: award for award in awards}
        awards = [by_id[award_id] for award_id in ids("ids")]
    for field in ("kind", "theme", "track"):
        if field in opts:
            awards = [award for award in awards if award[field] in ids(field)]
    if opts.get("sort") == "title":
        awards = sorted(awards, key=lambda award: award["title"].casefold())
    if "limit" in opts:
        awards = awards[: int(opts["limit"])]
    return [award["id"] for award in awards]


@pytest.fixture(scope="module")
def examples(tmp_path_factory: pytest.TempPathFactory) -> SphinxTestApp:
    """One page per reference snippet, plus a page of indexed cards for the role to reach."""
    tmp = tmp_path_factory.mktemp("snippets")
    shutil.copy(REPO / "data" / "neurips-2025.yaml", tmp)
    project = write(
        tmp / "docs",
        {
            "conf.py": CONF.format(data=["../neurips-2025.yaml"]),
            "index.md": toctree("targets", *REFERENCE),
            "targets.md": "# Targets\n\n```{award-grid}\n```\n",
        },
    )
    for name in REFERENCE:
        snippet = (SNIPPETS / f"{name}.md").read_text(encoding="utf-8")
        write(project, {f"{name}.md": f"# {name}\n\n{snippet}"})
    return build(project)


def card_ids(html: BeautifulSoup) -> list[str]:
    """The awards whose cards the page shows, in order, by the paper each title links to."""
    by_url = {award["url"]: award["id"] for award in DATA["awards"]}
    return [by_url[a["href"]] for a in html.select(".awards-card .awards-card-title a")]


def text(node: BeautifulSoup) -> str:
    return " ".join(node.get_text(" ").split())


def test_every_snippet_builds_without_a_warning(examples: SphinxTestApp) -> None:
    assert examples.warning.getvalue() == ""


@pytest.mark.parametrize("name", [n for n in REFERENCE if n.startswith("award-grid")])
def test_each_grid_example_shows_the_awards_its_options_select(
    examples: SphinxTestApp, name: str
) -> None:
    expected = selected(options(name))
    assert expected  # an example that shows nothing would show nothing to the reader
    assert card_ids(page(examples, name)) == expected


def test_the_section_example_shows_its_kinds_heading_blurb_and_cards(
    examples: SphinxTestApp,
) -> None:
    source = (SNIPPETS / "award-section.md").read_text(encoding="utf-8")
    kind_id = re.search(r"```\{award-section\} (\S+)", source)[1]
    kind = next(kind for kind in DATA["kinds"] if kind["id"] == kind_id)
    section = page(examples, "award-section").select_one("article section section")
    assert section.select_one("h2").get_text().rstrip("¶") == kind["heading"]
    assert text(section.select_one("h2 + p")) == kind["blurb"]
    assert card_ids(section) == selected({**options("award-section"), "kind": kind_id})


def test_the_summary_example_puts_the_summary_above_the_facts(examples: SphinxTestApp) -> None:
    summary = page(examples, "award-event-summary").select_one("article h1 ~ p")
    assert text(summary) == " ".join(DATA["summary"].split())
    assert "awards-event" in summary.find_next_sibling()["class"]


def test_the_collection_role_example_shows_the_title(examples: SphinxTestApp) -> None:
    paragraph = page(examples, "award-collection").select_one("article h1 ~ p")
    assert DATA["title"] in text(paragraph)


def test_the_card_example_shows_its_award_in_full(examples: SphinxTestApp) -> None:
    award_id = re.search(r"```\{award-card\} (\S+)", (SNIPPETS / "award-card.md").read_text())[1]
    award = next(award for award in DATA["awards"] if award["id"] == award_id)
    html = page(examples, "award-card")
    assert card_ids(html) == [award_id]
    card = text(html.select_one(".awards-card"))
    for value in (award["title"], award["summary"], award["description"], award["authors"]):
        assert " ".join(value.split()) in card
    for tag in award["tags"]:
        assert f"{tag['icon']} {tag['label']}" in card


def test_noindex_examples_are_not_role_targets(examples: SphinxTestApp) -> None:
    for name in REFERENCE:
        assert not page(examples, name).select(".awards-card[id^='award-']"), name


def test_the_columns_and_class_example_applies_both(examples: SphinxTestApp) -> None:
    opts = options("award-grid-columns-class")
    grid = page(examples, "award-grid-columns-class").select_one(".awards-grid")
    assert opts["class"] in grid["class"]
    row = grid.select_one(".sd-row")
    assert f"sd-row-cols-{opts['columns']}" in row["class"]


def test_the_legend_example_shows_every_theme_in_order(examples: SphinxTestApp) -> None:
    legend = page(examples, "theme-legend").select_one(".awards-legend")
    assert DATA["legend_caption"] in text(legend)
    chips = [text(chip) for chip in legend.select(".awards-legend-theme")]
    assert chips == [theme["label"] for theme in DATA["themes"]]


def test_the_stats_example_shows_every_editorial_tile(examples: SphinxTestApp) -> None:
    tiles = page(examples, "award-stats").select(".awards-tile")
    shown = [text(tile) for tile in tiles]
    assert str(len(DATA["awards"])) in shown[0]
    for tile in DATA["tiles"]:
        assert any(tile["label"] in t and tile["value"] in t and tile["detail"] in t for t in shown)


def test_the_event_example_shows_the_collections_facts(examples: SphinxTestApp) -> None:
    line = text(page(examples, "award-event").select_one(".awards-event"))
    assert DATA["announced"].strftime("%B") in line
    assert str(DATA["announced"].year) in line
    assert f"{len(DATA['awards'])} papers" in line
    assert DATA["domains"] in line


def test_the_role_example_links_to_the_cards(examples: SphinxTestApp) -> None:
    source = (SNIPPETS / "award-role.md").read_text(encoding="utf-8")
    titles = {award["id"]: award["title"] for award in DATA["awards"]}
    expected = []
    for target in re.findall(r"\{award\}`([^`]+)`", source):
        label, _, award_id = target.rpartition(" <")
        award_id = award_id.rstrip(">")
        expected.append((label or titles[award_id], f"targets.html#award-{award_id}"))
    links = page(examples, "award-role").select("article a.reference.internal")
    assert [(" ".join(a.get_text().split()), a["href"]) for a in links] == expected


def test_the_tutorial_builds_as_written(tmp_path_factory: pytest.TempPathFactory) -> None:
    tmp = tmp_path_factory.mktemp("tutorial")
    write(tmp / "data", {"neurips-2025.yaml": (REPO / "data" / "neurips-2025.yaml").read_text()})
    docs = tmp / "docs"
    docs.mkdir()
    shutil.copy(SNIPPETS / "tutorial-conf.py", docs / "conf.py")
    shutil.copy(SNIPPETS / "tutorial-index.md", docs / "index.md")
    shutil.copy(SNIPPETS / "tutorial-page.md", docs / "rl-awards.md")
    app = build(docs)
    assert app.warning.getvalue() == ""
    html = page(app, "rl-awards")
    rl = [award["id"] for award in DATA["awards"] if award["theme"] == "rl"]
    assert card_ids(html) == rl
    role = html.select_one("article a.reference.internal")
    assert role["href"].startswith("#award-")


def test_a_second_collection_builds_beside_the_first(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    tmp = tmp_path_factory.mktemp("second")
    shutil.copy(REPO / "data" / "neurips-2025.yaml", tmp)
    shutil.copy(SNIPPETS / "second-collection.yaml", tmp)
    second = yaml.safe_load((SNIPPETS / "second-collection.yaml").read_text(encoding="utf-8"))
    docs = write(
        tmp / "docs",
        {
            "conf.py": CONF.format(data=["../neurips-2025.yaml", "../second-collection.yaml"]),
            "index.md": toctree("page"),
            "page.md": (SNIPPETS / "second-collection-page.md").read_text(encoding="utf-8"),
        },
    )
    app = build(docs)
    assert app.warning.getvalue() == ""
    html = page(app, "page")
    titles = [text(a) for a in html.select(".awards-card .awards-card-title a")]
    assert titles == [award["title"] for award in second["awards"]]
    assert second["domains"] in text(html.select_one(".awards-event"))


def test_the_record_fields_example_shows_links_authors_picture_and_citation(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    tmp = tmp_path_factory.mktemp("record")
    shutil.copytree(SNIPPETS, tmp / "snippets")
    data = yaml.safe_load((SNIPPETS / "record-fields.yaml").read_text(encoding="utf-8"))
    (award,) = data["awards"]
    docs = write(
        tmp / "docs",
        {
            "conf.py": CONF.format(data=["../snippets/record-fields.yaml"]),
            "index.md": toctree("page"),
            "page.md": "# Page\n\n" + (SNIPPETS / "record-fields.md").read_text("utf-8"),
        },
    )
    app = build(docs)
    assert app.warning.getvalue() == ""
    card = page(app, "page").select_one(".awards-card")

    hrefs = [a["href"] for a in card.select(".awards-links a")]
    assert hrefs == [link["url"] for link in award["links"]]
    labelled = [link for link in award["links"] if "label" in link]
    assert labelled
    for link in labelled:
        assert link["label"] in text(card.select_one(".awards-links"))
    # Three names (the default) of the four, then "et al.".
    names = [author["name"] for author in award["authors"]]
    assert len(names) > 3
    authors = " ".join(card.select_one(".awards-card-authors").get_text().split())
    assert authors == ", ".join(names[:3]) + " et al."
    image = card.select_one("img")
    assert image["alt"] == award["image"]["alt"]
    assert (app.outdir / image["src"]).is_file()
    bibtex = card.select_one("template.awards-bibtex").get_text()
    # A DOI is an address: written as it is, its "_" not escaped as a title's would be.
    assert f"doi = {{{award['doi']}}}" in bibtex
    assert f"booktitle = {{{data['venue']}}}" in bibtex
    assert f"year = {{{data['year']}}}" in bibtex
