extensions = ["myst_parser", "sphinx_awards"]
awards_data = ["data/main.yaml", "data/extra.yaml"]
exclude_patterns = ["_build"]
