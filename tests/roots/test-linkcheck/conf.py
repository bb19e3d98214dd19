extensions = ["myst_parser", "sphinx_awards"]
awards_data = ["data/papers.yaml"]
exclude_patterns = ["_build"]
