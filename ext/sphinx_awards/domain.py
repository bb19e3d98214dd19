"""The ``awards`` domain: the loaded catalog, the cards that are targets, the ``award`` role."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple, cast

from docutils import nodes
from sphinx.domains import Domain, ObjType
from sphinx.roles import XRefRole

from sphinx_awards.addresses import awards_by_address
from sphinx_awards.limits import DEFAULT_LIMITS, Limits
from sphinx_awards.messages import checked_setting, is_count, known, warn
from sphinx_awards.translations import _

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Set

    from docutils.nodes import Element, Node, system_message
    from sphinx.addnodes import pending_xref
    from sphinx.application import Sphinx
    from sphinx.builders import Builder
    from sphinx.config import Config
    from sphinx.environment import BuildEnvironment
    from sphinx.util.typing import RoleFunction

    from sphinx_awards.messages import Problem, WarningPlace
    from sphinx_awards.model import Award, Catalog, Collection


DOMAIN = "awards"
#: Why a site cannot show an award of its own.
NO_DATA = "awards_data names no data file"


class Rendering(NamedTuple):
    """An indexed card of an award: the page and line it is rendered at, and its title."""

    docname: str
    line: int
    title: str


class Mention(NamedTuple):
    """A section that links an award's paper or uses the role on it ("Discussed in").

    ``position`` orders a page's sections; ``anchor`` and ``section`` are None for the part of
    the page under its title, which the page's title names.
    """

    docname: str
    position: int
    anchor: str | None
    page: str
    section: str | None


class Listing(NamedTuple):
    """A page with a card of an award that lists where the award is discussed."""

    docname: str


#: The tables of ``data`` that map an award id to entries whose first field is a page: what
#: each page says of the award, forgotten when the page is read again.
PAGE_TABLES = ("renderings", "mentions", "listings")


def anchor(award_id: str) -> str:
    """The HTML id of an award's card."""
    return f"award-{award_id}"


def page_uri(builder: Builder, fromdocname: str, docname: str, fragment: str | None) -> str:
    """The address of a page, or of an id on it, from another page.

    Raises NoUri where the builder has no address for the page (a PDF that leaves it out).
    """
    if docname == fromdocname:
        return f"#{fragment}" if fragment else ""
    page = builder.get_relative_uri(fromdocname, docname)
    # A builder that writes every page into one file (singlehtml) addresses a page as a
    # fragment, '#document-awards': the id itself is then the whole address, since a second
    # fragment is one no browser follows.
    if fragment is None:
        return page
    if page.startswith("#"):
        return f"#{fragment}"
    return f"{page}#{fragment}"


def report(problem: Problem) -> None:
    """Emit a data problem as a warning located ``path:line``."""
    if problem.location.line is None:
        # Sphinx would read a location without a line as a page name: name the file in the text.
        warn(problem.subtype, f"{problem.location.path}: {problem.message}", None)
    else:
        warn(problem.subtype, problem.message, str(problem.location))


def award_ids(catalog: Catalog) -> list[str]:
    """The ids of every award of the catalog, in data order."""
    return [award.id for collection in catalog.collections for award in collection.awards]


def why_no_award(catalog: Catalog, award_id: str) -> str:
    """Why no award has this id: the error that left it out, or the ids there are."""
    error = catalog.lost_awards.get(award_id)
    if error is not None:
        whole_file = error in catalog.lost_collections.values() or error == catalog.lost_default
        where = "its data file" if whole_file else "its record"
        return f"award '{award_id}' is not shown: {where} has an error at {error}"
    return f"unknown award '{award_id}' (known: {known(award_ids(catalog))}{_lost_files(catalog)})"


def why_no_collection(catalog: Catalog, name: str | None) -> str:
    """Why there is no collection ``name`` (None: the first data file's) to show."""
    if name is None:
        return (
            "no collection to show: the first data file, used when :collection: is not "
            f"given, has an error at {catalog.lost_default}"
        )
    error = catalog.lost_collections.get(name)
    if error is not None:
        return f"collection '{name}' is not shown: its data file has an error at {error}"
    ids = known(c.id for c in catalog.collections)
    return f"unknown collection '{name}' (known: {ids}{_lost_files(catalog)})"


