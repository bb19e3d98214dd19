"""Compare the outputs of two builds: the words a reader sees, the files that differ."""

from __future__ import annotations

import filecmp
import html.parser
from pathlib import Path

from benchmarks.projects import Scenario


class _MainText(html.parser.HTMLParser):
    """The words of a furo page's main ``<article>``: what a reader sees of its content."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        # Inside a <template> (a link preview's): not shown until a script uses it.
        self.templates = 0
        self.words: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth or (tag == "article" and ("role", "main") in attrs):
            self.depth += tag not in _VOID
            self.templates += tag == "template"

    def handle_endtag(self, tag: str) -> None:
        if self.depth and tag not in _VOID:
            self.depth -= 1
            self.templates -= tag == "template"

    def handle_data(self, data: str) -> None:
        if self.depth and not self.templates:
            self.words += data.split()


_VOID = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


def visible_text(out: Path, scenario: Scenario) -> list[str]:
    """The words the card pages of ``scenario`` show in the HTML output ``out``."""
    parser = _MainText()
    for page in scenario.card_pages():
        parser.feed((out / f"{page}.html").read_text(encoding="utf-8"))
    return parser.words


def first_difference(words: list[str], reference: list[str]) -> str:
    """Where ``words`` first part from handwritten's ``reference``, a few words of each."""
    at = next(
        (i for i, pair in enumerate(zip(words, reference, strict=False)) if pair[0] != pair[1]),
        min(len(words), len(reference)),
    )
    shown, expected = " ".join(words[at : at + 8]), " ".join(reference[at : at + 8])
    return f"{shown!r} where handwritten has {expected!r}"


def differing_files(left: Path, right: Path) -> list[str]:
    """Files of one output tree missing from the other or with other bytes (doctrees aside)."""

    def files(root: Path) -> set[str]:
        # The doctree pickles are Sphinx's cache, not output.
        return {
            path.relative_to(root).as_posix()
            for path in root.rglob("*")
            if path.is_file() and ".doctrees" not in path.parts
        }

    names = files(left) | files(right)
    return sorted(
        name
        for name in names
        if not (left / name).is_file()
        or not (right / name).is_file()
        or not filecmp.cmp(left / name, right / name, shallow=False)
    )
