"""Award cards, legend and tiles in the PDF: framed, coloured and laid out as on the web.

Sphinx's LaTeX writer turns a container's classes into ``sphinxuseclass`` environments and
an inline's into ``\\DUrole`` commands, both of which do nothing unless a class is defined.
A post-transform gives every styled part a class the LaTeX writer keeps (paragraph classes
it drops), makes the bullet lists of tags and chips rows of pills, the facts one paragraph, a
card's links one line and the tiles one row of a table; ``sphinxawards.sty``, generated from
the data like the HTML's colours, defines the classes: a box per card framed in its theme
colour, badges by kind, tags tinted with the theme colour, coloured chips.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform

from sphinx_awards.assets import text_on
from sphinx_awards.domain import DOMAIN
from sphinx_awards.render import is_card

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders import Builder

PACKAGE = "sphinxawards"
COLLECTION, THEME = "awards-collection-", "awards-theme-"
#: The paragraphs whose look the package defines, by class.
STYLED_PARAGRAPHS = {
    "awards-card-title",
    "awards-card-summary",
    "awards-card-description",
    "awards-card-authors",
    "awards-legend-caption",
    "awards-tile-icon",
    "awards-tile-label",
    "awards-tile-value",
    "awards-tile-detail",
    "awards-tile-words",
}
#: The package, but for the colours of the data: the card box, the pills, the tiles' text.
STYLES = r"""
\RequirePackage{xcolor}
\RequirePackage[most]{tcolorbox}
\definecolor{awardstext}{HTML}{1F2328}
\definecolor{awardsmuted}{HTML}{545D68}
\colorlet{awardsaccent}{awardstext}
\colorlet{awardsonaccent}{white}
% A card: a box framed in its theme colour, thickest on top, never split across pages; its
% parts a little apart, so that the badge does not touch the title.
\newtcolorbox{sphinxclassawards-card}{enhanced, colback=white, colframe=awardsaccent,
  boxrule=0.6pt, toprule=3pt, arc=1.5pt, left=7pt, right=7pt, top=6pt, bottom=5pt,
  before skip=9pt, after skip=9pt, before upper={\raggedright\setlength{\parskip}{3pt}}}
