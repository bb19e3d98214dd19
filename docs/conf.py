"""Sphinx configuration of the NeurIPS 2025 site."""

import os
import sys
from pathlib import Path
from urllib.parse import urlparse

import yaml
from docutils import nodes
from sphinx.application import Sphinx

import sphinx_awards

# The docs' own small extensions (generated reference, live examples, the troubleshooting
# table) live beside this file.
sys.path.insert(0, str(Path(__file__).parent / "_ext"))

# -- Project information -----------------------------------------------------

project = "NeurIPS 2025: progress and awards"
author = "The sphinx-awards authors"
copyright = f"2025, {author}"
# One source of truth for the version: the package.
release = sphinx_awards.__version__
version = ".".join(release.split(".")[:2])

# The essay's date, from its front matter (the post's own, kept as written): its byline and
# the PDF's cover show it in words.
_essay = (Path(__file__).parent / "essay.md").read_text(encoding="utf-8")
_essay_date = yaml.safe_load(_essay.split("---\n")[1])["date"]
today = f"{_essay_date:%B} {_essay_date.day}, {_essay_date.year}"

# Read the Docs sets the canonical URL of the version it builds (e.g.
# https://example.readthedocs.io/en/latest/); outside it the site has no address.
canonical_url = os.environ.get("READTHEDOCS_CANONICAL_URL", "")

# -- General configuration ---------------------------------------------------

extensions = [
    "myst_parser",
    "sphinx_awards",
    "sphinxext.opengraph",
    "notfound.extension",
    "generated_reference",
    "live_example",
    "bad_inputs",
]

# Every reference must resolve: a broken cross-reference is a bug, not a detail.
nitpicky = True

# Snippets are shown and rendered inside guide pages, not pages of their own.
exclude_patterns = ["_build", "guide/snippets"]

# -- Options for MyST --------------------------------------------------------

myst_enable_extensions = [
    # ::: fences let directives nest without counting backticks.
    "colon_fence",
    # Term / ": definition" lists: the guide's option and setting lists.
    "deflist",
    # {{ essay_date }}: the essay's byline shows the date of its own front matter.
    "substitution",
    # [text](url){.class}: the guide's example of a link without its award preview.
    "attrs_inline",
    # {.class} above a paragraph: the parts of the home page's cards.
    "attrs_block",
]
# Anchors on h1-h3 so sections of the essay can be linked from elsewhere.
myst_heading_anchors = 3
myst_substitutions = {"essay_date": today}

# -- Options for the awards extension ----------------------------------------

