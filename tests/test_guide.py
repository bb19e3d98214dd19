"""The authoring guide: its generated reference is complete, its pages say what they show."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from bs4 import BeautifulSoup
from docutils.parsers.rst import directives, roles
from sphinx.testing.util import SphinxTestApp

from sphinx_awards.messages import SUBTYPES

from .conftest import REPO, page

SCHEMA = json.loads((REPO / "ext" / "sphinx_awards" / "awards.schema.json").read_text("utf-8"))


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
    # A value of several forms (an author text, or a list of authors) has the fields of each.
    for form in schema.get("anyOf", ()):
        yield from property_paths(form, prefix)


def unquoted(text: str) -> str:
    """Text with typographic quotes made plain (Sphinx curls them) and spaces collapsed."""
    plain = text.translate(str.maketrans("\u2018\u2019\u201c\u201d", "''\"\""))
    return " ".join(plain.split())


@pytest.fixture(scope="module")
def data_format(site: SphinxTestApp) -> BeautifulSoup:
    return page(site, "guide/data-format")


def test_the_data_format_lists_every_property_of_the_schema(data_format: BeautifulSoup) -> None:
    listed = [dt.get_text() for dt in data_format.select("dl.schema-reference > dt")]
    expected = list(property_paths(SCHEMA))
    assert len(expected) > 40  # the walk found the nested objects, not just the top level
    assert sorted(listed) == sorted(expected)


def entries(data_format: BeautifulSoup) -> dict[str, tuple[str, dict[str, str]]]:
    """Each listed property: its description and its facts (``Type``, ``Required``, ...)."""
    result = {}
    for dt in data_format.select("dl.schema-reference > dt"):
        dd = dt.find_next_sibling("dd")
        facts = {
            " ".join(name.get_text().split()).rstrip(":"): value.get_text().strip()
            for name, value in zip(
                dd.select("dl.field-list > dt"), dd.select("dl.field-list > dd"), strict=True
            )
        }
        description = dd.find("p", recursive=False)
        result[dt.get_text()] = (description.get_text() if description else "", facts)
    return result


def test_each_property_says_its_type_and_whether_it_is_required(
    data_format: BeautifulSoup,
) -> None:
    for name, (_, facts) in entries(data_format).items():
        assert facts["Type"], name
        assert facts["Required"] in ("yes", "no"), name


def test_descriptions_required_and_patterns_come_from_the_schema(
    data_format: BeautifulSoup,
) -> None:
    listed = entries(data_format)
    for name, schema in SCHEMA["properties"].items():
        description, facts = listed[name]
        resolved = follow(schema)
        assert unquoted(description) == unquoted(resolved["description"])
        assert facts["Required"] == ("yes" if name in SCHEMA["required"] else "no")
        # Text is said in words (one line or more, no control character), not as its pattern.
        text = resolved.get("pattern") in {SCHEMA["$defs"][d]["pattern"] for d in ("text", "line")}
        assert facts.get("Pattern") == (None if text else resolved.get("pattern"))
        assert ("Text" in facts) == text


def test_the_reference_lists_every_warning_subtype(site: SphinxTestApp) -> None:
    soup = page(site, "guide/reference")
    listed = {
        dt.get_text(): " ".join(dt.find_next_sibling("dd").get_text().split())
        for dt in soup.select("dl.warning-subtypes > dt")
    }
    assert list(listed) == [f"awards.{subtype}" for subtype in SUBTYPES]
    for subtype, description in SUBTYPES.items():
        assert unquoted(listed[f"awards.{subtype}"]) == unquoted(description.replace("``", ""))


def test_the_guide_is_in_the_sites_navigation(site: SphinxTestApp) -> None:
    soup = page(site, "guide/index")
    toctree = {a["href"] for a in soup.select("article .toctree-wrapper a")}
    for name in ("tutorial", "reference", "data-format", "collections", "publishing"):
        assert f"{name}.html" in toctree


@pytest.mark.sphinx("html", testroot="minimal")
def test_the_reference_documents_every_directive_option_role_and_setting(
    site: SphinxTestApp, app: SphinxTestApp
) -> None:
    # `site` first: it must be built before `app` exists, or its build would warn about
    # nodes `app` registered.
    # What the extension registers, read from docutils' registries while `app` is alive.
    registered = {
        name: directive
        for name, directive in directives._directives.items()
        if directive.__module__.startswith("sphinx_awards.")
    }
    extension_roles = [
        name
        for name, role in roles._roles.items()
        if type(role).__module__.startswith("sphinx_awards.")
    ]
    settings = [value.name for value in app.config if value.name.startswith("awards_")]
    reference = page(site, "guide/reference").select_one("article")
    headings = {" ".join(h.get_text().rstrip("¶").split()) for h in reference.select("h2, h3")}
    terms = " ".join(dt.get_text() for dt in reference.select("dl > dt"))

    assert len(registered) >= 6
    for name, directive in registered.items():
        assert name in headings, name
        for option in directive.option_spec or {}:
            assert f":{option}:" in reference.get_text(), (name, option)
    for role in extension_roles:
        assert f"The {role} role" in headings, role
    assert settings
    for setting in settings:
        assert setting in terms, setting


@pytest.mark.sphinx("html", testroot="minimal")
def test_each_setting_is_a_confval_with_the_default_sphinx_uses(
    site: SphinxTestApp, app: SphinxTestApp
) -> None:
    # The minimal project sets no awards_* value: each has the default Sphinx registered.
    defaults = {value.name: value.value for value in app.config if value.name.startswith("awards_")}
    reference = page(site, "guide/reference")
    entries = {
        dt["id"].removeprefix("confval-"): dt.find_next_sibling("dd")
        for dt in reference.select("dl.std.confval > dt[id]")
    }
    assert defaults
    assert sorted(entries) == sorted(defaults)
    for name, default in defaults.items():
        fields = {
            key.get_text().rstrip(":").strip(): key.find_next_sibling("dd").get_text().strip()
            for key in entries[name].select("dl.field-list > dt")
        }
        assert fields["Default"] == repr(default), name
        assert fields["Type"], name
    # The guide's words link the values with Sphinx's confval role.
    assert reference.select_one('a[href="#confval-awards_card_authors"]') is not None
