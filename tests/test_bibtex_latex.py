"""A document that cites hostile exported entries compiles, prints them as written, reads nothing.

The entries come from ``sphinx-awards export --format bibtex``, as an author would make them,
for awards whose every text is written to make TeX act: ``\\input`` and ``^^5c`` notation
aimed at a file of this machine (a canary whose text must not reach the PDF or the log),
``\\write18`` under ``-shell-escape``, unbalanced braces, every special character. BibTeX and
pdflatex compile them in a temporary folder with ``-recorder``, whose list of every file TeX
opened must hold none outside TeX's own trees and that folder. These tests need TeX, so a
plain ``pytest`` leaves them out: ``nox -s pdf`` runs them.
"""

from __future__ import annotations

import random
import re
import shutil
import subprocess
import sys
import unicodedata
import uuid
from pathlib import Path

import pytest
import yaml

from sphinx_awards.bibtex import latex

from .conftest import unavailable

pytestmark = pytest.mark.pdf

TOOLS = ("pdflatex", "lualatex", "bibtex", "pdftotext", "kpsewhich")

#: Titles written to make TeX act; CANARY stands for the path of a file it must not read.
HOSTILE_TITLES = [
    r"\input{CANARY}",
    "^^5cinput^^7bCANARY^^7d",
    r"\csname input\endcsname{CANARY}",
    r"\immediate\write18{touch PWNED} and \openin1=CANARY \read1 to \x",
    r"\catcode`\^=7 ^^5c^^5c",
    "x^2 scaling with ~100 tokens",
    "100% of #1 & $x_1$ costs",
    "{unbalanced",
    "unbalanced} }{ braces {}",
    r"back\slash \\ twice \\",
    "a--b and c---d, ,,low",
    "Let's `tick' and \"quote\"",
    "<tag> | pipe @comment{",
    "Éléphant über Straße, łódź, Ørsted",
    "α-divergence ≤ β and ε-greedy × 2",  # noqa: RUF001 -- these characters on purpose
    "Line one\nline two\tand a tab",
]
#: Names, a venue and addresses with the same intent.
HOSTILE_AUTHORS = [
    {"name": r"Ada \input{CANARY}"},
    {"name": "Tom and Jerry"},
    {"name": "Doe, Jane, Jr."},
    {"name": "{Brace"},
    {"name": "others"},
]
HOSTILE_VENUE = "Venue % {x ^^5c"
HOSTILE_URL = "https://example.org/^^5cinput{CANARY}\\%"
HOSTILE_DOI = "10.1000/x^^5c{y}_z%"
#: Kept as UTF-8 (see bibtex.py): compiled by a Unicode engine only.
UNICODE_TITLES = ["Привет, мир", "中文标题 😀 🏆", "עברית ← arrows ⇒"]

#: A page wide enough for any title on one line: text past a page's edge is not in its text.
DOCUMENT = r"""\documentclass{article}
%(preamble)s
\usepackage[paperwidth=500cm,paperheight=100cm,margin=1cm]{geometry}
\usepackage{url}
\usepackage[numbers]{natbib}
\hyphenpenalty=10000 \exhyphenpenalty=10000
\begin{document}
\raggedright
\nocite{*}
\bibliographystyle{unsrtnat}
\bibliography{awards}
\end{document}
"""
T1 = "\\usepackage[T1]{fontenc}\n\\usepackage{lmodern}"


@pytest.fixture(scope="module")
def tex() -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        unavailable(
            f"BibTeX tests: {', '.join(missing)} not found: see the apt-get line of .ci/run"
        )


@pytest.fixture
def canary(tmp_path: Path) -> tuple[Path, str]:
    """A file outside the build folder, with text nothing else holds."""
    secret = f"canary-{uuid.uuid4().hex}"
    path = tmp_path / "secret" / "canary.tex"
    path.parent.mkdir()
    path.write_text(f"{secret}\n", encoding="utf-8")
    return path, secret


