"""``sphinx-awards schema`` and the published schema: what editors read to check data files."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import REPO, build, warnings

SCHEMA = (REPO / "ext" / "sphinx_awards" / "awards.schema.json").read_text(encoding="utf-8")


def run(*arguments: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    """``python -m sphinx_awards`` with ``arguments``, as a terminal runs it."""
    command = [sys.executable, "-m", "sphinx_awards", *arguments]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)


def test_schema_prints_the_schema_builds_validate_against() -> None:
    result = run("schema")
    assert (result.returncode, result.stdout, result.stderr) == (0, SCHEMA, "")


def test_schema_output_writes_a_file_an_editors_checker_validates_data_with(
    tmp_path: Path,
) -> None:
    result = run("schema", "--output", "awards.schema.json", cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    written = tmp_path / "awards.schema.json"
    assert written.read_text(encoding="utf-8") == SCHEMA
    # What a YAML language server does with the file, done by check-jsonschema.
    checker = [sys.executable, "-m", "check_jsonschema", "--schemafile", str(written)]
    checked = subprocess.run(
        [*checker, str(REPO / "data" / "neurips-2025.yaml")], capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_schema_output_to_a_folder_that_is_not_there_says_so(tmp_path: Path) -> None:
    result = run("schema", "--output", "missing/awards.schema.json", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("missing/awards.schema.json: cannot write the schema: ")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("command", [[], ["check"], ["export"], ["schema"]])
def test_help_is_plain_text(command: list[str]) -> None:
    result = run(*command, "--help")
    assert result.returncode == 0
    assert result.stdout.startswith("usage: sphinx-awards")
    assert "``" not in result.stdout


def test_html_builds_publish_the_schema_beside_the_exports(rootdir: Path, tmp_path: Path) -> None:
    shutil.copytree(rootdir / "test-awards", tmp_path / "src")
    app = build(tmp_path / "src")
    assert warnings(app) == ""
    published = Path(app.outdir) / "awards" / "awards.schema.json"
    assert published.read_text(encoding="utf-8") == SCHEMA
