"""Read one YAML data file into plain values, within safety limits, keeping every value's line."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from sphinx_awards.datafile import Refused, read_text, refuse
from sphinx_awards.limits import Limits
from sphinx_awards.messages import Problem
from sphinx_awards.yamlerrors import explain

# Both are safe loaders: they build no Python object a tag asks for. libyaml's is much faster,
# but its wording and its own limits change between versions (0.2.6 stops 1000-deep nesting in
# its own words before the depth check sees an event); the pure-Python one, always present,
# reads a file again once it has failed, so every problem is told the same way everywhere.
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_EXPLAINING_LOADER = yaml.SafeLoader

#: A value's place in a document: mapping keys and list indexes from the top.
ValuePath = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Issue:
    """A refused value, at its path in the document; the loader decides what it invalidates."""

    path: ValuePath
    line: int
    message: str
    #: False for a consequence of a problem already reported: left out, not reported again.
    reported: bool = True
    #: False when the value is used all the same (the first of two values of one key).
    leaves_out: bool = True


def dotted(path: ValuePath) -> str:
    """A path as a reader writes it: ``awards[3].url``."""
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else f".{step}" if text else step
    return text


def prefix(path: ValuePath) -> str:
    """What a message about the value at ``path`` starts with: ``awards[3].url: ``."""
    return f"{dotted(path)}: " if path else ""


@dataclass(frozen=True, slots=True)
class Document:
    """A data file's values as plain Python data, with the node tree that locates them."""

    value: Any
    root: Node
    issues: tuple[Issue, ...] = field(default=())

    def line(self, path: ValuePath) -> int:
        """The line of the value at ``path`` (of its deepest existing parent if it is missing)."""
        return _line(self._walk(path)[0])

    def key_line(self, path: ValuePath) -> int:
        """The line of the mapping key that names the value at ``path``."""
        value, key = self._walk(path)
        return _line(key or value)

    def _walk(self, path: ValuePath) -> tuple[Node, Node | None]:
        node, key = self.root, None
        for step in path:
            if isinstance(node, MappingNode):
                # The first of duplicate keys, as the values keep the first.
                pair = next((pair for pair in node.value if _key_text(pair[0]) == step), None)
                if pair is None:
                    break
                key, node = pair
            elif isinstance(node, SequenceNode) and step in range(len(node.value)):
                key, node = None, node.value[step]
            else:
                break
        return node, key


def read_document(path: str, limits: Limits) -> tuple[Document | None, list[Problem], str | None]:
    """Read one data file into a Document, or say in one located problem why it cannot be.

    The file's text comes last, None when it could not be read as text.
    """
    text = None
    try:
        text = read_text(path, limits)
        root = _compose(path, text, limits)
        builder = _Builder(path, limits)
        value = builder.value(root, (), 0)
    except Refused as refused:
        return None, [refused.problem], text
    return Document(value, root, tuple(builder.issues)), [], text


def _compose(path: str, text: str, limits: Limits) -> Node:
    try:
        root = _compose_with(_FAST_LOADER, path, text, limits)
    except yaml.YAMLError:
        root = _explained(path, text, limits)
    if root is None:
        message = (
            "data file is empty; expected a mapping of the collection's fields (id, title, ...)"
        )
        raise refuse(path, 1, message, "data")
    return root


def _event_line(event: yaml.Event) -> int:
    """The 1-based line an event starts at (PyYAML's parsers mark every event)."""
    return event.start_mark.line + 1 if event.start_mark is not None else 1


def _compose_with(
    loader: type[yaml.SafeLoader], path: str, text: str, limits: Limits
) -> Node | None:
    _check_events(loader, path, text, limits)
    return yaml.compose(text, Loader=loader)


def _explained(path: str, text: str, limits: Limits) -> Node | None:
    """Read a file the fast parser refused again, to say in one problem what is wrong."""
    try:
        return _compose_with(_EXPLAINING_LOADER, path, text, limits)
    except yaml.MarkedYAMLError as exc:
        line, message = explain(exc, text)
        raise refuse(path, line, message, "data") from None
    except yaml.YAMLError as exc:
        raise refuse(path, 1, f"YAML error: {exc}", "data") from None