def _lost_files(catalog: Catalog) -> str:
    """The errors of data files lost before they said what they define: they may hold it."""
    if not catalog.lost_files:
        return ""
    return f"; not loaded for an error: {', '.join(map(str, catalog.lost_files))}"


def data_files(app: Sphinx) -> list[str]:
    """The ``awards_data`` paths, as a list, resolved against the folder of ``conf.py``."""
    value = app.config.awards_data
    paths = [value] if isinstance(value, str) else value
    if not isinstance(paths, list | tuple) or not all(isinstance(path, str) for path in paths):
        message = f"awards_data must be a path or a list of paths, not {value!r}; no data loaded"
        warn("config", message, None)
        return []
    return [str((Path(app.confdir) / path).resolve()) for path in paths]


def check_limits(app: Sphinx, config: Config) -> None:
    """Keep ``awards_max_*`` positive whole numbers (else the default, warned).

    Checked when the configuration is read: a value put right later would differ from the
    one Sphinx compares with the last build's, and every page would be read again each time.
    """
    for field in ("max_file_size", "max_values"):
        default = getattr(DEFAULT_LIMITS, field)
        checked_setting(
            config,
            f"awards_{field}",
            is_count,
            "a positive whole number",
            default,
            f"using {default}",
        )


def data_limits(app: Sphinx) -> Limits:
    """The safety limits ``awards_max_*`` set."""
    return Limits(
        max_file_size=app.config.awards_max_file_size, max_values=app.config.awards_max_values
    )


class AwardRole(XRefRole):
    """``{award}`id``` or ``{award}`text <id>```: a link to the award's card.

    The id is checked when references are resolved, not here: another site's inventory
    (intersphinx) may have the award, and only when none has it is the role warned about.
    """

    innernodeclass = nodes.inline

    def create_xref_node(self) -> tuple[list[Node], list[system_message]]:
        # Registered as the bare ``award`` role too, which XRefRole would leave domain-less.
        self.refdomain, self.reftype = DOMAIN, "award"
        self.classes = ["xref", "awards", "awards-award"]
        return super().create_xref_node()

    def result_nodes(
        self, document: nodes.document, env: BuildEnvironment, node: Element, is_ref: bool
    ) -> tuple[list[Node], list[system_message]]:
        """Have the page depend on the data that names (or may come to name) the award."""
        domain = awards_domain(env)
        if domain.files:
            award = domain.catalog.award(node["reftarget"])
            if award is None:
                domain.depend_on_all_data()
            else:
                # The link text is the award's title, so the page depends on the data file.
                env.note_dependency(domain.catalog.collection_of(award).location.path)
        # Sphinx warns about a reference nothing resolves, through warn_missing_award.
        node["refwarn"] = True
        return [node], []


