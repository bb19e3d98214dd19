"""The ``live-example`` directive: a snippet file's source, shown with its rendering.

The guide writes each example once, as a file under ``guide/snippets/``; the page shows
that file verbatim and renders that same file, so the source a reader copies is the one
that produced the result next to it. The tests build the same files.
"""

from __future__ import annotations

from pathlib import Path

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective
from sphinx.util.typing import ExtensionMetadata


class LiveExample(SphinxDirective):
    """Show a snippet file (path relative to the page) as source, then rendered."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        """A container with the literal source, then the parsed result."""
        relative, path = self.env.relfn2path(self.arguments[0], self.env.docname)
        self.env.note_dependency(relative)
        text = Path(path).read_text(encoding="utf-8")

        source = nodes.literal_block(text, text, language="markdown", classes=["example-source"])
        self.set_source_info(source)
        result = nodes.container(classes=["example-result"])
        lines = StringList(text.splitlines(), source=path)
        self.state.nested_parse(lines, 0, result)
        return [nodes.container("", source, result, classes=["live-example"])]


def add_stylesheet(app: Sphinx) -> None:
    """Frame each example with its source in HTML; other formats show them one after the other."""
    if app.builder.format == "html":
        app.add_css_file("live-example.css")


def setup(app: Sphinx) -> ExtensionMetadata:
    """Register ``live-example``."""
    app.add_directive("live-example", LiveExample)
    app.connect("builder-inited", add_stylesheet)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
