extensions = ["sphinx_awards"]
awards_data = ["data/awards.yaml"]
exclude_patterns = ["_build"]
project = "Sections tests"
