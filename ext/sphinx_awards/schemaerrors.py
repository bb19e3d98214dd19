"""The values a data file's schema refuses, each said in an author's words at its line.

jsonschema-rs judges the file; its errors name a keyword and a place in the schema. Each is
said as someone writing YAML needs it: the field, what it holds, and what it should hold
(``awards[2].url: 'www.example.org' is not an http(s) URL; write it with its scheme:
'https://www.example.org'``).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, cast

import jsonschema_rs

from sphinx_awards.dataschema import resolve_refs, schema, validator
from sphinx_awards.leftout import LEFT_OUT, value_at
from sphinx_awards.messages import shown
from sphinx_awards.yamlnodes import Document, Issue, ValuePath, prefix

if TYPE_CHECKING:
    from jsonschema_rs import ValidationError

#: What a value that fails a ``$defs`` pattern should be, by the definition's name.
_PATTERN_HINTS = {
    "id": "is not a valid id (lowercase letters and digits joined by '-', e.g. 'best-paper')",
    "url": "is not an http(s) URL",
    "color": "is not a colour (#rrggbb, e.g. '#1d4ed8')",
    "date": "is not a date (YYYY-MM-DD)",
    "doi": "is not a DOI (e.g. '10.48550/arXiv.2503.14858', without 'https://doi.org/')",
    "arxiv": "is not an arXiv identifier (e.g. '2503.14858', without 'arXiv:' or the address)",
}
#: Text that may span lines, and text of one line (labels, names, paths), by definition name.
_TEXT_DEFINITIONS = {"text": False, "line": True}
#: What ends a line of text in YAML, and in the outputs that show it.
_LINE_BREAKS = "\n\r\x85\u2028\u2029"

_JSON_TYPES = {
    "string": "text",
    "object": "a mapping",
    "array": "a list",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
}


def schema_issues(document: Document) -> Iterator[Issue]:
    """The values the schema refuses, each said in an author's words at its line."""
    value = document.value
    if any(issue.leaves_out for issue in document.issues):
        value = _stand_ins(value)
    seen: set[tuple[ValuePath, str]] = set()
    for error in validator().iter_errors(value):
        for issue in _describe(error, document):
            # 'pattern' and 'format' can both refuse one date, and each missing property of a
            # mapping is an error of its own: say each thing once.
            if (issue.path, issue.message) not in seen:
                seen.add((issue.path, issue.message))
                yield issue


def _stand_ins(value: Any) -> Any:
    """``value`` with None for each list entry left out, for the validator (JSON values only).

    The entries keep their index, so the errors keep their lines; none is told about a None.
    """
    if isinstance(value, list):
        return [None if item is LEFT_OUT else _stand_ins(item) for item in value]
    if isinstance(value, dict):
        return {key: _stand_ins(item) for key, item in value.items()}
    return value


def _what(value: Any) -> str:
    """What a value is, in the words of someone writing YAML."""
    if value is None:
        return "no value"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, int | float):
        return f"the number {value!r}"
    if isinstance(value, str):
        return f"the text {shown(value)}"
    return "a list" if isinstance(value, list) else "a mapping"


def _keyword_schema(error: ValidationError) -> dict[str, Any]:
    """The schema whose keyword ``error`` broke, found along the error's schema path.

    Following each ``$ref`` on the way: validators name the definition itself, or the
    ``$ref`` that led to it.
    """
    node: Any = schema()
    for step in list(error.schema_path)[:-1]:
        if step == "$ref":
            node = schema()["$defs"][node["$ref"].removeprefix("#/$defs/")]
        else:
            node = node[step]
    return cast("dict[str, Any]", node)


_Kind = jsonschema_rs.ValidationErrorKind


