"""“Discussed in”: each card lists the places of the site that link its award's paper.

As a page is read, each of its sections that links an award's paper (any of its addresses,
in the normal form link previews use) or uses the ``award`` role on it is noted in the
domain, with the page's and the section's titles. A card lists the places of the other pages
when it is written. So a page that starts or stops linking a paper has the pages with cards
of that award written again, not read again, and parallel reads merge what each found.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from docutils import nodes
from sphinx import addnodes
from sphinx.errors import NoUri

from sphinx_awards.components import VERBATIM, container, paragraph
from sphinx_awards.config import awards_config
from sphinx_awards.domain import DOMAIN, Listing, Mention, awards_domain, page_uri
from sphinx_awards.perbuild import kept
from sphinx_awards.sitedata import site_data
from sphinx_awards.translations import _

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from sphinx.application import Sphinx
    from sphinx.builders import Builder
    from sphinx.environment import BuildEnvironment

    from sphinx_awards.domain import AwardsDomain
    from sphinx_awards.sitedata import SiteData

#: The option of the card directives that leaves their cards without the list.
OPTION = "no-discussed-in"
#: The class of a card's list, which holds its award and page until it is filled.
LIST_CLASS = "awards-discussed-in"


@dataclass
class PagesReadAgain:
    """What the pages read again in this build said before, to compare with what they say."""

    #: Award id -> the sections that linked it, as they were before the first page was read.
    mentions_before: dict[str, list[Mention]] | None = None
    pages: set[str] = field(default_factory=set)


def linked_awards(data: SiteData, doctree: nodes.document) -> Iterator[tuple[str, nodes.Element]]:
    """(award id, node) of each link of a page read to an award's paper, and each role use."""
    for node in doctree.findall(nodes.Element):
        if isinstance(node, addnodes.pending_xref):
            # The role's own, for an award of this site's data (another site's, found through
            # intersphinx, or none, is resolved later).
            if (
                node.get("refdomain") == DOMAIN
                and node.get("reftype") == "award"
                and data.catalog.award(node["reftarget"]) is not None
            ):
                yield node["reftarget"], node
        elif isinstance(node, nodes.reference) and (award := data.award_linked(node)) is not None:
            yield award.id, node


def enclosing_section(node: nodes.Node) -> nodes.section | None:
    """The innermost section that holds ``node``."""
    while node is not None and not isinstance(node, nodes.section):
        node = node.parent
    return node


def section_title_of(section: nodes.section) -> str | None:
    """The text of a section's title."""
    title = section[0] if section.children else None
    return title.astext() if isinstance(title, nodes.title) else None


def note_mentions(app: Sphinx, doctree: nodes.document) -> None:
    """Note each section of the page read that links an award, once per award."""
    data = site_data(app.env)
    if not data.files or not awards_config(app.config).discussed_in:
        return
    domain = awards_domain(app.env)
    docname = app.env.docname
    title = app.env.titles.get(docname)
    page = title.astext() if title is not None else docname
    # The page's title names what comes under it: the part before its first section.
    top = doctree.next_node(nodes.section)
    noted: set[tuple[str, str | None]] = set()
    for award_id, node in linked_awards(data, doctree):
        section = enclosing_section(node)
        if section is None or section is top or not section["ids"] or not section_title_of(section):
            anchor, section_title = None, None
        else:
            anchor, section_title = section["ids"][0], section_title_of(section)
        if (award_id, anchor) in noted:
            continue
        noted.add((award_id, anchor))
        mention = Mention(docname, len(noted), anchor, page, section_title)
        domain.mentions.setdefault(award_id, []).append(mention)
        # The role notes its own dependency; a link is the award's while the data says so.
        award = data.catalog.award(award_id)
        if award is not None:
            data.depend_on_award(app.env, award)


def note_listing(domain: AwardsDomain, award_id: str, docname: str) -> None:
    """Record that a page has a card of ``award_id`` that lists where it is discussed."""
    listings = domain.listings.setdefault(award_id, [])
    if Listing(docname) not in listings:
        listings.append(Listing(docname))


def remember_mentions(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    """Before the first page of a build is read again or removed, keep what the pages said."""
    read_again = kept(env, PagesReadAgain)
    if read_again.mentions_before is None:
        mentions = awards_domain(env).mentions
        read_again.mentions_before = {award: list(places) for award, places in mentions.items()}
    read_again.pages.add(docname)


def pages_to_write(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """The pages with cards of an award whose places changed: written again, not read."""
    domain = awards_domain(env)
    read_again = kept(env, PagesReadAgain)
    before, read = read_again.mentions_before, read_again.pages
    read_again.mentions_before, read_again.pages = None, set()
    if before is None:
        return []

    def said_by_read_pages(places: Iterable[Mention]) -> set[Mention]:
        return {place for place in places if place.docname in read}

    changed = [
        award_id
        for award_id in before.keys() | domain.mentions.keys()
        if said_by_read_pages(before.get(award_id, ()))
        != said_by_read_pages(domain.mentions.get(award_id, ()))
    ]
    return sorted({page.docname for award in changed for page in domain.listings.get(award, ())})


def unfilled_list(award_id: str, docname: str) -> nodes.container:
    """A card's list as a block to fill (or drop) once references are resolved."""
    return container(LIST_CLASS, award=award_id, page=docname)


def unfilled_lists(document: nodes.document) -> list[nodes.container]:
    """The cards' lists still to fill, in document order."""
    return [
        block
        for block in document.findall(nodes.container)
        if "award" in block and LIST_CLASS in block["classes"]
    ]


def place_link(place: Mention, builder: Builder, fromdocname: str) -> nodes.Node:
    """A place as "page — section" (or the page's title), linked where the format can."""
    text = place.page
    if place.section is not None:
        # Translators: A place of the site that discusses an award: a page's title, then the
        # title of its section.
        text = _("{page} — {section}").format(page=place.page, section=place.section)
    try:
        uri = page_uri(builder, fromdocname, place.docname, place.anchor)
    except NoUri:
        return nodes.Text(text)
    return nodes.reference(text, text, internal=True, refuri=uri)


def discussion_list(builder: Builder, award_id: str, docname: str) -> nodes.container | None:
    """The list of a card of ``award_id`` on ``docname``: the places of other pages; None
    when there is none."""
    domain = awards_domain(builder.env)
    places = sorted(p for p in domain.mentions.get(award_id, ()) if p.docname != docname)
    if not places:
        return None
    items = nodes.bullet_list(classes=["awards-discussed-in-places"])
    for place in places:
        link = place_link(place, builder, docname)
        items += nodes.list_item("", nodes.paragraph("", "", link, **VERBATIM))
    # Translators: Above the list of the places of the site that link an award's paper.
    label = paragraph(_("Discussed in"), "awards-discussed-in-label")
    return container(LIST_CLASS, children=[label, items])


def fill_expanded_lists(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Fill the lists of the cards other formats expanded (HTML makes them as it writes)."""
    if app.builder.format == "html":
        return
    for block in unfilled_lists(doctree):
        filled = discussion_list(app.builder, block["award"], block["page"])
        if filled is None:
            block.parent.remove(block)
        else:
            block.replace_self(filled)


def setup_discussions(app: Sphinx) -> None:
    """Register what notes, compares and lists the places."""
    app.connect("doctree-read", note_mentions)
    app.connect("env-purge-doc", remember_mentions)
    app.connect("env-get-updated", pages_to_write)
    app.connect("doctree-resolved", fill_expanded_lists)
