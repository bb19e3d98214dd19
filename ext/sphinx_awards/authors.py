"""An award's authors as citations list them: each name, and whether the list goes on."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from sphinx_awards.model import Author

#: "et al." at the end of an author text, in any spacing (the data uses no-break spaces).
ET_AL = re.compile(r"[\s,]*\bet\s+al\.?\s*$")
#: What separates names in an author text: commas, "and", "&".
NAME_SEPARATOR = re.compile(r"\s*,\s*|\s+and\s+|\s*&\s*")


class AuthorList(NamedTuple):
    """The names of an award's authors, and whether its text ends "et al." (more unnamed)."""

    names: tuple[str, ...]
    more: bool


def author_list(authors: str | tuple[Author, ...] | None) -> AuthorList:
    """The names a record gives: each of a list, or those an author text spells out."""
    if authors is None:
        return AuthorList((), more=False)
    if isinstance(authors, str):
        text = ET_AL.sub("", authors)
        names = tuple(name for name in NAME_SEPARATOR.split(text) if name)
        return AuthorList(names, more=text != authors)
    return AuthorList(tuple(author.name for author in authors), more=False)
