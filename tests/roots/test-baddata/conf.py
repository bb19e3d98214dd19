extensions = ["sphinx_awards"]
awards_data = ["data/awards.yaml", "data/missing.yaml"]
exclude_patterns = ["_build"]
