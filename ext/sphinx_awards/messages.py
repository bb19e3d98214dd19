"""The extension's warnings: one documented list of subtypes and one way to emit them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from sphinx.util import logging

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from docutils import nodes
    from sphinx.config import Config

    from sphinx_awards.model import Location

    #: Where a warning points: ``"path:line"``, ``(docname, line)`` or a node of the page.
    WarningPlace = str | tuple[str, int | None] | nodes.Node | None

logger = logging.getLogger(__name__)

Subtype = Literal[
    "file", "limit", "data", "config", "reference", "option", "empty", "duplicate", "image"
]

#: Every subtype with what it reports; rendered in the docs so ``suppress_warnings`` is usable.
SUBTYPES: dict[Subtype, str] = {
    "file": (
        "A data file is missing, is a folder or no regular file (a named pipe, a device), "
        "cannot be read, or is not UTF-8 text."
    ),
    "limit": "A data file is over a safety limit (its size, or the values its aliases expand to).",
    "data": (
        "A data file is invalid: YAML syntax, a value the schema refuses, an unknown "
        "kind/theme/track or link kind, a duplicate id, a URL that is not http(s), text no "
        "output can carry, or an award's picture that is not there or not the picture its name "
        "says (an SVG with scripts included). Located at the value, which is left out (with "
        "the award, tile, theme, link, author or image that requires it)."
    ),
    "config": (
        "A directive or role is used but ``awards_data`` names no data file, or an "
        "``awards_*`` configuration value (or a page's ``awards_link_previews``) has a value "
        "it cannot take."
    ),
    "reference": "A directive or role names an award, collection or theme that does not exist.",
    "option": "A directive option has a value it cannot take, or a directive an argument.",
    "empty": (
        "A grid or section shows no award: its filters match none, or its collection has none."
    ),
    "duplicate": "An award is rendered as the role's target twice; give one ``:no-index:``.",
    "image": (
        "An award's picture is of a type the builder cannot include (LaTeX: PNG, JPEG or PDF); "
        "the card is shown without it unless ``sphinx.ext.imgconverter`` converts it."
    ),
}


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong in a data file, located at the offending value."""

    location: Location
    message: str
    subtype: Subtype

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


#: How many valid values a message names before it says how many more there are.
KNOWN_SHOWN = 10


def known(values: Iterable[str]) -> str:
    """The valid values a message suggests: ``llm, rl, theory``, or the first ten and a count."""
    values = list(values)
    if not values:
        return "none"
    listed = ", ".join(values[:KNOWN_SHOWN])
    more = len(values) - KNOWN_SHOWN
    return f"{listed} and {more:,} more" if more > 0 else listed


def shown(value: Any) -> str:
    """A value in a message, short enough for one line."""
    if isinstance(value, str) and len(value) > 60:
        value = value[:57] + "..."
    return repr(value)


def warn(subtype: Subtype, message: str, location: WarningPlace) -> None:
    """Emit a located warning of type ``awards``, silenced by ``awards.<subtype>``."""
    logger.warning(message, type="awards", subtype=subtype, location=location)


def is_count(value: object, minimum: int = 1) -> bool:
    """Whether ``value`` is a whole number of at least ``minimum`` (a bool is not one)."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= minimum


def checked_setting(
    config: Config,
    name: str,
    is_valid: Callable[[object], bool],
    requirement: str,
    default: Any,
    fallback: str,
) -> Any:
    """conf.py's value of ``name``; when it is not valid, ``default`` in its place and a warning.

    The warning says what the value must be and what the build does instead: ``awards_x must
    be <requirement>, not <value>; <fallback>``.
    """
    value = getattr(config, name)
    if is_valid(value):
        return value
    warn("config", f"{name} must be {requirement}, not {value!r}; {fallback}", None)
    setattr(config, name, default)
    return default
