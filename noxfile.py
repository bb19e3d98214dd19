"""Development tasks: build, preview and link-check the docs, run the tests, linters and benchmark.

Run ``nox`` for the default sessions (lint, tests, docs) or ``nox -s <name>`` for one.
Every session installs the project afresh, so a change in ``ext/`` is always seen, and
passes ``session.posargs`` on to the tool it runs.
"""

from __future__ import annotations

from pathlib import Path

import nox

nox.options.sessions = ["lint", "tests", "docs"]
nox.options.reuse_existing_virtualenvs = True

ROOT = Path(__file__).parent
DOCS = ROOT / "docs"
BUILD = ROOT / "build"


# -----------------------------------------------------------------------------
# Helpers
# -----------------------------------------------------------------------------
def install_project(session: nox.Session, *extras: str) -> None:
    """Install the project (not editable, so what is tested is what users install)."""
    session.install(f".[{','.join(extras)}]" if extras else ".")
    # pip keeps an installed copy of the same version: reinstall so edits in ext/ are seen.
    session.install("--force-reinstall", "--no-deps", ".")


def build_docs(session: nox.Session, builder: str, *options: str) -> Path:
    """Run one Sphinx builder over docs/ into build/<builder>; return that folder."""
    out = BUILD / builder
    # Doctrees outside the output folder: the epub builder would pack them as content.
    doctrees = BUILD / "doctrees" / builder
    session.run(
        "sphinx-build",
        "-b",
        builder,
        "-d",
        str(doctrees),
        *options,
        str(DOCS),
        str(out),
        *session.posargs,
    )
    return out


# -----------------------------------------------------------------------------
# Sessions
# -----------------------------------------------------------------------------
@nox.session
def docs(session: nox.Session) -> None:
    """Build the HTML docs into build/html, failing on any warning."""
    install_project(session, "docs")
    out = build_docs(session, "html", "-n", "-W", "--keep-going")
    session.log(f"The docs are in {out / 'index.html'}")


@nox.session
def epub(session: nox.Session) -> None:
    """Build the e-book into build/epub, failing on any warning (Read the Docs offers it)."""
    install_project(session, "docs")
    out = build_docs(session, "epub", "-n", "-W", "--keep-going")
    session.log(f"The e-book is in {out}")


@nox.session(name="docs-live")
def docs_live(session: nox.Session) -> None:
    """Serve the docs with live reload while docs/, ext/ and data/ change."""
    install_project(session, "docs", "live")
    session.run(
        "sphinx-autobuild",
        "-b",
        "html",
        "-n",
        "--watch",
        str(ROOT / "ext"),
        "--watch",
        str(ROOT / "data"),
        "--ignore",
        str(BUILD),
        str(DOCS),
        str(BUILD / "live"),
        *session.posargs,
    )


@nox.session
def linkcheck(session: nox.Session) -> None:
    """Check every external link of the site (needs the internet)."""
    install_project(session, "docs")
    build_docs(session, "linkcheck")


@nox.session
def pdf(session: nox.Session) -> None:
    """Build the PDF (as Read the Docs does) into build/latex and test it; needs TeX and poppler."""
    install_project(session, "test")
    out = BUILD / "latex"
    session.run("sphinx-build", "-b", "latex", "-n", "-W", "--keep-going", str(DOCS), str(out))
    session.chdir(out)
    # The latexmkrc Sphinx writes selects the engine of docs/conf.py (LuaLaTeX).
    session.run(
        "latexmk",
        "-pdf",
        "-interaction=nonstopmode",
        "-halt-on-error",
        *session.posargs,
        external=True,
    )
    session.chdir(ROOT)
    pdf = next(out.glob("*.pdf"))
    session.run("pytest", "-m", "pdf", "tests/test_pdf.py", env={"AWARDS_PDF": str(pdf)})
    session.log(f"The PDF is {pdf}")


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite."""
    install_project(session, "test")
    session.run("pytest", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmark builds against handwritten cards and datatemplates (``-- --quick`` for a taste)."""
    install_project(session, "bench")
    session.run("python", "-m", "benchmarks.run", *session.posargs)


@nox.session
def browser(session: nox.Session) -> None:
    """Test the built site in Chromium; screenshots go to build/screenshots."""
    install_project(session, "browser")
    session.run("pytest", "-m", "browser", "tests/browser", *session.posargs)


@nox.session(name="theme-screenshots")
def theme_screenshots(session: nox.Session) -> None:
    """Refresh the guide's pictures of the awards in each theme; needs Chromium and pngquant."""
    install_project(session, "browser")
    out = DOCS / "screenshots" / "themes"
    session.run(
        "pytest",
        "-m",
        "browser",
        "tests/browser/test_themes.py",
        "-k",
        "screenshot",
        *session.posargs,
        env={"AWARDS_SCREENSHOTS": str(out)},
    )
    # 256 colours are plenty for flat cards and keep the repository small.
    pictures = sorted(str(path) for path in out.glob("theme-*.png"))
    session.run("pngquant", "--force", "--strip", "--ext", ".png", *pictures, external=True)


@nox.session
def lint(session: nox.Session) -> None:
    """Check style and formatting with ruff."""
    session.install("ruff>=0.6")
    session.run("ruff", "check", ".", *session.posargs)
    session.run("ruff", "format", "--check", ".", *session.posargs)
