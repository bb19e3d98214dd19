extensions = ["sphinx_awards"]
awards_data = ["data/rich.yaml"]
awards_card_authors = 2
exclude_patterns = ["_build"]
project = "Rich award tests"
copyright = "2025, the tests"
version = release = "1.0"
