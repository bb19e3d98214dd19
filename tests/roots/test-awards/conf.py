extensions = ["sphinx_awards"]
awards_data = ["data/awards.yaml", "data/other.yaml"]
exclude_patterns = ["_build"]
project = "Awards tests"
copyright = "2025, the tests"
version = release = "1.0"
