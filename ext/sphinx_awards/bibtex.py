"""BibTeX entries of awards, made from their records alone (no field is guessed).

Written by the rules BibTeX and LaTeX read them with, so no data can change what a citing
document does. BibTeX counts every brace, escaped or not, so a field holds only the balanced
braces of the commands written here. Every TeX special character of the data is written as
text (``{\\textasciicircum}`` for ``^``, so TeX's ``^^5c`` notation for a backslash cannot
occur), and each command stands in braces of its own, so no letter of the data can continue
its name. pylatexenc writes the commands.

Characters beyond ASCII are written as LaTeX commands where every engine knows them: accented
Latin letters as accents (``{\\'e}``), Greek letters and mathematical symbols in math mode
(``{\\ensuremath{\\alpha}}``), typographic punctuation by name (``{\\textemdash}``). BibTeX
then treats each as one letter when it abbreviates, sorts or changes case, and pdflatex, which
reads the bibliography through its UTF-8 tables that know no Greek and few symbols, prints
them. Any other character (Cyrillic, CJK, emoji) stays UTF-8: its command, where there is one,
needs a package or a font encoding the citing document may not load, while LuaLaTeX and XeLaTeX
print the character itself with a font that has it.

Addresses (``url``, ``doi``) are fields that styles print verbatim, with ``\\url``: they are
written as a URL writes them, the characters a URL may not hold as they are (which include the
braces, TeX's backslash and its ``^``) percent-encoded.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from pylatexenc.latexencode import (
    RULE_DICT,
    RULE_REGEX,
    UnicodeToLatexConversionRule,
    UnicodeToLatexEncoder,
    get_builtin_conversion_rules,
)

from sphinx_awards.authors import author_list

if TYPE_CHECKING:
    from collections.abc import Iterable

    from sphinx_awards.model import Author, Award

#: ASCII as text: each TeX special character by a command that prints it in any font encoding.
#: ``"`` has no such command in LaTeX's default encoding (OT1): it is written ``''``, a closing
#: double quote.
_ASCII = {
    "\\": r"\textbackslash",
    "{": r"\textbraceleft",
    "}": r"\textbraceright",
    "^": r"\textasciicircum",
    "~": r"\textasciitilde",
    "#": r"\#",
    "$": r"\$",
    "%": r"\%",
    "&": r"\&",
    "_": r"\_",
    "<": r"\textless",
    ">": r"\textgreater",
    "|": r"\textbar",
    "`": r"\textasciigrave",
    "'": r"\textquotesingle",
    '"': "''",
}
#: Pairs that TeX's fonts join into another character ("--" is an en dash, ",," a low
#: quote): a brace pair between them keeps both as written.
_LIGATURES = [(re.compile(r"-(?=-)"), "-{}"), (re.compile(r",(?=,)"), ",{}")]

#: The text-mode commands of pylatexenc's table that pdflatex (in the OT1 and T1 font
#: encodings) and LuaLaTeX all know without a package: accents, letters, punctuation, symbols.
#: Found by compiling every one; tests/test_bibtex_latex.py compiles them again.
_TEXT_COMMANDS = frozenset(
    """
    " ' , - . ; = ^ ` ~ AE H IJ L O OE Omega ae c circ enskip ensuremath hspace i ij l
    nolinebreak o oe quad r ss u v textacutedbl textasciiacute textasciibreve textasciicaron
    textasciicircum textasciidieresis textasciimacron textasciitilde textasteriskcentered
    textbaht textbrokenbar textbullet textcelsius textcent textcircledP textcolonmonetary
    textcompwordmark textcopyright textcurrency textdagger textdaggerdbl textdegree
    textdiscount textdiv textdong textdownarrow textellipsis textemdash textendash
    textestimated texteuro textexclamdown textflorin textfractionsolidus textinterrobang
    textlangle textleftarrow textlira textlnot textmho textmu textnaira textnumero textohm
    textonehalf textonequarter textonesuperior textordfeminine textordmasculine textparagraph
    textperiodcentered textpertenthousand textperthousand textpeso textquestiondown
    textquotedblleft textquotedblright textquoteleft textquoteright textrangle textrecipe
    textreferencemark textregistered textrightarrow textsc textsection textservicemark
    textsterling textsuperscript textthreequarters textthreesuperior texttimes texttrademark
    texttwosuperior textuparrow textwon textyen
    """.split()  # noqa: SIM905 -- a table of names, read as words
)
#: The math-mode commands of the table (written in ``\ensuremath``) that LaTeX itself defines.
_MATH_COMMANDS = frozenset(
    """
    ! Delta Downarrow Gamma Lambda Leftarrow Leftrightarrow Omega Phi Pi Psi Rightarrow Sigma
    Theta Uparrow Updownarrow Upsilon Vert Xi acute aleph alpha angle approx asymp beta bigcap
    bigcup bigvee bigwedge bowtie bullet cap cdot cdots chi circ cong coprod cup dashv ddot
    ddots delta diamond dot doteq ell epsilon equiv eta exists forall frown gamma geq gg hbar
    hookleftarrow hookrightarrow in infty int iota kappa kern lambda lceil leftharpoondown
    leftharpoonup leftrightarrow leq lfloor ll lmoustache mapsto mathbin mathchar mid mp mu
    nabla nearrow neq ni not notin nu nwarrow odot oint omega ominus oplus oslash otimes
    parallel partial perp phi pi pm prec preceq prod propto psi rceil rfloor rho
    rightharpoondown rightharpoonup rightleftharpoons rmoustache searrow sigma sim simeq smile
    sqcap sqcup sqrt sqsubseteq sqsupseteq star subset subseteq succ succeq sum supset
    supseteq swarrow tau theta times top updownarrow uplus upsilon varepsilon varphi varpi
    varrho varsigma vartheta vdash vdots vee wedge wp wr xi zeta
    """.split()  # noqa: SIM905 -- a table of names, read as words
)
_COMMAND = re.compile(r"\\([A-Za-z]+|.)")
_MATH = re.compile(r"\\ensuremath\{(.*)\}", re.DOTALL)


def _portable(latex: str) -> bool:
    """Whether every engine prints ``latex`` (a replacement of pylatexenc's table) as it is."""
    math = _MATH.fullmatch(latex)
    if math:
        return set(_COMMAND.findall(math.group(1))) <= _MATH_COMMANDS
    return set(_COMMAND.findall(latex)) <= _TEXT_COMMANDS


@functools.cache
def _encoder() -> UnicodeToLatexEncoder:
    (table,) = get_builtin_conversion_rules("defaults")
    portable = {
        code: latex for code, latex in table.rule.items() if code >= 0x80 and _portable(latex)
    }
    ascii_rule = {ord(character): latex for character, latex in _ASCII.items()}
    return UnicodeToLatexEncoder(
        conversion_rules=[
            UnicodeToLatexConversionRule(RULE_REGEX, _LIGATURES),
            UnicodeToLatexConversionRule(RULE_DICT, {**portable, **ascii_rule}),
        ],
        # Every command in braces of its own: "{\'e}", "{\textbackslash}input".
        replacement_latex_protection="braces-all",
        unknown_char_policy="keep",
        unknown_char_warning=False,
    )


#: Text that needs no command: most titles, names and venues are only this.
_PLAIN = re.compile(r"[A-Za-z0-9 .:;!?()\[\]/+=*@]*(?:[,-][A-Za-z0-9 .:;!?()\[\]/+=*@]+)*")


@functools.lru_cache(maxsize=4096)
def latex(text: str) -> str:
    """``text`` as BibTeX field text: TeX's special characters as text, braces balanced."""
    if _PLAIN.fullmatch(text):
        return text
    return str(_encoder().unicode_to_latex(text))


#: Characters a URL may not hold as they are (RFC 3986), besides the whitespace and control
#: characters the data format refuses: among them the braces, the backslash and the ``^``.
_NOT_IN_URL = re.compile(r'["<>\\^`{|}]')


def address(text: str) -> str:
    """A URL or DOI as a verbatim field: what a URL may not hold as it is, percent-encoded."""
    return _NOT_IN_URL.sub(lambda match: f"%{ord(match.group()):02X}", text)


#: What BibTeX would read in a name as more than one name, or as "Last, First": a comma, or
#: "and" as a word in any case.
_SPLITS_A_NAME = re.compile(r",|(?<!\S)and(?!\S)", re.IGNORECASE)


def author_field(authors: str | tuple[Author, ...] | None) -> str | None:
    """The ``author`` field: names joined by " and ", "et al." written "and others"."""
    if authors is None:
        return None
    names, more = author_list(authors)
    listed = not isinstance(authors, str)
    field = [_name(name, listed=listed) for name in names if name.strip()]
    if more:
        field.append("others")
    return " and ".join(field) or None


def _name(name: str, *, listed: bool = False) -> str:
    """One author's name, braced as one unit when BibTeX would read it otherwise.

    A name that holds " and " or a comma is a team or a company (or would be read as "Last,
    First"); "others" means "et al." to BibTeX, which is what an author text means by it but
    not an author of a list.
    """
    text = latex(name.strip())
    others = name.strip().lower() == "others"
    if _SPLITS_A_NAME.search(name) or (others and listed):
        return f"{{{text}}}"
    return text


def entry(award: Award) -> str:
    """The BibTeX entry of ``award``: ``@inproceedings`` when it has a venue, else ``@misc``."""
    fields = [
        # Double braces keep the title's capitals as written.
        ("title", "{" + latex(award.title) + "}"),
        ("author", author_field(award.authors)),
        ("booktitle", latex(award.venue) if award.venue else None),
        ("year", str(award.year) if award.year else None),
        ("doi", address(award.doi) if award.doi else None),
        ("eprint", award.arxiv),
        ("archivePrefix", "arXiv" if award.arxiv else None),
        ("url", address(award.url) if award.url else None),
    ]
    kind = "inproceedings" if award.venue else "misc"
    lines = [f"  {name} = {{{value}}}," for name, value in fields if value is not None]
    return "\n".join([f"@{kind}{{{award.id},", *lines, "}"]) + "\n"


def bibliography(awards: Iterable[Award]) -> str:
    """The entries of ``awards``, one blank line apart."""
    return "\n".join(entry(award) for award in awards)