def _check_events(loader: type[yaml.SafeLoader], path: str, text: str, limits: Limits) -> None:
    """Bound nesting and values in a first pass over the events, before any node is built.

    The composer is recursive, so nesting is bounded first; and it keeps every node with its
    marks in memory (about 700 bytes each), so a 5 MB flow list of 2.5 million values would
    take gigabytes before the builder could count them. Keys are not counted (each has a
    value), and an alias counts once here: the builder counts what it expands to.
    """
    values = 0
    # Per open collection: None for a list, else how many keys and values the mapping had.
    open_collections: list[int | None] = []
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, yaml.CollectionEndEvent):
            open_collections.pop()
            continue
        if not isinstance(event, yaml.NodeEvent):
            continue
        in_mapping = open_collections[-1] if open_collections else None
        if in_mapping is not None:
            open_collections[-1] = in_mapping + 1
        if in_mapping is None or in_mapping % 2:
            values += 1
            if values > limits.max_values:
                message = f"data has more than {limits.max_values} values; refused"
                raise refuse(path, _event_line(event), message, "limit")
        if isinstance(event, yaml.CollectionStartEvent):
            if len(open_collections) >= limits.max_depth:
                message = f"values are nested more than {limits.max_depth} deep"
                raise refuse(path, _event_line(event), message, "limit")
            open_collections.append(0 if isinstance(event, yaml.MappingStartEvent) else None)


def _line(node: Node) -> int:
    return node.start_mark.line + 1


def _key_text(node: Node) -> str | None:
    # Keys are kept as written: the format's keys are all text, and '1:' or 'yes:' is a typo.
    return node.value if isinstance(node, ScalarNode) else None


def _short_tag(tag: str) -> str:
    """A tag as it is written: ``!!int`` rather than ``tag:yaml.org,2002:int``."""
    return tag.replace("tag:yaml.org,2002:", "!!", 1)


def _text(node: ScalarNode) -> str:
    text: str = node.value
    return text


_constructor = SafeConstructor()

#: How each plain scalar tag becomes a value. Dates stay text: the schema checks them as ISO.
_SCALARS: dict[str, Callable[[ScalarNode], Any]] = {
    "tag:yaml.org,2002:str": _text,
    "tag:yaml.org,2002:timestamp": _text,
    "tag:yaml.org,2002:merge": _text,
    "tag:yaml.org,2002:value": _text,
    "tag:yaml.org,2002:null": _constructor.construct_yaml_null,
    "tag:yaml.org,2002:bool": _constructor.construct_yaml_bool,
    "tag:yaml.org,2002:int": _constructor.construct_yaml_int,
    "tag:yaml.org,2002:float": _constructor.construct_yaml_float,
}
_COLLECTION_TAGS = {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}


#: What the key ``<<`` is: a merge key, which brings the keys of other mappings in.
_MERGE_TAG = "tag:yaml.org,2002:merge"
#: Half of a UTF-16 surrogate pair: what ``"\ud83d"`` gives. No file or page can hold it alone.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _paired(text: str) -> str:
    """``text`` with each pair of surrogates (``"\\ud83d\\ude00"``) made the character it spells."""
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


