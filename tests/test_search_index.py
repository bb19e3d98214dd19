"""The search index: an award's hit opens its card and reads as its title and "award".

What the search page does with these entries is tested in Chromium
(tests/browser/test_search.py); here, what Sphinx's search script is given.
"""

from __future__ import annotations

import html
import shutil
from pathlib import Path
from typing import Any

import pytest
from sphinx.search import js_index

from .conftest import build, warnings

#: An indexed award whose title has what the index treats specially: a dot, an apostrophe.
DOTTED = """
  - id: dotted-title
    title: "Don't Stop: v2.0 of the Zebra"
    kind: top
    track: main
    theme: vision
"""


@pytest.fixture(scope="module", params=["html", "dirhtml"])
def outdir(
    request: pytest.FixtureRequest, rootdir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """The ``awards`` project with one more award, built once per builder."""
    srcdir = tmp_path_factory.mktemp("search") / "src"
    shutil.copytree(rootdir / "test-awards", srcdir)
    with (srcdir / "data" / "awards.yaml").open("a", encoding="utf-8") as data:
        data.write(DOTTED)
    with (srcdir / "card.rst").open("a", encoding="utf-8") as page:
        page.write("\n.. award-card:: dotted-title\n")
    app = build(srcdir, request.param)
    assert warnings(app) == ""
    return Path(app.outdir)


@pytest.fixture(scope="module")
def index(outdir: Path) -> dict[str, Any]:
    """The search index, as the search page loads it."""
    return js_index.loads((outdir / "searchindex.js").read_text(encoding="utf-8"))


def award_hits(index: dict[str, Any]) -> list[tuple[str, str, str]]:
    """Every award's hit: its page, its anchor (as the search script rebuilds it) and name."""
    (award_type,) = [int(k) for k, v in index["objtypes"].items() if v == "awards:award"]
    hits = []
    for prefix, entries in index["objects"].items():
        for document, object_type, _priority, anchor, name in entries:
            if object_type != award_type:
                continue
            fullname = f"{prefix}.{name}" if prefix else name
            # searchtools.js: "" is the full name itself, "-" the type, a dash and the full name.
            if anchor == "":
                anchor = fullname
            elif anchor == "-":
                anchor = f"award-{fullname}"
            hits.append((index["docnames"][document], anchor, fullname))
    return sorted(hits)


def test_each_award_hit_opens_its_card_and_shows_its_title(
    outdir: Path, index: dict[str, Any]
) -> None:
    script = (outdir / "_static" / "searchtools.js").read_text(encoding="utf-8")
    # The script puts a hit's name into the page as HTML, or (Sphinx 9) escapes it first.
    escapes = "_escapeHTML(title)" in script
    assert escapes or "linkEl.innerHTML = title;" in script

    def shown(title: str) -> str:
        return title if escapes else html.escape(title)

    assert award_hits(index) == [
        ("card", "award-dotted-title", shown("Don't Stop: v2.0 of the Zebra")),
        ("card", "award-zebra-vision", shown("Zebra Stripes for Robust Vision")),
    ]


def test_an_award_hit_is_labelled_award(index: dict[str, Any]) -> None:
    labels = {tuple(label) for label in index["objnames"].values()}
    assert ("awards", "award", "award") in labels
