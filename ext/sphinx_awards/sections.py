"""A collection's page structure from its data: its title in a heading, a section per kind."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from docutils import nodes
from sphinx.util.docutils import SphinxRole

from sphinx_awards.cards import AwardGridDirective
from sphinx_awards.components import texts
from sphinx_awards.missing import not_found
from sphinx_awards.sitedata import site_data

if TYPE_CHECKING:
    from docutils.nodes import Node, system_message
    from sphinx.application import Sphinx


class CollectionTitleRole(SphinxRole):
    """``{award-collection}`<collection-id>```: the collection's title, e.g. in a heading."""

    def run(self) -> tuple[list[Node], list[system_message]]:
        """The title as text; the id itself (with a warning) when it names no collection."""
        collection = site_data(self.env).collection_named(
            self.env, self.text, f"{self.name} role", self.get_location()
        )
        if collection is None:
            return [nodes.Text(self.text)], []
        return [nodes.Text(collection.title)], []


class AwardSectionDirective(AwardGridDirective):
    """``award-section <kind-id>``: the kind's heading and blurb, then the grid of its awards."""

    required_arguments = 1
    optional_arguments = 0
    final_argument_whitespace = False
    option_spec: ClassVar = {
        key: spec for key, spec in AwardGridDirective.option_spec.items() if key != "kind"
    }

    def run(self) -> list[nodes.Node]:
        """A section of the page (so it stands where a heading could) holding the grid."""
        collection = self.collection()
        if collection is None:
            return []
        kind_ids = [kind.id for kind in collection.kinds]
        if self.arguments[0] not in kind_ids:
            lost = collection.lost("kinds")
            self.warn("reference", not_found("kind", self.arguments[0], kind_ids, lost))
            return []
        kind = collection.kind(self.arguments[0])
        self.options["kind"] = kind.id
        body: list[nodes.Node] = [
            *texts(kind.blurb, classes=["awards-blurb"]),
            self.grid(collection),
        ]
        section = nodes.section("", nodes.title(kind.heading, kind.heading), *body)
        section["names"].append(nodes.fully_normalize_name(kind.heading))
        self.set_source_info(section)
        self.state.document.note_implicit_target(section, section)
        return [section]


def setup_sections(app: Sphinx) -> None:
    """Register the ``award-collection`` role and the ``award-section`` directive."""
    app.add_role("award-collection", CollectionTitleRole())
    app.add_directive("award-section", AwardSectionDirective)