class AwardsDomain(Domain):
    """Award cards as cross-reference targets, and the catalog of the current build."""

    name = DOMAIN
    label = "Awards"
    # The type's name is shown in search results ("award, in Awards").
    object_types: ClassVar[dict[str, ObjType]] = {"award": ObjType(_("award"), "award")}
    roles: ClassVar[dict[str, RoleFunction | XRefRole]] = {"award": AwardRole()}
    # Bump when the shape of ``data`` changes: Sphinx then discards a pickled environment.
    data_version = 2
    initial_data: ClassVar[dict[str, Any]] = {
        # award id -> its indexed renderings, as Rendering tuples
        "renderings": {},
        # award id -> the sections that link it, as Mention tuples
        "mentions": {},
        # award id -> the pages whose cards of it list those sections, as Listing tuples
        "listings": {},
        # collection id -> [(theme id, light colour, dark colour)]: pickled with the
        # environment, so a build that reads no page writes the CSS without the YAML
        "palettes": {},
    }

    def get_type_name(self, type: ObjType, primary: bool = False) -> str:
        """The type's own name, "award": search results read "<title> (award, in <page>)"."""
        return type.lname

    def __init__(self, env: BuildEnvironment) -> None:
        super().__init__(env)
        # The catalog is rebuilt from the data files once per build and never pickled:
        # it is an attribute of this instance, which the environment does not pickle.
        self.files: list[str] = []
        self.limits = DEFAULT_LIMITS
        self._catalog: Catalog | None = None
        self._awards_by_address: dict[str, Award] | None = None
        # What the pages read again in this build said before (see discussions.py).
        self.mentions_before: dict[str, list[Mention]] | None = None
        self.pages_read: set[str] = set()
        #: The pictures this build left out of a format that cannot include them (warned once).
        self.unincludable_pictures: set[str] = set()

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
            self.data["palettes"] = {
                collection.id: [(theme.id, theme.light, theme.dark) for theme in collection.themes]
                for collection in catalog.collections
            }
            self._catalog = catalog
        return self._catalog

    @property
    def loaded(self) -> bool:
        """Whether this build has loaded the data files (only a page that shows data does)."""
        return self._catalog is not None

    def usable_catalog(self, what: str, place: WarningPlace) -> Catalog | None:
        """The catalog, or None (with a ``config`` warning at ``place``) when there is no data."""
        if not self.files:
            warn("config", f"{what}: {NO_DATA}; set it in conf.py", place)
            return None
        return self.catalog

    def depend_on_all_data(self) -> None:
        """Re-read the page being read when any data file changes (it may add what it names)."""
        for path in self.files:
            self.env.note_dependency(path)

    def collection_named(
        self, name: str | None, what: str, place: WarningPlace
    ) -> Collection | None:
        """The collection ``name`` (the first data file's when None), a dependency of the page.

        None, with a warning at ``place``, when there is no data or no such collection.
        """
        catalog = self.usable_catalog(what, place)
        if catalog is None:
            return None
        collection = catalog.default if name is None else catalog.collection(name)
        if collection is None:
            self.depend_on_all_data()
            warn("reference", f"{what}: {why_no_collection(catalog, name)}", place)
            return None
        self.env.note_dependency(collection.location.path)
        return collection

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

    @property
    def renderings(self) -> dict[str, list[Rendering]]:
        """Award id -> its indexed renderings in the site."""
        return cast("dict[str, list[Rendering]]", self.data["renderings"])

    def note_rendering(self, award_id: str, docname: str, line: int, title: str) -> None:
        """Record an indexed card of ``award_id``."""
        self.renderings.setdefault(award_id, []).append(Rendering(docname, line, title))

    @property
    def mentions(self) -> dict[str, list[Mention]]:
        """Award id -> the sections of the site that link it."""
        return cast("dict[str, list[Mention]]", self.data["mentions"])

    @property
    def listings(self) -> dict[str, list[Listing]]:
        """Award id -> the pages whose cards of it list where it is discussed."""
        return cast("dict[str, list[Listing]]", self.data["listings"])

    def target(self, award_id: str) -> Rendering | None:
        """The card the role links to: the first indexed one in page order, then line order."""
        renderings = self.renderings.get(award_id)
        return min(renderings) if renderings else None

    def clear_doc(self, docname: str) -> None:
        """Forget the cards and links of a page that is read again or removed."""
        for name in PAGE_TABLES:
            table: dict[str, list[Rendering | Mention | Listing]] = self.data[name]
            for award_id, entries in list(table.items()):
                kept = [entry for entry in entries if entry.docname != docname]
                if kept:
                    table[award_id] = kept
                else:
                    del table[award_id]

    def merge_domaindata(self, docnames: Set[str], otherdata: dict[str, Any]) -> None:
        """Take the cards and links that a parallel reader found on ``docnames``."""
        for name in PAGE_TABLES:
            table = self.data[name]
            for award_id, entries in otherdata[name].items():
                kept = [entry for entry in entries if entry.docname in docnames]
                if kept:
                    table.setdefault(award_id, []).extend(kept)

    def check_consistency(self) -> None:
        """Warn about each award rendered as a target more than once, at the later places."""
        for award_id in sorted(self.renderings):
            first, *others = sorted(self.renderings[award_id])
            where = f"{self.env.doc2path(first.docname)}:{first.line}"
            for other in others:
                warn(
                    "duplicate",
                    f"award '{award_id}' is already a target at {where}; "
                    "add :no-index: to one of them",
                    (other.docname, other.line),
                )

    def resolve_xref(
        self,
        env: BuildEnvironment,
        fromdocname: str,
        builder: Builder,
        typ: str,
        target: str,
        node: pending_xref,
        contnode: Element,
    ) -> nodes.reference | None:
        """Link the role to the award's card, with the award's title unless one is given."""
        rendering = self.target(target)
        if rendering is None:
            return None
        if not node.get("refexplicit"):
            contnode = nodes.inline(rendering.title, rendering.title, classes=contnode["classes"])
        uri = self.card_uri(builder, fromdocname, target)
        reference = nodes.reference("", "", contnode, internal=True, refuri=uri)
        reference["reftitle"] = rendering.title
        # Which award the link is to, for the link preview (the HTML writer ignores it).
        reference["award"] = target
        return reference

    def card_uri(self, builder: Builder, fromdocname: str, award_id: str) -> str | None:
        """The address of an award's card relative to a page; None if no card is a target."""
        rendering = self.target(award_id)
        if rendering is None:
            return None
        return page_uri(builder, fromdocname, rendering.docname, anchor(award_id))

    def resolve_any_xref(
        self,
        env: BuildEnvironment,
        fromdocname: str,
        builder: Builder,
        target: str,
        node: pending_xref,
        contnode: Element,
    ) -> list[tuple[str, nodes.reference]]:
        """Resolve ``any`` references to awards as the ``award`` role does."""
        ref = self.resolve_xref(env, fromdocname, builder, "award", target, node, contnode)
        return [("awards:award", ref)] if ref else []

    def get_objects(self) -> Iterator[tuple[str, str, str, str, str, int]]:
        """Every award that is a target, for the inventory and ``objects.inv``."""
        for award_id in sorted(self.renderings):
            rendering = self.target(award_id)
            if rendering is not None:
                yield award_id, rendering.title, "award", rendering.docname, anchor(award_id), 1


