extensions = ["sphinx_awards"]
# A single path may be given as a string.
awards_data = "data/awards.yaml"
exclude_patterns = ["_build"]
