"""Shared fixtures and helpers: Sphinx's testing fixtures, the built pages, the warnings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from bs4 import BeautifulSoup
from sphinx.testing.util import SphinxTestApp
from sphinx.util.console import strip_escape_sequences

pytest_plugins = ("sphinx.testing.fixtures",)

REPO = Path(__file__).resolve().parent.parent


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


def data(app: SphinxTestApp, name: str) -> dict[str, Any]:
    """A data file of the test project, read as plain YAML (the expected values)."""
    return yaml.safe_load((Path(app.srcdir) / "data" / name).read_text(encoding="utf-8"))
