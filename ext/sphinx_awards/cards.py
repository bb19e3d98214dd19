"""The ``award-card`` and ``award-grid`` directives: award cards built as docutils nodes."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx_design.grids import row_columns_option

from sphinx_awards.components import container, paragraph, theme_classes
from sphinx_awards.directive import AwardsDirective
from sphinx_awards.domain import anchor, award_ids
from sphinx_awards.messages import known

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from sphinx.application import Sphinx

    from sphinx_awards.model import Award, Collection

#: sphinx-design's responsive columns (xs sm md lg): one column on phones, two from tablets.
DEFAULT_COLUMNS = "1 1 2 2"
PAPER_LINK_TEXT = "View paper ↗"


def badge_text(award: Award, collection: Collection) -> str:
    """The kind's label, with the track's short form when it is not the main track."""
    label = collection.kind(award.kind).label
    if award.track == collection.main_track:
        return label
    return f"{label} · {collection.track(award.track).short}"


def paper_link(award: Award, text: str, *classes: str) -> nodes.reference:
    """An external link to the paper (an ordinary reference, so linkcheck checks it)."""
    return nodes.reference(text, text, refuri=award.url, classes=list(classes))


def award_card(
    award: Award, collection: Collection, *, ids: Sequence[str], classes: Sequence[str]
) -> nodes.container:
    """One award's card: badge, linked title, summary, tags, description, authors, link."""
    badge = nodes.inline(classes=["sd-badge", "awards-badge"])
    badge += nodes.Text(badge_text(award, collection))
    title = nodes.paragraph(classes=["sd-card-title", "sd-font-weight-bold", "awards-card-title"])
    title += paper_link(award, award.title)
    tags = nodes.bullet_list(classes=["awards-tags"])
    for tag in award.tags:
        # One text node per tag: Sphinx walks every node of a page many times over, and
        # separate icon and label spans (which no style uses) took a card from 29 nodes to 41.
        tags += nodes.list_item("", paragraph(f"{tag.icon} {tag.label}", "awards-tag"))
    footer = nodes.paragraph(classes=["awards-card-link"])
    footer += paper_link(award, PAPER_LINK_TEXT, "awards-paper-link")
    body = container(
        "sd-card-body",
        children=[
            nodes.paragraph("", "", badge, classes=["awards-card-badges"]),
            title,
            paragraph(award.summary, "sd-card-text", "awards-card-summary"),
            tags,
            paragraph(award.description, "sd-card-text", "awards-card-description"),
            paragraph(award.authors, "sd-card-text", "awards-card-authors"),
        ],
    )
    return container(
        "sd-card",
        "sd-sphinx-override",
        "sd-shadow-sm",
        "awards-card",
        *theme_classes(collection.id, award.theme),
        f"awards-kind-{award.kind}",
        *classes,
        children=[body, container("sd-card-footer", children=[footer])],
        ids=list(ids),
        design_component="awards-card",
    )


class CardsDirective(AwardsDirective):
    """A directive that renders award cards, as link targets unless ``:noindex:``."""

    option_spec: ClassVar[dict[str, Callable[[str], object]]] = {
        "noindex": directives.flag,
        "class": directives.unchanged,
    }

    def card(self, award: Award, collection: Collection, *layout: str) -> nodes.container:
        """The card of ``award``, recorded as its target unless ``:noindex:`` is given."""
        ids = []
        if "noindex" not in self.options:
            self.domain.note_rendering(award.id, self.env.docname, self.lineno, award.title)
            # A second indexed card of the award on this page warns; its id stays unique.
            if anchor(award.id) not in self.state.document.ids:
                ids.append(anchor(award.id))
        classes = [*layout, *self.options.get("class", "").split()]
        card = award_card(award, collection, ids=ids, classes=classes)
        self.set_source_info(card)
        for node_id in ids:
            self.state.document.ids[node_id] = card
        return card


