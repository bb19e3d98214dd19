# The awards in a PDF of Sphinx's defaults but for the engine, which the test chooses: what
# an author's own project gets. The test copies the site's data file into data/.
extensions = ["sphinx_awards"]
awards_data = ["data/neurips-2025.yaml"]
exclude_patterns = ["_build"]
project = "Awards in PDF"
author = "The tests"
latex_use_xindy = False
