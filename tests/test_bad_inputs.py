"""Every bad input of the troubleshooting table: exactly its messages, and nothing else lost.

The table is ``docs/guide/bad-inputs.yaml``; the authoring guide renders the same file, so
the messages a reader looks up are the ones these tests see.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from sphinx.testing.util import SphinxTestApp

from sphinx_awards.__main__ import main

from .conftest import REPO, page, warnings

TABLE = REPO / "docs" / "guide" / "bad-inputs.yaml"
CASES: list[dict[str, Any]] = yaml.safe_load(TABLE.read_text("utf-8"))["cases"]
#: Every award of the project the cases start from, in the order its index page shows them.
AWARDS = ("alpha", "beta", "gamma")


def apply_change(srcdir: Path, change: dict[str, Any]) -> None:
    """Make one file of the project bad as the table says."""
    path = srcdir / change["file"]
    if change.get("fifo"):
        os.mkfifo(path)
        return
    new = change.get("text", change.get("new", "")).replace("…", "x" * change.get("filler", 1))
    # The new text alone in another encoding: what pasting from a Latin-1 source does.
    new_bytes = new.encode(change.get("encoding", "utf-8"))
    if "text" in change:
        path.write_bytes(new_bytes)
        return
    text = path.read_text("utf-8")
    # An edit that matches nothing (or twice) would test the untouched project.
    assert text.count(change["old"]) == 1, f"{change['old']!r} not once in {path}"
    before, after = text.split(change["old"])
    path.write_bytes(before.encode("utf-8") + new_bytes + after.encode("utf-8"))


def build(srcdir: Path, confoverrides: dict[str, Any]) -> SphinxTestApp:
    """Build as ``sphinx-build -W`` does: every warning reported, and the build failed."""
    app = SphinxTestApp(
        "html", srcdir=srcdir, confoverrides=confoverrides, warningiserror=True, freshenv=True
    )
    try:
        app.build()
    finally:
        app.cleanup()
    return app


def warning_text(app: SphinxTestApp) -> str:
    """The warnings as a user reads them, paths relative to the project (as the guide shows)."""
    return warnings(app).replace("<src>/", "").replace(str(app.srcdir), ".")


def shown_awards(app: SphinxTestApp) -> list[str]:
    """The awards whose card the index page shows (each titled as its id, capitalised)."""
    titles = [title.get_text() for title in page(app, "index").select(".awards-card-title")]
    return [award for award in AWARDS if award.capitalize() in titles]


@pytest.fixture
def project(rootdir: Path, tmp_path: Path) -> Path:
    """A fresh copy of the project every case starts from."""
    srcdir = tmp_path / "project"
    shutil.copytree(rootdir / "test-bad-inputs", srcdir)
    return srcdir


def test_the_table_has_enough_distinct_cases() -> None:
    ids = [case["id"] for case in CASES]
    assert len(ids) == len(set(ids))
    assert len(CASES) >= 30
    assert {case["where"] for case in CASES} == {"data", "config", "page"}


def test_the_project_builds_cleanly_without_a_bad_input(project: Path) -> None:
    app = build(project, {})
    assert warning_text(app) == ""
    assert app.statuscode == 0
    assert shown_awards(app) == list(AWARDS)


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_bad_input(project: Path, case: dict[str, Any]) -> None:
    for change in case.get("changes", ()):
        apply_change(project, change)
    app = build(project, case.get("config", {}))

    status = app.status.getvalue() + app.warning.getvalue()
    assert "Traceback" not in status
    assert warning_text(app) == case["warnings"]
    # -W: the warnings fail the build.
    assert app.statuscode == 1
    # Everything the bad input does not touch is still built.
    assert shown_awards(app) == [award for award in AWARDS if award not in case.get("lost", ())]
    assert (app.outdir / "other.html").is_file()
    # What the case's own page still shows, as a reader sees it.
    for text in case.get("shows", ()):
        assert text in page(app, "case").get_text()


DATA_CASES = [case for case in CASES if case["where"] == "data"]


@pytest.mark.parametrize("case", DATA_CASES, ids=[case["id"] for case in DATA_CASES])
def test_check_reports_what_the_build_reports(
    project: Path,
    case: dict[str, Any],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for change in case.get("changes", ()):
        apply_change(project, change)
    monkeypatch.chdir(project)

    assert main(["check", "data/main.yaml", "data/extra.yaml"]) == 1

    # The build's warnings about the data files, as the command prints them.
    expected = [
        re.sub(
            r"^(?:WARNING: )?(\S+?:(?:\d+:)?) (?:WARNING: )?(.*) \[awards\.\w+\]$", r"\1 \2", line
        )
        for line in case["warnings"].splitlines()
        if line.startswith(("data/", "WARNING: data/"))
    ]
    assert capsys.readouterr().out.splitlines()[:-1] == expected
