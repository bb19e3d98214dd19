"""Development tasks: build, preview and link-check the docs, run the tests, linters and benchmark.

Run ``nox`` for the default sessions (lint, tests, docs) or ``nox -s <name>`` for one.
Every session installs the project afresh, so a change in ``ext/`` is always seen, with its
dependencies at the versions locked in ``requirements/`` for its Python (``nox -s lock``
refreshes them), and passes ``session.posargs`` on to the tool it runs.
"""

from __future__ import annotations

import csv
import json
import shutil
import sys
import tarfile
from pathlib import Path

import nox

nox.options.sessions = ["lint", "tests", "docs"]
nox.options.reuse_existing_virtualenvs = True

ROOT = Path(__file__).parent
DOCS = ROOT / "docs"
BUILD = ROOT / "build"

#: The supported Pythons, each with its own lock: what "newest" means depends on the Python
#: (Sphinx 9.1 needs 3.12, Sphinx 9.2 needs 3.13).
PYTHONS = ["3.11", "3.12", "3.13"]
#: The Python Read the Docs builds with (.readthedocs.yaml), for its pins in docs/requirements.txt.
READTHEDOCS_PYTHON = "3.12"
#: How `nox -s compat` resolves each cell: the lock, the newest allowed, the lowest allowed.
RESOLUTIONS = {"locked": None, "newest": "highest", "lowest": "lowest-direct"}
#: The table of tested versions on the guide's publishing page; `nox -s compat` keeps it true.
TESTED_VERSIONS = DOCS / "guide" / "tested-versions.csv"


# -----------------------------------------------------------------------------
# Helpers
# -----------------------------------------------------------------------------
def lock_file(python: str) -> Path:
    """The lock of every dependency for one Python version."""
    return ROOT / "requirements" / f"py{python}.txt"


def pinned(session: nox.Session) -> tuple[str, ...]:
    """pip's arguments that hold what a session installs to the lock of its Python."""
    python = session.python or f"{sys.version_info.major}.{sys.version_info.minor}"
    lock = lock_file(str(python))
    if not lock.exists():
        session.warn(f"No lock for Python {python}: installing the newest versions allowed.")
        return ()
    return ("-c", str(lock.relative_to(ROOT)))


def install_project(session: nox.Session, *extras: str) -> None:
    """Install the project (not editable, so what is tested is what users install)."""
    session.install(*pinned(session), f".[{','.join(extras)}]" if extras else ".")
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


#: Prints, as JSON, the versions a row of the tested-versions table names.
REPORT_VERSIONS = """
import json, sys, yaml
from importlib.metadata import version
names = ["Sphinx", "docutils", "myst-parser", "sphinx-design", "furo", "PyYAML"]
row = {name: version(name) for name in names}
if yaml.__with_libyaml__:
    from yaml import _yaml
    row["libyaml"] = _yaml.get_version_string()
else:
    row["libyaml"] = "none"
print(json.dumps({"Python": "%d.%d" % sys.version_info[:2], **row}))
"""


