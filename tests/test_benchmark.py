"""The benchmark's synthetic data and its ``--quick`` mode, for correctness only: no timings."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks import synthetic
from benchmarks.plans import QUICK
from benchmarks.projects import ABOUT_PAGE
from sphinx_awards.loader import load_catalog

REPO = Path(__file__).resolve().parent.parent


def test_synthetic_data_is_the_same_for_the_same_size(tmp_path: Path) -> None:
    for name in ("first", "second"):
        synthetic.write(tmp_path / f"{name}.yaml", 50)
    synthetic.write(tmp_path / "other.yaml", 51)
    first = (tmp_path / "first.yaml").read_bytes()
    assert first == (tmp_path / "second.yaml").read_bytes()
    assert first != (tmp_path / "other.yaml").read_bytes()


def test_synthetic_data_loads_with_every_award(tmp_path: Path) -> None:
    path = tmp_path / "awards.yaml"
    synthetic.write(path, 120)
    catalog, problems = load_catalog([str(path)])
    assert problems == []
    (collection,) = catalog.collections
    assert [award.id for award in collection.awards] == [f"paper-{i:05d}" for i in range(1, 121)]
    assert {award.theme for award in collection.awards} == {t.id for t in collection.themes}


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """Run ``--quick`` once for the tests below; its report and work folder."""
    work = tmp_path_factory.mktemp("bench")
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--quick", "--work", str(work)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return work, (work / "results.md").read_text(encoding="utf-8")


def test_quick_mode_reports_no_problem(quick_run: tuple[Path, str]) -> None:
    _, report = quick_run
    assert "## Problems" not in report
    assert "## Targets" in report


def test_rebuilds_re_read_the_right_pages(quick_run: tuple[Path, str]) -> None:
    _, report = quick_run
    pages = len(QUICK.rebuilt.card_pages())
    assert re.search(rf"\| after editing the YAML \| [\d.]+ \| {pages} \| {pages} \|", report)
    assert re.search(rf"\| after editing {ABOUT_PAGE} \| [\d.]+ \| 1 \| 1 \|", report)


@pytest.mark.parametrize("jobs", [2, 3])
def test_parallel_output_is_byte_identical(quick_run: tuple[Path, str], jobs: int) -> None:
    work, _ = quick_run
    one, more = work / "html" / "parallel" / "ours-j1", work / "html" / "parallel" / f"ours-j{jobs}"
    pages = sorted(path.relative_to(one) for path in one.rglob("*.html"))
    # Every card page, index and about, plus Sphinx's genindex and search pages.
    assert len(pages) == len(QUICK.rebuilt.card_pages()) + 4
    assert pages == sorted(path.relative_to(more) for path in more.rglob("*.html"))
    for page in pages:
        assert (one / page).read_bytes() == (more / page).read_bytes(), page
