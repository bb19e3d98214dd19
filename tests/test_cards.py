"""``award-card`` and ``award-grid``: the cards and grids a reader sees, option by option."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from bs4 import Tag
from sphinx.testing.util import SphinxTestApp

from .conftest import BuildRoot, build, data, page, warnings


@pytest.fixture(scope="module")
def app(built_root: BuildRoot) -> SphinxTestApp:
    """The ``awards`` test project, built once as HTML; the tests only read it."""
    return built_root("awards")


def card_view(card: Tag) -> dict[str, Any]:
    """What a reader sees on a card."""
    title = card.select_one(".awards-card-title a")
    link = card.select_one("a.awards-paper-link")
    return {
        "badge": card.select_one(".awards-badge").get_text(),
        "title": title.get_text(),
        "title_href": title["href"],
        "summary": card.select_one(".awards-card-summary").get_text(),
        "tags": [tag.get_text() for tag in card.select(".awards-tag")],
        "description": card.select_one(".awards-card-description").get_text(),
        "authors": card.select_one(".awards-card-authors").get_text(),
        "link": (link.get_text(), link["href"]),
    }


def expected_view(collection: dict[str, Any], award: dict[str, Any]) -> dict[str, Any]:
    """What the card of ``award`` must show, from the data."""
    kind = next(k for k in collection["kinds"] if k["id"] == award["kind"])
    track = next(t for t in collection["tracks"] if t["id"] == award["track"])
    badge = kind["label"]
    if award["track"] != collection["main_track"]:
        badge += " · " + track["short"]
    return {
        "badge": badge,
        "title": award["title"],
        "title_href": award["url"],
        "summary": award["summary"],
        "tags": [f"{tag['icon']} {tag['label']}" for tag in award["tags"]],
        "description": award["description"],
        "authors": award["authors"],
        "link": ("View paper ↗", award["url"]),
    }


def award(collection: dict[str, Any], award_id: str) -> dict[str, Any]:
    """One award of a collection's data."""
    return next(a for a in collection["awards"] if a["id"] == award_id)


def grid(app: SphinxTestApp, case: str) -> Tag:
    """The grid of ``grids.html`` marked with the class ``t-<case>``."""
    (node,) = page(app, "grids").select(f".awards-grid.t-{case}")
    return node


def grid_ids(app: SphinxTestApp, case: str) -> list[str]:
    """The award ids of a grid's cards, in order (found by their papers' addresses)."""
    urls = [
        card.select_one(".awards-card-title a")["href"]
        for card in grid(app, case).select(".awards-card")
    ]
    by_url = {
        a["url"]: a["id"]
        for name in ("awards.yaml", "other.yaml")
        for a in data(app, name)["awards"]
    }
    return [by_url[url] for url in urls]


def ids_where(app: SphinxTestApp, **fields: set[str]) -> list[str]:
    """The ids of the main collection's awards whose fields take the given values, in data order."""
    return [
        a["id"]
        for a in data(app, "awards.yaml")["awards"]
        if all(a[field] in values for field, values in fields.items())
    ]


def test_project_builds_without_warnings(app: SphinxTestApp) -> None:
    assert warnings(app) == ""


def test_card_shows_the_award(app: SphinxTestApp) -> None:
    collection = data(app, "awards.yaml")
    card = page(app, "card").select_one("#award-zebra-vision")
    assert card_view(card) == expected_view(collection, award(collection, "zebra-vision"))


def test_card_badge_names_a_track_that_is_not_the_main_one(app: SphinxTestApp) -> None:
    collection = data(app, "awards.yaml")
    (card,) = page(app, "card").select(".t-extra")
    apple = award(collection, "apple-theory")
    assert apple["track"] != collection["main_track"]
    assert card_view(card) == expected_view(collection, apple)


def test_card_classes_carry_collection_theme_and_sphinx_design_look(app: SphinxTestApp) -> None:
    card = page(app, "card").select_one("#award-zebra-vision")
    assert card["class"] == [
        "sd-card",
        "sd-sphinx-override",
        "sd-shadow-sm",
        "awards-card",
        "awards-collection-demo-2024",
        "awards-theme-vision",
        "awards-kind-top",
        "awards-award-zebra-vision",
        "sd-mb-3",
        "docutils",
    ]
    assert [child["class"] for child in card.find_all("div", recursive=False)] == [
        ["sd-card-body", "docutils"],
        ["sd-card-footer", "docutils"],
    ]


def test_noindex_card_has_no_id_and_takes_classes(app: SphinxTestApp) -> None:
    (card,) = page(app, "card").select(".t-extra")
    assert not card.has_attr("id")
    assert card["class"][-3:] == ["t-extra", "another", "docutils"]
    assert "awards-theme-theory" in card["class"]


def test_grid_default_is_the_first_data_file_in_data_order(app: SphinxTestApp) -> None:
    assert grid_ids(app, "default") == ids_where(app)


def test_grid_default_columns_are_responsive(app: SphinxTestApp) -> None:
    (row,) = grid(app, "default").find_all("div", recursive=False)
    assert row["class"] == [
        "sd-row",
        "sd-row-cols-1",
        "sd-row-cols-xs-1",
        "sd-row-cols-sm-1",
        "sd-row-cols-md-2",
        "sd-row-cols-lg-2",
        "docutils",
    ]
    columns = row.find_all("div", recursive=False)
    assert len(columns) == len(ids_where(app))
    for column in columns:
        assert column["class"] == ["sd-col", "sd-d-flex-row", "docutils"]
        (card,) = column.find_all("div", recursive=False)
        assert "sd-w-100" in card["class"]