@dataclass
class _Builder:
    """Turns a node tree into values, counting them so aliases cannot expand without bound."""

    path: str
    limits: Limits
    count: int = 0
    issues: list[Issue] = field(default_factory=list)
    open_nodes: set[int] = field(default_factory=set)

    def value(self, node: Node, path: ValuePath, depth: int) -> Any:
        self.count += 1
        if self.count > self.limits.max_values:
            message = (
                f"data expands to more than {self.limits.max_values} values "
                "(aliases nested too deep?); refused"
            )
            raise refuse(self.path, _line(node), message, "limit")
        self._check_depth(node, depth)
        if isinstance(node, ScalarNode):
            return self._scalar(node, path)
        if id(node) in self.open_nodes:
            raise self._endless(node)
        if node.tag not in _COLLECTION_TAGS:
            self._unsupported_tag(path, node)
        self.open_nodes.add(id(node))
        try:
            if isinstance(node, SequenceNode):
                return [
                    self.value(item, (*path, i), depth + 1) for i, item in enumerate(node.value)
                ]
            return self._mapping(cast(MappingNode, node), path, depth)
        finally:
            self.open_nodes.discard(id(node))

    def _check_depth(self, node: Node, depth: int) -> None:
        if depth > self.limits.max_depth:
            message = f"values are nested more than {self.limits.max_depth} deep through aliases"
            raise refuse(self.path, _line(node), message, "limit")

    def _endless(self, node: Node) -> Refused:
        message = "an alias refers to a value that contains it; it would never end"
        return refuse(self.path, _line(node), message, "data")

    def _mapping(self, node: MappingNode, path: ValuePath, depth: int) -> dict[str, Any]:
        self._merge(node, path, depth)
        values: dict[str, Any] = {}
        first_lines: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = _key_text(key_node)
            if key is None:
                message = "a key must be plain text, not a list or mapping"
                self._issue(path, key_node, message, leaves_out=False)
            elif _SURROGATE.search(key):
                message = f"the key {key!r} {_SURROGATE_PROBLEM}"
                self._issue(path, key_node, message, leaves_out=False)
            elif key in first_lines:
                message = (
                    f"duplicate key {key!r} (first at line {first_lines[key]}); "
                    "the first value is used: remove one of them"
                )
                self._issue((*path, key), key_node, message, leaves_out=False)
            else:
                first_lines[key] = _line(key_node)
                values[key] = self.value(value_node, (*path, key), depth + 1)
        return values

    def _merge(self, node: MappingNode, path: ValuePath, depth: int) -> None:
        """Replace the merge keys (``<<: *defaults``) of a mapping by the pairs they bring in.

        As YAML's merge key says: a key the mapping has itself wins over a merged one, and a
        mapping merged earlier over one merged later. The node is rewritten in place, so the
        line of a merged value is the line it is written at.
        """
        merges = [pair for pair in node.value if pair[0].tag == _MERGE_TAG]
        if not merges:
            return
        self._check_depth(node, depth)
        own = [pair for pair in node.value if pair[0].tag != _MERGE_TAG]
        keys = {_key_text(key) for key, _ in own}
        merged = []
        for key_node, value_node in merges:
            sources = value_node.value if isinstance(value_node, SequenceNode) else [value_node]
            if not all(isinstance(source, MappingNode) for source in sources):
                message = (
                    f"{prefix(path)}a merge key '<<' takes a mapping or a list of mappings "
                    "(e.g. '<<: *defaults'); it is ignored"
                )
                self._issue(path, key_node, message, leaves_out=False)
                continue
            for source in sources:
                # A mapping that merges itself, or a value it is inside of, never ends.
                if id(source) in self.open_nodes:
                    raise self._endless(source)
                self.open_nodes.add(id(source))
                try:
                    self._merge(source, path, depth + 1)
                finally:
                    self.open_nodes.discard(id(source))
                for pair in source.value:
                    key = _key_text(pair[0])
                    if key is None or key not in keys:
                        keys.add(key)
                        merged.append(pair)
        node.value = own + merged

    def _scalar(self, node: ScalarNode, path: ValuePath) -> Any:
        construct = _SCALARS.get(node.tag)
        if construct is None:
            self._unsupported_tag(path, node)
            return node.value
        try:
            value = construct(node)
        except (ValueError, KeyError, IndexError):  # what the constructors raise on bad text
            self._issue(path, node, f"{node.value!r} is not a valid {_short_tag(node.tag)}")
            return node.value
        if isinstance(value, str) and _SURROGATE.search(value):
            value = _paired(value)
            if _SURROGATE.search(value):
                self._issue(path, node, f"{prefix(path)}{value!r} {_SURROGATE_PROBLEM}")
        return value

    def _unsupported_tag(self, path: ValuePath, node: Node) -> None:
        tag = _short_tag(node.tag)
        message = f"{prefix(path)}unsupported YAML tag {tag!r}; the format takes untagged values"
        self._issue(path, node, message)

    def _issue(self, path: ValuePath, node: Node, message: str, *, leaves_out: bool = True) -> None:
        self.issues.append(Issue(path, _line(node), message, leaves_out=leaves_out))


#: Why text with a lone surrogate is refused, and what to write instead.
_SURROGATE_PROBLEM = (
    "holds half of a surrogate pair (a '\\u' escape from D800 to DFFF without its other "
    "half), which no file or page can hold; write the character itself"
)
