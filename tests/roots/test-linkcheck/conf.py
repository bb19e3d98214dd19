extensions = ["myst_parser", "sphinx_awards"]
exclude_patterns = ["_build"]