# Relative to this file's folder. The second file is the guide's illustration of every field
# of an award (links, authors, a picture, citation fields): not real awards.
awards_data = ["../data/neurips-2025.yaml", "guide/snippets/record-fields.yaml"]

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
# The guide's illustration of every field of an award links example.org addresses that
# lead nowhere on purpose.
linkcheck_ignore = [r"https://example\.org/"]
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
    # A book read on screen as much as on paper: chapters start on the next page, never
    # after a blank one.
    "extraclassoptions": "openany,oneside",
    # One family for every heading (the text's serif), in the text's colour; links in the
    # web pages' blue rather than Sphinx's teal, which clashes with the awards' theme colours.
    "sphinxsetup": (
        r"HeaderFamily=\rmfamily\bfseries, TitleColor={HTML}{1F2328}, "
        "InnerLinkColor={HTML}{0A58B8}, OuterLinkColor={HTML}{0A58B8}"
    ),
    # Chapter heads in that family too (fncychap's Bjarne sets them in capitals).
    "fncychap": "",
    "preamble": r"""
\makeatletter
% The cover gives the essay's date (conf.py's today), not a release: the site has none.
\renewcommand{\py@release}{}
% A chapter head: its number, then its title, left-aligned.
\titleformat{\chapter}[display]{\py@HeaderFamily\py@TitleColor\raggedright}%
  {\large\chaptertitlename\ \thechapter}{0.4em}{\huge}
\titlespacing*{\chapter}{0pt}{0pt}{1.5em}
% A picture at most four fifths of a page high, so that it fits under its heading: a full
% page's picture leaves the heading alone on a page before it.
\AtBeginDocument{\spx@image@maxheight=0.8\textheight}
% The running head is the chapter's title alone, the foot the page number alone: no two
% things share a line, so a long title never runs into the number.
\fancypagestyle{normal}{%
  \fancyhf{}%
  \fancyhead[L]{{\py@HeaderFamily\small\nouppercase{\leftmark}}}%
  \fancyfoot[C]{{\py@HeaderFamily\small\thepage}}%
  \renewcommand{\headrulewidth}{0.4pt}%
  \renewcommand{\footrulewidth}{0pt}%
  \renewcommand{\chaptermark}[1]{\markboth{##1}{}}%
}
\fancypagestyle{plain}{%
  \fancyhf{}%
  \fancyfoot[C]{{\py@HeaderFamily\small\thepage}}%
  \renewcommand{\headrulewidth}{0pt}%
  \renewcommand{\footrulewidth}{0pt}%
}
\makeatother
""",
    # Sphinx's default GNU FreeFont families, each with the emoji fallback. The bold faces
    # set "fi" and "ff" as letters: their ligatures would be copied and searched as "ﬁ".
    "fontpkg": r"""
\directlua{luaotfload.add_fallback("emoji", {"NotoColorEmoji:mode=harf;", "Symbola:mode=harf;"})}
\setmainfont{FreeSerif}[Extension=.otf, UprightFont=*, ItalicFont=*Italic,
  BoldFont=*Bold, BoldItalicFont=*BoldItalic, RawFeature={fallback=emoji},
  BoldFeatures={Ligatures=NoCommon}, BoldItalicFeatures={Ligatures=NoCommon}]
\setsansfont{FreeSans}[Extension=.otf, UprightFont=*, ItalicFont=*Oblique,
  BoldFont=*Bold, BoldItalicFont=*BoldOblique, RawFeature={fallback=emoji},
  BoldFeatures={Ligatures=NoCommon}, BoldItalicFeatures={Ligatures=NoCommon}]
\setmonofont{FreeMono}[Scale=0.9, Extension=.otf, UprightFont=*, ItalicFont=*Oblique,
  BoldFont=*Bold, BoldItalicFont=*BoldOblique, RawFeature={fallback=emoji}]
% FreeSerif has a black-and-white ⚖ of its own, so the fallback never supplies the colour one.
\IfFontExistsTF{NotoColorEmoji}{
  \newfontfamily\colouremoji{NotoColorEmoji}[Renderer=HarfBuzz]
  \usepackage{newunicodechar}
  \newunicodechar{⚖}{{\colouremoji ⚖}}
}{}
""",
}

# -- Options for HTML output -------------------------------------------------

html_theme = "furo"
html_title = project
html_static_path = ["_static"]
# The site's reading layout in furo: the essay as an article, the home page, phone headings.
html_css_files = ["site.css"]
# Without one, browsers ask for /favicon.ico on every page and log its 404 as an error.
html_favicon = "_static/favicon.svg"

if canonical_url:
    html_baseurl = canonical_url

# -- Options for link previews (Open Graph) ----------------------------------

# Absolute addresses are what link previews need; without a canonical URL
# (a local build) the tags are relative, which is harmless.
# Pages give their own description in their front matter (og:description);
# the others use their first paragraph (the awards page: the collection's summary).
ogp_site_url = canonical_url
# Relative to the site root, so the same image serves every page.
ogp_image = "_static/social-preview.png"
ogp_image_alt = f"{project}: an essay and the Best Paper awards"

# -- Options for the 404 page ------------------------------------------------

# Read the Docs serves the 404 page at any depth, so its links must be absolute:
# prefix them with the path of the version being built (/en/latest/). A local
# build is served from the root.
notfound_urls_prefix = urlparse(canonical_url).path or "/"


def absolute_links_on_404(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Prefix the 404 page's own links too: notfound rewrites only its theme's links."""
    if docname != app.config.notfound_pagename:
        return
    for reference in doctree.findall(nodes.reference):
        uri = reference.get("refuri", "")
        if uri and "://" not in uri and not uri.startswith("/"):
            reference["refuri"] = notfound_urls_prefix + uri


# -- Options for EPUB output -------------------------------------------------

# Title, author, publisher and copyright default to the project's.
# Footnotes keep the essay's many links readable on an e-reader, where inline
# URLs would break every other sentence.
epub_show_urls = "footnote"
# The 404 page only means something on the web site.
epub_exclude_files = ["404.xhtml"]


# -- Set-up ------------------------------------------------------------------


def setup(app: Sphinx) -> None:
    """Hook the site's own small adjustments in."""
    app.connect("doctree-resolved", absolute_links_on_404)
