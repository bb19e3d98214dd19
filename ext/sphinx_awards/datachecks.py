"""The checks of a data file that its schema cannot make.

Ids declared once, awards naming only declared kinds, themes and tracks, pictures that are in
the data file's folder and are the pictures they say, and award ids unique across every file.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator

from sphinx_awards.leftout import entries
from sphinx_awards.messages import Problem, known, shown
from sphinx_awards.model import Award, Collection
from sphinx_awards.pictures import TYPES as PICTURE_TYPES
from sphinx_awards.pictures import picture_problem
from sphinx_awards.yamlnodes import Document, Issue, dotted

#: The collection's sections of declared ids, with the noun a message uses for one of them.
VOCABULARIES = {"kinds": "kind", "themes": "theme", "tracks": "track"}


def vocabulary_issues(document: Document) -> Iterator[Issue]:
    """Ids declared twice in one collection, and a main track that is not declared."""
    data = document.value
    for section, noun in VOCABULARIES.items():
        first_lines: dict[str, int] = {}
        for index, entry in entries(data, section):
            path = (section, index, "id")
            line = document.line(path)
            first = first_lines.setdefault(entry["id"], line)
            if first != line:
                message = f"duplicate {noun} id {entry['id']!r} (first at line {first})"
                yield Issue(path, line, f"{dotted(path)}: {message}")
    tracks = [track["id"] for _, track in entries(data, "tracks")]
    if "main_track" in data and data["main_track"] not in tracks:
        message = f"main_track: unknown track {data['main_track']!r} (known: {known(tracks)})"
        yield Issue(("main_track",), document.line(("main_track",)), message)


def reference_issues(document: Document, left_out: dict[tuple[str, str], int]) -> Iterator[Issue]:
    """Awards naming a kind, theme or track their collection does not declare.

    One whose declaration was left out for an error is left out too, not reported again.
    """
    data = document.value
    for section, noun in VOCABULARIES.items():
        ids = [entry["id"] for _, entry in entries(data, section)]
        for index, award in entries(data, "awards"):
            if noun not in award or award[noun] in ids:
                continue
            path = ("awards", index, noun)
            declaration_error = left_out.get((section, award[noun]))
            if declaration_error is not None:
                yield Issue(path, declaration_error, "", reported=False)
            else:
                message = f"{dotted(path)}: unknown {noun} {award[noun]!r} (known: {known(ids)})"
                yield Issue(path, document.line(path), message)


#: The files a card can show as its picture, by extension.
_IMAGE_TYPES = tuple(PICTURE_TYPES)


def image_issues(path: str, document: Document) -> Iterator[Issue]:
    """Award images outside the data file's folder, not there, or not the picture they say."""
    folder = os.path.dirname(path)
    # Where the folder really is, links followed: a picture must really be in it too.
    real_folder = os.path.realpath(folder or os.curdir)
    for index, award in entries(document.value, "awards"):
        image = award.get("image")
        if image is None:
            continue
        where = ("awards", index, "image", "path")
        problem = _image_problem(folder, real_folder, image["path"])
        if problem is not None:
            message = f"{dotted(where)}: {shown(image['path'])} {problem}"
            yield Issue(where, document.line(where), message)


def _image_problem(folder: str, real_folder: str, image: str) -> str | None:
    """Why ``image`` cannot be a card's picture, or None when it can."""
    # Sphinx publishes every image it is given: a path out of the data's folder would let a
    # data file publish any file the build can read.
    parts = image.replace("\\", "/").split("/")
    if os.path.isabs(image) or image.startswith(("/", "\\")) or ".." in parts:
        return "is outside the data file's folder; give a path within it, without '..'"
    if not image.lower().endswith(_IMAGE_TYPES):
        return f"is not an image file (known types: {', '.join(_IMAGE_TYPES)})"
    file = os.path.join(folder, image)
    if not os.path.isfile(file):
        return "is not a file (a path is relative to the data file's folder)"
    if os.path.commonpath([real_folder, os.path.realpath(file)]) != real_folder:
        return "is a link to a file outside the data file's folder; copy the picture into it"
    return picture_problem(file)


def without_duplicate_awards(
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
