"""Shared fixtures: Sphinx's testing fixtures and the project's paths."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ("sphinx.testing.fixtures",)

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def rootdir() -> Path:
    """Where the small test projects (``tests/roots/test-*``) live."""
    return REPO / "tests" / "roots"
