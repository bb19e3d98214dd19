"""The authoring guide: its generated reference is complete, its pages say what they show."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from bs4 import BeautifulSoup
from sphinx.testing.util import SphinxTestApp

from sphinx_awards.messages import SUBTYPES

from .conftest import REPO, page

SCHEMA = json.loads((REPO / "data" / "awards.schema.json").read_text(encoding="utf-8"))


def follow(schema: dict[str, Any]) -> dict[str, Any]:
    """The definition a ``$ref`` names (the schema's own ``#/$defs/...``)."""
    while "$ref" in schema:
        target: Any = SCHEMA
        for part in schema["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        schema = {**target, **{k: v for k, v in schema.items() if k != "$ref"}}
    return schema


def property_paths(schema: dict[str, Any], prefix: str = "") -> Iterator[str]:
    """Every property of the schema as a reader writes it: ``awards[].tags[].label``."""
    schema = follow(schema)
    for name, child in schema.get("properties", {}).items():
        path = f"{prefix}.{name}" if prefix else name
        yield path
        yield from property_paths(child, path)
    if "items" in schema:
        yield from property_paths(schema["items"], f"{prefix}[]")


@pytest.fixture(scope="module")
def data_format(site: SphinxTestApp) -> BeautifulSoup:
    return BeautifulSoup(page(site, "guide/data-format"), "html.parser")


def test_the_data_format_lists_every_property_of_the_schema(data_format: BeautifulSoup) -> None:
    listed = [dt.get_text() for dt in data_format.select("dl.schema-reference > dt")]
    expected = list(property_paths(SCHEMA))
    assert len(expected) > 40  # the walk found the nested objects, not just the top level
    assert sorted(listed) == sorted(expected)


def test_each_property_says_its_type_whether_required_and_its_description(
    data_format: BeautifulSoup,
) -> None:
    for dt in data_format.select("dl.schema-reference > dt"):
        text = " ".join(dt.find_next_sibling("dd").get_text(" ").split())
        assert "Type:" in text, dt.get_text()
        assert "Required: yes" in text or "Required: no" in text, dt.get_text()


def test_required_and_patterns_come_from_the_schema(data_format: BeautifulSoup) -> None:
    entries = {
        dt.get_text(): " ".join(dt.find_next_sibling("dd").get_text(" ").split())
        for dt in data_format.select("dl.schema-reference > dt")
    }
    for name in SCHEMA["required"]:
        assert "Required: yes" in entries[name]
    for name, schema in SCHEMA["properties"].items():
        resolved = follow(schema)
        assert resolved["description"] in entries[name]
        if "pattern" in resolved:
            assert resolved["pattern"] in entries[name]


def test_the_reference_lists_every_warning_subtype(site: SphinxTestApp) -> None:
    soup = BeautifulSoup(page(site, "guide/reference"), "html.parser")
    listed = {
        dt.get_text(): " ".join(dt.find_next_sibling("dd").get_text().split())
        for dt in soup.select("dl.warning-subtypes > dt")
    }
    assert list(listed) == [f"awards.{subtype}" for subtype in SUBTYPES]
    for subtype, description in SUBTYPES.items():
        assert listed[f"awards.{subtype}"] == " ".join(description.replace("``", "").split())


def test_the_guide_is_in_the_sites_navigation(site: SphinxTestApp) -> None:
    soup = BeautifulSoup(page(site, "guide/index"), "html.parser")
    toctree = {a["href"] for a in soup.select("article .toctree-wrapper a")}
    for name in ("tutorial", "reference", "data-format", "collections", "publishing"):
        assert f"{name}.html" in toctree
