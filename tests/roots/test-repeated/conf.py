# The site's awards shown twice on one page: once as targets, once more without :noindex:.
extensions = ["sphinx_awards"]
awards_data = ["../../../data/neurips-2025.yaml"]
exclude_patterns = ["_build"]
project = "Awards twice"
