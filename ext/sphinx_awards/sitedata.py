"""The award data of a build: the files ``awards_data`` names and the catalog loaded from them.

The catalog is loaded once per build, in the main process before pages are read (parallel
readers inherit it), and again in a later build of the same application, so edits are seen.
A build that reads no page (a rebuild with nothing changed) does not load it at all. It is
never pickled: :func:`site_data` keeps it beside the environment (:mod:`sphinx_awards.perbuild`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sphinx_awards.addresses import address_key, awards_by_address
from sphinx_awards.config import awards_config, data_files
from sphinx_awards.limits import DEFAULT_LIMITS, Limits
from sphinx_awards.messages import warn
from sphinx_awards.missing import why_no_collection
from sphinx_awards.perbuild import keep, kept

if TYPE_CHECKING:
    from collections.abc import Iterable

    from docutils import nodes
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

    from sphinx_awards.messages import Problem, WarningPlace
    from sphinx_awards.model import Award, Catalog, Collection

#: Why a site cannot show an award of its own.
NO_DATA = "awards_data names no data file"


def report(problem: Problem) -> None:
    """Emit a data problem as a warning located ``path:line``."""
    if problem.location.line is None:
        # Sphinx would read a location without a line as a page name: name the file in the text.
        warn(problem.subtype, f"{problem.location.path}: {problem.message}", None)
    else:
        warn(problem.subtype, problem.message, str(problem.location))


@dataclass
class SiteData:
    """The data files of a build, within their limits, and the catalog loaded from them."""

    #: The data files, resolved against the folder of ``conf.py``.
    files: list[str] = field(default_factory=list)
    limits: Limits = DEFAULT_LIMITS
    _catalog: Catalog | None = None
    _awards_by_address: dict[str, Award] | None = None

    @property
    def catalog(self) -> Catalog:
        """The catalog of this build, loaded from the data files on first use."""
        if self._catalog is None:
            # Imported here: a build that loads no data (a rebuild with nothing changed) does
            # not pay for importing the YAML parser and the validator.
            from sphinx_awards.loader import load_catalog

            catalog, problems = load_catalog(self.files, limits=self.limits)
            for problem in problems:
                report(problem)
            self._catalog = catalog
        return self._catalog

    @property
    def loaded(self) -> bool:
        """Whether this build has loaded the data files (only a page that shows data does)."""
        return self._catalog is not None

    def reload(self) -> None:
        """Load the data files again (an application that builds twice sees edits)."""
        self._catalog = None
        self._awards_by_address = None
        self.catalog  # noqa: B018 -- loading is the point

    @property
    def awards_by_address(self) -> dict[str, Award]:
        """The awards by the normalised addresses of their papers, worked out once per build."""
        if self._awards_by_address is None:
            self._awards_by_address = awards_by_address(self.catalog)
        return self._awards_by_address

    def award_linked(self, reference: nodes.reference) -> Award | None:
        """The award a link is to: the role's, or the one whose paper the address is."""
        if "award" in reference:
            return self.catalog.award(reference["award"])
        uri = reference.get("refuri", "")
        if reference.get("internal") or "://" not in uri:
            return None
        key = address_key(uri)
        return self.awards_by_address.get(key) if key else None

    def usable_catalog(self, what: str, place: WarningPlace) -> Catalog | None:
        """The catalog, or None (with a ``config`` warning at ``place``) when there is no data."""
        if not self.files:
            warn("config", f"{what}: {NO_DATA}; set it in conf.py", place)
            return None
        return self.catalog

    def depend_on_all_data(self, env: BuildEnvironment) -> None:
        """Re-read the page being read when any data file changes (it may add what it names)."""
        for path in self.files:
            env.note_dependency(path)

    def depend_on_award(self, env: BuildEnvironment, award: Award) -> None:
        """Re-read the page being read when the data file of ``award`` changes."""
        env.note_dependency(self.catalog.collection_of(award).location.path)

    def collection_named(
        self, env: BuildEnvironment, name: str | None, what: str, place: WarningPlace
    ) -> Collection | None:
        """The collection ``name`` (the first data file's when None), a dependency of the page.

        None, with a warning at ``place``, when there is no data or no such collection.
        """
        catalog = self.usable_catalog(what, place)
        if catalog is None:
            return None
        collection = catalog.default if name is None else catalog.collection(name)
        if collection is None:
            self.depend_on_all_data(env)
            warn("reference", f"{what}: {why_no_collection(catalog, name)}", place)
            return None
        env.note_dependency(collection.location.path)
        return collection


def site_data(env: BuildEnvironment) -> SiteData:
    """The award data of the build of ``env``."""
    return kept(env, SiteData)


def set_data_files(app: Sphinx) -> None:
    """Name the data files of this build and their limits, from the configuration."""
    keep(app.env, SiteData(data_files(app), awards_config(app.config).limits))


def load_data(app: Sphinx, env: BuildEnvironment, docnames: Iterable[str]) -> None:
    """Load the data once, in the main process, before pages are read (not when none is)."""
    data = site_data(env)
    if docnames and data.files:
        data.reload()


def setup_site_data(app: Sphinx) -> None:
    """Name the data files when the builder starts; load them before pages are read."""
    app.connect("builder-inited", set_data_files)
    app.connect("env-before-read-docs", load_data)
