"""The ``theme-legend`` directive: the collection's caption and one chip per theme."""

from __future__ import annotations

from typing import TYPE_CHECKING

from docutils import nodes

from sphinx_awards.components import container, paragraph, texts, theme_classes
from sphinx_awards.directive import AwardsDirective

if TYPE_CHECKING:
    from sphinx.application import Sphinx


class ThemeLegendDirective(AwardsDirective):
    """``theme-legend``: what each theme colour of the cards means."""

    def run(self) -> list[nodes.Node]:
        collection = self.collection()
        if collection is None:
            return []
        chips = nodes.bullet_list(classes=["awards-legend-themes"])
        for theme in collection.themes:
            chips += nodes.list_item(
                "",
                paragraph(theme.label, "awards-chip"),
                classes=["awards-legend-theme", *theme_classes(collection.id, theme.id)],
            )
        legend = container(
            "awards-legend",
            f"awards-collection-{collection.id}",
            children=[*texts(collection.legend_caption, classes=["awards-legend-caption"]), chips],
        )
        self.set_source_info(legend)
        return [legend]


def setup_legend(app: Sphinx) -> None:
    """Register ``theme-legend``."""
    app.add_directive("theme-legend", ThemeLegendDirective)
