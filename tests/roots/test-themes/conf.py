# The awards of the site in a page of their own, built once per HTML theme by the browser
# tests (`-D html_theme=...`), so the cards are checked where other people's sites use them.
extensions = ["sphinx_awards"]
awards_data = ["../../../data/neurips-2025.yaml"]
exclude_patterns = ["_build"]
project = "Awards in every theme"
copyright = "2025, the tests"
version = release = "1.0"
# pydata-sphinx-theme's header keeps the site title on one line: "Awards in every theme 1.0
# documentation" alone is wider than a phone, on any page. A short title keeps the width
# check about the awards.
html_title = "Awards"
