"""The ``awards`` domain: the cards that are targets, what pages link, the ``award`` role."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple, cast

from docutils import nodes
from sphinx.domains import Domain, ObjType
from sphinx.roles import XRefRole

from sphinx_awards.messages import warn
from sphinx_awards.missing import why_no_award
from sphinx_awards.sitedata import NO_DATA, site_data
from sphinx_awards.translations import _

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Set

    from docutils.nodes import Element, Node, system_message
    from sphinx.addnodes import pending_xref
    from sphinx.application import Sphinx
    from sphinx.builders import Builder
    from sphinx.environment import BuildEnvironment
    from sphinx.util.typing import RoleFunction

    from sphinx_awards.model import Catalog


DOMAIN = "awards"


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
        data = site_data(env)
        if data.files:
            award = data.catalog.award(node["reftarget"])
            if award is None:
                data.depend_on_all_data(env)
            else:
                # The link text is the award's title, so the page depends on the data file.
                data.depend_on_award(env, award)
        # Sphinx warns about a reference nothing resolves, through warn_missing_award.
        node["refwarn"] = True
        return [node], []


class AwardsDomain(Domain):
    """Award cards as cross-reference targets, and the places of the site that link awards.

    It keeps only its ``data``, which Sphinx pickles with the environment; the catalog of the
    build is :func:`~sphinx_awards.sitedata.site_data`'s.
    """

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

    @property
    def palettes(self) -> dict[str, list[tuple[str, str, str]]]:
        """Collection id -> (theme id, light colour, dark colour) of each of its themes.

        Kept from the last build that loaded the data, so a build that reads no page has them.
        """
        return cast("dict[str, list[tuple[str, str, str]]]", self.data["palettes"])

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
    data = site_data(app.env)
    award_id = node["reftarget"]
    elsewhere = inventories_searched(app)
    if not data.files:
        if elsewhere:
            message = f"no intersphinx inventory has award '{award_id}', and {NO_DATA}"
            warn("reference", f"award role: {message}", node)
        else:
            warn("config", f"award role: {NO_DATA}; set it in conf.py", node)
        return True
    catalog = data.catalog
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


def palettes_of(catalog: Catalog) -> dict[str, list[tuple[str, str, str]]]:
    """Collection id -> (theme id, light colour, dark colour) of each of its themes."""
    return {
        collection.id: [(theme.id, theme.light, theme.dark) for theme in collection.themes]
        for collection in catalog.collections
    }


def keep_palettes(app: Sphinx, env: BuildEnvironment, docnames: Iterable[str]) -> None:
    """Keep the palettes of the data just loaded, so a build that reads no page has them."""
    data = site_data(env)
    if data.loaded:
        awards_domain(env).data["palettes"] = palettes_of(data.catalog)


def setup_domain(app: Sphinx) -> None:
    """Register the domain and the ``award`` role; keep the palettes of the data loaded."""
    app.add_domain(AwardsDomain)
    app.add_role("award", AwardRole())
    # After the data is loaded (sitedata.load_data, at the default priority).
    app.connect("env-before-read-docs", keep_palettes, priority=600)
    app.connect("warn-missing-reference", warn_missing_award)
