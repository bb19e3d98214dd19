"""Reference sections generated at build time, so they cannot drift from what they document.

``schema-reference`` lists every property of a JSON Schema; ``warning-subtypes`` lists the
extension's warning subtypes from :data:`sphinx_awards.messages.SUBTYPES`;
``configuration-values`` lists its configuration values from
:data:`sphinx_awards.config.SETTINGS`, each as Sphinx's ``confval``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from docutils import nodes
from docutils.statemachine import StringList
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective
from sphinx.util.typing import ExtensionMetadata

from sphinx_awards.config import SETTINGS
from sphinx_awards.messages import SUBTYPES

logger = logging.getLogger(__name__)

# ``code`` (reST) and `code` (Markdown) in descriptions: shown as literals, nothing else parsed.
_LITERAL = re.compile(r"``(.+?)``|`(.+?)`")


def inline_text(text: str) -> list[nodes.Node]:
    """Text nodes for a description, with its backquoted spans as literals."""
    result: list[nodes.Node] = []
    position = 0
    for match in _LITERAL.finditer(text):
        result.append(nodes.Text(text[position : match.start()]))
        code = match.group(1) or match.group(2)
        result.append(nodes.literal(code, code))
        position = match.end()
    result.append(nodes.Text(text[position:]))
    return result


def field(name: str, *body: nodes.Node) -> nodes.field:
    """A ``name: body`` field of a field list."""
    return nodes.field("", nodes.field_name(name, name), nodes.field_body("", *body))


def paragraph(*children: nodes.Node) -> nodes.paragraph:
    """A paragraph of the given inline nodes."""
    return nodes.paragraph("", "", *children)


def literal(text: str) -> nodes.literal:
    """Inline code."""
    return nodes.literal(text, text)


# -- The data format ---------------------------------------------------------


def target_of(ref: str, root: dict[str, Any]) -> dict[str, Any]:
    """The schema a local ``$ref`` (``#/$defs/...``) points to."""
    target: Any = root
    for part in ref.removeprefix("#/").split("/"):
        target = target[part]
    return target


def resolve(schema: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    """The schema a local ``$ref`` (``#/$defs/...``) points to, merged with its siblings."""
    ref = schema.get("$ref")
    if not ref:
        return schema
    return {
        **resolve(target_of(ref, root), root),
        **{k: v for k, v in schema.items() if k != "$ref"},
    }


def type_of(schema: dict[str, Any], root: dict[str, Any]) -> str:
    """A reader's name for the type of a value: ``string``, ``list of object``, ..."""
    schema = resolve(schema, root)
    if "const" in schema:
        return json.dumps(schema["const"])
    for union in ("oneOf", "anyOf"):
        if union in schema:
            return " or ".join(type_of(option, root) for option in schema[union])
    kind = schema.get("type", "any")
    if isinstance(kind, list):
        return " or ".join(kind)
    if kind == "array" and "items" in schema:
        return f"list of {type_of(schema['items'], root)}"
    return kind


#: The definitions of text, which the reference names in words rather than by their pattern.
TEXT_DEFINITIONS = {
    "#/$defs/text": "may span lines; no control character but tab and line break",
    "#/$defs/line": "one line: no line break, and no control character but tab",
}


def text_kind(schema: dict[str, Any], root: dict[str, Any]) -> str | None:
    """How the reference names the text a value is, following its ``$ref``s; None if not text."""
    while "$ref" in schema:
        if schema["$ref"] in TEXT_DEFINITIONS:
            return TEXT_DEFINITIONS[schema["$ref"]]
        schema = target_of(schema["$ref"], root)
    return None


def object_schemas(
    schema: dict[str, Any], root: dict[str, Any], path: str
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every object schema reachable from ``schema``, with the path a reader writes to it."""
    schema = resolve(schema, root)
    if "properties" in schema:
        yield path, schema
        for name, child in schema["properties"].items():
            yield from object_schemas(child, root, f"{path}.{name}" if path else name)
    if "items" in schema:
        yield from object_schemas(schema["items"], root, f"{path}[]")
    for union in ("oneOf", "anyOf"):
        for option in schema.get(union, ()):
            yield from object_schemas(option, root, path)


def property_entry(
    path: str, name: str, schema: dict[str, Any], required: bool, root: dict[str, Any]
) -> nodes.definition_list_item:
    """One property: its path, then description, type, whether required, constraints."""
    full = f"{path}.{name}" if path else name
    text = text_kind(schema, root)
    schema = resolve(schema, root)
    term = nodes.term("", "", literal(full))
    item = nodes.definition_list_item("", term)
    item["ids"].append(nodes.make_id(f"data-{full}"))
    facts = nodes.field_list()
    facts += field("Type", paragraph(nodes.Text(type_of(schema, root))))
    facts += field("Required", paragraph(nodes.Text("yes" if required else "no")))
    if text is not None:
        facts += field("Text", paragraph(nodes.Text(text)))
    elif "pattern" in schema:
        facts += field("Pattern", paragraph(literal(schema["pattern"])))
    if "format" in schema:
        facts += field("Format", paragraph(nodes.Text(schema["format"])))
    if "enum" in schema:
        values = [literal(json.dumps(value, ensure_ascii=False)) for value in schema["enum"]]
        facts += field("One of", paragraph(*_joined(values)))
    definition = nodes.definition()
    if schema.get("description"):
        definition += paragraph(*inline_text(schema["description"]))
    definition += facts
    item += definition
    return item


def _joined(items: list[nodes.Node]) -> list[nodes.Node]:
    result: list[nodes.Node] = []
    for index, item in enumerate(items):
        if index:
            result.append(nodes.Text(", "))
        result.append(item)
    return result


class SchemaReference(SphinxDirective):
    """List every property of a JSON Schema an installed package ships (``package/file``)."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        """One definition list per object of the schema, each entry a property."""
        package, _, name = self.arguments[0].partition("/")
        path = str(resources.files(package).joinpath(name))
        self.env.note_dependency(path)
        try:
            root = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            logger.warning("cannot read the schema %s: %s", path, exc, location=self.get_location())
            return []
        result: list[nodes.Node] = []
        for object_path, schema in object_schemas(root, root, ""):
            title = f"{object_path} entries" if object_path else "The top level"
            result.append(nodes.rubric(title, title))
            entries = nodes.definition_list(classes=["schema-reference"])
            required = set(schema.get("required", ()))
            for name, child in schema["properties"].items():
                entries += property_entry(object_path, name, child, name in required, root)
            result.append(entries)
        return result


# -- The warning subtypes ----------------------------------------------------


class WarningSubtypes(SphinxDirective):
    """List the warning subtypes of ``sphinx_awards`` with what each reports."""

    def run(self) -> list[nodes.Node]:
        """A definition list: ``awards.<subtype>`` and its description."""
        entries = nodes.definition_list(classes=["warning-subtypes"])
        for subtype, description in SUBTYPES.items():
            item = nodes.definition_list_item(
                "",
                nodes.term("", "", literal(f"awards.{subtype}")),
                nodes.definition("", paragraph(*inline_text(description))),
            )
            item["ids"].append(nodes.make_id(f"warning-{subtype}"))
            entries += item
        return [entries]


# -- The configuration values ------------------------------------------------

#: What Sphinx does again when a value changes, by the value's rebuild.
REBUILDS = {
    "env": "Changing it has every page read again.",
    "html": "Changing it has every page written again; none is read again.",
}


class ConfigurationValues(SphinxDirective):
    """Document every configuration value of ``sphinx_awards`` with Sphinx's ``confval``.

    Each is Sphinx's own object: in the index, and a target of the ``confval`` role.
    """

    def run(self) -> list[nodes.Node]:
        """A ``confval`` per setting: its type, default, description, rebuild and example."""
        confval = self.env.get_domain("std").directive("confval")
        assert confval is not None
        source, _line = self.get_source_info()
        result: list[nodes.Node] = []
        for setting in SETTINGS:
            lines = [setting.description, "", REBUILDS[setting.rebuild]]
            options = {"type": setting.requirement, "default": f"``{setting.default!r}``"}
            directive = confval(
                "confval",
                [setting.name],
                options,
                StringList(lines, source),
                self.lineno,
                self.content_offset,
                self.block_text,
                self.state,
                self.state_machine,
            )
            made = directive.run()
            if setting.example is not None:
                content = made[-1].next_node(addnodes.desc_content)
                content += nodes.literal_block(setting.example, setting.example, language="python")
            result += made
        return result


def setup(app: Sphinx) -> ExtensionMetadata:
    """Register the generated reference directives."""
    app.add_directive("configuration-values", ConfigurationValues)
    app.add_directive("schema-reference", SchemaReference)
    app.add_directive("warning-subtypes", WarningSubtypes)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