class AwardCardDirective(CardsDirective):
    """``award-card <id>``: the card of one award."""

    # Optional so that a missing id is an ``awards`` warning listing the ids, not a
    # docutils error that cannot be silenced as ``awards.reference``.
    optional_arguments = 1

    def run(self) -> list[nodes.Node]:
        catalog = self.catalog()
        if catalog is None:
            return []
        ids = known(award_ids(catalog))
        if not self.arguments:
            self.warn("reference", f"name the award to show (known: {ids})")
            return []
        award_id = self.arguments[0]
        award = catalog.award(award_id)
        if award is None:
            self.depend_on_all_data()
            self.warn("reference", f"unknown award '{award_id}' (known: {ids})")
            return []
        collection = catalog.collection(award.collection)
        self.env.note_dependency(collection.location.path)
        return [self.card(award, collection, "sd-mb-3")]


class AwardGridDirective(CardsDirective):
    """``award-grid``: a responsive grid of the cards of a collection, filtered and sorted."""

    option_spec: ClassVar[dict[str, Callable[[str], object]]] = {
        **AwardsDirective.option_spec,
        **CardsDirective.option_spec,
        "kind": directives.unchanged_required,
        "theme": directives.unchanged_required,
        "track": directives.unchanged_required,
        "ids": directives.unchanged_required,
        "sort": directives.unchanged_required,
        "limit": directives.unchanged_required,
        "columns": directives.unchanged_required,
    }

    def run(self) -> list[nodes.Node]:
        collection = self.collection()
        if collection is None:
            return []
        awards = self.select(collection)
        row = container("sd-row", *self.columns())
        for award in awards:
            row += container(
                "sd-col", "sd-d-flex-row", children=[self.card(award, collection, "sd-w-100")]
            )
        grid = container(
            "sd-container-fluid",
            "sd-sphinx-override",
            "sd-mb-4",
            "awards-grid",
            *self.options.get("class", "").split(),
            children=[row],
        )
        self.set_source_info(grid)
        return [grid]

    def select(self, collection: Collection) -> list[Award]:
        """The awards the options select, in the order they ask for."""
        by_id = {award.id: award for award in collection.awards}
        ids = self.choose("ids", "award", by_id)
        if ids is None:
            awards = list(collection.awards)
        else:
            awards = [by_id[award_id] for award_id in dict.fromkeys(ids)]
        filters = {
            "kind": self.choose("kind", "kind", (k.id for k in collection.kinds)),
            "theme": self.choose("theme", "theme", (t.id for t in collection.themes)),
            "track": self.choose("track", "track", (t.id for t in collection.tracks)),
        }
        for field, values in filters.items():
            if values is not None:
                awards = [award for award in awards if getattr(award, field) in values]
        sort = self.options.get("sort", "data")
        if sort == "title":
            awards.sort(key=lambda award: award.title.casefold())
        elif sort != "data":
            self.warn("option", f":sort: must be data or title, not '{sort}'")
        limit = self.limit()
        return awards if limit is None else awards[:limit]

    def limit(self) -> int | None:
        """The ``:limit:`` value, or None when absent or invalid (with a warning)."""
        if "limit" not in self.options:
            return None
        value = self.options["limit"]
        try:
            limit = int(value)
        except ValueError:
            limit = 0
        if limit < 1:
            self.warn("option", f":limit: must be a positive integer, not '{value}'")
            return None
        return limit

    def columns(self) -> list[str]:
        """sphinx-design's row classes for ``:columns:`` (the default when invalid)."""
        value = self.options.get("columns", DEFAULT_COLUMNS)
        try:
            return row_columns_option(value)
        except ValueError:
            self.warn(
                "option",
                ":columns: must be one or four column counts from 1 to 12 (xs sm md lg), "
                f"such as '{DEFAULT_COLUMNS}', not '{value}'",
            )
            return row_columns_option(DEFAULT_COLUMNS)


def setup_cards(app: Sphinx) -> None:
    """Register ``award-card`` and ``award-grid``."""
    app.add_directive("award-card", AwardCardDirective)
    app.add_directive("award-grid", AwardGridDirective)