def test_grid_container_classes(app: SphinxTestApp) -> None:
    assert grid(app, "default")["class"] == [
        "sd-container-fluid",
        "sd-sphinx-override",
        "sd-mb-4",
        "awards-grid",
        "t-default",
        "docutils",
    ]


def test_grid_collection_option(app: SphinxTestApp) -> None:
    other = data(app, "other.yaml")
    assert grid_ids(app, "collection") == [a["id"] for a in other["awards"]]
    (card,) = grid(app, "collection").select(".awards-card")
    assert card_view(card) == expected_view(other, other["awards"][0])
    assert "awards-collection-other-2023" in card["class"]


def test_grid_kind_option(app: SphinxTestApp) -> None:
    assert grid_ids(app, "kind") == ids_where(app, kind={"top"})


def test_grid_theme_option_space_separated(app: SphinxTestApp) -> None:
    assert grid_ids(app, "theme") == ids_where(app, theme={"theory", "audio"})


def test_grid_track_option_comma_separated(app: SphinxTestApp) -> None:
    assert grid_ids(app, "track") == ids_where(app, track={"datasets", "position"})


def test_grid_filters_combine_with_and(app: SphinxTestApp) -> None:
    expected = ids_where(app, kind={"top"}, theme={"vision"}, track={"main"})
    assert grid_ids(app, "and") == expected
    assert 0 < len(expected) < len(ids_where(app, kind={"top"}))


def test_grid_ids_option_keeps_its_order(app: SphinxTestApp) -> None:
    assert grid_ids(app, "ids") == ["kiwi-theory", "zebra-vision", "apple-theory"]


def test_grid_ids_and_filters(app: SphinxTestApp) -> None:
    tops = set(ids_where(app, kind={"top"}))
    assert grid_ids(app, "ids-kind") == [
        i for i in ["kiwi-theory", "zebra-vision", "apple-theory"] if i in tops
    ]


def test_grid_sort_by_title(app: SphinxTestApp) -> None:
    awards = data(app, "awards.yaml")["awards"]
    expected = [a["id"] for a in sorted(awards, key=lambda a: a["title"].casefold())]
    assert expected != ids_where(app)
    assert grid_ids(app, "sort") == expected


def test_grid_sort_by_data(app: SphinxTestApp) -> None:
    assert grid_ids(app, "sort-data") == ids_where(app)


def test_grid_limit(app: SphinxTestApp) -> None:
    assert grid_ids(app, "limit") == ids_where(app)[:2]


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        (
            "columns",
            [
                "sd-row-cols-1",
                "sd-row-cols-xs-1",
                "sd-row-cols-sm-2",
                "sd-row-cols-md-3",
                "sd-row-cols-lg-4",
            ],
        ),
        (
            "columns-one",
            [
                "sd-row-cols-3",
                "sd-row-cols-xs-3",
                "sd-row-cols-sm-3",
                "sd-row-cols-md-3",
                "sd-row-cols-lg-3",
            ],
        ),
    ],
)
def test_grid_columns_option(app: SphinxTestApp, case: str, expected: list[str]) -> None:
    (row,) = grid(app, case).find_all("div", recursive=False)
    assert row["class"] == ["sd-row", *expected, "docutils"]


def test_noindex_grid_cards_have_no_id(app: SphinxTestApp) -> None:
    assert page(app, "grids").select(".awards-card[id]") == []


NO_INDEX_PAGE = """\
# Cards that are not targets

```{award-card} alpha
:no-index:
```

```{award-grid}
:collection: main
:no-index:
```

```{award-section} best
:collection: main
:no-index:
```

As {award}`alpha` shows, ...

```{award-card} alpha
```
"""


def build_bad_inputs_project(rootdir: Path, tmp_path: Path, files: dict[str, str]) -> SphinxTestApp:
    """Build the troubleshooting cases' project with these files (path: text) written."""
    srcdir = tmp_path / "project"
    shutil.copytree(rootdir / "test-bad-inputs", srcdir)
    for name, text in files.items():
        (srcdir / name).write_text(text, encoding="utf-8")
    return build(srcdir)


def test_no_index_is_sphinx_s_spelling_of_noindex(rootdir: Path, tmp_path: Path) -> None:
    app = build_bad_inputs_project(rootdir, tmp_path, {"case.md": NO_INDEX_PAGE})
    # No unknown option, no second target of alpha: only the last card is one.
    assert warnings(app) == ""
    case = page(app, "case")
    assert [card.get("id") for card in case.select(".awards-card")] == [
        None,
        None,
        None,
        None,
        "award-alpha",
    ]
    assert case.select_one("a.reference.internal")["href"] == "#award-alpha"


def test_an_award_without_its_optional_fields_is_drawn_without_them(
    rootdir: Path, tmp_path: Path
) -> None:
    text = (rootdir / "test-bad-inputs" / "data" / "extra.yaml").read_text(encoding="utf-8")
    text = text[: text.index("  - id: gamma")] + "  - {id: gamma, title: Gamma, kind: best}\n"
    app = build_bad_inputs_project(rootdir, tmp_path, {"data/extra.yaml": text})
    assert warnings(app) == ""
    (card,) = page(app, "index").select(".awards-collection-extra.awards-card")
    assert card.select_one(".awards-badge").get_text() == "Best Paper"
    assert card.select_one(".awards-card-title").get_text() == "Gamma"
    assert card.select("a") == []
    assert card.select(".awards-card-summary, .awards-tags, .awards-card-authors") == []
