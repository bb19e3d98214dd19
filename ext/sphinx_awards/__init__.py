"""Render award collections (cards, grids, legend, tiles) in Sphinx from YAML data."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.util.typing import ExtensionMetadata

__version__ = "0.1.0"


def setup(app: Sphinx) -> ExtensionMetadata:
    """Register the extension's configuration values, directives, role and domain."""
    app.setup_extension("sphinx_design")

    app.add_config_value("awards_data", [], "env", types=(str, list, tuple))

    return {
        "version": __version__,
        "env_version": 1,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
