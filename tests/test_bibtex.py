"""Every exported BibTeX entry reads back whole in a real BibTeX parser, whatever the data.

pybtex in strict mode parses what ``sphinx-awards export --format bibtex`` prints for awards
with arbitrary titles, authors, venues and addresses: an unbalanced brace would end a field
early or swallow the next entry, and a field could bring in fields of its own. The text of each
field is then read as TeX would tokenize it. That LaTeX prints it as written, and reads no
file, is shown by compiling it (tests/test_bibtex_latex.py, in ``nox -s pdf``).
"""

from __future__ import annotations

import contextlib
import io
import json
import re
from pathlib import Path
from typing import Any

import pybtex.errors
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pybtex.database import parse_string

from sphinx_awards.__main__ import main

#: Text the data format takes: anything but control characters (tab and line break aside)
#: and halves of surrogate pairs, and not only whitespace (which YAML would not keep).
text = st.text(
    st.one_of(
        st.sampled_from("{}\\^~%#&$_<>|`'\",-@= \t\n\u00a0"),
        st.characters(exclude_categories=("Cs", "Cc")),
    ),
    min_size=1,
    max_size=40,
).filter(lambda value: value.strip())
#: One line of text, as labels, names and venues are.
line = text.map(lambda value: re.sub(r"[\n\u2028\u2029\x85]", " ", value)).filter(str.strip)
#: Addresses the schema takes: http(s), a host, then anything but whitespace and controls.
address = st.builds(
    lambda host, rest: f"https://{host}.org/{rest}",
    st.from_regex(r"[a-z0-9]{1,10}", fullmatch=True),
    st.text(st.characters(exclude_categories=("Cs", "Cc", "Zs", "Zl", "Zp")), max_size=20),
)
doi = st.builds(
    lambda rest: f"10.1000/{rest}",
    st.text(st.characters(exclude_categories=("Cs", "Cc", "Zs", "Zl", "Zp")), min_size=1),
)
award = st.fixed_dictionaries(
    {"title": text, "kind": st.just("best")},
    optional={
        "authors": st.one_of(line, st.lists(st.fixed_dictionaries({"name": line}), min_size=1)),
        "venue": line,
        "url": address,
        "doi": doi,
    },
)

#: Commands that read or write files, run programs or change how TeX reads what follows:
#: none may come from the data.
DANGEROUS = re.compile(
    r"\\(input|include|openin|openout|read|readline|write|immediate|csname|catcode|def|edef|"
    r"gdef|xdef|let|special|directlua|endinput|jobname|string|expandafter|lowercase|uppercase|"
    r"usepackage|RequirePackage|InputIfFileExists|IfFileExists|url|href)(?![A-Za-z])"
)


@pytest.fixture(autouse=True)
def strict_pybtex() -> Any:
    """Make every problem pybtex finds an error, not a warning it prints and passes over."""
    pybtex.errors.set_strict_mode(True)
    yield
    pybtex.errors.set_strict_mode(False)


def export(tmp_path: Path, awards: list[dict[str, Any]]) -> str:
    """What ``sphinx-awards export --format bibtex`` prints for a collection of ``awards``."""
    collection = {
        "id": "hostile",
        "title": "Hostile",
        "kinds": [{"id": "best", "label": "Best"}],
        "awards": [{"id": f"award-{number}", **award} for number, award in enumerate(awards)],
    }
    path = tmp_path / "hostile.yaml"
    # JSON is YAML: every character reaches the parser as it is, escaped where it must be.
    path.write_text(json.dumps(collection), encoding="utf-8")
    printed, problems = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(problems):
        status = main(["export", str(path), "--format", "bibtex"])
    assert (status, problems.getvalue()) == (0, "")
    return printed.getvalue()


def tex_commands(field: str) -> list[str]:
    """The control words of a field as TeX reads them, each with the character after it."""
    return re.findall(r"\\[A-Za-z]+.?", field, re.DOTALL)


def assert_reads_as_text(field: str) -> None:
    """A field's TeX: no ``^^`` notation, no data-made command, no special read as markup."""
    assert "^^" not in field
    assert not DANGEROUS.search(field)
    # Each command stands in braces of its own or takes a braced argument, so no letter of
    # the data continues its name.
    for command in tex_commands(field):
        assert command[-1] in "{}", (command, field)
    # Outside commands, none of TeX's special characters is left to act (~ only as a tie).
    bare = re.sub(r"\\(?:[A-Za-z]+|.)", "", field)
    assert not re.search(r"[#$%&^_\\]", bare), field
    assert not re.search(r"(?<!\{)~|~(?!\})", bare), field


# 80 new cases each run keep the suite quick; the examples below are tried every time.
@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(awards=st.lists(award, min_size=1, max_size=4))
@example(
    awards=[
        {"title": "^^5cinput^^7b/etc/passwd^^7d", "kind": "best", "venue": "{unbalanced"},
        {"title": "x^2 scaling }{ ~100 tokens", "kind": "best", "authors": "Tom and Jerry"},
        {"title": "\\input{/etc/passwd}", "kind": "best", "url": "https://x.org/^^5c{a}\\"},
        {"title": "}, note = {injected", "kind": "best", "authors": [{"name": "Doe, Jane"}]},
    ]
)
# A superscript, which pylatexenc writes with math mode's ^.
@example(awards=[{"title": "⁴", "kind": "best"}])
def test_every_entry_parses_back_whole_in_strict_pybtex(
    tmp_path: Path, awards: list[dict[str, Any]]
) -> None:
    bib = export(tmp_path, awards)
    parsed = parse_string(bib, "bibtex")
    assert list(parsed.entries) == [f"award-{number}" for number in range(len(awards))]
    for number, data in enumerate(awards):
        entry = parsed.entries[f"award-{number}"]
        expected = {"title"} | ({"booktitle"} if "venue" in data else set())
        expected |= {name for name in ("url", "doi") if name in data}
        assert {name.lower() for name in entry.fields} == expected
        # The title is one brace group: its capitals are kept as written.
        title = entry.fields["title"]
        assert title.startswith("{")
        assert title.endswith("}")
        for name, field in entry.fields.items():
            if name.lower() in ("url", "doi"):
                # Read verbatim (\url): one token, no brace, backslash or ^ left to act.
                assert not re.search(r'[{}\\^"<>|`\s]', field), field
            else:
                assert_reads_as_text(field)
        authors = data.get("authors")
        if isinstance(authors, list):
            # Each author of a list is one person, whatever their name holds.
            assert len(entry.persons["author"]) == len(authors)
        for person in entry.persons.get("author", ()):
            assert_reads_as_text(str(person))
