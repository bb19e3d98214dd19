"""The declared ranges, the locks and the table of tested versions agree with each other."""

from __future__ import annotations

import csv
import re
import tomllib
from pathlib import Path

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from .conftest import REPO

PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
PYTHONS = ["3.11", "3.12", "3.13"]
#: The columns of the table that name a package, by the name it has on PyPI.
PACKAGES = ["Sphinx", "docutils", "myst-parser", "sphinx-design", "furo", "PyYAML"]


def pins(path: Path) -> dict[str, str]:
    """The ``name==version`` lines of a pinned requirements file, by canonical name."""
    lines = path.read_text(encoding="utf-8").splitlines()
    found = (re.fullmatch(r"([A-Za-z0-9._-]+)==(\S+)", line) for line in lines)
    return {canonicalize_name(m[1]): m[2] for m in found if m}


def lock(python: str) -> dict[str, str]:
    return pins(REPO / "requirements" / f"py{python}.txt")


def requirements(python: str) -> list[Requirement]:
    """Every requirement of pyproject.toml (extras and dependency groups included) that
    applies on ``python``."""
    declared = [*PYPROJECT["project"]["dependencies"]]
    for extra in PYPROJECT["project"]["optional-dependencies"].values():
        declared += extra
    for group in PYPROJECT["dependency-groups"].values():
        declared += [item for item in group if isinstance(item, str)]
    found = [Requirement(text) for text in declared]
    return [
        requirement
        for requirement in found
        if canonicalize_name(requirement.name) != "sphinx-awards"
        and (requirement.marker is None or requirement.marker.evaluate({"python_version": python}))
    ]


def table_rows() -> dict[tuple[str, str], dict[str, str]]:
    path = REPO / "docs" / "guide" / "tested-versions.csv"
    with path.open(encoding="utf-8", newline="") as file:
        return {(row["Python"], row["Versions"]): row for row in csv.DictReader(file)}


@pytest.mark.parametrize("python", PYTHONS)
def test_each_lock_satisfies_every_declared_range(python: str) -> None:
    pinned = lock(python)
    outside = [
        f"{requirement} (locked {pinned.get(canonicalize_name(requirement.name))})"
        for requirement in requirements(python)
        if pinned.get(canonicalize_name(requirement.name)) not in requirement.specifier
    ]
    assert outside == [], "run `nox -s lock`"


@pytest.mark.parametrize("python", PYTHONS)
def test_each_lock_names_the_command_that_regenerates_it(python: str) -> None:
    header = (REPO / "requirements" / f"py{python}.txt").read_text(encoding="utf-8")
    assert "#    nox -s lock\n" in header.split("\n\n")[0]


def test_the_table_lists_nine_cells() -> None:
    assert sorted(table_rows()) == sorted(
        (python, versions) for python in PYTHONS for versions in ("locked", "newest", "lowest")
    )


@pytest.mark.parametrize("python", PYTHONS)
def test_the_tables_locked_rows_are_the_locks(python: str) -> None:
    row = table_rows()[python, "locked"]
    pinned = lock(python)
    assert {name: row[name] for name in PACKAGES} == {
        name: pinned[canonicalize_name(name)] for name in PACKAGES
    }


@pytest.mark.parametrize("python", PYTHONS)
def test_the_tables_lowest_rows_are_the_declared_lower_bounds(python: str) -> None:
    row = table_rows()[python, "lowest"]
    lower_bounds = {
        canonicalize_name(requirement.name): spec.version
        for requirement in requirements(python)
        for spec in requirement.specifier
        if spec.operator == ">="
    }
    direct = [name for name in PACKAGES if canonicalize_name(name) in lower_bounds]
    assert direct == ["Sphinx", "myst-parser", "sphinx-design", "furo", "PyYAML"]
    assert {name: Version(row[name]) for name in direct} == {
        name: Version(lower_bounds[canonicalize_name(name)]) for name in direct
    }


def test_read_the_docs_installs_the_pins_of_its_python() -> None:
    config = yaml.safe_load((REPO / ".readthedocs.yaml").read_text(encoding="utf-8"))
    assert config["python"]["install"][0] == {"requirements": "docs/requirements.txt"}
    docs_pins = pins(REPO / "docs" / "requirements.txt")
    locked = lock(config["build"]["tools"]["python"])
    assert {name: locked.get(name) for name in docs_pins} == docs_pins


TOOLS = {"pytest", "pytest-xdist", "hypothesis", "playwright", "ruff", "mypy", "fastjsonschema"}


def test_the_published_extras_name_no_development_tool() -> None:
    published = {
        canonicalize_name(Requirement(text).name)
        for extra in PYPROJECT["project"]["optional-dependencies"].values()
        for text in extra
    }
    assert published
    assert published.isdisjoint(TOOLS)