def _describe(error: ValidationError, document: Document) -> Iterator[Issue]:
    """Say what a schema error means at the line of the offending value."""
    path: ValuePath = tuple(error.instance_path)
    if value_at(document.value, path) is LEFT_OUT:
        return
    value = error.instance
    kind = error.kind
    line = document.line(path)
    at = prefix(path)
    match kind:
        case _Kind.AdditionalProperties():
            known = list(_keyword_schema(error).get("properties", {}))
            for key in kind.unexpected:
                close = difflib.get_close_matches(key, known, n=1)
                hint = f"did you mean {close[0]!r}?" if close else f"known: {', '.join(known)}"
                message = f"{at}unknown property {key!r} ({hint})"
                yield Issue((*path, key), document.key_line((*path, key)), message)
        case _Kind.Required():
            required = _keyword_schema(error)["required"]
            missing = [
                name for name in required if not isinstance(value, dict) or name not in value
            ]
            names = ", ".join(repr(name) for name in missing)
            plural = "properties" if len(missing) > 1 else "property"
            # Located at the mapping, left out as its first missing property would be.
            yield Issue((*path, missing[0]), line, f"{at}missing required {plural} {names}")
        case _Kind.Type() if not path:
            fields = "expected a mapping of the collection's fields (id, title, ...)"
            yield Issue(path, line, f"{fields}, got {_what(value)}")
        case _Kind.Type():
            expected = _JSON_TYPES.get(kind.types[0], kind.types[0])
            scalar = isinstance(value, int | float)  # true and false included
            quote = " (put it in quotes)" if expected == "text" and scalar else ""
            yield Issue(path, line, f"{at}expected {expected}, got {_what(value)}{quote}")
        case _Kind.Pattern():
            hint = _pattern_hint(_keyword_schema(error), str(value))
            yield Issue(path, line, f"{at}{shown(value)} {hint}")
        case _Kind.Format():
            hint = _PATTERN_HINTS.get(kind.format, f"is not a {kind.format}")
            yield Issue(path, line, f"{at}{shown(value)} {hint}")
        case _Kind.MinLength():
            yield Issue(path, line, f"{at}must not be empty")
        case _Kind.MaxLength():
            limit = kind.limit
            yield Issue(path, line, f"{at}{shown(value)} is longer than {limit} characters")
        case _Kind.AnyOf():
            yield from _describe_any_of(error, document)
        case _Kind.Enum():
            # Named by its field: "unknown kind 'blog'".
            noun = path[-1] if path and isinstance(path[-1], str) else "value"
            choices = ", ".join(map(str, kind.options))
            yield Issue(path, line, f"{at}unknown {noun} {shown(value)} (known: {choices})")
        case _Kind.MinItems():
            yield Issue(path, line, f"{at}must list at least {kind.limit}")
        case _Kind.Minimum():
            message = f"{shown(value)} is less than the minimum of {kind.limit}"
            yield Issue(path, line, at + message)
        case _Kind.Maximum():
            message = f"{shown(value)} is greater than the maximum of {kind.limit}"
            yield Issue(path, line, at + message)
        case _:
            yield Issue(path, line, f"{at}{error.message}")


def _describe_any_of(error: ValidationError, document: Document) -> Iterator[Issue]:
    """A value that takes one of several forms: the problems within the form it has, if any."""
    path: ValuePath = tuple(error.instance_path)
    forms = [resolve_refs(form, schema()["$defs"]) for form in _keyword_schema(error)["anyOf"]]
    types = [_JSON_TYPES.get(form.get("type"), form.get("type")) for form in forms]
    branches = error.kind.context if isinstance(error.kind, _Kind.AnyOf) else []
    for index, json_type in enumerate(types):
        if json_type == _what_type(error.instance):
            for inner in branches[index]:
                yield from _describe(inner, document)
            return
    expected = " or ".join(str(json_type) for json_type in types)
    message = f"{prefix(path)}expected {expected}, got {_what(error.instance)}"
    yield Issue(path, document.line(path), message)


def _what_type(value: Any) -> str:
    """The word :data:`_JSON_TYPES` has for the type of ``value`` ("text", "a list", ...)."""
    if isinstance(value, str):
        return _JSON_TYPES["string"]
    if isinstance(value, list):
        return _JSON_TYPES["array"]
    return _JSON_TYPES["object"] if isinstance(value, dict) else ""


def _pattern_hint(definition: dict[str, Any], value: str) -> str:
    """What a value that does not match the pattern of ``definition`` should be."""
    definitions = schema()["$defs"]
    for name, one_line in _TEXT_DEFINITIONS.items():
        if definitions[name] is definition:
            return _text_problem(value, one_line)
    for name, hint in _PATTERN_HINTS.items():
        if definitions[name] is definition:
            return hint + _url_fix(value) if name == "url" else hint
    return f"does not match the pattern {definition['pattern']!r}"


def _text_problem(value: str, one_line: bool) -> str:
    """Why text is refused: the first character of it that no output can carry."""
    for character in value:
        if one_line and character in _LINE_BREAKS:
            return (
                "must be one line of text (a YAML '|' or '>' block keeps its last line break: "
                "write '>-' or the text on one line)"
            )
        if unicodedata.category(character) == "Cc" and character not in "\t\n":
            return (
                f"holds the control character U+{ord(character):04X}, which no page, e-book or "
                "PDF can show; remove it"
            )
    return "holds a character no output can carry"


#: An address written without its scheme: ``www.example.org/paper`` or ``//example.org``.
_HOST_FIRST = re.compile(r"^(?://)?([a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$", re.IGNORECASE)


def _url_fix(value: str) -> str:
    """The address to write instead, when ``value`` looks like one without its scheme."""
    if not _HOST_FIRST.match(value):
        return ""
    return f"; write it with its scheme: {shown('https://' + value.removeprefix('//'))}"
