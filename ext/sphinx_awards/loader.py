"""Load the YAML data files into a :class:`~sphinx_awards.model.Catalog`, locating every problem.

Each file is read into plain values (:mod:`sphinx_awards.yamlnodes`), validated against
``awards.schema.json``, checked for what a schema cannot say (ids unique, kinds, themes and tracks
declared), and only then turned into model objects. An invalid award is left out; any other
problem leaves out the file's collection.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import functools
import json
import os
from collections.abc import Iterator, Sequence
from importlib import resources
from typing import TYPE_CHECKING, Any

from sphinx_awards.messages import Problem
from sphinx_awards.model import (
    Award,
    AwardKind,
    Catalog,
    Collection,
    ComputedTiles,
    Link,
    Location,
    Tag,
    Theme,
    Tile,
    TileHeading,
    Track,
)
from sphinx_awards.yamlnodes import (
    DEFAULT_LIMITS,
    Document,
    Issue,
    Limits,
    ValuePath,
    read_document,
)

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator, ValidationError

__all__ = ["DEFAULT_LIMITS", "Limits", "Problem", "load_catalog", "load_collection", "schema"]

#: The collection's sections of declared ids, with the noun a message uses for one of them.
_VOCABULARIES = {"kinds": "kind", "themes": "theme", "tracks": "track"}

#: What a value that fails a ``$defs`` pattern should be, by the definition's name.
_PATTERN_HINTS = {
    "id": "is not a valid id (lowercase letters and digits joined by '-', e.g. 'best-paper')",
    "url": "is not an http(s) URL",
    "color": "is not a colour (#rrggbb, e.g. '#1d4ed8')",
    "date": "is not a date (YYYY-MM-DD)",
}

_JSON_TYPES = {
    "string": "text",
    "object": "a mapping",
    "array": "a list",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
}


def load_catalog(
    paths: Sequence[str | os.PathLike[str]], *, limits: Limits = DEFAULT_LIMITS
) -> tuple[Catalog, list[Problem]]:
    """Load every data file; what is valid loads whatever the other files hold."""
    collections: list[Collection] = []
    problems: list[Problem] = []
    first_collections: dict[str, Collection] = {}
    first_awards: dict[str, Award] = {}
    for path in paths:
        collection, file_problems = load_collection(path, limits=limits)
        problems.extend(file_problems)
        if collection is None:
            continue
        first = first_collections.setdefault(collection.id, collection)
        if first is not collection:
            message = f"duplicate collection id {collection.id!r} (first at {first.location})"
            problems.append(Problem(collection.location, message, "data"))
            continue
        collection, duplicates = _without_duplicate_awards(collection, first_awards)
        collections.append(collection)
        problems.extend(duplicates)
    order = {os.fspath(path): index for index, path in reversed(list(enumerate(paths)))}
    problems.sort(key=lambda p: (order[p.location.path], p.location.line or 0))
    return Catalog(tuple(collections)), problems


def load_collection(
    path: str | os.PathLike[str], *, limits: Limits = DEFAULT_LIMITS
) -> tuple[Collection | None, list[Problem]]:
    """Load one data file into a collection (None if it cannot be) and the problems found."""
    path = os.fspath(path)
    document, problems = read_document(path, limits)
    if document is None:
        return None, problems
    issues = [*document.issues, *_schema_issues(document)]
    if _collection_valid(issues):
        issues.extend(_vocabulary_issues(document))
    collection = None
    if _collection_valid(issues):
        issues.extend(_reference_issues(document, _invalid_awards(issues)))
        collection = _collection(path, document, _invalid_awards(issues))
        collection, problems = _without_duplicate_awards(collection, {})
    problems += [Problem(Location(path, issue.line), issue.message, "data") for issue in issues]
    return collection, sorted(problems, key=lambda problem: problem.location.line or 0)


@functools.cache
def schema() -> dict[str, Any]:
    """The JSON Schema of a data file, as shipped inside the package."""
    text = resources.files("sphinx_awards").joinpath("awards.schema.json").read_text("utf-8")
    return json.loads(text)


@functools.cache
def _validator() -> Draft202012Validator:
    # Imported here: jsonschema takes a tenth of a second to import and only data files need it.
    from jsonschema import Draft202012Validator

    # jsonschema resolves a $ref again for every value it checks: over half of the validation
    # time of a 5000-award file. Resolved once here, the same checks run in under half the time.
    resolved = _resolve_refs(schema(), schema()["$defs"])
    return Draft202012Validator(resolved, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _resolve_refs(node: Any, definitions: dict[str, Any]) -> Any:
    """``node`` with each ``$ref`` to a ``$defs`` entry replaced by a copy of that entry."""
    if isinstance(node, list):
        return [_resolve_refs(item, definitions) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref", "")
    # Only a description may stand beside the $ref: an annotation, so the merge checks the same.
    if ref.startswith("#/$defs/") and set(node) <= {"$ref", "description"}:
        entry = _resolve_refs(definitions[ref.removeprefix("#/$defs/")], definitions)
        return {**entry, **{key: value for key, value in node.items() if key != "$ref"}}
    return {key: _resolve_refs(value, definitions) for key, value in node.items()}


def _award_index(path: ValuePath) -> int | None:
    """The index of the award a path is inside, or None for the rest of the collection."""
    if len(path) >= 2 and path[0] == "awards" and isinstance(path[1], int):
        return path[1]
    return None


def _collection_valid(issues: list[Issue]) -> bool:
    """Whether every issue lies inside one award, which can be left out alone."""
    return all(_award_index(issue.path) is not None for issue in issues)


def _invalid_awards(issues: list[Issue]) -> set[int]:
    return {index for issue in issues if (index := _award_index(issue.path)) is not None}


def _dotted(path: ValuePath) -> str:
    """A path as a reader writes it: ``awards[3].url``."""
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else f".{step}" if text else step
    return text


def _prefix(path: ValuePath) -> str:
    return f"{_dotted(path)}: " if path else ""


def _shown(value: Any) -> str:
    """A value in a message, short enough for one line."""
    if isinstance(value, str) and len(value) > 60:
        value = value[:57] + "..."
    return repr(value)


def _what(value: Any) -> str:
    """What a value is, in the words of someone writing YAML."""
    if value is None:
        return "no value"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, int | float):
        return f"the number {value!r}"
    if isinstance(value, str):
        return f"the text {_shown(value)}"
    return "a list" if isinstance(value, list) else "a mapping"


def _schema_issues(document: Document) -> Iterator[Issue]:
    seen: set[tuple[ValuePath, str]] = set()
    for error in _validator().iter_errors(document.value):
        for issue in _describe(error, document):
            # 'pattern' and 'format' can both refuse one date: say it once.
            if (issue.path, issue.message) not in seen:
                seen.add((issue.path, issue.message))
                yield issue


def _describe(error: ValidationError, document: Document) -> Iterator[Issue]:
    """Say what a schema error means at the line of the offending value."""
    path: ValuePath = tuple(error.absolute_path)
    value = error.instance
    line = document.line(path)
    prefix = _prefix(path)
    match error.validator:
        case "additionalProperties":
            known = list(error.schema.get("properties", {}))
            for key in (key for key in value if key not in known):
                close = difflib.get_close_matches(key, known, n=1)
                hint = f"did you mean {close[0]!r}?" if close else f"known: {', '.join(known)}"
                message = f"{prefix}unknown property {key!r} ({hint})"
                yield Issue((*path, key), document.key_line((*path, key)), message)
        case "required":
            missing = [name for name in error.validator_value if name not in value]
            names = ", ".join(repr(name) for name in missing)
            plural = "properties" if len(missing) > 1 else "property"
            yield Issue(path, line, f"{prefix}missing required {plural} {names}")
        case "type" if not path:
            fields = "expected a mapping of the collection's fields (id, title, ...)"
            yield Issue(path, line, f"{fields}, got {_what(value)}")
        case "type":
            expected = _JSON_TYPES.get(error.validator_value, error.validator_value)
            scalar = isinstance(value, int | float)  # true and false included
            quote = " (put it in quotes)" if expected == "text" and scalar else ""
            yield Issue(path, line, f"{prefix}expected {expected}, got {_what(value)}{quote}")
        case "pattern" | "format":
            yield Issue(path, line, f"{prefix}{_shown(value)} {_pattern_hint(error)}")
        case "minLength":
            yield Issue(path, line, f"{prefix}must not be empty")
        case "maxLength":
            limit = error.validator_value
            yield Issue(path, line, f"{prefix}{_shown(value)} is longer than {limit} characters")
        case "minItems":
            yield Issue(path, line, f"{prefix}must list at least {error.validator_value}")
        case _:
            yield Issue(path, line, f"{prefix}{error.message}")


def _pattern_hint(error: ValidationError) -> str:
    for name, hint in _PATTERN_HINTS.items():
        if schema()["$defs"][name].get(error.validator) == error.validator_value:
            return hint
    return error.message


def _vocabulary_issues(document: Document) -> Iterator[Issue]:
    """Ids declared twice in one collection, and a main track that is not declared."""
    data = document.value
    for section, noun in _VOCABULARIES.items():
        first_lines: dict[str, int] = {}
        for index, entry in enumerate(data[section]):
            path = (section, index, "id")
            line = document.line(path)
            first = first_lines.setdefault(entry["id"], line)
            if first != line:
                message = f"duplicate {noun} id {entry['id']!r} (first at line {first})"
                yield Issue(path, line, f"{_dotted(path)}: {message}")
    tracks = [track["id"] for track in data["tracks"]]
    if data["main_track"] not in tracks:
        message = f"main_track: unknown track {data['main_track']!r} (known: {', '.join(tracks)})"
        yield Issue(("main_track",), document.line(("main_track",)), message)


def _reference_issues(document: Document, invalid: set[int]) -> Iterator[Issue]:
    """Awards naming a kind, theme or track their collection does not declare."""
    data = document.value
    declared = {
        noun: [entry["id"] for entry in data[section]] for section, noun in _VOCABULARIES.items()
    }
    for index, award in enumerate(data["awards"]):
        if index in invalid:
            continue
        for noun, ids in declared.items():
            if award[noun] not in ids:
                path = ("awards", index, noun)
                known = ", ".join(ids)
                message = f"{_dotted(path)}: unknown {noun} {award[noun]!r} (known: {known})"
                yield Issue(path, document.line(path), message)


def _without_duplicate_awards(
    collection: Collection, first_awards: dict[str, Award]
) -> tuple[Collection, list[Problem]]:
    """Leave out awards whose id an earlier award has; ``first_awards`` records the kept ones."""
    kept: list[Award] = []
    problems: list[Problem] = []
    for award in collection.awards:
        first = first_awards.setdefault(award.id, award)
        if first is award:
            kept.append(award)
        else:
            message = f"duplicate award id {award.id!r} (first at {first.location})"
            problems.append(Problem(award.location, message, "data"))
    return dataclasses.replace(collection, awards=tuple(kept)), problems


def _collection(path: str, document: Document, invalid: set[int]) -> Collection:
    """The model objects of a document that passed the schema and the checks."""
    data = document.value
    explore = data.get("explore")
    computed = data.get("computed_tiles")
    return Collection(
        id=data["id"],
        title=data["title"],
        summary=data["summary"],
        announced=dt.date.fromisoformat(data["announced"]),
        domains=data["domains"],
        explore=Link(**explore) if explore else None,
        legend_caption=data["legend_caption"],
        main_track=data["main_track"],
        kinds=tuple(AwardKind(**kind) for kind in data["kinds"]),
        themes=tuple(
            Theme(t["id"], t["label"], t["short"], t["color"]["light"], t["color"]["dark"])
            for t in data["themes"]
        ),
        tracks=tuple(Track(**track) for track in data["tracks"]),
        tiles=tuple(Tile(**tile) for tile in data.get("tiles", ())),
        awards=tuple(
            _award(path, document, index)
            for index in range(len(data["awards"]))
            if index not in invalid
        ),
        location=Location(path, document.line(())),
        computed_tiles=(
            ComputedTiles(**{name: TileHeading(**tile) for name, tile in computed.items()})
            if computed
            else None
        ),
    )


def _award(path: str, document: Document, index: int) -> Award:
    award = document.value["awards"][index]
    return Award(
        **{key: value for key, value in award.items() if key != "tags"},
        collection=document.value["id"],
        tags=tuple(Tag(**tag) for tag in award["tags"]),
        location=Location(path, document.line(("awards", index))),
    )
