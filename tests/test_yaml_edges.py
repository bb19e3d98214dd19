"""The edges of reading data: paths that are not files, merge keys, tags, long lists of ids."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sphinx_awards.loader import load_catalog

from .conftest import build, warnings

#: A valid collection; its awards follow from line 5.
HEAD = """\
id: test
title: Test Awards
kinds: [{id: best, label: Best Paper}, {id: runner-up, label: Runner-up}]
tracks: [{id: main, label: Main}, {id: db, label: Datasets}]
awards:
"""

#: Every message must read the same whichever parser reads the file.
each_parser = pytest.mark.usefixtures("yaml_parser")


def load(tmp_path: Path, text: str) -> tuple[list[str], dict[str, dict[str, object]]]:
    """The problems of a data file with this text, and each award's fields that are set."""
    path = tmp_path / "awards.yaml"
    path.write_text(text, encoding="utf-8")
    catalog, problems = load_catalog([path])
    awards = {
        award.id: {"title": award.title, "kind": award.kind, "track": award.track}
        for collection in catalog.collections
        for award in collection.awards
    }
    return [str(problem).replace(f"{path}:", "") for problem in problems], awards


# -- Merge keys ---------------------------------------------------------------------------


@each_parser
def test_a_merge_key_brings_in_the_fields_of_another_award(tmp_path: Path) -> None:
    problems, awards = load(
        tmp_path,
        HEAD
        + "  - &first\n"
        + "    id: one\n"
        + "    title: One\n"
        + "    kind: best\n"
        + "    track: db\n"
        + "  - <<: *first\n"
        + "    id: two\n"
        + "    title: Two\n",
    )
    assert problems == []
    # Its own keys win over the merged ones.
    assert awards == {
        "one": {"title": "One", "kind": "best", "track": "db"},
        "two": {"title": "Two", "kind": "best", "track": "db"},
    }


@each_parser
def test_merged_mappings_earlier_win_and_lines_point_where_a_value_is_written(
    tmp_path: Path,
) -> None:
    problems, awards = load(
        tmp_path,
        HEAD
        + "  - &a {id: one, title: One, kind: best, track: main}\n"
        + "  - &b {id: two, title: Two, kind: runner-up, track: mian}\n"
        + "  - <<: [*a, *b]\n"
        + "    id: three\n"
        + "  - <<: [*b, *a]\n"
        + "    id: four\n",
    )
    assert awards["three"] == {"title": "One", "kind": "best", "track": "main"}
    # The misspelt track is located where it is written, for each award that has it.
    assert awards["four"] == {"title": "Two", "kind": "runner-up", "track": None}
    assert problems == [
        "7: awards[1].track: unknown track 'mian' (known: main, db)",
        "7: awards[3].track: unknown track 'mian' (known: main, db)",
    ]


@each_parser
@pytest.mark.parametrize(
    ("merge", "expected"),
    [
        (
            "<<: 3",
            "7: awards[1]: a merge key '<<' takes a mapping or a list of mappings "
            "(e.g. '<<: *defaults'); it is ignored",
        ),
        (
            "<<: [*a, text]",
            "7: awards[1]: a merge key '<<' takes a mapping or a list of mappings "
            "(e.g. '<<: *defaults'); it is ignored",
        ),
    ],
)
def test_a_merge_of_something_else_than_mappings_is_named(
    tmp_path: Path, merge: str, expected: str
) -> None:
    problems, awards = load(
        tmp_path,
        HEAD + "  - &a {id: one, title: One, kind: best}\n" + f"  - {merge}\n    id: two\n",
    )
    assert problems[0] == expected
    assert "one" in awards


@each_parser
def test_a_mapping_that_merges_itself_is_refused(tmp_path: Path) -> None:
    problems, awards = load(tmp_path, HEAD + "  - &a\n    id: one\n    <<: *a\n")
    assert problems == ["6: an alias refers to a value that contains it; it would never end"]
    assert awards == {}


# -- Tags ---------------------------------------------------------------------------------


@each_parser
@pytest.mark.parametrize("tag", ["!custom", "!!binary", "!!python/name:os.system"])
def test_a_tagged_value_is_left_out_like_any_bad_value(tmp_path: Path, tag: str) -> None:
    problems, awards = load(
        tmp_path,
        HEAD + "  - id: one\n    title: One\n    kind: best\n"
        f"    track: {tag} main\n"
        "  - id: two\n    title: Two\n    kind: best\n",
    )
    assert problems == [
        f"9: awards[0].track: unsupported YAML tag '{tag}'; the format takes untagged values"
    ]
    # Left out, as a bad track would be: the award keeps its other fields.
    assert awards["one"] == {"title": "One", "kind": "best", "track": None}
    assert "two" in awards


# -- Paths that are not files ------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    pipe = tmp_path / "awards.yaml"
    os.mkfifo(pipe)
    link = tmp_path / "link.yaml"
    link.symlink_to(pipe)
    # Reading a pipe that nobody writes waits for ever: the command must not.
    result = subprocess.run(
        [sys.executable, "-m", "sphinx_awards", "check", "awards.yaml", "link.yaml"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (result.returncode, result.stderr) == (1, "")
    assert result.stdout.splitlines() == [
        "awards.yaml: is a named pipe, not a regular file; expected a YAML data file",
        "link.yaml: is a named pipe, not a regular file; expected a YAML data file",
        "2 problems in 2 files",
    ]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero to read")
def test_a_device_is_refused_before_it_is_read() -> None:
    _, problems = load_catalog(["/dev/zero"])
    assert [str(problem) for problem in problems] == [
        "/dev/zero: is a device, not a regular file; expected a YAML data file"
    ]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_build_given_a_named_pipe_finishes(rootdir: Path, tmp_path: Path) -> None:
    srcdir = tmp_path / "project"
    shutil.copytree(rootdir / "test-bad-inputs", srcdir)
    (srcdir / "data" / "extra.yaml").unlink()
    os.mkfifo(srcdir / "data" / "extra.yaml")
    # In a process of its own, so a build that waited would be stopped by the timeout.
    command = [sys.executable, "-m", "sphinx", "-q", "-E", str(srcdir), str(tmp_path / "out")]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "data/extra.yaml: is a named pipe, not a regular file" in result.stderr
    assert (tmp_path / "out" / "other.html").is_file()


# -- Long lists of ids --------------------------------------------------------------------


def test_a_message_names_ten_known_ids_and_counts_the_others(rootdir: Path, tmp_path: Path) -> None:
    srcdir = tmp_path / "project"
    shutil.copytree(rootdir / "test-bad-inputs", srcdir)
    data = srcdir / "data" / "extra.yaml"
    award = data.read_text("utf-8").split("awards:\n")[1]
    many = "".join(award.replace("gamma", f"g{number:04d}") for number in range(1010))
    data.write_text(data.read_text("utf-8") + many, encoding="utf-8")
    (srcdir / "case.md").write_text("# Case\n\n```{award-card} delta\n```\n", encoding="utf-8")
    app = build(srcdir)
    assert warnings(app) == (
        "<src>/case.md:3: WARNING: award-card: unknown award 'delta' (known: alpha, beta, "
        "gamma, g0000, g0001, g0002, g0003, g0004, g0005, g0006 and 1,003 more) "
        "[awards.reference]\n"
    )