def export(folder: Path, awards: list[dict[str, object]]) -> None:
    """``awards.bib`` in ``folder``, printed by the export command as the README shows it."""
    collection = {
        "id": "hostile",
        "title": "Hostile",
        "year": 2025,
        "kinds": [{"id": "best", "label": "Best"}],
        "awards": [
            {"id": f"award-{number}", "kind": "best", **award}
            for number, award in enumerate(awards)
        ],
    }
    (folder / "awards.yaml").write_text(yaml.safe_dump(collection), encoding="utf-8")
    command = [sys.executable, "-m", "sphinx_awards", "export", "awards.yaml", "--format", "bibtex"]
    result = subprocess.run(command, cwd=folder, capture_output=True, text=True, check=False)
    assert (result.returncode, result.stderr) == (0, "")
    (folder / "awards.bib").write_text(result.stdout, encoding="utf-8")


def author(number: int) -> str:
    """An author of its own for each entry: natbib labels the entries of one author and year
    2025a to 2025z, and no further."""
    return f"Author {number:04d}"


def compile_document(folder: Path, engine: str, preamble: str, *options: str) -> str:
    """Run ``engine``, bibtex and ``engine`` twice on the document; the PDF's text."""
    (folder / "doc.tex").write_text(DOCUMENT % {"preamble": preamble}, encoding="utf-8")
    run = [engine, "-recorder", "-interaction=nonstopmode", "-halt-on-error", *options, "doc"]
    for command in (run, ["bibtex", "doc"], run, run):
        result = subprocess.run(command, cwd=folder, capture_output=True, check=False)
        assert result.returncode == 0, (command, result.stdout.decode(errors="replace")[-3000:])
    pdf = subprocess.run(
        ["pdftotext", "doc.pdf", "-"], cwd=folder, capture_output=True, text=True, check=True
    )
    return pdf.stdout


def tex_trees() -> list[str]:
    """The folders TeX reads its own files from (kpathsea's TEXMF and its web2c settings)."""
    value = subprocess.run(
        ["kpsewhich", "-var-value", "TEXMF"], capture_output=True, text=True, check=True
    ).stdout
    trees = [part.strip("{}!") for part in value.strip().split(",")]
    for variable in ("TEXMFSYSVAR", "TEXMFVAR", "TEXMFSYSCONFIG", "TEXMFCNF"):
        found = subprocess.run(
            ["kpsewhich", "-var-value", variable], capture_output=True, text=True, check=True
        ).stdout
        trees += [part.strip("{}!") for part in re.split(r"[,:;]", found.strip())]
    return [tree.rstrip("/") + "/" for tree in trees if tree.startswith("/")]


def opened_files(folder: Path) -> list[str]:
    """Every file TeX opened for reading, from its ``-recorder`` list."""
    recorded = (folder / "doc.fls").read_text(encoding="utf-8", errors="replace")
    return [
        line.removeprefix("INPUT ") for line in recorded.splitlines() if line.startswith("INPUT ")
    ]


#: The marks a title stands between in the tests, to find it whole in the PDF's text.
OPEN, CLOSE = "\N{SECTION SIGN}", "\N{PILCROW SIGN}"


def printed_titles(text: str) -> list[str]:
    """The titles the PDF prints between the marks, whitespace made single spaces."""
    return [comparable(title) for title in re.findall(f"{OPEN}(.*?){CLOSE}", words(text))]


def words(text: str) -> str:
    """Text with its runs of whitespace made one space, as a line break in the PDF is."""
    return " ".join(text.split())


def as_printed(title: str) -> str:
    """A title as the PDF prints it: '"' is a closing double quote, which OT1 can print too."""
    return comparable(title.replace('"', "\N{RIGHT DOUBLE QUOTATION MARK}"))


def comparable(text: str) -> str:
    """Text with whitespace runs made one space, and compatibility forms their letters: the
    fonts print a micro sign for mu."""
    return words(unicodedata.normalize("NFKC", text))


