"""Sphinx configuration of the NeurIPS 2025 site."""

import os

import sphinx_awards

# -- Project information -----------------------------------------------------

project = "NeurIPS 2025: progress and awards"
author = "The sphinx-awards authors"
copyright = f"2025, {author}"
# One source of truth for the version: the package.
release = sphinx_awards.__version__
version = ".".join(release.split(".")[:2])

# -- General configuration ---------------------------------------------------

extensions = [
    "myst_parser",
    "sphinx_awards",
]

# Every reference must resolve: a broken cross-reference is a bug, not a detail.
nitpicky = True

exclude_patterns = ["_build"]

# -- Options for MyST --------------------------------------------------------

myst_enable_extensions = [
    # ::: fences let directives nest without counting backticks.
    "colon_fence",
]
# Anchors on h1-h3 so sections of the essay can be linked from elsewhere.
myst_heading_anchors = 3

# -- Options for the awards extension ----------------------------------------

# Relative to this file's folder.
awards_data = ["../data/neurips-2025.yaml"]

# -- Options for LaTeX output ------------------------------------------------

# LuaLaTeX typesets the UTF-8 text as it is; the emoji of the award tags come from a
# fallback font (colour Noto, else Symbola), which pdfLaTeX cannot do.
latex_engine = "lualatex"
# xindy is not in the Debian TeX packages CI installs; makeindex suffices for English.
latex_use_xindy = False
latex_elements = {
    # Sphinx's default GNU FreeFont families, each with the emoji fallback.
    "fontpkg": r"""
\directlua{luaotfload.add_fallback("emoji", {"NotoColorEmoji:mode=harf;", "Symbola:mode=harf;"})}
\setmainfont{FreeSerif}[Extension=.otf, UprightFont=*, ItalicFont=*Italic,
  BoldFont=*Bold, BoldItalicFont=*BoldItalic, RawFeature={fallback=emoji}]
\setsansfont{FreeSans}[Extension=.otf, UprightFont=*, ItalicFont=*Oblique,
  BoldFont=*Bold, BoldItalicFont=*BoldOblique, RawFeature={fallback=emoji}]
\setmonofont{FreeMono}[Scale=0.9, Extension=.otf, UprightFont=*, ItalicFont=*Oblique,
  BoldFont=*Bold, BoldItalicFont=*BoldOblique, RawFeature={fallback=emoji}]
""",
}

# -- Options for HTML output -------------------------------------------------

html_theme = "furo"
html_title = project

# Read the Docs sets the canonical URL of the version it builds; outside it the
# site has no canonical address.
if os.environ.get("READTHEDOCS_CANONICAL_URL"):
    html_baseurl = os.environ["READTHEDOCS_CANONICAL_URL"]
