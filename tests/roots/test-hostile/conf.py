extensions = ["myst_parser", "sphinx_awards"]
awards_data = ["data/payloads.yaml"]
exclude_patterns = ["_build"]
