"""Development tasks: build, preview and link-check the docs, run the tests, linters and benchmark.

Run ``nox`` for the default sessions (lint, typecheck, tests, docs) or ``nox -s <name>`` for
one. Every session installs the project afresh, so a change in ``ext/`` is always seen, with its
dependencies at the versions locked in ``requirements/`` for its Python (``nox -s lock``
refreshes them), and passes ``session.posargs`` on to the tool it runs. Sessions are made with
uv when it is there (``pip install "nox[uv]"``), else with virtualenv and pip.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import nox
import nox.project

nox.options.sessions = ["lint", "typecheck", "tests", "docs"]
nox.options.reuse_existing_virtualenvs = True
nox.options.default_venv_backend = "uv|virtualenv"

ROOT = Path(__file__).parent
PYPROJECT = nox.project.load_toml(ROOT / "pyproject.toml")
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


def groups(*names: str) -> tuple[str, ...]:
    """The requirements of dependency groups of pyproject.toml (the project's own tools)."""
    return nox.project.dependency_groups(PYPROJECT, *names)


def uses_uv(session: nox.Session) -> bool:
    """Whether the session's environment is made and filled by uv."""
    return getattr(session.virtualenv, "venv_backend", None) == "uv"


def install_project(
    session: nox.Session, *extras: str, tools: tuple[str, ...] = (), pins: tuple[str, ...] = ()
) -> None:
    """Install the project (not editable, so what is tested is what users install) with its
    ``extras`` and the dependency groups ``tools``, held to ``pins`` (default: the lock)."""
    project = f".[{','.join(extras)}]" if extras else "."
    requirements = (*(pins or pinned(session)), project, *groups(*tools))
    # Both keep an installed copy of the same version: reinstall so edits in ext/ are seen.
    if uses_uv(session):
        session.install("--reinstall-package", "sphinx-awards", *requirements)
    else:
        session.install(*requirements)
        session.install("--force-reinstall", "--no-deps", ".")


def uv(session: nox.Session) -> str:
    """The uv command for ``session.run``: the backend's own, else installed in the session."""
    if not uses_uv(session):
        session.install("uv")
    return "uv"


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
    """Compare what a compat cell installed with its row of the table, and write it there."""
    tested = json.loads(session.run("python", "-c", REPORT_VERSIONS, silent=True))
    write_tested_versions(
        session, {"Python": tested.pop("Python"), "Versions": resolution, **tested}
    )


def write_tested_versions(session: nox.Session, tested: dict[str, str]) -> None:
    """Write a compat cell's row of the table where it differs.

    A locked or lowest row that was wrong fails the session: those versions are fixed by the
    repository, so the table was stale. A newest row follows upstream releases: it is updated
    with a warning.
    """
    resolution = tested["Versions"]
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


def locked_row(python: str) -> dict[str, str]:
    """The table's row of the locked versions of ``python``."""
    with TESTED_VERSIONS.open(encoding="utf-8", newline="") as file:
        return next(
            row
            for row in csv.DictReader(file)
            if (row["Python"], row["Versions"]) == (python, "locked")
        )


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
    install_project(session, "docs", tools=("live",))
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
    """Build the PDF (as Read the Docs does) into build/latex and test it, and the awards with
    pdfLaTeX, XeLaTeX and LuaLaTeX; needs TeX and poppler."""
    install_project(session, "docs", tools=("test",))
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
    # The site's PDF, the cards with each LaTeX engine, then documents citing the BibTeX export
    # and cards with every picture type (built in temporary folders), on every core.
    tests = (
        "tests/test_pdf.py",
        "tests/test_latex_engines.py",
        "tests/test_bibtex_latex.py",
        "tests/test_pictures_latex.py",
    )
    session.run("pytest", "-n", "auto", "-m", "pdf", *tests, env={"AWARDS_PDF": str(pdf)})
    session.log(f"The PDF is {pdf}")


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite on every core (``-- -n 0`` for one process)."""
    install_project(session, "docs", "themes", tools=("test",))
    session.run("pytest", "-n", "auto", *session.posargs)


@nox.session
def slow(session: nox.Session) -> None:
    """Run the tests marked slow once: the benchmark's quick mode, EPUBCheck, the tutorial."""
    install_project(session, "docs", tools=("test",))
    # The tutorial's install line, run by a test that reaches no network, takes its packages
    # from here: the project with what the tutorial installs, and what builds the project.
    wheelhouse = BUILD / "wheelhouse"
    session.install("pip")
    session.run(
        *("python", "-m", "pip", "wheel", "--quiet", "--wheel-dir", str(wheelhouse)),
        *pinned(session),
        *(".[site]", "hatchling"),
    )
    environment = {"AWARDS_WHEELHOUSE": str(wheelhouse)}
    session.run("pytest", "-n", "auto", "-m", "slow", *session.posargs, env=environment)


def compile_pins(session: nox.Session, output: Path | str, *options: str) -> None:
    """Resolve the dependencies of pyproject.toml into a pinned requirements file."""
    session.run(
        *(uv(session), "pip", "compile", "--quiet", "pyproject.toml"),
        *(*options, "--output-file", str(output)),
    )


def pins_of(lock: Path) -> dict[str, str]:
    """Package name -> version of a requirements file written by ``uv pip compile``."""
    lines = (line.split(" ;")[0] for line in lock.read_text(encoding="utf-8").splitlines())
    return dict(line.lower().split("==", 1) for line in lines if "==" in line)


@nox.session(python=PYTHONS)
@nox.parametrize("versions", list(RESOLUTIONS))
def compat(session: nox.Session, versions: str) -> None:
    """Run the tests at the locked, newest and lowest allowed versions (each distinct one once).

    The lowest cell of the oldest Python also installs the lowest versions of the themes
    extra and runs the theme tests; the others leave them out by their marker.
    """
    python = str(session.python)
    lock = lock_file(python)
    running = f"{sys.version_info.major}.{sys.version_info.minor}"
    if versions == "locked" and python == running:
        session.skip(f"`nox -s tests` runs Python {python} with its lock already.")
    themes = versions == "lowest" and python == PYTHONS[0]
    extras = ("docs", "themes") if themes else ("docs",)
    pins = lock
    if resolution := RESOLUTIONS[versions]:
        pins = BUILD / "compat" / f"py{python}-{versions}.txt"
        pins.parent.mkdir(parents=True, exist_ok=True)
        options = [f"--extra={extra}" for extra in extras]
        options += ["--group=pyproject.toml:test", "--python-version", python]
        compile_pins(session, pins, *options, "--upgrade", "--resolution", resolution)
        resolved = pins_of(pins)
        if all(pins_of(lock).get(name) == version for name, version in resolved.items()):
            # The same versions as the locked cell, which the table's locked row records.
            write_tested_versions(session, {**locked_row(python), "Versions": versions})
            session.skip(f"the {versions} versions for Python {python} are its lock's.")
    # Constraints, not a sync: a reused environment is moved to exactly these versions.
    install_project(session, *extras, tools=("test",), pins=("--constraint", str(pins)))
    deselect = () if themes else ("-m", "not browser and not pdf and not slow and not themes")
    session.run("pytest", "-q", "-n", "auto", *deselect, *session.posargs)
    check_tested_versions(session, versions)


@nox.session
def lock(session: nox.Session) -> None:
    """Pin every dependency for each supported Python, and the docs' for Read the Docs.

    Pins already in the locks are kept: ``nox -s lock -- --upgrade`` moves every one to the
    newest version allowed.
    """
    header = ("--custom-compile-command", "nox -s lock", *session.posargs)
    every_group = [f"--group=pyproject.toml:{name}" for name in PYPROJECT["dependency-groups"]]
    for python in PYTHONS:
        output = lock_file(python).relative_to(ROOT)
        options = (*header, "--all-extras", *every_group, "--python-version", python)
        compile_pins(session, output, *options)
    options = (*header, "--extra", "docs", "--python-version", READTHEDOCS_PYTHON)
    compile_pins(session, "docs/requirements.txt", *options)


@nox.session
def translations(session: nox.Session) -> None:
    """Update the message catalogs from the sources and compile them (``-- it`` adds Italian)."""
    install_project(session)
    session.run("python", "-m", "tests.catalogs", *session.posargs)


#: What the sdist's smoke test runs: the extension in a project, its command line, the data.
SDIST_SMOKE_TESTS = ["tests/test_extension.py", "tests/test_cli.py", "tests/test_data.py"]
#: Files of the package besides its modules that the wheel must hold.
PACKAGE_FILES = ["py.typed", "awards.schema.json", "export.schema.json"]


@nox.session
def sdist(session: nox.Session) -> None:
    """Build the sdist and wheel, check what they hold, install the sdist and smoke-test it."""
    session.install(*pinned(session), "build")
    dist = Path(session.create_tmp()) / "dist"
    shutil.rmtree(dist, ignore_errors=True)  # an older unpacked sdist must not mix in
    session.run("python", "-m", "build", "--sdist", "--wheel", "--outdir", str(dist), str(ROOT))
    (wheel,) = dist.glob("*.whl")
    check_wheel(session, wheel)
    (archive,) = dist.glob("*.tar.gz")
    with tarfile.open(archive) as tar:
        top = archive.name.removesuffix(".tar.gz")
        packed = {member.name.removeprefix(f"{top}/") for member in tar if member.isfile()}
        tar.extractall(dist, filter="data")
    missing = sorted(set(sdist_files()) - packed)
    if missing:
        session.error(f"The sdist lacks tracked files (or holds them as links): {missing}")
    session.chdir(dist / top)
    install_project(session, "docs", tools=("test",))
    session.run("pytest", "-q", "-n", "auto", *SDIST_SMOKE_TESTS, *session.posargs)


def check_wheel(session: nox.Session, wheel: Path) -> None:
    """Fail unless the wheel holds the package's data files as files and requires, beyond
    the extension's own dependencies, only the extras a user installs."""
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        (metadata,) = (name for name in names if name.endswith(".dist-info/METADATA"))
        requires = [
            line.removeprefix("Requires-Dist: ")
            for line in archive.read(metadata).decode("utf-8").splitlines()
            if line.startswith("Requires-Dist: ")
        ]
    expected = {f"sphinx_awards/{name}" for name in PACKAGE_FILES}
    if not expected <= names:
        session.error(f"The wheel lacks {sorted(expected - names)}")
    extras = {extra for line in requires for extra in re.findall(r"extra == '([^']+)'", line)}
    if extras != set(PYPROJECT["project"]["optional-dependencies"]):
        session.error(f"The wheel requires packages for the extras {sorted(extras)}")


def sdist_files() -> list[str]:
    """The tracked files the sdist must hold: those under the folders and files it includes."""
    included = PYPROJECT["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]
    tracked = subprocess.run(
        ["git", "ls-files", "--", *included],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    return [name for name in tracked if (ROOT / name).is_file()]


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmark builds against handwritten cards and datatemplates (``-- --quick`` for a taste)."""
    install_project(session, "docs", tools=("bench",))
    session.run("python", "-m", "benchmarks.run", *session.posargs)


@nox.session
def browser(session: nox.Session) -> None:
    """Test the built site in Chromium; screenshots go to build/screenshots."""
    install_project(session, "docs", "themes", tools=("browser",))
    # A file's tests share the sites its fixtures build and serve: keep them in one process.
    parallel = ("-n", "auto", "--dist", "loadfile")
    session.run("pytest", *parallel, "-m", "browser", "tests/browser", *session.posargs)


@nox.session(name="theme-screenshots")
def theme_screenshots(session: nox.Session) -> None:
    """Refresh the guide's pictures of the awards in each theme; needs Chromium and pngquant."""
    install_project(session, "docs", "themes", tools=("browser",))
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
    session.install(*pinned(session), *groups("lint"))
    session.run("ruff", "check", ".", *session.posargs)
    session.run("ruff", "format", "--check", ".", *session.posargs)


@nox.session
def typecheck(session: nox.Session) -> None:
    """Check the extension's types with mypy (strict; its settings are in pyproject.toml)."""
    install_project(session, tools=("typecheck",))
    session.run("mypy", *session.posargs)
