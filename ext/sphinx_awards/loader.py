"""Load the YAML data files into a :class:`~sphinx_awards.model.Catalog`, locating every problem.

Each file is read into plain values (:mod:`sphinx_awards.yamlnodes`), validated against
``awards.schema.json`` (:mod:`sphinx_awards.dataschema`; :mod:`sphinx_awards.schemaerrors` says
what it refuses), checked for what a schema cannot say (:mod:`sphinx_awards.datachecks`: ids
unique, kinds, themes and tracks declared), and only then turned into model objects
(:mod:`sphinx_awards.records`). A problem costs only the value it is in
(:mod:`sphinx_awards.leftout`): a value the format does not require is left out alone; one it
requires takes the mapping that requires it (a list entry, an award) with it. Only a collection
without a usable ``id`` and ``title``, or a file that cannot be read, is lost as a whole.
:func:`load_catalog` loads each file with the garbage collector paused and copies what it gives
into memory of its own (:mod:`sphinx_awards.memory`).
"""

from __future__ import annotations

import dataclasses
import functools
import os
import re
from collections.abc import Sequence

from sphinx_awards.datachecks import (
    VOCABULARIES,
    image_issues,
    reference_issues,
    vocabulary_issues,
    without_duplicate_awards,
)
from sphinx_awards.dataschema import schema
from sphinx_awards.leftout import leave_out
from sphinx_awards.limits import DEFAULT_LIMITS, Limits
from sphinx_awards.memory import collector_paused, compacted
from sphinx_awards.messages import Problem
from sphinx_awards.model import Award, Catalog, Collection, Location
from sphinx_awards.records import build_collection
from sphinx_awards.schemaerrors import schema_issues
from sphinx_awards.yamlnodes import Issue, read_document

__all__ = ["DEFAULT_LIMITS", "Limits", "Problem", "load_catalog", "load_collection", "schema"]


def load_catalog(
    paths: Sequence[str | os.PathLike[str]], *, limits: Limits = DEFAULT_LIMITS
) -> tuple[Catalog, list[Problem]]:
    """Load every data file; what is valid loads whatever the other files hold."""
    collections: list[Collection] = []
    problems: list[Problem] = []
    first_collections: dict[str, Collection] = {}
    first_awards: dict[str, Award] = {}
    lost_collections: dict[str, Location] = {}
    lost_awards: dict[str, Location] = {}
    award_errors: dict[str, Location] = {}
    lost_default: Location | None = None
    lost_files: list[Location] = []
    for index, path in enumerate(paths):
        with collector_paused():
            loaded = compacted(functools.partial(_load_file, os.fspath(path), limits))
        problems.extend(loaded.problems)
        for award_id, error in loaded.lost_awards.items():
            lost_awards.setdefault(award_id, error)
        collection = loaded.collection
        if collection is None:
            # A file that gives no collection says where its error is; the whole file else.
            error = loaded.error or Location(os.fspath(path), None)
            if index == 0:
                lost_default = error
            if loaded.collection_id is not None:
                lost_collections.setdefault(loaded.collection_id, error)
            else:
                lost_files.append(error)
            continue
        first = first_collections.setdefault(collection.id, collection)
        if first is not collection:
            message = f"duplicate collection id {collection.id!r} (first at {first.location})"
            problems.append(Problem(collection.location, message, "data"))
            for award in collection.awards:
                lost_awards.setdefault(award.id, collection.location)
            continue
        collection, duplicates = without_duplicate_awards(collection, first_awards)
        collections.append(collection)
        problems.extend(duplicates)
        errors = [*loaded.award_errors, *(duplicate.location for duplicate in duplicates)]
        if errors:
            award_errors[collection.id] = min(errors, key=lambda error: error.line or 0)
    order = {os.fspath(path): index for index, path in reversed(list(enumerate(paths)))}
    problems.sort(key=lambda p: (order[p.location.path], p.location.line or 0))
    catalog = Catalog(
        tuple(collections),
        lost_collections=lost_collections,
        lost_awards=lost_awards,
        lost_default=lost_default,
        lost_files=tuple(lost_files),
        award_errors=award_errors,
    )
    return catalog, problems


