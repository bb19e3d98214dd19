"""What every award directive shares: its collection, its dependency, its located warnings."""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import TYPE_CHECKING, ClassVar

from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective

from sphinx_awards.domain import awards_domain
from sphinx_awards.messages import Subtype, warn
from sphinx_awards.missing import not_found
from sphinx_awards.sitedata import site_data

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

    from sphinx_awards.domain import AwardsDomain
    from sphinx_awards.model import Catalog, Collection, Location
    from sphinx_awards.sitedata import SiteData

#: Option values list ids separated by spaces, commas or both.
ID_SEPARATOR = re.compile(r"[\s,]+")


def id_list(value: str) -> list[str]:
    """The ids of an option value such as ``llm, rl`` or ``llm rl``."""
    return [item for item in ID_SEPARATOR.split(value) if item]


class AwardsDirective(SphinxDirective):
    """A directive that renders something from the awards data."""

    # Values are checked in run(), so a bad one is a located ``awards`` warning rather
    # than a docutils error that drops the directive.
    option_spec: ClassVar[dict[str, Callable[[str], object]]] = {
        "collection": directives.unchanged_required,
    }
    #: Whether an option named an id that is not there: what the directive shows is then
    #: explained already.
    chose_a_missing_id = False

    @property
    def domain(self) -> AwardsDomain:
        """The awards domain of this build."""
        return awards_domain(self.env)

    @property
    def data(self) -> SiteData:
        """The award data of this build."""
        return site_data(self.env)

    def warn(self, subtype: Subtype, message: str) -> None:
        """Warn about this directive, at its line."""
        warn(subtype, f"{self.name}: {message}", self.get_location())

    def catalog(self) -> Catalog | None:
        """The catalog, or None (with a warning) when ``awards_data`` names no file."""
        return self.data.usable_catalog(self.name, self.get_location())

    def collection(self) -> Collection | None:
        """The collection of ``:collection:`` (default: the first data file's), a dependency."""
        return self.data.collection_named(
            self.env, self.options.get("collection"), self.name, self.get_location()
        )

    def choose(
        self,
        option: str,
        noun: str,
        valid: Iterable[str],
        lost: Mapping[str, Location] = MappingProxyType({}),
    ) -> list[str] | None:
        """The valid ids an option lists, in its order (warning about the others).

        ``lost`` maps ids an error left out of the data to where that error is. None when the
        option is absent; an option that lists no valid id selects nothing.
        """
        if option not in self.options:
            return None
        valid = list(valid)
        chosen = []
        for item in id_list(self.options[option]):
            if item in valid:
                chosen.append(item)
            else:
                self.chose_a_missing_id = True
                self.warn("reference", not_found(noun, item, valid, lost, f" in :{option}:"))
        return chosen
