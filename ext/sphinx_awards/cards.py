"""The ``award-card`` and ``award-grid`` directives: award cards built from the data."""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives

from sphinx_awards.cardnodes import award_card
from sphinx_awards.components import container, row_columns
from sphinx_awards.config import awards_config
from sphinx_awards.directive import AwardsDirective, id_list
from sphinx_awards.discussions import OPTION, note_listing
from sphinx_awards.domain import anchor
from sphinx_awards.messages import known
from sphinx_awards.missing import award_ids, why_no_award

if TYPE_CHECKING:
    from collections.abc import Callable

    from sphinx.application import Sphinx

    from sphinx_awards.model import Award, Collection

#: sphinx-design's responsive columns (xs sm md lg): one column on phones, two from tablets.
DEFAULT_COLUMNS = "1 1 2 2"


class CardsDirective(AwardsDirective):
    """A directive that renders award cards, as link targets unless ``:no-index:``."""

    # Both spellings, as every Sphinx domain takes them: ``:no-index:`` since Sphinx 7.2.
    option_spec: ClassVar[dict[str, Callable[[str], object]]] = {
        "no-index": directives.flag,
        "noindex": directives.flag,
        "class": directives.unchanged,
        # A flag, taken with any value so that one is an ``awards`` warning, not an error.
        OPTION: directives.unchanged,
    }

    @property
    def indexed(self) -> bool:
        """Whether the cards are targets of the ``award`` role."""
        return not {"no-index", "noindex"}.intersection(self.options)

    @functools.cached_property
    def discussed_in(self) -> bool:
        """Whether the cards list where the site discusses their paper."""
        if OPTION not in self.options:
            return awards_config(self.config).discussed_in
        if self.options[OPTION]:
            self.warn("option", f":{OPTION}: takes no value ('{self.options[OPTION]}' is ignored)")
        return False

    def card(self, award: Award, collection: Collection, *layout: str) -> award_card:
        """The card of ``award``, recorded as its target unless ``:no-index:`` is given."""
        if self.discussed_in:
            note_listing(self.domain, award.id, self.env.docname)
        ids = []
        if self.indexed:
            self.domain.note_rendering(award.id, self.env.docname, self.lineno, award.title)
            # A second indexed card of the award on this page warns; its id stays unique.
            if anchor(award.id) not in self.state.document.ids:
                ids.append(anchor(award.id))
        classes = [*layout, *self.options.get("class", "").split()]
        card = award_card.of(
            award,
            collection,
            docname=self.env.docname,
            ids=ids,
            classes=classes,
            image_uri=self.image_uri(award),
            authors_shown=awards_config(self.config).card_authors,
            discussed_in=self.discussed_in,
        )
        self.set_source_info(card)
        if award.image is not None:
            # Located too, or Sphinx describes the node to locate it (for a debug message
            # nobody reads), a tenth of a second for 5000 pictures.
            self.set_source_info(card[-1])
        for node_id in ids:
            self.state.document.ids[node_id] = card
        return card

    def image_uri(self, award: Award) -> str | None:
        """The address of the award's picture from the source folder, as Sphinx reads "/..."."""
        if award.image is None:
            return None
        return "/" + Path(os.path.relpath(award.image.file, self.env.srcdir)).as_posix()


class AwardCardDirective(CardsDirective):
    """``award-card <id>``: the card of one award."""

    # Optional so that a missing id is an ``awards`` warning listing the ids, not a
    # docutils error that cannot be silenced as ``awards.reference``.
    optional_arguments = 1

    def run(self) -> list[nodes.Node]:
        catalog = self.catalog()
        if catalog is None:
            return []
        if not self.arguments:
            self.warn("reference", f"name the award to show (known: {known(award_ids(catalog))})")
            return []
        award_id = self.arguments[0]
        award = catalog.award(award_id)
        if award is None:
            self.data.depend_on_all_data(self.env)
            self.warn("reference", why_no_award(catalog, award_id))
            return []
        collection = catalog.collection_of(award)
        self.env.note_dependency(collection.location.path)
        return [self.card(award, collection, "sd-mb-3")]


class AwardGridDirective(CardsDirective):
    """``award-grid``: a responsive grid of the cards of a collection, filtered and sorted."""

    # Taken, only to say which option it probably meant: MyST would read a word after
    # ``{award-grid}`` as content and refuse it in words of its own.
    optional_arguments = 1
    final_argument_whitespace = True

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

    #: The options that choose which awards a grid shows.
    FILTERS = ("ids", "kind", "theme", "track")

    def run(self) -> list[nodes.Node]:
        collection = self.collection()
        if collection is None:
            return []
        if self.arguments:
            self.warn("option", self.argument_advice(collection, self.arguments[0]))
        return [self.grid(collection)]

    def argument_advice(self, collection: Collection, argument: str) -> str:
        """What to write instead of an argument: the option whose ids it names, if one does."""
        vocabularies = {
            "kind": {kind.id for kind in collection.kinds},
            "theme": {theme.id for theme in collection.themes},
            "track": {track.id for track in collection.tracks},
            "ids": {award.id for award in collection.awards},
        }
        words = set(id_list(argument))
        ignored = f"takes no argument ('{argument}' is ignored)"
        for option, ids in vocabularies.items():
            if words <= ids:
                return f"{ignored}; did you mean ':{option}: {argument}'?"
        return f"{ignored}; choose awards with the options :kind:, :theme:, :track: or :ids:"

    def grid(self, collection: Collection) -> nodes.container:
        """The grid of the awards of ``collection`` the options select."""
        awards = self.select(collection)
        if not awards and not self.chose_a_missing_id:
            self.warn("empty", self.nothing_selected(collection))
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
        return grid

    def nothing_selected(self, collection: Collection) -> str:
        """Why the grid is empty: its filters, a collection without awards, or data errors."""
        filters = [
            f":{name}: {self.options[name]}" for name in self.FILTERS if name in self.options
        ]
        if filters:
            message = f"no award of collection '{collection.id}' matches {', '.join(filters)}"
        else:
            message = f"collection '{collection.id}' has no award to show"
        error = self.data.catalog.award_errors.get(collection.id)
        if error is not None:
            message += f"; awards of it were left out for errors, the first at {error}"
        return message

    def select(self, collection: Collection) -> list[Award]:
        """The awards the options select, in the order they ask for."""
        by_id = {award.id: award for award in collection.awards}
        catalog = self.catalog()
        ids = self.choose("ids", "award", by_id, catalog.lost_awards if catalog else {})
        if ids is None:
            awards = list(collection.awards)
        else:
            awards = [by_id[award_id] for award_id in dict.fromkeys(ids)]
        filters = {
            "kind": self.choose(
                "kind", "kind", (k.id for k in collection.kinds), collection.lost("kinds")
            ),
            "theme": self.choose(
                "theme", "theme", (t.id for t in collection.themes), collection.lost("themes")
            ),
            "track": self.choose(
                "track", "track", (t.id for t in collection.tracks), collection.lost("tracks")
            ),
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
            return row_columns(value)
        except ValueError:
            self.warn(
                "option",
                ":columns: must be one or four column counts from 1 to 12 (xs sm md lg), "
                f"such as '{DEFAULT_COLUMNS}', not '{value}'",
            )
            return row_columns(DEFAULT_COLUMNS)


def setup_cards(app: Sphinx) -> None:
    """Register ``award-card`` and ``award-grid``."""
    app.add_directive("award-card", AwardCardDirective)
    app.add_directive("award-grid", AwardGridDirective)
