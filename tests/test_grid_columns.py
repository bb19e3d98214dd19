"""``award-grid``'s ``:columns:``: the values sphinx-design's grid takes, and only those.

The grid is built once with every edge case on its own page; tests only read the result.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp

from .conftest import awards_warnings, build, page, warnings

#: Each case's ``:columns:`` value, by the class its grid carries.
CASES = {
    "twelve": "12",
    "auto": "auto",
    "mixed": "auto 1 6 12",
    "spaced": "2    3  3 4",
    "leading-zero": "02",
    "plus-sign": "+3",
    "zero": "0",
    "thirteen": "13",
    "negative": "-1",
    "fraction": "1.5",
    "word": "two",
    "one-bad-of-four": "1 2 x 4",
    "two": "1 2",
    "five": "1 2 3 4 5",
    "capital-auto": "Auto",
}


#: One grid of the collection.
GRID = """\
```{{award-grid}}
:collection: main
:no-index:
:columns: {value}
:class: t-{case}
```
"""


def grid_page() -> str:
    """A page with one grid for each case, each at the line ``grid_line`` says."""
    grids = [GRID.format(case=case, value=value) for case, value in CASES.items()]
    return "# Columns\n\n" + "\n".join(grids)


def grid_line(case: str) -> int:
    """The line of the case's grid on the page: after the title, a blank line between grids."""
    return 3 + list(CASES).index(case) * (GRID.count("\n") + 1)


@pytest.fixture(scope="module")
def app(rootdir: Path, tmp_path_factory: pytest.TempPathFactory) -> SphinxTestApp:
    srcdir = tmp_path_factory.mktemp("grid-columns") / "project"
    shutil.copytree(rootdir / "test-bad-inputs", srcdir)
    (srcdir / "case.md").write_text(grid_page(), encoding="utf-8")
    return build(srcdir)


def row_classes(app: SphinxTestApp, case: str) -> list[str]:
    """The responsive classes of the row of the case's grid (sd-row and docutils left out)."""
    row = page(app, "case").select_one(f".t-{case} > .sd-row")
    assert row is not None, case
    return [name for name in row["class"] if name.startswith("sd-row-cols-")]


def classes(xs: str, sm: str, md: str, lg: str) -> list[str]:
    """sphinx-design's row classes for these counts from extra small to large screens."""
    return [f"sd-row-cols-{xs}", f"sd-row-cols-xs-{xs}"] + [
        f"sd-row-cols-{size}-{count}" for size, count in (("sm", sm), ("md", md), ("lg", lg))
    ]


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("twelve", classes("12", "12", "12", "12")),
        ("auto", classes("auto", "auto", "auto", "auto")),
        ("mixed", classes("auto", "1", "6", "12")),
        ("spaced", classes("2", "3", "3", "4")),
        # What int() reads, sphinx-design takes; the class names the number it styles.
        ("leading-zero", classes("2", "2", "2", "2")),
        ("plus-sign", classes("3", "3", "3", "3")),
    ],
)
def test_valid_columns_give_sphinx_design_s_classes(
    app: SphinxTestApp, case: str, expected: list[str]
) -> None:
    assert row_classes(app, case) == expected


def test_invalid_columns_warn_at_the_grid_and_keep_the_default(app: SphinxTestApp) -> None:
    message = (
        "award-grid: :columns: must be one or four column counts from 1 to 12 (xs sm md lg), "
        "such as '1 1 2 2', not '{}'"
    )
    invalid = ["zero", "thirteen", "negative", "fraction", "word", "one-bad-of-four"]
    invalid += ["two", "five", "capital-auto"]
    expected = [(grid_line(case), message.format(CASES[case]), "option") for case in invalid]
    assert warnings(app) == awards_warnings("case.md", expected)
    for case in invalid:
        assert row_classes(app, case) == classes("1", "1", "2", "2")
