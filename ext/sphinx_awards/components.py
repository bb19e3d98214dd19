"""The generic docutils nodes the directives are built from, classed like sphinx-design's."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from docutils import nodes

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sphinx.builders import Builder


#: Data is text, shown as written: Sphinx's smart quotes would curl its quotes (a title's
#: '"' would become '”'), so every node the data is put in opts out, with all it contains.
VERBATIM: dict[str, Any] = {"support_smartquotes": False}


def container(
    *classes: str, children: Sequence[nodes.Node] = (), **attributes: Any
) -> nodes.container:
    """A ``<div>`` with these classes (sphinx-design renders ``is_div`` containers bare)."""
    return nodes.container(
        "", *children, is_div=True, classes=list(classes), **VERBATIM, **attributes
    )


def paragraph(text: str, *classes: str) -> nodes.paragraph:
    """A paragraph of plain text with these classes."""
    return nodes.paragraph(text, text, classes=list(classes), **VERBATIM)


#: A word with a hyphen in it ("Runner-up"): browsers may break a line after its hyphen.
HYPHENATED = re.compile(r"\S*\w-\w\S*")


def unbroken(text: str, *classes: str) -> nodes.paragraph:
    """A paragraph of ``text`` whose hyphenated words are never broken across lines."""
    line = nodes.paragraph(classes=list(classes), **VERBATIM)
    start = 0
    for word in HYPHENATED.finditer(text):
        if word.start() > start:
            line += nodes.Text(text[start : word.start()])
        line += nodes.inline(word[0], word[0], classes=["awards-nowrap"])
        start = word.end()
    if start < len(text):
        line += nodes.Text(text[start:])
    return line


def texts(*values: str | None, classes: Sequence[str]) -> list[nodes.paragraph]:
    """A paragraph with these classes for each value the data gives."""
    return [paragraph(value, *classes) for value in values if value is not None]


def script_json(value: Any) -> str:
    """``value`` as JSON that is safe inside an HTML ``<script>`` element.

    ``<``, ``>`` and ``&`` are written as escapes JSON reads back as they were, so no text of
    the data can end the element (``</script>``) or open a comment (``<!--``) in it.
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


#: The screen sizes of sphinx-design's responsive classes, from extra small to large.
SCREEN_SIZES = ("xs", "sm", "md", "lg")


def row_columns(value: str) -> list[str]:
    """sphinx-design's classes for a grid row of ``value`` columns: one count from 1 to 12, or
    ``auto``, for every screen, or four of them (xs sm md lg), as its ``grid`` directive takes.

    Raises :exc:`ValueError` for anything else.
    """
    counts = [column_count(word) for word in value.split()]
    if len(counts) == 1:
        counts *= len(SCREEN_SIZES)
    if len(counts) != len(SCREEN_SIZES):
        raise ValueError(f"one or {len(SCREEN_SIZES)} column counts, not {len(counts)}")
    return [
        f"sd-row-cols-{counts[0]}",
        *(f"sd-row-cols-{size}-{count}" for size, count in zip(SCREEN_SIZES, counts, strict=True)),
    ]


def column_count(word: str) -> str:
    """A column count as its class writes it: ``auto``, or a whole number from 1 to 12."""
    if word == "auto":
        return word
    try:
        count = int(word)
    except ValueError:
        count = 0
    if not 1 <= count <= 12:
        raise ValueError(f"not a column count from 1 to 12: {word!r}")
    # The number, not the text: "02" names the class sphinx-design styles, sd-row-cols-2.
    return str(count)


def theme_classes(collection_id: str, theme_id: str | None) -> list[str]:
    """The classes the generated stylesheet colours by theme (none but the collection's without)."""
    if theme_id is None:
        return [f"awards-collection-{collection_id}"]
    return [f"awards-collection-{collection_id}", f"awards-theme-{theme_id}"]


def writes_web_pages(builder: Builder) -> bool:
    """Whether ``builder`` writes pages people open in a browser (HTML, not e-books)."""
    return builder.format == "html" and not getattr(builder, "embedded", False)
