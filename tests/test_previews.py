"""Link previews in the built pages: which links get one, what it holds, and the off switches."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag
from bs4.element import TemplateString
from sphinx.testing.util import SphinxTestApp

from .conftest import REPO, build, data, page, warnings

TEMPLATE = "template.awards-preview-template"
PROJECT = REPO / "tests" / "roots" / "test-previews"
SNIPPETS = REPO / "docs" / "guide" / "snippets"


def build_project(folder: Path, builder: str = "html", conf: str = "") -> SphinxTestApp:
    """Build a copy of the previews project, with lines added to its conf.py."""
    srcdir = Path(shutil.copytree(PROJECT, folder / "previews"))
    with (srcdir / "conf.py").open("a", encoding="utf-8") as file:
        file.write(conf)
    return build(srcdir, builder)


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> SphinxTestApp:
    """The previews project built once as HTML."""
    return build_project(tmp_path_factory.mktemp("previews"))


def previewed(html: BeautifulSoup) -> list[tuple[str, str]]:
    """(link text, the card its preview leads to) of each previewed link of the page."""
    return [
        (
            " ".join(template.find_previous_sibling("a").get_text().split()),
            template.select_one(".awards-preview-card-link")["href"],
        )
        for template in html.select(TEMPLATE)
    ]


def shown(element: Tag) -> str:
    """The text of an element inside a ``<template>`` (which Beautiful Soup leaves out)."""
    return element.get_text(types=(TemplateString,))


def award(app: SphinxTestApp, award_id: str) -> dict:
    return next(a for a in data(app, "awards.yaml")["awards"] if a["id"] == award_id)


def test_links_to_an_awards_paper_or_card_are_previewed(app: SphinxTestApp) -> None:
    assert previewed(page(app, "links")) == [
        # other scheme, www., trailing slash, fragment: still the zebra paper
        ("zebra paper", "index.html#award-zebra-vision"),
        ("apple paper", "index.html#award-apple-theory"),
        # mango has no card, the other page is no award's, the second zebra link opts out
        (award(app, "apple-theory")["title"], "index.html#award-apple-theory"),
    ]


def test_a_preview_holds_the_cards_essentials(app: SphinxTestApp) -> None:
    zebra = award(app, "zebra-vision")
    template = page(app, "links").select_one(TEMPLATE)
    link = template.find_previous_sibling("a")
    assert link["href"] == "http://www.example.org/zebra/"
    (box,) = template.find_all(recursive=False)
    assert isinstance(box, Tag)
    assert box.has_attr("hidden")
    assert box["class"] == [
        "awards-preview",
        "awards-collection-small",
        f"awards-theme-{zebra['theme']}",
    ]
    assert shown(box.select_one("[role=tooltip] .awards-preview-badge")) == "Top Paper"
    assert shown(box.select_one("[role=tooltip] .awards-preview-title")) == zebra["title"]
    assert shown(box.select_one("[role=tooltip] .awards-preview-summary")) == zebra["summary"]
    card_link = box.select_one(".awards-preview-card-link")
    # Outside the tooltip's text, and out of the focus order.
    assert card_link.find_parent(attrs={"role": "tooltip"}) is None
    assert card_link["tabindex"] == "-1"
    assert shown(card_link) == "See the full card"


def test_previews_are_off_per_page_and_per_paragraph(app: SphinxTestApp) -> None:
    assert previewed(page(app, "off")) == []
    assert previewed(page(app, "off-rest")) == []
    assert previewed(page(app, "opt-out")) == [("apple paper", "index.html#award-apple-theory")]


def test_a_page_setting_that_is_not_a_bool_warns_and_keeps_previews(app: SphinxTestApp) -> None:
    assert warnings(app) == (
        "<src>/bad.md:1: WARNING: awards_link_previews must be true or false, not 'maybe'; "
        "link previews stay on [awards.config]\n"
    )
    assert previewed(page(app, "bad")) == [("zebra paper", "index.html#award-zebra-vision")]


def test_previews_are_off_for_the_whole_site(tmp_path: Path) -> None:
    app = build_project(tmp_path, conf="awards_link_previews = False\n")
    pages = sorted(Path(app.outdir).glob("*.html"))
    assert pages
    # Not even the script and its stylesheet.
    for html in pages:
        assert "awards-preview" not in html.read_text(encoding="utf-8"), html.name


def test_a_site_setting_that_is_not_a_bool_warns_and_keeps_previews(tmp_path: Path) -> None:
    app = build_project(tmp_path, conf='awards_link_previews = "no"\n')
    assert (
        "WARNING: awards_link_previews must be True or False, not 'no'; link previews stay on "
        "[awards.config]"
    ) in warnings(app)
    assert len(previewed(page(app, "links"))) == 3


def test_on_a_single_page_the_preview_leads_to_the_card_on_it(tmp_path: Path) -> None:
    app = build_project(tmp_path, "singlehtml")
    assert ("zebra paper", "#award-zebra-vision") in previewed(page(app, "index"))


@pytest.mark.parametrize("builder", ["text", "latex", "epub"])
def test_other_formats_have_no_preview(builder: str, tmp_path: Path) -> None:
    app = build_project(tmp_path, builder)
    written = [p for p in Path(app.outdir).rglob("*") if p.suffix in (".txt", ".tex", ".xhtml")]
    assert written
    for path in written:
        text = path.read_text(encoding="utf-8")
        assert "awards-preview" not in text, path.name
        assert "See the full card" not in text, path.name


def test_the_guides_examples_do_what_it_says(tmp_path: Path) -> None:
    shutil.copy(REPO / "data" / "neurips-2025.yaml", tmp_path)
    docs = tmp_path / "docs"
    docs.mkdir()
    pages = {
        "inline.md": "# Inline\n\n" + (SNIPPETS / "link-previews.md").read_text("utf-8"),
        "page-md.md": (SNIPPETS / "page-link-previews-off.md").read_text("utf-8"),
        "page-rst.rst": (SNIPPETS / "page-link-previews-off.rst").read_text("utf-8"),
        "index.md": "# Guide\n\n```{toctree}\ninline\npage-md\npage-rst\n```\n\n"
        "```{award-grid}\n```\n",
        "conf.py": 'extensions = ["myst_parser", "sphinx_awards"]\n'
        'myst_enable_extensions = ["attrs_inline"]\n'
        'awards_data = "../neurips-2025.yaml"\n',
    }
    for name, text in pages.items():
        (docs / name).write_text(text, encoding="utf-8")
    app = build(docs)
    assert warnings(app) == ""
    assert previewed(page(app, "inline")) == [
        ("the gated attention paper", "index.html#award-gated-attention")
    ]
    assert previewed(page(app, "page-md")) == []
    assert previewed(page(app, "page-rst")) == []


def test_a_preview_follows_an_edit_of_the_data(tmp_path: Path) -> None:
    first = build_project(tmp_path)
    data_file = Path(first.srcdir) / "data" / "awards.yaml"
    zebra = award(first, "zebra-vision")
    text = data_file.read_text(encoding="utf-8")
    data_file.write_text(text.replace(zebra["summary"], "Stripes, revised."), encoding="utf-8")
    again = SphinxTestApp("html", srcdir=Path(first.srcdir))
    read: list[str] = []
    again.connect("env-before-read-docs", lambda app, env, docnames: read.extend(docnames))
    try:
        again.build()
    finally:
        again.cleanup()
    # A page that only links the paper, not the role or a card, is read again too.
    assert "opt-out" in read
    # From the template: soupsieve 4, like a browser, does not select through one.
    summary = page(again, "links").select_one(TEMPLATE).select_one(".awards-preview-summary")
    assert shown(summary) == "Stripes, revised."
