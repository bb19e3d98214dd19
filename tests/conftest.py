"""Shared fixtures: Sphinx's testing fixtures and the project's paths."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp

pytest_plugins = ("sphinx.testing.fixtures",)

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def rootdir() -> Path:
    """Where the small test projects (``tests/roots/test-*``) live."""
    return REPO / "tests" / "roots"


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


def page(app: SphinxTestApp, name: str) -> str:
    """The HTML of one built page."""
    return (Path(app.outdir) / f"{name}.html").read_text(encoding="utf-8")


def build(srcdir: Path, builder: str = "html") -> SphinxTestApp:
    """Build a project with nitpicky warnings, and release Sphinx's global registrations."""
    app = SphinxTestApp(builder, srcdir=srcdir, confoverrides={"nitpicky": True})
    try:
        app.build()
    finally:
        app.cleanup()
    return app
