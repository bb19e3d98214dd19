"""Each build makes the exports in its output equal to the data, whatever happened to them.

A rebuild with nothing to read writes again an export that was deleted or damaged since
(comparing contents, not only that the file is there), removes the exports of a collection
that is gone, and leaves no temporary file; two builds writing one output folder at once both
succeed and leave whole files.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp

from sphinx_awards.__main__ import main

from .conftest import warnings


@pytest.fixture
def srcdir(rootdir: Path, tmp_path: Path) -> Path:
    """A fresh copy of the troubleshooting project: collections ``main`` and ``extra``."""
    shutil.copytree(rootdir / "test-bad-inputs", tmp_path / "src")
    return tmp_path / "src"


def build(srcdir: Path, **confoverrides: object) -> Path:
    """Build (again) into the same output folder; the exports folder."""
    app = SphinxTestApp(
        "html", srcdir=srcdir, builddir=srcdir.parent / "build", confoverrides=confoverrides
    )
    try:
        app.build()
    finally:
        app.cleanup()
    assert warnings(app) == ""
    return Path(app.outdir) / "awards"


def exported(capsys: pytest.CaptureFixture[str], fmt: str) -> str:
    """What the export command prints for the main data file (run in the project)."""
    assert main(["export", "data/main.yaml", "--format", fmt]) == 0
    return capsys.readouterr().out


def test_a_damaged_or_deleted_export_is_written_again(
    srcdir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = build(srcdir)
    (folder / "main.json").write_text('{"format": "sphinx-awards", "coll', encoding="utf-8")
    (folder / "main.bib").unlink()
    (folder / "export.schema.json").write_text("{}", encoding="utf-8")
    untouched = (folder / "extra.json").stat().st_mtime_ns
    time.sleep(0.01)

    build(srcdir)

    monkeypatch.chdir(srcdir)
    assert (folder / "main.json").read_text("utf-8") == exported(capsys, "json")
    assert (folder / "main.bib").read_text("utf-8") == exported(capsys, "bibtex")
    assert json.loads((folder / "export.schema.json").read_text("utf-8"))["properties"]
    # What was right is not written again.
    assert (folder / "extra.json").stat().st_mtime_ns == untouched


def test_the_exports_of_a_collection_that_is_gone_are_removed(srcdir: Path) -> None:
    folder = build(srcdir)
    assert {path.name for path in folder.iterdir()} >= {"extra.json", "extra.bib"}
    (srcdir / "index.md").write_text("# Awards\n\n```{toctree}\nother\n```\n", encoding="utf-8")

    folder = build(srcdir, awards_data=["data/main.yaml"])
    assert sorted(path.name for path in folder.iterdir()) == [
        "awards.schema.json",
        "export.schema.json",
        "main.bib",
        "main.json",
    ]

    build(srcdir, awards_data=[])
    assert sorted(path.name for path in folder.iterdir()) == []


def test_what_a_killed_build_left_half_written_is_removed(srcdir: Path) -> None:
    folder = build(srcdir)
    leftover = folder / ".main.json.k1ll3d.sphinx-awards-tmp"
    leftover.write_text('{"format"', encoding="utf-8")
    build(srcdir)
    assert not leftover.exists()
    assert not [path for path in folder.iterdir() if path.name.startswith(".")]


def test_two_builds_writing_one_output_folder_at_once_both_succeed(
    srcdir: Path, tmp_path: Path
) -> None:
    # Enough awards that writing the exports takes a while, and no page that shows them.
    data = srcdir / "data" / "main.yaml"
    head, award = data.read_text("utf-8").split("awards:\n")
    award = award.split("  - id: beta")[0]
    many = "".join(award.replace("alpha", f"a{number:04d}") for number in range(3000))
    data.write_text(f"{head}awards:\n{many}", encoding="utf-8")
    (srcdir / "index.md").write_text("# Awards\n\n```{toctree}\nother\n```\n", encoding="utf-8")
    outdir = tmp_path / "html"
    builds = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "sphinx",
                "-q",
                "-d",
                str(tmp_path / f"doctree{n}"),
                srcdir,
                outdir,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(2)
    ]
    errors = [build.communicate(timeout=600)[1] for build in builds]
    assert [build.returncode for build in builds] == [0, 0], errors
    assert ["Traceback" in error for error in errors] == [False, False]
    document = json.loads((outdir / "awards" / "main.json").read_text("utf-8"))
    assert len(document["collections"][0]["awards"]) == 3000
    assert not [path for path in (outdir / "awards").iterdir() if path.name.startswith(".")]
