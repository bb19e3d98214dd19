"""BibTeX entries of awards, made from their records alone (no field is guessed)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sphinx_awards.authors import NAME_SEPARATOR, author_list

if TYPE_CHECKING:
    from collections.abc import Iterable

    from sphinx_awards.model import Author, Award

#: What BibTeX reads as markup in a title or a name, and how to write it as text.
_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "%": r"\%",
    "&": r"\&",
    "#": r"\#",
    "_": r"\_",
    "$": r"\$",
}
_SPECIAL_CHARACTER = re.compile("|".join(re.escape(character) for character in _SPECIAL))
#: Braces would end a field early and a backslash starts a command, even in a URL or a DOI,
#: which BibTeX styles print verbatim: they are written as a URL writes them.
_ADDRESS_SPECIAL = {"{": "%7B", "}": "%7D", "\\": "%5C"}


def escape(text: str) -> str:
    """``text`` as BibTeX text: its special characters escaped, Unicode kept as it is."""
    return _SPECIAL_CHARACTER.sub(lambda match: _SPECIAL[match.group()], text)


def _address(text: str) -> str:
    return "".join(_ADDRESS_SPECIAL.get(character, character) for character in text)


def author_field(authors: str | tuple[Author, ...] | None) -> str | None:
    """The ``author`` field: names joined by " and ", "et al." written "and others"."""
    if authors is None:
        return None
    names, more = author_list(authors)
    if not isinstance(authors, str):
        return " and ".join(_listed_name(name) for name in names)
    return " and ".join([*map(escape, names), *(["others"] if more else [])])


def _listed_name(name: str) -> str:
    """An author of a list: braced when the name holds " and " or a comma (a team, a
    company), which BibTeX would otherwise read as two authors or as "Last, First"."""
    text = escape(name)
    return f"{{{text}}}" if NAME_SEPARATOR.search(name) else text


def entry(award: Award) -> str:
    """The BibTeX entry of ``award``: ``@inproceedings`` when it has a venue, else ``@misc``."""
    fields = [
        # Double braces keep the title's capitals as written.
        ("title", "{" + escape(award.title) + "}"),
        ("author", author_field(award.authors)),
        ("booktitle", escape(award.venue) if award.venue else None),
        ("year", str(award.year) if award.year else None),
        ("doi", _address(award.doi) if award.doi else None),
        ("eprint", award.arxiv),
        ("archivePrefix", "arXiv" if award.arxiv else None),
        ("url", _address(award.url) if award.url else None),
    ]
    kind = "inproceedings" if award.venue else "misc"
    lines = [f"  {name} = {{{value}}}," for name, value in fields if value is not None]
    return "\n".join([f"@{kind}{{{award.id},", *lines, "}"]) + "\n"


def bibliography(awards: Iterable[Award]) -> str:
    """The entries of ``awards``, one blank line apart."""
    return "\n".join(entry(award) for award in awards)
