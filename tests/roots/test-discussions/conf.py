extensions = ["myst_parser", "sphinx_awards"]
awards_data = ["data/awards.yaml"]
exclude_patterns = ["_build"]
project = "Discussion tests"
copyright = "2025, the tests"
version = release = "1.0"