def check_tested_versions(session: nox.Session, resolution: str) -> None:
    """Compare what a compat cell installed with its row of the table, and write it there.

    A locked or lowest row that was wrong fails the session: those versions are fixed by the
    repository, so the table was stale. A newest row follows upstream releases: it is updated
    with a warning.
    """
    tested = json.loads(session.run("python", "-c", REPORT_VERSIONS, silent=True))
    tested = {"Python": tested.pop("Python"), "Versions": resolution, **tested}
    with TESTED_VERSIONS.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    cell = (tested["Python"], resolution)
    written = next((row for row in rows if (row["Python"], row["Versions"]) == cell), None)
    if written == tested:
        return
    rows = [row for row in rows if row is not written] + [tested]
    order = {name: index for index, name in enumerate(RESOLUTIONS)}
    rows.sort(key=lambda row: (row["Python"], order[row["Versions"]]))
    with TESTED_VERSIONS.open("w", encoding="utf-8", newline="") as file:
        table = csv.DictWriter(file, fieldnames=list(tested), lineterminator="\n")
        table.writeheader()
        table.writerows(rows)
    message = (
        f"{TESTED_VERSIONS.relative_to(ROOT)} said {written} for Python {cell[0]} {resolution}, "
        f"but {tested} was tested; it now says so: commit it."
    )
    if resolution == "newest":
        session.warn(message)
    else:
        session.error(message)


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
    # The site's PDF, then documents citing the BibTeX export and cards with every picture type
    # (built in temporary folders).
    tests = ("tests/test_pdf.py", "tests/test_bibtex_latex.py", "tests/test_pictures_latex.py")
    session.run("pytest", "-m", "pdf", *tests, env={"AWARDS_PDF": str(pdf)})
    session.log(f"The PDF is {pdf}")


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite."""
    install_project(session, "test", "themes")
    session.run("pytest", *session.posargs)


def compile_pins(session: nox.Session, output: Path | str, *options: str) -> None:
    """Resolve the dependencies of pyproject.toml into a pinned requirements file."""
    session.run(
        *("uv", "pip", "compile", "--quiet", "pyproject.toml", "--upgrade"),
        *(*options, "--output-file", str(output)),
    )


@nox.session(python=PYTHONS)
@nox.parametrize("versions", list(RESOLUTIONS))
def compat(session: nox.Session, versions: str) -> None:
    """Run the tests and a -W docs build at the locked, newest and lowest allowed versions."""
    session.install("uv")
    python = str(session.python)
    pins = lock_file(python)
    if resolution := RESOLUTIONS[versions]:
        pins = BUILD / "compat" / f"py{python}-{versions}.txt"
        options = ("--extra", "test", "--python-version", python, "--resolution", resolution)
        compile_pins(session, pins, *options)
    # Constraints, not a sync: a reused environment is moved to exactly these versions. Without
    # the themes extra, whose sphinx-rtd-theme would hold docutils below its newest release.
    session.run("uv", "pip", "install", "--constraints", str(pins), ".[test]")
    session.run("uv", "pip", "install", "--reinstall-package", "sphinx-awards", "--no-deps", ".")
    session.run("pytest", "-q", *session.posargs)
    out = BUILD / "compat" / f"py{python}-{versions}"
    session.run("sphinx-build", "-q", "-E", "-n", "-W", "--keep-going", str(DOCS), str(out))
    check_tested_versions(session, versions)


@nox.session
def lock(session: nox.Session) -> None:
    """Pin every dependency for each supported Python, and the docs' for Read the Docs."""
    session.install("uv")
    header = ("--custom-compile-command", "nox -s lock")
    for python in PYTHONS:
        output = lock_file(python).relative_to(ROOT)
        compile_pins(session, output, *header, "--all-extras", "--python-version", python)
    options = (*header, "--extra", "docs", "--python-version", READTHEDOCS_PYTHON)
    compile_pins(session, "docs/requirements.txt", *options)


@nox.session
def translations(session: nox.Session) -> None:
    """Update the message catalogs from the sources and compile them (``-- it`` adds Italian)."""
    install_project(session)
    session.run("python", "-m", "tests.catalogs", *session.posargs)


@nox.session
def sdist(session: nox.Session) -> None:
    """Build the sdist, unpack it, install it and run its own test suite."""
    session.install(*pinned(session), "build")
    dist = Path(session.create_tmp()) / "dist"
    shutil.rmtree(dist, ignore_errors=True)  # an older unpacked sdist must not mix in
    session.run("python", "-m", "build", "--sdist", "--outdir", str(dist), str(ROOT))
    (archive,) = dist.glob("*.tar.gz")
    with tarfile.open(archive) as tar:
        tar.extractall(dist, filter="data")
    unpacked = dist / archive.name.removesuffix(".tar.gz")
    session.chdir(unpacked)
    session.install(*pinned(session), ".[test,themes]")
    session.install("--force-reinstall", "--no-deps", ".")
    session.run("pytest", "-q", *session.posargs)


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
    session.install(*pinned(session), "ruff")
    session.run("ruff", "check", ".", *session.posargs)
    session.run("ruff", "format", "--check", ".", *session.posargs)
