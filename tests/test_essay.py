"""The built essay carries the seed post faithfully: its words, headings, links and date."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from sphinx.testing.util import SphinxTestApp

from .conftest import REPO, page

SEED = (REPO / "tests" / "seeds" / "essay.txt").read_text(encoding="utf-8")
FRONT_MATTER, BODY = re.match(r"---\n(.*?)\n---\n(.*)", SEED, re.DOTALL).groups()
MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\((https?://[^)\s]+)\)")


def plain(markdown: str) -> str:
    """The text a reader sees of a line of the seed's Markdown: no link targets, no stars."""
    return " ".join(MARKDOWN_LINK.sub(r"\1", markdown).replace("*", "").split())


def seed_headings() -> list[str]:
    return [plain(line.lstrip("#")) for line in BODY.splitlines() if line.startswith("#")]


def seed_paragraphs() -> list[str]:
    """The seed's prose blocks (paragraphs and list items), without the kramdown TOC block."""
    blocks = [block.strip() for block in BODY.split("\n\n")]
    prose = [b for b in blocks if b and not b.startswith(("#", "---", "**Contents**"))]
    return [plain(line.removeprefix("- ")) for block in prose for line in block.splitlines()]


@pytest.fixture(scope="module")
def essay(site: SphinxTestApp) -> BeautifulSoup:
    return page(site, "essay")


@pytest.fixture(scope="module")
def article_text(essay: BeautifulSoup) -> str:
    return " ".join(essay.select_one("article").get_text(" ").split())


def test_every_distinct_link_of_the_seed_is_in_the_essay(essay: BeautifulSoup) -> None:
    seed_links = {url for _, url in MARKDOWN_LINK.findall(SEED)}
    assert len(seed_links) == 34  # what the seed says of itself; guards the regex
    built = {a["href"] for a in essay.select("article a.reference.external")}
    assert sorted(seed_links - built) == []


def test_the_six_headings_in_order(essay: BeautifulSoup) -> None:
    built = [
        " ".join(h.get_text(" ").replace("¶", "").split())
        for h in essay.select("article h1, article h2")
    ]
    assert built == seed_headings()
    assert len(built) == 6


def test_the_page_title_is_the_essays_title(essay: BeautifulSoup) -> None:
    assert essay.select_one("article h1").get_text().rstrip("¶") == seed_headings()[0]


def date_in_words() -> str:
    """The date of the seed's front matter as the byline writes it: ``December 15, 2025``."""
    date = yaml.safe_load(FRONT_MATTER)["date"]
    return f"{date:%B} {date.day}, {date.year}"


def test_the_essays_prose_is_the_seeds_and_nothing_more(
    essay: BeautifulSoup, article_text: str
) -> None:
    built = [
        " ".join(block.get_text().split())
        for block in essay.select("article p, article li")
        # A list item's text is its paragraph's, when it has one; a preview's is not shown;
        # the contents list is the seed's {:toc}, made from the headings.
        if (block.name == "p" or block.p is None)
        and block.find_parent("template") is None
        and block.find_parent("nav", class_="contents") is None
    ]
    # The one line the site adds: the date of the front matter, which the seed's layout showed.
    assert built.pop(0) == date_in_words()
    assert built == seed_paragraphs()


def test_the_essay_links_what_the_seed_links_in_its_order(essay: BeautifulSoup) -> None:
    built = [a["href"] for a in essay.select("article a.reference.external")]
    assert built == [url for _, url in MARKDOWN_LINK.findall(BODY)]


def test_the_date_of_the_front_matter_is_shown_in_the_byline(essay: BeautifulSoup) -> None:
    byline = essay.select_one("article h1 ~ .essay-byline")
    assert byline.p.get_text() == date_in_words()


def test_the_seeds_contents_list_links_every_section(essay: BeautifulSoup) -> None:
    # The seed's "**Contents**" and kramdown {:toc}: the essay's sections, in order.
    contents = essay.select_one("article nav.contents")
    assert contents.select_one(".topic-title").get_text() == "Contents"
    links = [(a.get_text(), a["href"]) for a in contents.select("a")]
    sections = [
        (" ".join(s.h2.get_text().replace("¶", "").split()), f"#{s['id']}")
        for s in essay.select("article section section")
    ]
    assert len(sections) == len(seed_headings()) - 1
    assert links == sections


def test_the_page_keeps_the_authors_front_matter() -> None:
    source = (REPO / "docs" / "essay.md").read_text(encoding="utf-8")
    front = yaml.safe_load(re.match(r"---\n(.*?)\n---\n", source, re.DOTALL).group(1))
    seed_front = yaml.safe_load(FRONT_MATTER)
    assert {key: front[key] for key in seed_front} == seed_front


def test_no_kramdown_or_markdown_is_left_over(essay: BeautifulSoup, article_text: str) -> None:
    for leftover in ("{:toc}", "* TOC", "**"):
        assert leftover not in article_text
    assert "{{" not in article_text


def test_the_rules_between_sections_are_kept(essay: BeautifulSoup) -> None:
    assert len(essay.select("article hr")) == BODY.count("\n---\n")


def test_section_anchors_are_stable(essay: BeautifulSoup) -> None:
    # GitHub-style slugs of the headings: what links from elsewhere rely on.
    slugs = [
        re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-") for heading in seed_headings()
    ]
    for slug in slugs:
        assert essay.select_one(f"section#{slug}") is not None, slug


def test_each_link_to_an_awarded_paper_previews_its_card(essay: BeautifulSoup) -> None:
    data = yaml.safe_load((REPO / "data" / "neurips-2025.yaml").read_text(encoding="utf-8"))
    # Every address the data gives for the paper: its url and its other links.
    award_of = {
        url: award["id"]
        for award in data["awards"]
        for url in [award["url"], *(link["url"] for link in award.get("links", []))]
    }
    expected = [(url, award_of[url]) for _, url in MARKDOWN_LINK.findall(BODY) if url in award_of]
    assert expected  # the essay does link awarded papers
    previewed = []
    for template in essay.select("article template.awards-preview-template"):
        card = template.select_one(".awards-preview-card-link")["href"]
        assert Path(card.partition("#")[0]).name == "awards.html"
        link = template.find_previous_sibling("a")
        previewed.append((link["href"], card.partition("#award-")[2]))
    assert previewed == expected
