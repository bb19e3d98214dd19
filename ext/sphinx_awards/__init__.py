"""Render award collections (cards, grids, legend, tiles) in Sphinx from YAML data."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.util.typing import ExtensionMetadata

__version__ = "0.1.0"


def setup(app: Sphinx) -> ExtensionMetadata:
    """Register the extension's configuration values, directives, role and domain."""
    # Imported here, as sphinx-design does: `sphinx-awards --version` and `--help` then start
    # without importing Sphinx and docutils.
    from sphinx_awards.assets import setup_assets
    from sphinx_awards.cardnodes import setup_card_nodes
    from sphinx_awards.cards import setup_cards
    from sphinx_awards.config import setup_config
    from sphinx_awards.discussions import setup_discussions
    from sphinx_awards.domain import setup_domain
    from sphinx_awards.export import setup_export
    from sphinx_awards.latex import setup_latex
    from sphinx_awards.legend import setup_legend
    from sphinx_awards.metadata import setup_metadata
    from sphinx_awards.previews import setup_previews
    from sphinx_awards.render import setup_render
    from sphinx_awards.searchindex import setup_search_index
    from sphinx_awards.sections import setup_sections
    from sphinx_awards.sitedata import setup_site_data
    from sphinx_awards.stats import setup_stats
    from sphinx_awards.translations import setup_translations
    from sphinx_awards.unfinished import setup_unfinished

    app.setup_extension("sphinx_design")

    setup_config(app)
    setup_translations(app)
    setup_card_nodes(app)
    setup_render(app)
    setup_latex(app)
    setup_cards(app)
    setup_legend(app)
    setup_stats(app)
    setup_sections(app)
    setup_site_data(app)
    setup_domain(app)
    setup_search_index(app)
    setup_previews(app)
    setup_discussions(app)
    setup_metadata(app)
    setup_assets(app)
    setup_export(app)
    setup_unfinished(app)

    return {
        "version": __version__,
        # 3: pages hold a card as one award_card node until it is written.
        # 4: the awards those nodes hold may lack their optional fields.
        # 5: awards have links, author lists, an image and citation fields, and pages that
        # link an award's paper depend on its data file (link previews).
        # 6: card nodes keep their award pickled.
        # 7: card nodes name their award and page; pages keep the sections that link awards.
        # 8: card nodes keep their badge's classes.
        "env_version": 8,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
