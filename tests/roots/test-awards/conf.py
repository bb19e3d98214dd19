extensions = ["sphinx_awards"]
awards_data = ["data/awards.yaml", "data/other.yaml"]
exclude_patterns = ["_build"]
