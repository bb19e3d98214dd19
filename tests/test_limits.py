"""Hostile data files are refused within bounded memory, with a clear located message.

Each file is loaded in its own process under an address-space limit, and the loader's peak
allocation is measured: a file that made the loader build its whole expansion would die of
the limit or show a peak far above the bound. No timing is asserted.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp

#: The loader's peak allocation for any refused file stays below this.
PEAK_BOUND = 64 * 1024 * 1024
#: The whole process (interpreter and libraries included) is refused more than this.
ADDRESS_SPACE = 1024 * 1024 * 1024
#: A tenth of the default limit: the pure-Python parser takes half a minute to count 500000
#: values; what is tested is that counting stops at the limit, whatever the limit is.
MAX_VALUES = 50_000

LOAD = """
import json, resource, sys, tracemalloc
import yaml
resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
from sphinx_awards import yamlnodes
from sphinx_awards.loader import Limits, load_collection
yamlnodes._FAST_LOADER = getattr(yaml, sys.argv[2])
tracemalloc.start()
_, problems = load_collection(sys.argv[1], limits=Limits(max_values={max_values}))
peak = tracemalloc.get_traced_memory()[1]
print(json.dumps({{"problems": [[str(p), p.subtype] for p in problems], "peak": peak}}))
"""


def billion_laughs(levels: int) -> str:
    """Aliases of aliases, ten of each: ten to the ``levels`` values once expanded."""
    names = "abcdefghijklmnop"[: levels + 1]
    lines = [f"a: &a [{', '.join(['lol'] * 10)}]"]
    lines += [
        f"{name}: &{name} [{', '.join([f'*{previous}'] * 10)}]"
        for previous, name in itertools.pairwise(names)
    ]
    return "\n".join(lines) + "\n"


def load_bounded(path: Path, loader: str) -> tuple[list[list[str]], int]:
    """The problems of loading ``path`` in a memory-limited process, and its peak allocation."""
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            LOAD.format(limit=ADDRESS_SPACE, max_values=MAX_VALUES),
            str(path),
            loader,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(result.stdout)
    return report["problems"], report["peak"]


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "laughs.yaml",
            billion_laughs(10),
            [
                f"laughs.yaml:1: data expands to more than {MAX_VALUES} values "
                "(aliases nested too deep?); refused",
                "limit",
            ],
        ),
        (
            # Under the size limit, but 2.5 million values before any alias.
            "flat.yaml",
            "[" + ",".join(["1"] * 2_500_000) + "]",
            [f"flat.yaml:1: data has more than {MAX_VALUES} values; refused", "limit"],
        ),
        (
            "deep.yaml",
            "[" * 100_000 + "]" * 100_000,
            ["deep.yaml:1: values are nested more than 64 deep", "limit"],
        ),
        (
            "huge.yaml",
            "summary: " + "x" * 20_000_000,
            ["huge.yaml: data file is over the size limit of 5242880 bytes", "limit"],
        ),
    ],
    ids=["billion-laughs", "flat-list", "deep-nesting", "oversized"],
)
def test_hostile_file_is_refused_in_bounded_memory(
    tmp_path: Path, yaml_parser: str, name: str, text: str, expected: list[str]
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    problems, peak = load_bounded(path, yaml_parser)
    prefix = f"{tmp_path}/"
    assert [[message.replace(prefix, ""), subtype] for message, subtype in problems] == [expected]
    assert peak < PEAK_BOUND


@pytest.mark.sphinx("html", testroot="minimal")
def test_limits_are_typed_config_values_with_the_loader_defaults(app: SphinxTestApp) -> None:
    assert (app.config.awards_max_file_size, app.config.awards_max_values) == (
        5 * 1024 * 1024,
        500_000,
    )
    for name in ("awards_max_file_size", "awards_max_values"):
        option = app.config._options[name]
        assert (option.rebuild, option.valid_types) == ("env", frozenset({int}))
