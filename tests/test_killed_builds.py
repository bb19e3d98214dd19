"""A build killed at any moment, then one ordinary build: the output of a fresh build.

Each build runs ``sphinx-build`` in a process of its own. A small extension in the project
kills its own process with SIGKILL (nothing runs after it: no handler, no ``finally``) at the
moment ``AWARDS_KILL_AT`` names: before Sphinx saves what it read, after, between two pages,
while an export is half written, between two exports.
"""

from __future__ import annotations

import filecmp
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import REPO

pytestmark = [
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL"),
    # About fifty seconds of builds, killed and finished: once, in `nox -s slow`.
    pytest.mark.slow,
]

KILLER = '''
"""Kill this build where AWARDS_KILL_AT says: an event, or an event's n-th time."""
import os
import signal

import sphinx_awards.export

WHERE, _, NTH = os.environ.get("AWARDS_KILL_AT", "").partition(":")
SEEN = {"count": 0}


def kill(*args, **kwargs):
    SEEN["count"] += 1
    if SEEN["count"] == int(NTH or 1):
        os.kill(os.getpid(), signal.SIGKILL)


def setup(app):
    if WHERE in {"env-updated", "write-started", "html-page-context", "build-finished"}:
        # After the extension's own handlers, but before the exports at build-finished.
        app.connect(WHERE, kill, priority=400 if WHERE == "build-finished" else 950)
    elif WHERE == "exporting":
        # While an export is written: the temporary file has its first half.
        write_json = sphinx_awards.export.write_json

        def half_then_kill(collections, stream):
            stream.write("{")
            stream.flush()
            kill()
            write_json(collections, stream)

        sphinx_awards.export.write_json = half_then_kill
    elif WHERE == "exported":
        # Between two exports: the n-th file is in place, the others are not.
        write_file = sphinx_awards.export.write_file

        def write_then_kill(path, write):
            written = write_file(path, write)
            kill()
            return written

        sphinx_awards.export.write_file = write_then_kill
    return {"parallel_read_safe": True, "parallel_write_safe": True}
'''

#: Where a build is killed: (AWARDS_KILL_AT, what is then left undone).
MOMENTS = [
    ("env-updated", "what was read is not saved"),
    ("write-started", "what was read is saved, no page is written"),
    ("html-page-context:2", "one page is written"),
    ("build-finished", "every page is written, no export"),
    ("exporting", "an export is half written"),
    ("exported:2", "two exports are written"),
]


def sphinx_build(srcdir: Path, outdir: Path, doctrees: Path, kill_at: str = "") -> int:
    """Build ``srcdir`` in a process of its own; its exit status (negative: killed)."""
    env = {**os.environ, "AWARDS_KILL_AT": kill_at, "SOURCE_DATE_EPOCH": "1764115200"}
    command = [sys.executable, "-m", "sphinx", "-q", "-d", str(doctrees), str(srcdir), str(outdir)]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert "Traceback" not in result.stderr, result.stderr
    return result.returncode


def project(root: Path) -> Path:
    """The troubleshooting project with the killing extension, in ``root``."""
    srcdir = root / "src"
    shutil.copytree(REPO / "tests" / "roots" / "test-bad-inputs", srcdir)
    (srcdir / "killer.py").write_text(KILLER, encoding="utf-8")
    conf = srcdir / "conf.py"
    conf.write_text(
        "import sys, os\nsys.path.insert(0, os.path.dirname(__file__))\n"
        + conf.read_text("utf-8").replace('"sphinx_awards"]', '"sphinx_awards", "killer"]'),
        encoding="utf-8",
    )
    return srcdir


def edit_data(srcdir: Path) -> None:
    """Change what the pages show: a title, and a collection's id (its exports change name)."""
    main = srcdir / "data" / "main.yaml"
    main.write_text(main.read_text("utf-8").replace("title: Alpha", "title: Alpha Two"), "utf-8")
    extra = srcdir / "data" / "extra.yaml"
    extra.write_text(extra.read_text("utf-8").replace("id: extra", "id: more"), "utf-8")
    page = srcdir / "index.md"
    page.write_text(page.read_text("utf-8").replace(":collection: extra", ":collection: more"))


def differences(first: Path, second: Path) -> list[str]:
    """The files that are in one folder and not the other, or differ in their bytes."""
    found: list[str] = []

    def compare(comparison: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(prefix + name for name in comparison.left_only + comparison.right_only)
        _, mismatch, errors = filecmp.cmpfiles(
            comparison.left, comparison.right, comparison.common_files, shallow=False
        )
        found.extend(prefix + name for name in mismatch + errors)
        for name, sub in comparison.subdirs.items():
            compare(sub, f"{prefix}{name}/")

    compare(filecmp.dircmp(first, second), "")
    return sorted(found)


@pytest.fixture(scope="module")
def fresh_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The edited project built from nothing: what every build after a kill must give."""
    root = tmp_path_factory.mktemp("fresh")
    srcdir = project(root)
    edit_data(srcdir)
    assert sphinx_build(srcdir, root / "html", root / "doctrees") == 0
    return root / "html"


@pytest.mark.parametrize(("kill_at", "undone"), MOMENTS, ids=[moment for moment, _ in MOMENTS])
def test_a_build_after_a_killed_one_gives_the_fresh_output(
    tmp_path: Path, fresh_build: Path, kill_at: str, undone: str
) -> None:
    srcdir = project(tmp_path)
    outdir, doctrees = tmp_path / "html", tmp_path / "doctrees"
    assert sphinx_build(srcdir, outdir, doctrees) == 0
    edit_data(srcdir)

    assert sphinx_build(srcdir, outdir, doctrees, kill_at) == -signal.SIGKILL, undone
    assert sphinx_build(srcdir, outdir, doctrees) == 0

    assert differences(outdir, fresh_build) == []
