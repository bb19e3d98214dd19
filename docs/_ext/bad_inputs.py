"""The ``bad-inputs`` directive: the troubleshooting table, rendered from the file the tests use.

``guide/bad-inputs.yaml`` lists every mistake the test suite makes on purpose, with the exact
warnings Sphinx gives for it; ``tests/test_bad_inputs.py`` builds each case and checks them.
Rendering that same file here keeps the guide's messages true. Fixes are written with
backquoted code, as the generated reference's descriptions are, and rendered the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

import yaml
from docutils import nodes
from docutils.parsers.rst import directives
from generated_reference import inline_text
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective
from sphinx.util.typing import ExtensionMetadata

_LANGUAGES = {".yaml": "yaml", ".md": "markdown"}


def shown_change(change: dict[str, Any]) -> list[nodes.Node]:
    """What the author wrote: where, then the text, with how it differs from what is shown."""
    if change.get("fifo"):
        made = nodes.literal(change["file"], change["file"])
        command = f"mkfifo {change['file']}"
        return [
            nodes.paragraph("", "", made, nodes.Text(" is a named pipe:")),
            nodes.literal_block(command, command, language="console"),
        ]
    text = change.get("text", change.get("new", ""))
    notes = []
    if "filler" in change:
        notes.append(f"… stands for {change['filler']:,} characters")
    if "encoding" in change:
        notes.append(f"saved as {change['encoding']}, not UTF-8")
    language = _LANGUAGES.get(Path(change["file"]).suffix, "none")
    if "\t" in text:
        # A tab is invisible, and no highlighter lexes YAML indented with one.
        text, language = text.replace("\t", "→   "), "none"
        notes.append("→ marks the tab")
    where = "A new file" if "text" in change else "In"
    intro = [nodes.Text(f"{where} "), nodes.literal(change["file"], change["file"])]
    if notes:
        intro.append(nodes.Text(f" ({'; '.join(notes)})"))
    block = nodes.literal_block(text, text or "\n", language=language)
    return [nodes.paragraph("", "", *intro, nodes.Text(":")), block]


def shown_config(config: dict[str, Any]) -> list[nodes.Node]:
    """The conf.py lines of a case."""
    text = "\n".join(f"{name} = {value!r}" for name, value in config.items())
    intro = nodes.paragraph("", "", nodes.Text("In "), nodes.literal("conf.py", "conf.py"))
    intro += nodes.Text(":")
    return [intro, nodes.literal_block(text, text, language="python")]


def case_nodes(case: dict[str, Any]) -> list[nodes.Node]:
    """One case: its title, what was written, what Sphinx says, how to fix it."""
    title = nodes.rubric(case["title"], case["title"], ids=[f"bad-input-{case['id']}"])
    result: list[nodes.Node] = [title]
    for change in case.get("changes", ()):
        result += shown_change(change)
    if "config" in case:
        result += shown_config(case["config"])
    result.append(nodes.paragraph("", "Sphinx says:"))
    warnings = case["warnings"].rstrip("\n")
    result.append(nodes.literal_block(warnings, warnings, language="none"))
    result.append(nodes.paragraph("", "", *inline_text(case["fix"])))
    return result


class BadInputs(SphinxDirective):
    """List the cases of a bad-input table (path relative to the page) for one ``:where:``."""

    required_arguments = 1
    option_spec: ClassVar[dict[str, Callable[[str], str]]] = {
        "where": lambda value: directives.choice(value, ("data", "config", "page"))
    }

    def run(self) -> list[nodes.Node]:
        """Every case of the table with this ``:where:``, in the table's order."""
        relative, path = self.env.relfn2path(self.arguments[0], self.env.docname)
        self.env.note_dependency(relative)
        cases = yaml.safe_load(Path(path).read_text(encoding="utf-8"))["cases"]
        where = self.options.get("where")
        result: list[nodes.Node] = []
        for case in cases:
            if where in (None, case["where"]):
                result += case_nodes(case)
        return result


def setup(app: Sphinx) -> ExtensionMetadata:
    """Register ``bad-inputs``."""
    app.add_directive("bad-inputs", BadInputs)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
