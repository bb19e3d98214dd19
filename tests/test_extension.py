"""What the extension declares to Sphinx."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from sphinx.testing.util import SphinxTestApp

import sphinx_awards


@pytest.mark.sphinx("html", testroot="minimal")
def test_setup_metadata(app: SphinxTestApp) -> None:
    extension = app.extensions["sphinx_awards"]
    assert extension.version == sphinx_awards.__version__
    assert extension.parallel_read_safe is True
    assert extension.parallel_write_safe is True
    assert isinstance(app.registry.get_envversion(app)["sphinx_awards"], int)


@pytest.mark.sphinx("html", testroot="minimal")
def test_sphinx_design_is_set_up_by_the_extension(app: SphinxTestApp) -> None:
    assert "sphinx_design" in app.extensions


@pytest.mark.sphinx("html", testroot="minimal")
def test_awards_data_is_a_typed_config_value(app: SphinxTestApp) -> None:
    assert app.config.awards_data == []
    value = app.config._options["awards_data"]
    assert value.rebuild == "env"


def test_command_line_prints_the_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "sphinx_awards", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == f"sphinx-awards {sphinx_awards.__version__}"


#: Runs ``sphinx-awards --version`` and prints the top-level packages it imported.
VERSION_IMPORTS = """
import json, runpy, sys
sys.argv = ["sphinx-awards", "--version"]
try:
    runpy.run_module("sphinx_awards", run_name="__main__")
except SystemExit:
    pass
print(json.dumps(sorted({name.split(".")[0] for name in sys.modules})))
"""


def test_the_version_imports_neither_sphinx_nor_docutils() -> None:
    result = subprocess.run(
        [sys.executable, "-c", VERSION_IMPORTS], capture_output=True, text=True, check=True
    )
    version, imported = result.stdout.splitlines()
    assert version == f"sphinx-awards {sphinx_awards.__version__}"
    assert "sphinx_awards" in imported
    assert not {"sphinx", "docutils", "sphinx_design", "yaml"} & set(json.loads(imported))
