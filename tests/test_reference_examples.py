"""The reference's examples of "Discussed in", COinS and JSON-LD, built as the guide shows them.

The "Discussed in" snippets are pages of a project over the real data whose other page links
the paper they show; the COinS and JSON-LD the guide prints for its example record are what a
page of that record's snippet carries, so the guide cannot drift from the extension.
"""

from __future__ import annotations

import json
import re
import shutil

import pytest
import yaml
from bs4 import BeautifulSoup
from sphinx.testing.util import SphinxTestApp

from .conftest import REPO, build, page, warnings

SNIPPETS = REPO / "docs" / "guide" / "snippets"
DATA = yaml.safe_load((REPO / "data" / "neurips-2025.yaml").read_text(encoding="utf-8"))
CONF = 'extensions = ["myst_parser", "sphinx_awards"]\nawards_data = {data!r}\n'


def card_id(snippet: str) -> str:
    """The award a snippet's ``award-card`` shows."""
    return re.search(r"```\{award-card\} (\S+)", (SNIPPETS / snippet).read_text("utf-8"))[1]


@pytest.fixture(scope="module")
def discussed(tmp_path_factory: pytest.TempPathFactory) -> SphinxTestApp:
    """The two "Discussed in" snippets as pages, and a page that links their award's paper."""
    tmp = tmp_path_factory.mktemp("discussed")
    shutil.copy(REPO / "data" / "neurips-2025.yaml", tmp)
    docs = tmp / "docs"
    docs.mkdir()
    (docs / "conf.py").write_text(CONF.format(data=["../neurips-2025.yaml"]), "utf-8")
    (docs / "index.md").write_text(
        "# Index\n\n```{toctree}\nessay\ndiscussed-in\ndiscussed-in-off\n```\n", "utf-8"
    )
    award = next(a for a in DATA["awards"] if a["id"] == card_id("discussed-in.md"))
    (docs / "essay.md").write_text(
        f"# Essay\n\n## Scaling\n\nThe [superposition paper]({award['url']}).\n", "utf-8"
    )
    for name in ("discussed-in", "discussed-in-off"):
        snippet = (SNIPPETS / f"{name}.md").read_text("utf-8")
        (docs / f"{name}.md").write_text(f"# {name}\n\n{snippet}", "utf-8")
    return build(docs)


def test_the_snippets_show_the_same_award(discussed: SphinxTestApp) -> None:
    assert warnings(discussed) == ""
    assert card_id("discussed-in.md") == card_id("discussed-in-off.md")


def test_the_discussed_in_example_lists_the_section_that_links_its_paper(
    discussed: SphinxTestApp,
) -> None:
    (card,) = page(discussed, "discussed-in").select(".awards-card")
    places = [(a.get_text(), a["href"]) for a in card.select(".awards-discussed-in a")]
    assert places == [("Essay — Scaling", "essay.html#scaling")]


def test_the_option_example_shows_no_list(discussed: SphinxTestApp) -> None:
    (card,) = page(discussed, "discussed-in-off").select(".awards-card")
    assert card.select(".awards-discussed-in") == []


@pytest.fixture(scope="module")
def record_page(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The HTML of a page made of the reference's example record, as the guide renders it."""
    tmp = tmp_path_factory.mktemp("record")
    shutil.copytree(SNIPPETS, tmp / "snippets")
    docs = tmp / "docs"
    docs.mkdir()
    (docs / "conf.py").write_text(CONF.format(data=["../snippets/record-fields.yaml"]), "utf-8")
    snippet = (SNIPPETS / "record-fields.md").read_text("utf-8")
    (docs / "index.md").write_text(f"# Page\n\n{snippet}", "utf-8")
    app = build(docs)
    assert warnings(app) == ""
    return (app.outdir / "index.html").read_text("utf-8")


def test_the_guide_shows_the_example_records_coins_as_written(record_page: str) -> None:
    shown = (SNIPPETS / "record-fields.coins.html").read_text("utf-8").strip()
    assert re.findall(r'<span class="Z3988"[^>]*></span>', record_page) == [shown]


def test_the_guide_shows_the_example_records_json_ld(record_page: str) -> None:
    shown = json.loads((SNIPPETS / "record-fields.jsonld").read_text("utf-8"))
    (script,) = BeautifulSoup(record_page, "html.parser").select(
        'script[type="application/ld+json"]'
    )
    assert json.loads(script.string) == shown
