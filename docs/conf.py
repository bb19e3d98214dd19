"""Sphinx configuration of the NeurIPS 2025 site."""

import os
import sys
from pathlib import Path

import sphinx_awards

# The docs' own small extensions live beside this file.
sys.path.insert(0, str(Path(__file__).parent / "_ext"))

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
    "bad_inputs",
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

# -- Options for the linkcheck builder ---------------------------------------
# `nox -s linkcheck` checks the essay's links and every paper link of the award data.
# tests/test_linkcheck.py runs these very values against a local server, shortening only
# the timeout, so what it proves holds for the site.

# A page that has not answered in 20 s will not: Sphinx's 30 s, taken again on every
# retry, would let one dead host hold the whole run for minutes.
linkcheck_timeout = 20
# Two tries per link: conference and preprint hosts drop the odd request, and a link that
# fails twice in a row is worth an author's look.
linkcheck_retries = 2
# A timeout is reported as a broken link ("Read timed out" as the reason), so the report
# is one list to act on. It also makes Sphinx retry it: only broken links are retried.
linkcheck_report_timeouts_as_broken = True
# OpenReview and arXiv answer bursts with 429. A server's Retry-After is honoured as given;
# without one Sphinx waits 60 s, then 120 s, and then reports the link broken instead of
# backing off for its default five minutes.
linkcheck_rate_limit_timeout = 120.0
# Anchors are checked, except on hosts whose pages make their anchors with JavaScript, so
# an anchor is never in the HTML that linkcheck reads: OpenReview's forum pages, YouTube
# and Kaggle. arXiv's abstract and HTML pages are static, so their anchors stay checked.
linkcheck_anchors_ignore_for_url = [
    r"https://openreview\.net/",
    r"https://www\.youtube\.com/",
    r"https://www\.kaggle\.com/",
]
# Say honestly who asks ("compatible", as crawlers do, so naive browser-only filters pass)
# and ask for HTML, the only thing anchors can be found in. "*" applies them to every host.
linkcheck_request_headers = {
    "*": {
        "User-Agent": f"Mozilla/5.0 (compatible; sphinx-awards-linkcheck/{release})",
        "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8",
    },
}
# Setting this makes Sphinx warn about every redirect not listed here: a moved paper page
# should be updated in the data, not followed forever. YouTube sends cookie-less clients
# (CI runners in some regions) to its consent page; the video is still there.
linkcheck_allowed_redirects = {
    r"https://www\.youtube\.com/watch\?v=.*": r"https://consent\.youtube\.com/.*",
}

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
