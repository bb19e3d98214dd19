"""``sphinx-awards check``: the located messages an author, pre-commit or CI sees."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from sphinx_awards.__main__ import main

REPO = Path(__file__).resolve().parent.parent


def test_check_passes_the_real_file_with_a_summary() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "sphinx_awards", "check", "data/neurips-2025.yaml"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert (result.returncode, result.stdout, result.stderr) == (
        0,
        "data/neurips-2025.yaml: 1 collection, 7 awards, no problems\n",
        "",
    )


def test_check_locates_a_broken_value(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = (REPO / "data" / "neurips-2025.yaml").read_text(encoding="utf-8").splitlines()
    # Break the fourth award's paper link, and find its line the way an author would.
    broken = "    url: ftp://example.org/paper"
    number = lines.index("    url: https://arxiv.org/abs/2505.17638") + 1
    lines[number - 1] = broken
    monkeypatch.chdir(tmp_path)
    Path("broken.yaml").write_text("\n".join(lines), encoding="utf-8")

    assert main(["check", "broken.yaml"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"broken.yaml:{number}: awards[3].url: 'ftp://example.org/paper' is not an http(s) URL",
        "1 problem in 1 file",
    ]


def test_check_reports_every_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("empty.yaml").write_text("", encoding="utf-8")
    assert main(["check", "empty.yaml", "missing.yaml"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "empty.yaml:1: data file is empty; "
        "expected a mapping of the collection's fields (id, title, ...)",
        "missing.yaml: data file not found",
        "2 problems in 2 files",
    ]


def test_check_is_the_installed_sphinx_awards_command() -> None:
    script = Path(sys.executable).with_name("sphinx-awards")
    result = subprocess.run(
        [script, "check", "data/neurips-2025.yaml", "data/neurips-2025.yaml"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert result.stdout.splitlines()[-1] == "1 problem in 1 file"