def test_hostile_entries_compile_print_as_written_and_read_no_file(
    tex: None, tmp_path: Path, canary: tuple[Path, str]
) -> None:
    path, secret = canary
    folder = tmp_path / "build"
    folder.mkdir()
    titles = [title.replace("CANARY", str(path)) for title in HOSTILE_TITLES]
    titles = [title.replace("PWNED", str(folder / "PWNED")) for title in titles]
    authors = [{"name": a["name"].replace("CANARY", str(path))} for a in HOSTILE_AUTHORS]
    export(
        folder,
        [
            {
                # Each title between marks, to find it in the PDF whole.
                "title": f"{OPEN}{title}{CLOSE}",
                "authors": authors,
                "venue": HOSTILE_VENUE,
                "url": HOSTILE_URL.replace("CANARY", str(path)),
                "doi": HOSTILE_DOI,
            }
            for title in titles
        ],
    )
    text = compile_document(folder, "pdflatex", T1, "-shell-escape")

    assert printed_titles(text) == [as_printed(title) for title in titles]
    # No file of the machine was read, and no command ran.
    assert secret not in text
    for produced in ("doc.log", "doc.bbl", "doc.blg"):
        assert secret not in (folder / produced).read_text(encoding="utf-8", errors="replace")
    trees = tex_trees()
    outside = [
        opened
        for opened in opened_files(folder)
        if Path(opened).is_absolute() and not opened.startswith(tuple(trees))
    ]
    assert outside == []
    assert not (folder / "PWNED").exists()


def test_hostile_entries_compile_in_latexs_default_font_encoding(tex: None, tmp_path: Path) -> None:
    export(
        tmp_path,
        [{"title": title, "authors": HOSTILE_AUTHORS} for title in HOSTILE_TITLES],
    )
    text = compile_document(tmp_path, "pdflatex", "")
    # OT1 has no ^ of its own: LaTeX prints the circumflex accent.
    assert "x\N{MODIFIER LETTER CIRCUMFLEX ACCENT}2 scaling" in text


def test_characters_kept_as_utf8_compile_in_a_unicode_engine(tex: None, tmp_path: Path) -> None:
    export(tmp_path, [{"title": title} for title in [*HOSTILE_TITLES, *UNICODE_TITLES]])
    compile_document(tmp_path, "lualatex", "")


#: Every character the encoder writes as a LaTeX command (ASCII and combining marks aside,
#: which are written with the letter before them).
SPELLED = [
    chr(code)
    for code in range(0x80, 0x2400)
    if "\\" in latex(chr(code)) and not unicodedata.combining(chr(code))
]
#: How each engine and font encoding is set up in a document.
SETUPS = {
    "pdflatex-OT1": ("pdflatex", ""),
    "pdflatex-T1": ("pdflatex", T1),
    "lualatex": ("lualatex", ""),
}


@pytest.mark.parametrize("setup", list(SETUPS))
def test_every_character_written_as_a_command_compiles(
    tex: None, tmp_path: Path, setup: str
) -> None:
    assert len(SPELLED) > 300
    engine, preamble = SETUPS[setup]
    # Through BibTeX too: each character in a title of its own.
    export(tmp_path, [{"title": f"x{c}x", "authors": author(n)} for n, c in enumerate(SPELLED)])
    compile_document(tmp_path, engine, preamble)


#: What random titles are made of: ASCII, Latin letters, Greek, punctuation and symbols that
#: pdflatex prints, each written by a command or as it is. Not those whose text pdftotext
#: cannot read back from the PDF: an ellipsis (LaTeX prints three spaced full stops), ≠ and ∉
#: (drawn as = and ∈ struck through), the large operators ∑ ∏ ∫, and Δ (read as ∆).
ALPHABET = (
    "".join(chr(code) for code in range(0x20, 0x7F))
    + "ÀÉÎÕÜàéîõüçñßøæœłŁŕŽžĞğİıŠš"
    + "αβγδεζηθλμπσφψωΓΘΛΞΠΣΦΨΩ"
    + "–—‘’“”•†‡©®™€£¥°±×÷≤≥≈∞∂∇∈⊂⊆∪∩→←↔⇒⇔"  # noqa: RUF001
)


def test_random_titles_print_as_written(tex: None, tmp_path: Path) -> None:
    generator = random.Random(22)
    titles = []
    for _ in range(60):
        title = "".join(generator.choice(ALPHABET) for _ in range(generator.randint(1, 30)))
        if title.strip():
            titles.append(title)
    export(
        tmp_path,
        [
            {"title": f"{OPEN}{title}{CLOSE}", "authors": author(n)}
            for n, title in enumerate(titles)
        ],
    )
    text = compile_document(tmp_path, "pdflatex", T1)
    assert printed_titles(text) == [as_printed(title) for title in titles]
