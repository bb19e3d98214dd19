"""The pre-commit hook other repositories run on their data files, run as pre-commit runs it."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

from .conftest import REPO

(HOOK,) = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
SCRIPTS = PYPROJECT["project"]["scripts"]


def run_hook(repository: Path, files: list[str]) -> subprocess.CompletedProcess[str]:
    """Run the hook's entry in ``repository`` as pre-commit does for a ``python`` hook: the
    entry's command from the environment the package is installed in, the files appended."""
    command, *arguments = shlex.split(HOOK["entry"])
    executable = shutil.which(command, path=str(Path(sys.executable).parent))
    assert executable, f"{command} is not installed beside {sys.executable}"
    return subprocess.run(
        [executable, *arguments, *HOOK.get("args", []), *files],
        cwd=repository,
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_hook_runs_the_package_s_own_command() -> None:
    assert HOOK["id"] == "sphinx-awards-check"
    assert HOOK["language"] == "python"
    assert shlex.split(HOOK["entry"])[0] in SCRIPTS
    # pre-commit hands the hook YAML files only (identify's "yaml" type).
    assert HOOK["types"] == ["yaml"]


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """Another project's repository with one valid and one broken award data file."""
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(REPO / "data" / "neurips-2025.yaml", data / "good.yaml")
    text = (REPO / "data" / "neurips-2025.yaml").read_text(encoding="utf-8")
    (data / "broken.yaml").write_text(text.replace("theme: rl\n", "theme: rll\n", 1), "utf-8")
    return tmp_path


def test_the_hook_passes_valid_files(repository: Path) -> None:
    result = run_hook(repository, ["data/good.yaml"])
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == "data/good.yaml: 1 collection, 7 awards, no problems\n"


def test_the_hook_fails_on_a_broken_file_and_names_its_line(repository: Path) -> None:
    result = run_hook(repository, ["data/broken.yaml"])
    assert result.returncode == 1
    lines = (repository / "data" / "broken.yaml").read_text(encoding="utf-8").splitlines()
    line = lines.index("    theme: rll") + 1
    first, summary = result.stdout.splitlines()
    assert re.match(rf"data/broken\.yaml:{line}: .*'rll'", first), first
    assert summary == "1 problem in 1 file"
