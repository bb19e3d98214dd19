"""``sphinx-awards check`` and a build report the same problems, whatever the data holds.

Random values, many of them text no output can carry (control characters, line breaks where
one line is meant, halves of surrogate pairs, tags), go into the troubleshooting project's
data; the build's warnings about the data files and what the command prints must be the same
lines.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sphinx_awards.__main__ import main

from .conftest import build, warnings
from .test_text_values import put

#: The fields values go into, in the first data file.
FIELDS: list[tuple[str | int, ...]] = [
    ("title",),
    ("domains",),
    ("awards", 0, "title"),
    ("awards", 0, "summary"),
    ("awards", 0, "authors"),
    ("awards", 0, "url"),
    ("awards", 1, "id"),
    ("awards", 1, "tags", 0, "label"),
    ("kinds", 0, "label"),
    ("themes", 0, "color", "light"),
]
#: Text with what escapes can write: controls, line breaks, surrogate halves, anything else.
text = st.text(
    st.one_of(
        st.sampled_from("\t\n\r\x00\x07\x1b\x85\x9b\u2028\ud800\udfff"),
        st.characters(exclude_categories=("Cs",)),
    ),
    max_size=10,
)
value = st.one_of(text, st.integers(), st.none(), st.lists(text, max_size=2))


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(changes=st.lists(st.tuples(st.sampled_from(FIELDS), value), min_size=1, max_size=3))
def test_check_prints_what_the_build_warns(
    rootdir: Path,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    changes: list[tuple[tuple[str | int, ...], Any]],
) -> None:
    srcdir = tmp_path_factory.mktemp("project") / "src"
    shutil.copytree(rootdir / "test-bad-inputs", srcdir)
    main_data = srcdir / "data" / "main.yaml"
    data = yaml.safe_load(main_data.read_text("utf-8"))
    for path, new in changes:
        put(data, path, new)
    # JSON is YAML: with escapes, every character reaches the parser as it is (the date as
    # the text it was written as).
    main_data.write_text(json.dumps(data, default=str), encoding="utf-8")

    app = build(srcdir)
    built = [
        re.sub(
            r"^(?:WARNING: )?(\S+?:(?:\d+:)?) (?:WARNING: )?(.*) \[awards\.\w+\]$", r"\1 \2", line
        )
        for line in warnings(app).replace("<src>/", "").splitlines()
        if line.startswith(("data/", "WARNING: data/"))
    ]

    monkeypatch.chdir(srcdir)
    status = main(["check", "data/main.yaml", "data/extra.yaml"])
    printed = capsys.readouterr().out.splitlines()
    assert status == (1 if built else 0)
    assert printed[:-1] == built