def load_collection(
    path: str | os.PathLike[str], *, limits: Limits = DEFAULT_LIMITS
) -> tuple[Collection | None, list[Problem]]:
    """Load one data file into a collection (None if it cannot be) and the problems found."""
    loaded = _load_file(os.fspath(path), limits)
    return loaded.collection, loaded.problems


@dataclasses.dataclass(frozen=True, slots=True)
class _LoadedFile:
    """What one data file gives, and what its errors left out of it."""

    collection: Collection | None
    problems: list[Problem]
    #: The id of each award an error left out, with where that error is.
    lost_awards: dict[str, Location]
    #: Where each error is that left out an award of the collection (a duplicate id included).
    award_errors: tuple[Location, ...] = ()
    #: The error that left out the whole collection (None when it loaded).
    error: Location | None = None
    #: The id of the collection left out, when the file says it.
    collection_id: str | None = None


def _load_file(path: str, limits: Limits) -> _LoadedFile:
    document, problems, text = read_document(path, limits)
    if document is None:
        return _lost_file(problems, problems[0].location, text)
    issues: list[Issue] = []
    left_out: dict[tuple[str, str], int] = {}
    checks = (
        lambda: document.issues,
        lambda: schema_issues(document),
        lambda: vocabulary_issues(document),
        lambda: reference_issues(document, left_out),
        lambda: image_issues(path, document),
    )
    for check in checks:
        found = list(check())
        issues.extend(found)
        refused = [issue for issue in found if issue.leaves_out]
        fatal = leave_out(document.value, refused, left_out)
        if fatal is not None:
            problems = _problems(path, issues)
            return _lost_file(problems, Location(path, fatal.line), text)
    lost_awards = {
        award_id: Location(path, line)
        for (section, award_id), line in left_out.items()
        if section == "awards"
    }
    lost_declarations = {
        (section, entry_id): Location(path, line)
        for (section, entry_id), line in left_out.items()
        if section in VOCABULARIES
    }
    collection = build_collection(path, document, lost_declarations)
    collection, duplicates = without_duplicate_awards(collection, {})
    problems = sorted([*_problems(path, issues), *duplicates], key=_line_of)
    award_errors = (*lost_awards.values(), *(duplicate.location for duplicate in duplicates))
    return _LoadedFile(collection, problems, lost_awards, award_errors)


def _lost_file(problems: list[Problem], error: Location, text: str | None) -> _LoadedFile:
    """A file whose collection is left out: the ids it would define, found in its text."""
    if text is None:
        return _LoadedFile(None, problems, {}, error=error)
    collection_id = _COLLECTION_ID.search(text)
    block = _AWARDS_BLOCK.search(text)
    award_ids = _ENTRY_ID.findall(block.group(1)) if block else []
    return _LoadedFile(
        None,
        problems,
        dict.fromkeys(award_ids, error),
        error=error,
        collection_id=collection_id.group(1) if collection_id else None,
    )


#: What a file that cannot be loaded says it defines, read from its text as an author writes
#: it: ``id:`` at the top, then each ``id:`` in the ``awards:`` block. Only used to say why a
#: page cannot show something, so a file written in another YAML style merely loses that.
_COLLECTION_ID = re.compile(r"^id:[ \t]*['\"]?([^'\"\s#]+)", re.MULTILINE)
_AWARDS_BLOCK = re.compile(r"^awards:[ \t]*(?:#.*)?$(.*?)(?=^[^\s#-]|\Z)", re.MULTILINE | re.DOTALL)
_ENTRY_ID = re.compile(r"^[ \t-]+id:[ \t]*['\"]?([^'\"\s#]+)", re.MULTILINE)


def _problems(path: str, issues: list[Issue]) -> list[Problem]:
    problems = (
        Problem(Location(path, issue.line), issue.message, "data")
        for issue in issues
        if issue.reported
    )
    return sorted(problems, key=_line_of)


def _line_of(problem: Problem) -> int:
    return problem.location.line or 0