def awards_domain(env: BuildEnvironment) -> AwardsDomain:
    """The awards domain of a build, typed as such."""
    return cast("AwardsDomain", env.domains[DOMAIN])


def warn_missing_award(app: Sphinx, domain: Domain | None, node: pending_xref) -> bool | None:
    """Replace Sphinx's generic message for an award no card or inventory has by a located one."""
    if domain is None or domain.name != DOMAIN:
        return None
    domain = awards_domain(app.env)
    award_id = node["reftarget"]
    elsewhere = inventories_searched(app)
    if not domain.files:
        if elsewhere:
            message = f"no intersphinx inventory has award '{award_id}', and {NO_DATA}"
            warn("reference", f"award role: {message}", node)
        else:
            warn("config", f"award role: {NO_DATA}; set it in conf.py", node)
        return True
    catalog = domain.catalog
    if catalog.award(award_id) is None:
        message = why_no_award(catalog, award_id)
        if elsewhere:
            message += "; no intersphinx inventory has it either"
    else:
        message = (
            f"award '{award_id}' has no card to link to; render it with award-card or "
            "award-grid without :no-index:"
        )
    warn("reference", f"award role: {message}", node)
    return True


def inventories_searched(app: Sphinx) -> bool:
    """Whether intersphinx looked for unresolved references in other sites' inventories."""
    return "sphinx.ext.intersphinx" in app.extensions and bool(app.config.intersphinx_mapping)


def set_data_files(app: Sphinx) -> None:
    """Tell the domain which data files this build uses, and within which limits."""
    domain = awards_domain(app.env)
    domain.files = data_files(app)
    domain.limits = data_limits(app)


def load_catalog(app: Sphinx, env: BuildEnvironment, docnames: Iterable[str]) -> None:
    """Load the data once, in the main process, before pages are read (not when none is)."""
    domain = awards_domain(env)
    if docnames and domain.files:
        domain.reload()


def setup_domain(app: Sphinx) -> None:
    """Register the domain, the ``award`` role and the loading of the data."""
    app.add_domain(AwardsDomain)
    app.add_role("award", AwardRole())
    app.connect("config-inited", check_limits)
    app.connect("builder-inited", set_data_files)
    app.connect("env-before-read-docs", load_catalog)
    app.connect("warn-missing-reference", warn_missing_award)
