"""The Read the Docs configuration is valid against Read the Docs' own schema."""

from __future__ import annotations

import subprocess
import sys

from .conftest import REPO


def test_readthedocs_config_validates() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--builtin-schema",
            "vendor.readthedocs",
            str(REPO / ".readthedocs.yaml"),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
