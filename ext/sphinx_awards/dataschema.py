"""The JSON Schema of a data file: as shipped, as a validator, and with each ``$ref`` resolved."""

from __future__ import annotations

import datetime as dt
import functools
import json
from importlib import resources
from typing import TYPE_CHECKING, Any

import jsonschema_rs

if TYPE_CHECKING:
    from jsonschema_rs import Validator


@functools.cache
def schema() -> dict[str, Any]:
    """The JSON Schema of a data file, as shipped inside the package."""
    text = resources.files("sphinx_awards").joinpath("awards.schema.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


@functools.cache
def validator() -> Validator:
    """The validator of :func:`schema`, which checks formats (``date``) as well."""
    return jsonschema_rs.Draft202012Validator(
        schema(), formats={"date": _is_date}, validate_formats=True
    )


def _is_date(text: str) -> bool:
    """Whether ``text`` names a day of the calendar (the schema's pattern asks for YYYY-MM-DD)."""
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


@functools.cache
def resolved_schema() -> dict[str, Any]:
    """The schema with each ``$ref`` replaced by its definition, to walk along a value's path."""
    resolved: dict[str, Any] = resolve_refs(schema(), schema()["$defs"])
    return resolved


def resolve_refs(node: Any, definitions: dict[str, Any]) -> Any:
    """``node`` with each ``$ref`` to a ``$defs`` entry replaced by a copy of that entry."""
    if isinstance(node, list):
        return [resolve_refs(item, definitions) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref", "")
    # Only a description may stand beside the $ref: an annotation, so the merge checks the same.
    if ref.startswith("#/$defs/") and set(node) <= {"$ref", "description"}:
        entry = resolve_refs(definitions[ref.removeprefix("#/$defs/")], definitions)
        return {**entry, **{key: value for key, value in node.items() if key != "$ref"}}
    return {key: resolve_refs(value, definitions) for key, value in node.items()}
