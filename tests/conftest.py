"""Shared fixtures and helpers: Sphinx's testing fixtures, the built pages, the warnings."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from bs4 import BeautifulSoup
from sphinx.testing.util import SphinxTestApp
from sphinx.util.console import strip_escape_sequences

from sphinx_awards import yamlnodes

pytest_plugins = ("sphinx.testing.fixtures",)

REPO = Path(__file__).resolve().parent.parent

#: The YAML parsers a data file can be read with here: always PyYAML's own, and libyaml
#: (whichever version the installed PyYAML bundles) where it is there.
YAML_PARSERS = {"pure-python": "SafeLoader"}
if yaml.__with_libyaml__:
    from yaml import _yaml

    YAML_PARSERS[f"libyaml-{_yaml.get_version_string()}"] = "CSafeLoader"


#: The HTML themes the extension is tested in: Sphinx's alabaster, the site's furo, and the
#: three of the `themes` extra, marked so (compat cells without them leave those out).
HTML_THEMES = [
    "alabaster",
    "furo",
    *(
        pytest.param(theme, marks=pytest.mark.themes)
        for theme in ("pydata_sphinx_theme", "sphinx_book_theme", "sphinx_rtd_theme")
    ),
]


@pytest.fixture(params=list(YAML_PARSERS))
def yaml_parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Read data files with each parser in turn; the name of PyYAML's loader class in use."""
    loader = YAML_PARSERS[request.param]
    monkeypatch.setattr(yamlnodes, "_FAST_LOADER", getattr(yaml, loader))
    return loader


def unavailable(reason: str) -> None:
    """Skip where a tool a test needs is missing, but fail under CI, which must run it."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"cannot run under CI: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def rootdir() -> Path:
    """Where the small test projects (``tests/roots/test-*``) live."""
    return REPO / "tests" / "roots"


def page(app: SphinxTestApp, docname: str) -> BeautifulSoup:
    """The built HTML page of ``docname``, parsed."""
    html = (Path(app.outdir) / f"{docname}.html").read_text(encoding="utf-8")
    return BeautifulSoup(html, "html.parser")


def warnings(app: SphinxTestApp) -> str:
    """The build's warnings, with the source folder written ``<src>``."""
    text = strip_escape_sequences(app.warning.getvalue())
    return text.replace(str(app.srcdir) + "/", "<src>/")


def awards_warnings(source: str, expected: list[tuple[int, str, str]]) -> str:
    """The warning list ``warnings()`` gives for (line, message, subtype)s in one source file."""
    return "".join(
        f"<src>/{source}:{line}: WARNING: {message} [awards.{subtype}]\n"
        for line, message, subtype in expected
    )


def data(app: SphinxTestApp, name: str) -> dict[str, Any]:
    """A data file of the test project, read as plain YAML (the expected values)."""
    return yaml.safe_load((Path(app.srcdir) / "data" / name).read_text(encoding="utf-8"))


def copy_site(tmp: Path) -> Path:
    """The site's sources in a temporary folder, laid out as in the repository; its docs/."""
    # A copy, so a build cannot write into the repository; data/ beside docs/ and
    # .readthedocs.yaml above it, because pages name them relatively.
    shutil.copytree(REPO / "docs", tmp / "docs")
    shutil.copytree(REPO / "data", tmp / "data")
    shutil.copy(REPO / ".readthedocs.yaml", tmp)
    return tmp / "docs"


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> SphinxTestApp:
    """The docs/ site built once into a temporary folder, as `sphinx-build -n -W` would."""
    return build(copy_site(tmp_path_factory.mktemp("site")))


def build(srcdir: Path, builder: str = "html", **confoverrides: Any) -> SphinxTestApp:
    """Build a project from scratch with nitpicky warnings, and release Sphinx's global
    registrations."""
    overrides = {"nitpicky": True, **confoverrides}
    app = SphinxTestApp(builder, srcdir=srcdir, confoverrides=overrides, freshenv=True)
    try:
        app.build()
    finally:
        app.cleanup()
    return app


#: Builds a test root (``tests/roots/test-<name>``) by its name, builder and overrides.
BuildRoot = Callable[..., SphinxTestApp]


@pytest.fixture(scope="session")
def built_root(tmp_path_factory: pytest.TempPathFactory, rootdir: Path) -> BuildRoot:
    """Build a copy of a test root from scratch, once per session for each builder and set of
    overrides; the tests that ask for the same build share it and only read it.

    Each build has a folder of its own, so what a test sees (pages, warnings) is the same
    whichever tests ran before it, in whichever process.
    """
    builds: dict[tuple[str, str, str], SphinxTestApp] = {}

    def built(name: str, builder: str = "html", **confoverrides: Any) -> SphinxTestApp:
        key = (name, builder, repr(sorted(confoverrides.items())))
        if key not in builds:
            srcdir = tmp_path_factory.mktemp(f"{name}-{builder}") / "src"
            shutil.copytree(rootdir / f"test-{name}", srcdir)
            builds[key] = build(srcdir, builder, **confoverrides)
        return builds[key]

    return built


#: An extension for a test project: beside conf.py, it writes each page read, with the process
#: that read it, to ``read.log`` and a line for each load of the data to ``loads.log``,
#: whichever process does it (Sphinx forks -j workers).
RECORDER = """\
import os
from pathlib import Path

from sphinx_awards import loader


def setup(app):
    load_catalog = loader.load_catalog

    def counting_load_catalog(*args, **kwargs):
        with (Path(app.confdir) / "loads.log").open("a") as log:
            log.write("load\\n")
        return load_catalog(*args, **kwargs)

    def note_read(app, docname, source):
        with (Path(app.confdir) / "read.log").open("a") as log:
            log.write(f"{docname} {os.getpid()}\\n")

    loader.load_catalog = counting_load_catalog
    app.connect("source-read", note_read)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
"""


def record_builds(srcdir: Path) -> None:
    """Make a test project record what its builds read and load (``RECORDER``), once."""
    if (srcdir / "awards_recorder.py").exists():
        return
    (srcdir / "awards_recorder.py").write_text(RECORDER, encoding="utf-8")
    with (srcdir / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write(
            "\nimport os, sys\nsys.path.insert(0, os.path.dirname(__file__))\n"
            'extensions.append("awards_recorder")\n'
        )


def pages_read(srcdir: Path) -> dict[str, int]:
    """The pages a recording project read since this was last asked (``record_builds``), each
    with the process that read it."""
    log = srcdir / "read.log"
    if not log.exists():
        return {}
    read = {docname: int(pid) for docname, pid in map(str.split, log.read_text().splitlines())}
    log.unlink()
    return read
