extensions = ["myst_parser", "sphinx_awards"]
# Inline attributes give one link a class: {.no-award-preview}.
myst_enable_extensions = ["attrs_inline"]
awards_data = "data/awards.yaml"
exclude_patterns = ["_build"]
