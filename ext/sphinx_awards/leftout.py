"""What a problem in a data file leaves out: the value, or the mapping that requires it.

A value the format does not require is left out alone; one it requires takes the mapping that
requires it (a list entry, an award) with it; a problem in what the collection itself requires
(its ``id`` and ``title``) loses the whole file. A list entry left out leaves :data:`LEFT_OUT`
in its place, so the others keep their index and line.
"""

from __future__ import annotations

from typing import Any

from sphinx_awards.dataschema import resolved_schema
from sphinx_awards.yamlnodes import Issue, ValuePath

#: What stands in a list for an entry left out, so the others keep their index and line.
LEFT_OUT = object()


def entries(mapping: dict[str, Any], key: str) -> list[tuple[int, Any]]:
    """The entries of the list ``mapping[key]`` that were not left out, with their index."""
    return [(i, entry) for i, entry in enumerate(mapping.get(key, ())) if entry is not LEFT_OUT]


def leave_out(data: Any, issues: list[Issue], left_out: dict[tuple[str, str], int]) -> Issue | None:
    """Leave out of ``data`` what each issue makes unusable; the issue that loses it all, if any.

    ``left_out`` gets each award, kind, theme or track left out, as (section, id), with the
    line of its first issue.
    """
    units: dict[ValuePath, Issue] = {}
    for issue in sorted(issues, key=lambda issue: issue.line):
        unit = _unit_of_loss(issue.path)
        if not unit:
            return issue
        units.setdefault(unit, issue)
        entry = value_at(data, unit) if len(unit) == 2 else None
        if isinstance(entry, dict) and isinstance(entry.get("id"), str):
            left_out.setdefault((str(unit[0]), entry["id"]), issue.line)
    # The deepest first, so a value is gone before the mapping or list that holds it.
    for unit in sorted(units, key=len, reverse=True):
        parent = value_at(data, unit[:-1])
        if isinstance(parent, list):
            parent[int(unit[-1])] = LEFT_OUT
        elif isinstance(parent, dict):
            parent.pop(unit[-1], None)
    return None


def value_at(data: Any, path: ValuePath) -> Any:
    """The value at ``path``, or None where something on the way was left out."""
    for step in path:
        if isinstance(data, dict) and isinstance(step, str):
            data = data.get(step)
        elif isinstance(data, list) and isinstance(step, int) and step < len(data):
            data = data[step]
        else:
            return None
    return data


def _unit_of_loss(path: ValuePath) -> ValuePath:
    """What a problem at ``path`` leaves out: the value, or the mapping that requires it.

    A list entry goes alone; the empty path is the whole collection.
    """
    schemas = [resolved_schema()]
    for step in path[:-1]:
        schemas.append(_child_schema(schemas[-1], step))
    while (
        path
        and isinstance(path[-1], str)
        and path[-1] in schemas[len(path) - 1].get("required", ())
    ):
        path = path[:-1]
    return path


def _child_schema(parent: dict[str, Any], step: str | int) -> dict[str, Any]:
    """The schema of the value at ``step`` in a value of schema ``parent`` (any of its forms)."""
    for form in (parent, *parent.get("anyOf", ())):
        child: dict[str, Any] | None
        child = form.get("items") if isinstance(step, int) else form.get("properties", {}).get(step)
        if child:
            return child
    return {}
