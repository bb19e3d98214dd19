"""Sphinx configuration of a site that embeds awards."""

project = "My notes"

extensions = [
    "myst_parser",
    "sphinx_awards",
]

# The data files, relative to this file's folder; the first is the default collection.
awards_data = ["../data/neurips-2025.yaml"]

html_theme = "furo"
