"""The benchmark's data, projects and ``--quick`` mode, for correctness only: no timings."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from benchmarks import synthetic
from benchmarks.builds import sphinx_build
from benchmarks.projects import ABOUT_PAGE, DATA_FILE, Scenario, write_project
from benchmarks.runner import edit_first_summary, edit_page
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


@pytest.mark.slow
def test_quick_mode_reports_no_problem(tmp_path: Path) -> None:
    # The whole harness, about thirty builds: its report lists any output that differs
    # between -j values and any rebuild that read other pages than it should.
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--quick", "--work", str(tmp_path)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    report = (tmp_path / "results.md").read_text(encoding="utf-8")
    assert "## Problems" not in report
    assert "## Targets" in report


#: A few cards on a few pages: what the benchmark's rebuild and -j measurements build, small.
SCENARIO = Scenario(awards=12, pages=3)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The benchmark's project of our cards for ``SCENARIO``, written once; not edited."""
    return write_project(tmp_path_factory.mktemp("bench") / "ours", SCENARIO, "ours")


@pytest.fixture(scope="module")
def serial_output(project: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project built with one process."""
    out = tmp_path_factory.mktemp("j1") / "html"
    assert sphinx_build(project, out).warnings == ()
    return out


@pytest.mark.parametrize("jobs", [2, 3])
def test_parallel_output_is_byte_identical(
    project: Path, serial_output: Path, tmp_path: Path, jobs: int
) -> None:
    out = tmp_path / "html"
    assert sphinx_build(project, out, "-j", str(jobs)).warnings == ()
    pages = sorted(path.relative_to(serial_output) for path in serial_output.rglob("*.html"))
    # Every card page, index and about, plus Sphinx's genindex and search pages.
    assert len(pages) == len(SCENARIO.card_pages()) + 4
    assert pages == sorted(path.relative_to(out) for path in out.rglob("*.html"))
    for page in pages:
        assert (serial_output / page).read_bytes() == (out / page).read_bytes(), page


@pytest.mark.parametrize(
    ("edited", "edit", "reread"),
    [
        (DATA_FILE, edit_first_summary, SCENARIO.card_pages()),
        (f"{ABOUT_PAGE}.md", edit_page, [ABOUT_PAGE]),
    ],
)
def test_a_rebuild_after_an_edit_reads_exactly_the_pages_it_changes(
    project: Path, tmp_path: Path, edited: str, edit: Callable[[str], str], reread: list[str]
) -> None:
    source = Path(shutil.copytree(project, tmp_path / "source"))
    out = tmp_path / "html"
    assert sphinx_build(source, out).warnings == ()
    path = source / edited
    text = path.read_text(encoding="utf-8")
    assert edit(text) != text
    path.write_text(edit(text), encoding="utf-8")
    assert sphinx_build(source, out).reread == frozenset(reread)
