"""Text that no output can carry is refused at its line, by the one validator every check uses.

A YAML escape can put anything in a value: half of a surrogate pair ("\\ud800"), a control
character ("\\e", "\\0", "\\a"), a line break where one line is meant. Each is refused where it
is written, left out like any bad value, and no build step fails half-way on it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import zlib
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sphinx_awards.__main__ import main
from sphinx_awards.loader import load_catalog, schema

from .conftest import build, warnings

#: A valid collection with one award; the award's fields are on lines 7 to 12.
HEAD = """\
id: test
title: Test Awards
kinds: [{id: best, label: Best Paper}]
themes: [{id: llm, label: LLMs, short: LLMs, color: {light: "#1d4ed8", dark: "#93b4fd"}}]
awards:
  - id: one
    title: "A Paper"
    kind: best
    theme: llm
    summary: "It is short."
    url: "https://example.org/one"
    doi: "10.1000/one"
"""
#: The line of each field of the award in HEAD.
LINES = {"title": 7, "summary": 10, "url": 11, "doi": 12}
SURROGATE = (
    "holds half of a surrogate pair (a '\\u' escape from D800 to DFFF without its other "
    "half), which no file or page can hold; write the character itself"
)


def control(code: str) -> str:
    return f"holds the control character U+{code}, which no page, e-book or PDF can show; remove it"


ONE_LINE = (
    "must be one line of text (a YAML '|' or '>' block keeps its last line break: "
    "write '>-' or the text on one line)"
)


def problems_of(tmp_path: Path, text: str) -> tuple[list[str], list[str]]:
    """The problems of a data file with this text, and the ids of the awards it keeps."""
    path = tmp_path / "awards.yaml"
    path.write_text(text, encoding="utf-8")
    catalog, problems = load_catalog([path])
    messages = [str(problem).replace(f"{path}:", "") for problem in problems]
    return messages, [award.id for c in catalog.collections for award in c.awards]


@pytest.mark.parametrize(
    ("field", "written", "expected", "kept"),
    [
        # Half of a pair: no UTF-8 file, page or inventory can hold it.
        ("title", r'"A\ud800B"', f"awards[0].title: 'A\\ud800B' {SURROGATE}", False),
        ("summary", r'"Lone \udfff"', f"awards[0].summary: 'Lone \\udfff' {SURROGATE}", True),
        # Control characters: a terminal reads ESC and BEL as commands, XML refuses NUL.
        ("title", r'"Title\e]0;pwned\a"', "awards[0].title: 'Title\\x1b]0;pwned\\x07' ", False),
        ("summary", r'"Nul\0"', "awards[0].summary: 'Nul\\x00' " + control("0000"), True),
        ("summary", r'"Bell\a"', "awards[0].summary: 'Bell\\x07' " + control("0007"), True),
        ("summary", r'"CSI \x9b2J"', "awards[0].summary: 'CSI \\x9b2J' " + control("009B"), True),
        ("summary", r'"Return\r"', "awards[0].summary: 'Return\\r' " + control("000D"), True),
        # Addresses: one line, no control character (linkcheck prints them to a terminal).
        ("url", r'"https://example.org/one\e]0;x\a"', "awards[0].url: ", True),
        ("url", r'"https://example.org/one\n"', "awards[0].url: ", True),
        ("doi", r'"10.1000/one\n"', "awards[0].doi: '10.1000/one\\n' is not a DOI", True),
        ("doi", r'"10.1000/one\e"', "awards[0].doi: '10.1000/one\\x1b' is not a DOI", True),
    ],
)
def test_text_no_output_can_carry_is_refused_at_its_line(
    tmp_path: Path, field: str, written: str, expected: str, kept: bool
) -> None:
    start = HEAD.index(f"    {field}: ")
    end = HEAD.index("\n", start)
    text = f"{HEAD[:start]}    {field}: {written}{HEAD[end:]}"
    messages, awards = problems_of(tmp_path, text)
    assert len(messages) == 1, messages
    assert messages[0].startswith(f"{LINES[field]}: {expected}")
    # A title is required, so the award goes with it; any other field goes alone.
    assert awards == (["one"] if kept else [])


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("id: one", r'id: "one\n"', "6: awards[0].id: 'one\\n' is not a valid id"),
        ('light: "#1d4ed8"', r'light: "#1d4ed8\n"', "4: themes[0].color.light: '#1d4ed8\\n' is "),
        (
            "label: Best Paper",
            r'label: "Best\nPaper"',
            f"3: kinds[0].label: 'Best\\nPaper' {ONE_LINE}",
        ),
        ("label: LLMs,", r'label: "LLMs\u2028",', f"4: themes[0].label: 'LLMs\\u2028' {ONE_LINE}"),
        ("title: Test Awards", "title: >\n  Test\n  Awards", ""),
    ],
)
def test_one_line_values_hold_no_line_break(
    tmp_path: Path, old: str, new: str, expected: str
) -> None:
    messages, _ = problems_of(tmp_path, HEAD.replace(old, new, 1))
    if expected:
        assert len(messages) == 1, messages
        assert messages[0].startswith(expected)
    else:
        # Titles, summaries and descriptions may span lines, a folded block's last break too.
        assert messages == []


def test_a_surrogate_pair_written_as_two_escapes_is_its_character(tmp_path: Path) -> None:
    path = tmp_path / "awards.yaml"
    path.write_text(HEAD.replace('"A Paper"', r'"A \ud83d\ude00 Paper"'), encoding="utf-8")
    catalog, problems = load_catalog([path])
    assert problems == []
    assert catalog.award("one").title == "A \N{GRINNING FACE} Paper"


def test_tabs_and_line_breaks_are_text(tmp_path: Path) -> None:
    messages, _ = problems_of(tmp_path, HEAD.replace('"It is short."', r'"It\tis\nshort."'))
    assert messages == []


# -- The values at the edges of the schema's formats, judged as JSON Schema says ----------


def put(data: dict[str, Any], path: tuple[str | int, ...], value: Any) -> None:
    """Set the value at ``path`` (keys and list indexes from the top) of ``data``."""
    parent: Any = data
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = value


#: 2025 in fullwidth digits, which Python's ``\d`` matches and JSON Schema's does not.
FULLWIDTH_YEAR = "\uff12\uff10\uff12\uff15-03-14"


@pytest.mark.parametrize(
    ("path", "value", "valid"),
    [
        *((("announced",), day, True) for day in ["2024-02-29", "2000-02-29", "0001-01-01"]),
        *((("announced",), day, False) for day in ["2025-02-29", "1900-02-29", "0000-01-01"]),
        *((("announced",), day, False) for day in ["2025-03-14\n", "2025-3-14", FULLWIDTH_YEAR]),
        (("explore", "url"), "http://x", True),
        (("explore", "url"), "https://例え.jp/論文", True),
        (("explore", "url"), "https://example.org/a b", False),
        (("explore", "url"), "https://example.org/\n", False),
        (("explore", "url"), "https:///path", False),
        (("explore", "url"), "javascript:alert(1)", False),
        (("id",), "best-paper\n", False),
        (("id",), "\u0661\u0662\u0663", False),  # Arabic-Indic digits
        (("themes", 0, "color", "light"), "#1D4ED8", True),
        (("themes", 0, "color", "light"), "#1d4ed8\n", False),
        (("explore", "icon"), "👨‍👩‍👧‍👦", True),
        (("explore", "icon"), "x" * 16, True),
        (("explore", "icon"), "x" * 17, False),
        (("explore", "icon"), "🏆\n", False),
    ],
    ids=repr,
)
def test_edge_values_are_judged_as_the_schema_says(
    tmp_path: Path, path: tuple[str | int, ...], value: Any, valid: bool
) -> None:
    data: dict[str, Any] = yaml.safe_load(HEAD)
    data["explore"] = {"icon": "🔍", "label": "Explore", "url": "https://example.org/explore"}
    data["announced"] = "2025-03-14"
    put(data, path, value)
    file = tmp_path / "edge.yaml"
    file.write_text(json.dumps(data), encoding="utf-8")
    _, problems = load_catalog([file])
    assert (problems == []) == valid, problems


# -- One validator: a value it refuses is a located problem, and only such a value is ----

#: Text as YAML escapes can write it: controls, line breaks, tabs, any other character.
any_text = st.text(
    st.one_of(
        st.sampled_from("\t\n\r\x00\x07\x1b\x7f\x85\x9b\u2028\u2029 -#:/"),
        st.characters(exclude_categories=("Cs",)),
    ),
    max_size=12,
)
#: Where the strategy puts a value: text, single-line text, addresses, colours, dates, ids.
FIELDS: list[tuple[str | int, ...]] = [
    ("title",),
    ("awards", 0, "title"),
    ("awards", 0, "summary"),
    ("awards", 0, "authors"),
    ("awards", 0, "venue"),
    ("awards", 0, "url"),
    ("awards", 0, "doi"),
    ("awards", 0, "arxiv"),
    ("kinds", 0, "label"),
    ("themes", 0, "short"),
    ("themes", 0, "color", "dark"),
    ("announced",),
]


def is_day(text: str) -> bool:
    """Whether ``text`` names a day of the calendar."""
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


#: The validator of the format, built on its own: what the loader's messages must follow.
VALIDATOR = jsonschema_rs.Draft202012Validator(
    schema(), formats={"date": is_day}, validate_formats=True
)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(
    changes=st.lists(
        st.tuples(st.sampled_from(FIELDS), st.one_of(any_text, st.sampled_from(["2025-02-29"]))),
        min_size=1,
        max_size=3,
    )
)
def test_a_problem_is_reported_exactly_when_the_schema_refuses_a_value(
    tmp_path: Path, changes: list[tuple[tuple[str | int, ...], str]]
) -> None:
    data: dict[str, Any] = yaml.safe_load(HEAD)
    data["announced"] = "2025-03-14"
    for path, value in changes:
        put(data, path, value)
    file = tmp_path / "any.yaml"
    # JSON is YAML; written with escapes, every character reaches the parser as it is.
    file.write_text(json.dumps(data), encoding="utf-8")
    _, problems = load_catalog([file])
    assert bool(problems) == (not VALIDATOR.is_valid(data)), problems
    assert all(problem.location.line == 1 for problem in problems)


# -- No build step fails half-way on data ------------------------------------------------


def hostile_project(rootdir: Path, tmp_path: Path) -> Path:
    """The troubleshooting project, with text no output can carry in its data."""
    srcdir = tmp_path / "project"
    shutil.copytree(rootdir / "test-bad-inputs", srcdir)
    data = srcdir / "data" / "main.yaml"
    text = data.read_text("utf-8")
    text = text.replace("summary: The first award.", r'summary: "The first award\e]0;pwned\a"')
    text = text.replace("title: Beta", r'title: "Beta \ud800"')
    text = text.replace("label: Language", r'label: "Lang\0uage"')
    data.write_text(text, encoding="utf-8")
    return srcdir


EXPECTED_WARNINGS = [
    "data/main.yaml:44: WARNING: awards[0].summary: 'The first award\\x1b]0;pwned\\x07' "
    f"{control('001B')} [awards.data]",
    "data/main.yaml:47: WARNING: awards[0].tags[0].label: 'Lang\\x00uage' "
    f"{control('0000')} [awards.data]",
    f"data/main.yaml:51: WARNING: awards[1].title: 'Beta \\ud800' {SURROGATE} [awards.data]",
]


@pytest.mark.parametrize("builder", ["html", "text", "latex"])
def test_builds_finish_whole_with_the_bad_values_left_out(
    rootdir: Path, tmp_path: Path, builder: str
) -> None:
    srcdir = hostile_project(rootdir, tmp_path)
    app = build(srcdir, builder)
    status = app.status.getvalue() + app.warning.getvalue()
    assert "Encoding error" not in status
    assert "Traceback" not in status
    assert warnings(app).replace("<src>/", "").splitlines() == EXPECTED_WARNINGS
    outdir = Path(app.outdir)
    written = [path for path in outdir.rglob("*") if path.is_file()]
    assert written
    for path in written:
        if path.suffix in {".html", ".txt", ".tex", ".json", ".bib", ".js"}:
            text = path.read_text("utf-8")
            assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", text), path
    if builder == "html":
        # The inventory is whole: its compressed part decompresses to UTF-8 text.
        inventory = (outdir / "objects.inv").read_bytes()
        body = zlib.decompress(inventory.split(b"\n", 4)[4]).decode("utf-8")
        assert body.endswith("\n")
        index = (outdir / "searchindex.js").read_text("utf-8")
        assert index.startswith("Search.setIndex(")
        assert index.endswith(")")
        json.loads(index.removeprefix("Search.setIndex(").removesuffix(")"))
        exported = json.loads((outdir / "awards" / "main.json").read_text("utf-8"))
        assert [a["id"] for a in exported["collections"][0]["awards"]] == ["alpha"]


def test_check_says_what_the_build_says(
    rootdir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    srcdir = hostile_project(rootdir, tmp_path)
    monkeypatch.chdir(srcdir)
    assert main(["check", "data/main.yaml", "data/extra.yaml"]) == 1
    printed = capsys.readouterr().out.splitlines()
    assert printed[:-1] == [
        line.replace(" WARNING:", "").rsplit(" [", 1)[0] for line in (EXPECTED_WARNINGS)
    ]
