"""An award's picture: taken for what its content is, never for its name alone.

Sphinx publishes a card's picture as it is, in the site's own origin, and hands it to LaTeX
and e-book readers. A file is a card's picture only when its bytes are of the type its name
says (puremagic reads the type from them): a ``.png`` that is text breaks the PDF and the
e-book. An SVG is XML that a browser runs when it is opened: it is read with defusedxml (no
entity can expand or reach out) and refused when it holds a script, an event attribute,
foreign content or a reference to anything outside itself.

"""

from __future__ import annotations

import functools
import os
import re
from xml.etree.ElementTree import Element, TreeBuilder

#: The types a card's picture can be, by how its name ends, with their names.
TYPES = {
    ".png": ("image/png", "PNG"),
    ".jpg": ("image/jpeg", "JPEG"),
    ".jpeg": ("image/jpeg", "JPEG"),
    ".gif": ("image/gif", "GIF"),
    ".webp": ("image/webp", "WebP"),
    ".svg": ("image/svg+xml", "SVG"),
}
_SVG = "{http://www.w3.org/2000/svg}"
#: Elements that run code or bring in other documents.
_ACTIVE_ELEMENTS = {"script", "foreignobject", "iframe", "embed", "object", "handler"}
#: Attributes that name another resource.
_REFERENCES = {"href", "src"}
#: What a reference may be: a fragment of the picture itself, or a raster picture inside it.
_INSIDE = re.compile(r"#|data:image/(?:png|jpeg|gif|webp)[;,]", re.IGNORECASE)
#: What a picture that reaches out would do.
_REFUSED = "which would run or load in the site's pages"
#: What in CSS reaches outside: url() of anything but a fragment, and @import.
_CSS_OUTSIDE = re.compile(r"url\(\s*['\"]?(?!#)|@import", re.IGNORECASE)


def picture_problem(file: str) -> str | None:
    """Why ``file`` cannot be a card's picture, its name's type and content read; or None."""
    status = os.stat(file)
    return _content_problem(file, status.st_size, status.st_mtime_ns)


@functools.lru_cache(maxsize=256)
def _content_problem(file: str, size: int, modified: int) -> str | None:
    # Awards often share a picture: each version of a file is read once.
    mimetype, name = TYPES[os.path.splitext(file)[1].lower()]
    if size == 0:
        return "is empty, not a picture"
    if mimetype == "image/svg+xml":
        return _svg_problem(file)
    found = _content_type(file)
    if found != mimetype:
        return f"is not a {name} image: its content is {found or 'of no known type'}"
    return None


def _content_type(file: str) -> str | None:
    """The MIME type of a file's content, read from its bytes (None when none is known)."""
    # Imported here: only data with pictures needs it, and it loads a table of signatures.
    import puremagic

    try:
        return puremagic.from_file(file, mime=True) or None
    except (puremagic.PureError, ValueError):
        return None


def _svg_problem(file: str) -> str | None:
    """Why an SVG file cannot be shown in the site's pages, or None."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import DefusedXMLParser, ParseError

    tree = _Tree()
    parser = DefusedXMLParser(target=tree)
    try:
        with open(file, "rb") as stream:
            for block in iter(lambda: stream.read(1 << 16), b""):
                parser.feed(block)
        root = parser.close()
    except ParseError as exc:
        return f"is not an SVG image: not well-formed XML ({exc})"
    except DefusedXmlException:
        return "is refused: its XML declares entities, which could expand without end"
    if root.tag != f"{_SVG}svg":
        return f"is not an SVG image: its root element is <{_local(root.tag)}>"
    if "xml-stylesheet" in tree.instructions:
        return f"is refused: it loads a stylesheet (<?xml-stylesheet?>), {_REFUSED}"
    for element in root.iter():
        problem = _svg_element_problem(element)
        if problem:
            return f"is refused: it {problem}, {_REFUSED}"
    return None


def _svg_element_problem(element: Element) -> str | None:
    """What in one element of an SVG runs code or reaches outside the picture, if anything."""
    if not isinstance(element.tag, str):  # a comment
        return None
    tag = _local(element.tag)
    if tag.lower() in _ACTIVE_ELEMENTS:
        return f"holds a <{tag}> element"
    for name, value in element.attrib.items():
        attribute = _local(name).lower()
        if attribute.startswith("on"):
            return f"has an event attribute ({_local(name)})"
        if attribute in _REFERENCES and not _INSIDE.match(value.strip()):
            return f"refers to {value!r}, outside the picture"
        if attribute == "style" and _CSS_OUTSIDE.search(value):
            return "has a style that loads from outside the picture"
        if attribute == "attributename" and value.lower().endswith("href"):
            return f"animates a link (<{tag} attributeName={value!r}>)"
    if tag == "style" and _CSS_OUTSIDE.search(element.text or ""):
        return "has a stylesheet that loads from outside the picture"
    return None


def _local(name: str) -> str:
    """A tag or attribute name without its namespace."""
    return name.rpartition("}")[2]


class _Tree(TreeBuilder):
    """The element tree, and the targets of the processing instructions of the whole file."""

    def __init__(self) -> None:
        super().__init__()
        self.instructions: list[str] = []

    def pi(self, target: str, text: str | None = None) -> Element:
        # Those before the root element too, which the tree itself does not keep.
        self.instructions.append(target)
        return super().pi(target, text)