% A pill: text #4 in colour #3 on a rounded box of colour #1 framed in #2, on one line.
\newcommand*{\awardspill}[4]{\tcbox[on line, colback=#1, colframe=#2, boxrule=0.4pt,
  arc=3pt, left=3pt, right=3pt, top=1pt, bottom=1pt, boxsep=0pt]{\color{#3}\strut#4}}
% Badges say the kind by their look, not the theme's colour: the collection's first kind
% solid, the others outlined.
\expandafter\def\csname DUroleawards-badge\endcsname#1{{\sffamily\bfseries\footnotesize#1}}
\expandafter\def\csname DUroleawards-badge-top\endcsname#1{%
  \awardspill{awardstext}{awardstext}{white}{#1}}
\expandafter\def\csname DUroleawards-badge-other\endcsname#1{%
  \awardspill{white}{awardsmuted}{awardstext}{#1}}
\expandafter\def\csname DUroleawards-chip\endcsname#1{%
  \awardspill{awardsaccent}{awardsaccent}{awardsonaccent}{\sffamily\bfseries\small#1}}
% Tags carry the card's theme, as a tint of its colour.
\expandafter\def\csname DUroleawards-tag\endcsname#1{%
  \awardspill{awardsaccent!8!white}{awardsaccent!40!white}{awardstext}{\sffamily\small#1}}
% The title in the document's heading family and the text's colour, though it is a link.
\expandafter\def\csname DUroleawards-card-title\endcsname#1{{\large\py@HeaderFamily
  \color{awardstext}\ifdefined\hypersetup\hypersetup{urlcolor=awardstext}\fi#1}}
\expandafter\def\csname DUroleawards-card-description\endcsname#1{{\small\color{awardsmuted}#1}}
\expandafter\def\csname DUroleawards-card-authors\endcsname#1{{\small\itshape#1}}
\expandafter\def\csname DUroleawards-legend-caption\endcsname#1{{\color{awardsmuted}#1}}
\expandafter\def\csname DUroleawards-tile-icon\endcsname#1{{\Large#1}}
\expandafter\def\csname DUroleawards-tile-label\endcsname#1{{\small\color{awardsmuted}#1}}
\expandafter\def\csname DUroleawards-tile-value\endcsname#1{{\Large\bfseries#1}}
\expandafter\def\csname DUroleawards-tile-detail\endcsname#1{{\small\color{awardsmuted}#1}}
% A value in words ("Method + Theory") is smaller than a number, and never hyphenated.
\expandafter\def\csname DUroleawards-tile-words\endcsname#1{{\large#1}}
\newenvironment{sphinxclassawards-stats}{\hyphenpenalty=10000 \exhyphenpenalty=10000}{}
% The facts: one ragged paragraph, each fact unbroken and its label in the text's colour.
\newenvironment{sphinxclassawards-facts}{\par\small\raggedright\color{awardsmuted}}{\par}
\expandafter\def\csname DUroleawards-fact\endcsname#1{\mbox{#1}\hskip 1.2em plus 0.8em\relax}
\expandafter\def\csname DUroleawards-fact-label\endcsname#1{{\bfseries\color{awardstext}#1}}
% A hyphenated word ("Runner-up") is not broken at its hyphen.
\expandafter\def\csname DUroleawards-nowrap\endcsname#1{\mbox{#1}}
% A section's heading and blurb stay with its first card: no page break before a grid.
\newenvironment{sphinxclassawards-grid}{\par\nopagebreak}{}
% Rows of chips: ragged, not stretched to the margin.
\newenvironment{sphinxclassawards-legend}{\raggedright}{}
"""


def palette_class(collection_id: str, theme_id: str) -> str:
    """The class that selects one theme's colours (its id alone may recur in collections)."""
    return f"awards-palette-{collection_id}-{theme_id}"


def palette_of(node: nodes.Element) -> str | None:
    """The palette class of an element with a collection and a theme class, if it has them."""
    classes = node.get("classes", [])
    collection = next((c[len(COLLECTION) :] for c in classes if c.startswith(COLLECTION)), None)
    theme = next((c[len(THEME) :] for c in classes if c.startswith(THEME)), None)
    return palette_class(collection, theme) if collection and theme else None


def palette_definitions(collection_id: str, theme_id: str, light: str) -> list[str]:
    """A theme's colours, and the environment and role of its class that select them."""
    name = palette_class(collection_id, theme_id)
    select = (
        rf"\definecolor{{awardsaccent}}{{HTML}}{{{light[1:].upper()}}}"
        rf"\definecolor{{awardsonaccent}}{{HTML}}{{{text_on(light)[1:].upper()}}}"
    )
    return [
        rf"\newenvironment{{sphinxclass{name}}}{{{select}}}{{}}",
        rf"\expandafter\def\csname DUrole{name}\endcsname#1{{{{{select}#1}}}}",
    ]


def package(palettes: dict[str, list[tuple[str, str, str]]]) -> str:
    """The LaTeX package of the cards, with the theme colours of the data."""
    lines = [
        r"\NeedsTeXFormat{LaTeX2e}",
        rf"\ProvidesPackage{{{PACKAGE}}}[award cards, generated by sphinx_awards]",
        STYLES.strip(),
    ]
    for collection_id, themes in sorted(palettes.items()):
        for theme_id, light, _dark in themes:
            lines += palette_definitions(collection_id, theme_id, light)
    return "\n".join(lines) + "\n"


def has_class(name: str) -> Any:
    """A ``findall`` condition: an element with the class ``name``."""
    return lambda node: isinstance(node, nodes.Element) and name in node.get("classes", [])


def pills(items: nodes.bullet_list, pill_class: str) -> nodes.paragraph:
    """A list of tags or chips as one paragraph of pills, each in its item's palette."""
    row = nodes.paragraph(classes=list(items["classes"]))
    for item in items.children:
        text = item.astext()
        palette = palette_of(item)
        row += nodes.inline(text, text, classes=[*([palette] if palette else []), pill_class])
        row += nodes.Text(" ")
    return row


def link_row(footer: nodes.Element) -> nodes.paragraph:
    """A card's footer as one line of its links, " · " between them, as the HTML row reads."""
    row = nodes.paragraph()
    for link in footer.findall(nodes.reference):
        if len(row):
            row += nodes.Text(" · ")
        row += link.deepcopy()
    return row


def fact_line(facts: nodes.bullet_list) -> nodes.container:
    """The facts list as one paragraph of facts, each kept whole."""
    line = nodes.paragraph()
    for fact in facts.children:
        content = [child.deepcopy() for paragraph in fact.children for child in paragraph.children]
        line += nodes.inline("", "", *content, classes=["awards-fact"])
    return nodes.container("", line, classes=["awards-facts"])


def tile_table(tiles: list[nodes.Element]) -> nodes.table:
    """The tiles as the cells of one table row."""
    group = nodes.tgroup(cols=len(tiles))
    group.extend(nodes.colspec(colwidth=1) for _ in tiles)
    row = nodes.row()
    for tile in tiles:
        row += nodes.entry("", *(p.deepcopy() for p in tile.findall(nodes.paragraph)))
    group += nodes.tbody("", row)
    return nodes.table("", group, classes=["awards-tiles"])


class LatexAwards(SphinxPostTransform):
    """Give the parts of cards, legends and tiles the classes the PDF's package styles."""

    # After the cards are expanded (100).
    default_priority = 150
    formats = ("latex",)

    def run(self, **kwargs: Any) -> None:
        for card in list(self.document.findall(is_card)):
            # The palette's environment outside the card's, whose box takes its colours.
            card["classes"].insert(0, palette_of(card))
            for footer in list(card.findall(has_class("sd-card-footer"))):
                row = link_row(footer)
                footer.children = []
                footer += row
        for stats in list(self.document.findall(has_class("awards-stats"))):
            tiles = list(stats.findall(has_class("awards-tile")))
            stats.children = []
            stats += tile_table(tiles)
        for items in list(self.document.findall(has_class("awards-tags"))):
            items.replace_self(pills(items, "awards-tag"))
        for facts in list(self.document.findall(has_class("awards-event"))):
            facts.replace_self(fact_line(facts))
        for items in list(self.document.findall(has_class("awards-legend-themes"))):
            items.replace_self(pills(items, "awards-chip"))
        for paragraph in list(self.document.findall(nodes.paragraph)):
            styled = STYLED_PARAGRAPHS.intersection(paragraph["classes"])
            if styled:
                content = nodes.inline("", "", *paragraph.children, classes=sorted(styled))
                paragraph.children = []
                paragraph += content


def add_package(app: Sphinx) -> None:
    """Have LaTeX documents load the package of the cards."""
    if app.builder.format == "latex":
        app.add_latex_package(PACKAGE)


def write_package(app: Sphinx, builder: Builder) -> None:
    """Write the package with this build's theme colours beside the LaTeX documents."""
    if builder.format != "latex":
        return
    outdir = Path(builder.outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    package_text = package(app.env.domains[DOMAIN].data["palettes"])
    (outdir / f"{PACKAGE}.sty").write_text(package_text, encoding="utf-8")


def setup_latex(app: Sphinx) -> None:
    """Register the PDF's styling of the awards."""
    app.add_post_transform(LatexAwards)
    app.connect("builder-inited", add_package)
    app.connect("write-started", write_package)
