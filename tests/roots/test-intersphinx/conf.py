# A site that links the awards of another site; the test gives intersphinx_mapping (the other
# site's output folder) and awards_data (this site's data, or none).
extensions = ["myst_parser", "sphinx_awards", "sphinx.ext.intersphinx"]
exclude_patterns = ["_build"]
project = "Second site"
