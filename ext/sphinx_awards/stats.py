"""The ``award-stats`` tiles and the ``award-event`` facts line, counted from the awards."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import TYPE_CHECKING, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.i18n import format_date

from sphinx_awards.components import VERBATIM, container, paragraph, row_columns, unbroken
from sphinx_awards.directive import AwardsDirective
from sphinx_awards.model import ComputedTiles, Tile, TileHeading
from sphinx_awards.translations import _, interface_language, ngettext

if TYPE_CHECKING:
    from collections.abc import Callable

    from sphinx.application import Sphinx

    from sphinx_awards.model import Collection, Theme, Track

#: The columns of the tiles (xs sm md lg): two on phones, four from tablets.
TILE_COLUMNS = row_columns("2 2 4 4")
#: Between a fact's label and its value, as the snapshot writes them: "Announced · <date>",
#: "Tracks • <tracks>", the bullet between no-break spaces so that it never starts a line.
DATE_SEPARATOR = " · "
FACT_SEPARATOR = "\u00a0•\u00a0"


def default_headings() -> dict[str, TileHeading]:
    """The computed tiles' icons and labels where the data gives none, in the build's language,
    by the tile's name (a field of ``ComputedTiles``)."""
    return {
        "awards": TileHeading("🏆", _("Total Awards")),
        "themes": TileHeading("🧠", _("Key Themes")),
        "tracks": TileHeading("📊", _("Awarded Tracks")),
    }


def kind_breakdown(collection: Collection) -> str:
    """How many awards of each kind, in the kinds' order: ``4 Best · 3 Runner-up``."""
    counts = Counter(award.kind for award in collection.awards)
    return " · ".join(
        f"{counts[kind.id]} {kind.short}" for kind in collection.kinds if counts[kind.id]
    )


def awarded_themes(collection: Collection) -> list[Theme]:
    """The themes that have an award, in the legend's order."""
    used = {award.theme for award in collection.awards}
    return [theme for theme in collection.themes if theme.id in used]


def awarded_tracks(collection: Collection) -> list[Track]:
    """The tracks that have an award, in the data's order."""
    used = {award.track for award in collection.awards}
    return [track for track in collection.tracks if track.id in used]


def track_list(collection: Collection) -> str:
    """The awarded tracks' labels: ``Main + Datasets & Benchmarks``."""
    return " + ".join(track.label for track in awarded_tracks(collection))


def computed_tiles(collection: Collection) -> list[Tile]:
    """The tiles counted from the awards, before the collection's editorial ones."""
    defaults = default_headings()
    headings = collection.computed_tiles or ComputedTiles()
    themes = awarded_themes(collection)
    values = [
        (
            headings.awards or defaults["awards"],
            str(len(collection.awards)),
            kind_breakdown(collection),
        ),
        (
            headings.themes or defaults["themes"],
            str(len(themes)),
            ", ".join(theme.short for theme in themes),
        ),
        (
            headings.tracks or defaults["tracks"],
            str(len(awarded_tracks(collection))),
            track_list(collection),
        ),
    ]
    return [Tile(heading.icon, heading.label, value, detail) for heading, value, detail in values]


def paper_count(count: int) -> str:
    """``1 paper``, ``7 papers``."""
    return ngettext("{count} paper", "{count} papers", count).format(count=count)


def written_date(day: dt.date) -> str:
    """``November 26, 2025``, in the interface's language."""
    midnight = dt.datetime.combine(day, dt.time())
    # Translators: The date's format in Sphinx's strftime codes; Babel writes the month's name.
    return format_date(_("%B %-d, %Y"), date=midnight, language=interface_language())


def fact(
    name: str, label: str, value: str | nodes.Node | None, separator: str = FACT_SEPARATOR
) -> nodes.list_item:
    """One fact of the facts list: its label, then its value (the snapshot's "Tracks • Main")."""
    # Made from the data: a message catalog would hold a copy that goes stale with it.
    line = nodes.paragraph(translatable=False, **VERBATIM)
    line += nodes.inline(label, label, classes=["awards-fact-label"])
    if value is not None:
        line += nodes.Text(separator)
        line += unbroken(value).children if isinstance(value, str) else value
    return nodes.list_item("", line, classes=["awards-fact", name])


