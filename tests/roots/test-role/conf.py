extensions = ["myst_parser", "sphinx_awards"]
awards_data = "data/awards.yaml"
exclude_patterns = ["_build"]
