"""Valid data is confirmed without jsonschema, and exactly what jsonschema refuses is reported."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from sphinx_awards.loader import load_collection, schema

from .conftest import REPO
from .schema_compiler import OUTPUT, source

#: A valid collection with one of each value whose check is more than a type.
VALID: dict[str, Any] = {
    "id": "event-2025",
    "title": "Event 2025",
    "announced": "2025-03-14",
    "explore": {"icon": "🏆", "label": "Explore", "url": "https://example.org/event"},
    "themes": [
        {
            "id": "rl",
            "label": "Reinforcement learning",
            "short": "RL",
            "color": {"light": "#1d4ed8", "dark": "#93c5fd"},
        }
    ],
}

#: 2025 in fullwidth digits, which Python's ``\d`` matches.
FULLWIDTH_YEAR = "\uff12\uff10\uff12\uff15-03-14"

#: Values at the edges of the schema's formats and patterns, where a quick check and
#: jsonschema could disagree: calendar days, trailing newlines, other digits, lengths.
EDGES: list[tuple[tuple[str | int, ...], Any]] = [
    *((("announced",), day) for day in ["2024-02-29", "2000-02-29", "0001-01-01"]),
    *((("announced",), day) for day in ["2025-02-29", "1900-02-29", "0000-01-01", "2025-04-31"]),
    *((("announced",), day) for day in ["2025-03-14\n", "2025-3-14", FULLWIDTH_YEAR, 20250314]),
    (("explore", "url"), "http://x"),
    (("explore", "url"), "https://例え.jp/論文"),
    (("explore", "url"), "https://example.org/a b"),
    (("explore", "url"), "https://example.org/\n"),
    (("explore", "url"), "https:///path"),
    (("explore", "url"), "HTTPS://example.org"),
    (("explore", "url"), "javascript:alert(1)"),
    (("id",), "best-paper\n"),
    (("id",), "best--paper"),
    (("id",), "\u0661\u0662\u0663"),  # Arabic-Indic digits
    (("id",), 2025),
    (("themes", 0, "color", "light"), "#1D4ED8"),
    (("themes", 0, "color", "light"), "#1d4ed8\n"),
    (("themes", 0, "color", "light"), "#1d4ed"),
    (("explore", "icon"), "👨‍👩‍👧‍👦"),
    (("explore", "icon"), "x" * 16),
    (("explore", "icon"), "x" * 17),
    (("explore", "icon"), ""),
    (("title",), True),
]


def test_compiled_module_is_in_step_with_the_schema() -> None:
    assert OUTPUT.read_text("utf-8") == source(), "run `nox -s compile-schema` and commit it"


def test_valid_data_loads_without_importing_jsonschema() -> None:
    check = (
        "import sys; from sphinx_awards.loader import load_collection\n"
        "collection, problems = load_collection(sys.argv[1])\n"
        "print(collection is not None, problems, 'jsonschema' in sys.modules)"
    )
    for path in sorted((REPO / "data").glob("*.yaml")):
        run = subprocess.run([sys.executable, "-c", check, path], capture_output=True, text=True)
        assert run.stdout == "True [] False\n", (path, run.stderr)


@pytest.mark.parametrize(("path", "value"), EDGES, ids=lambda case: repr(case))
def test_a_problem_is_reported_exactly_when_jsonschema_refuses(
    tmp_path: Path, path: tuple[str | int, ...], value: Any
) -> None:
    data = copy.deepcopy(VALID)
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = value
    file = tmp_path / "collection.yaml"
    file.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    _, problems = load_collection(file)
    validator = Draft202012Validator(schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)
    assert bool(problems) == (not validator.is_valid(data)), problems