def facts(collection: Collection) -> list[nodes.list_item]:
    """The collection's facts, each under its label; what the data leaves out is not a fact."""
    items = []
    if collection.announced:
        date = written_date(collection.announced)
        items.append(fact("awards-event-date", _("Announced"), date, DATE_SEPARATOR))
    count = paper_count(len(collection.awards))
    items.append(fact("awards-event-count", count, kind_breakdown(collection) or None))
    tracks = track_list(collection)
    if tracks:
        items.append(fact("awards-event-tracks", _("Tracks"), tracks))
    if collection.domains:
        items.append(fact("awards-event-domains", _("Domains"), collection.domains))
    explore = collection.explore
    if explore is not None:
        explore_label = _("Explore")
        label = f"{explore.icon} {explore_label}" if explore.icon else explore_label
        value: nodes.Element
        if explore.url:
            value = nodes.reference(
                explore.label, explore.label, refuri=explore.url, classes=["awards-explore"]
            )
        else:
            value = nodes.inline(explore.label, explore.label, classes=["awards-explore"])
        items.append(fact("awards-event-explore", label, value))
    return items


def value_style(value: str) -> list[str]:
    """The extra class of a value in words ("Method + Theory"), which is not set as a numeral."""
    return ["awards-tile-words"] if any(character.isalpha() for character in value) else []


def tile_card(tile: Tile) -> nodes.container:
    """One summary tile: icon, label, value and detail."""
    return container(
        "sd-card",
        "sd-sphinx-override",
        "sd-w-100",
        "awards-tile",
        children=[
            container(
                "sd-card-body",
                children=[
                    paragraph(tile.icon, "awards-tile-icon"),
                    paragraph(tile.label, "awards-tile-label"),
                    unbroken(tile.value, "awards-tile-value", *value_style(tile.value)),
                    unbroken(tile.detail, "awards-tile-detail"),
                ],
            )
        ],
    )


class AwardStatsDirective(AwardsDirective):
    """``award-stats``: the computed summary tiles, then the collection's editorial tiles."""

    def run(self) -> list[nodes.Node]:
        collection = self.collection()
        if collection is None:
            return []
        row = container("sd-row", *TILE_COLUMNS, "sd-g-3")
        for tile in [*computed_tiles(collection), *collection.tiles]:
            row += container("sd-col", "sd-d-flex-row", children=[tile_card(tile)])
        stats = container(
            "sd-container-fluid", "sd-sphinx-override", "sd-mb-4", "awards-stats", children=[row]
        )
        self.set_source_info(stats)
        return [stats]


class AwardEventDirective(AwardsDirective):
    """``award-event``: the facts list (date, counts, tracks, domains, explore link).

    ``:summary:`` puts the collection's one-sentence summary above it.
    """

    option_spec: ClassVar[dict[str, Callable[[str], object]]] = {
        **AwardsDirective.option_spec,
        "summary": directives.flag,
    }

    def run(self) -> list[nodes.Node]:
        collection = self.collection()
        if collection is None:
            return []
        # A list, so that each fact wraps as a whole and is read as one item of several.
        line = nodes.bullet_list("", *facts(collection), classes=["awards-event"])
        self.set_source_info(line)
        if "summary" not in self.options or collection.summary is None:
            return [line]
        # The collection's own sentence first, as the snapshot page opens with it.
        summary = paragraph(collection.summary, "awards-summary")
        summary["translatable"] = False
        self.set_source_info(summary)
        return [summary, line]


def setup_stats(app: Sphinx) -> None:
    """Register ``award-stats`` and ``award-event``."""
    app.add_directive("award-stats", AwardStatsDirective)
    app.add_directive("award-event", AwardEventDirective)
