"""Award cards, legend and tiles in the PDF: framed, coloured and laid out as on the web.

Sphinx's LaTeX writer turns a container's classes into ``sphinxuseclass`` environments and
an inline's into ``\\DUrole`` commands, both of which do nothing unless a class is defined.
A post-transform gives every styled part a class the LaTeX writer keeps (paragraph classes
it drops), makes the bullet lists of tags and chips rows of pills, the facts one paragraph, a
card's links one line and the tiles one row of a table; ``sphinxawards.sty``, generated from
the data like the HTML's colours, defines the classes: a box per card framed in its theme
colour, badges by kind, tags tinted with the theme colour, coloured chips.

Emoji (the icons of tags, tiles and the explore link) are marked ``awards-icon``: the package
draws them in a colour emoji font with LuaLaTeX, a black-and-white one with XeLaTeX (which
cannot draw colour glyphs). pdfLaTeX, Sphinx's default, has no font with emoji and stops at
any character it was not told of: for it the emoji are left out, and Greek letters and the
mathematical signs award summaries use (``Ω(√d)``) are written as mathematics.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform

from sphinx_awards.assets import text_on
from sphinx_awards.domain import awards_domain
from sphinx_awards.render import cards, has_class

if TYPE_CHECKING:
    from collections.abc import Callable

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
#: An emoji: a pictograph (and the modifiers, variation selector or keycap that go with it),
#: and the pictographs joined to it into one (ZWJ sequences).
_PICTOGRAPH = (
    "[\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff\u3030\u303d\u3297\u3299"
    "\U0001f000-\U0001faff]"
    "[\ufe0e\ufe0f\u20e3\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f]*"
)
EMOJI = re.compile(f"{_PICTOGRAPH}(?:\u200d{_PICTOGRAPH})*")
#: What pdfLaTeX writes as mathematics: Greek letters and the signs summaries of papers use.
_MATH_CHARACTERS = "αβγδεζηθικλμνξπρςστυφχψωΓΔΘΛΞΠΣΥΦΨΩ√≤≥≈≠\u223c∝∈∑∏∫∂∇∀∃∅←↑↓↔↗⇒"
_MATH_MACROS = (
    r"\alpha \beta \gamma \delta \epsilon \zeta \eta \theta \iota \kappa \lambda \mu \nu \xi "
    r"\pi \rho \varsigma \sigma \tau \upsilon \phi \chi \psi \omega \Gamma \Delta \Theta \Lambda "
    r"\Xi \Pi \Sigma \Upsilon \Phi \Psi \Omega \surd \leq \geq \approx \neq \sim \propto \in "
    r"\sum \prod \int \partial \nabla \forall \exists \emptyset \leftarrow \uparrow "
    r"\downarrow \leftrightarrow \nearrow \Rightarrow"
)
PDFLATEX_MATH = dict(zip(_MATH_CHARACTERS, _MATH_MACROS.split(), strict=True))
PDFLATEX_SPECIAL = re.compile(f"{EMOJI.pattern} ?|[{''.join(PDFLATEX_MATH)}]")
#: The parts of the page the extension writes from the data (the cards are found apart).
COMPONENTS = ("awards-legend", "awards-stats", "awards-event", "awards-summary", "awards-blurb")
#: The package, but for the colours of the data: the card box, the pills, the tiles' text.
STYLES = r"""
\RequirePackage{iftex}
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
% Emoji: in a colour emoji font with LuaLaTeX, else a black-and-white one, where one is
% installed; else the document's font draws them, or leaves them blank. (pdfLaTeX is never
% given one.)
\let\awardsiconfont\relax
\ifdefined\IfFontExistsTF
  \ifLuaTeX
    \IfFontExistsTF{NotoColorEmoji}{%
      \newfontfamily\awardsiconfont{NotoColorEmoji}[Renderer=HarfBuzz]}{}
  \fi
  \ifx\awardsiconfont\relax
    \IfFontExistsTF{Symbola}{\newfontfamily\awardsiconfont{Symbola}}{}
  \fi
\fi
% An emoji the font has no glyph for is left out, rather than drawn as an empty box.
\def\awards@ifdrawable#1#2\relax{%
  \iffontchar\font`#1 \expandafter\@firstoftwo\else\expandafter\@secondoftwo\fi}
\expandafter\def\csname DUroleawards-icon\endcsname#1{%
  {\awardsiconfont\awards@ifdrawable#1\relax{#1}{}}}
"""


def palette_class(collection_id: str, theme_id: str) -> str:
    """The class that selects one theme's colours (its id alone may recur in collections)."""
    return f"awards-palette-{collection_id}-{theme_id}"


def palette_of(node: nodes.Element) -> str | None:
    """The palette class of an element with a collection and a theme class, if it has them."""
    classes: list[str] = node.get("classes", [])
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


def pills(items: nodes.bullet_list, pill_class: str) -> nodes.paragraph:
    """A list of tags or chips as one paragraph of pills, each in its item's palette."""
    row = nodes.paragraph(classes=list(items["classes"]))
    for item in (child for child in items.children if isinstance(child, nodes.Element)):
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


def split_text(
    component: nodes.Element, pattern: re.Pattern[str], piece: Callable[[str], nodes.Node | None]
) -> None:
    """Replace each match of ``pattern`` in the text of ``component`` by ``piece(match)``.

    ``piece`` gives a node, or None to leave the match out.
    """
    for text in list(component.findall(nodes.Text)):
        if "awards-icon" in text.parent["classes"]:
            continue
        pieces: list[nodes.Node] = []
        position = 0
        for match in pattern.finditer(text):
            if match.start() > position:
                pieces.append(nodes.Text(text[position : match.start()]))
            node = piece(match.group())
            pieces += [node] if node is not None else []
            position = match.end()
        if position:
            if position < len(text):
                pieces.append(nodes.Text(text[position:]))
            text.parent.replace(text, pieces)


def icon(text: str) -> nodes.inline:
    """An emoji, in the inline the package draws in an emoji font."""
    return nodes.inline(text, text, classes=["awards-icon"])


def for_pdflatex(text: str) -> nodes.math | None:
    """A Greek letter or sign as mathematics; nothing for an emoji, which pdfLaTeX cannot draw."""
    return nodes.math(text, PDFLATEX_MATH[text]) if text in PDFLATEX_MATH else None


class LatexAwards(SphinxPostTransform):
    """Give the parts of cards, legends and tiles the classes the PDF's package styles."""

    # After the cards are expanded (100).
    default_priority = 150
    formats = ("latex",)

    def run(self, **kwargs: Any) -> None:
        for card in cards(self.document):
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
        piece: Callable[[str], nodes.Node | None]
        if self.config.latex_engine == "pdflatex":
            pattern, piece = PDFLATEX_SPECIAL, for_pdflatex
        else:
            pattern, piece = EMOJI, icon
        components: list[nodes.Element] = [*cards(self.document)]
        for name in COMPONENTS:
            components += self.document.findall(has_class(name))
        for component in components:
            split_text(component, pattern, piece)


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
    package_text = package(awards_domain(app.env).palettes)
    (outdir / f"{PACKAGE}.sty").write_text(package_text, encoding="utf-8")


def setup_latex(app: Sphinx) -> None:
    """Register the PDF's styling of the awards."""
    app.add_post_transform(LatexAwards)
    app.connect("builder-inited", add_package)
    app.connect("write-started", write_package)
