"""Random award records and random directive options, through a full Sphinx build.

Whatever the data and the options, the build must finish with no traceback, and every
problem must be a warning of type ``awards`` located at ``file:line``.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sphinx.testing.util import SphinxTestApp
from sphinx.util.console import strip_escape_sequences

BASE = Path(__file__).parent / "roots" / "test-bad-inputs" / "data" / "main.yaml"
COLLECTION = yaml.safe_load(BASE.read_text("utf-8"))
#: A warning as Sphinx prints it: where, what, and the type it can be silenced by.
LOCATED_AWARDS_WARNING = re.compile(r"^\S[^\n]*:\d+: WARNING: .+ \[awards\.[a-z]+\]$")

# One line of text, never empty: an option value or a YAML string the tests can write.
line = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=30
).filter(str.strip)
# An option value MyST can parse (quotes, colons and the like are MyST's syntax, which MyST
# reports itself): letters, digits and harmless punctuation, not starting with YAML's list
# item '-' or folded block '>'.
option_text = st.text(
    st.characters(whitelist_categories=("L", "N"), whitelist_characters=" -,._/()<>=;"),
    min_size=1,
    max_size=20,
).filter(lambda text: text.strip() and not text.lstrip().startswith(("-", ">")))
# Ids that exist, ids that nearly do, and anything.
vocabulary = st.sampled_from(["best", "runner-up", "llm", "rl", "main", "db", "alpha", "beta"])
an_id = st.one_of(vocabulary, st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8})?", fullmatch=True))
# Values of every YAML type, for fields that must be text.
anything = st.one_of(
    line, st.integers(), st.booleans(), st.none(), st.lists(line, max_size=2), st.just({})
)
url = st.one_of(
    st.sampled_from(
        ["https://example.org/x", "javascript:alert(1)", "data:,x", "/relative", "ftp://x.org"]
    ),
    line,
)
tag = st.fixed_dictionaries({"icon": st.one_of(line, anything), "label": line})


@st.composite
def award(draw: st.DrawFn) -> dict[str, Any]:
    """An award record: valid, or with fields wrong, missing or extra."""
    record = {
        "id": draw(an_id),
        "title": draw(line),
        "kind": draw(st.sampled_from(["best", "runner-up"])),
        "track": draw(st.sampled_from(["main", "db"])),
        "theme": draw(st.sampled_from(["llm", "rl"])),
        "summary": draw(line),
        "description": draw(line),
        "tags": draw(st.lists(st.fixed_dictionaries({"icon": line, "label": line}), max_size=3)),
        "authors": draw(line),
        "url": "https://example.org/paper",
    }
    if draw(st.booleans()):
        return record
    wrong = {
        "title": anything,
        "kind": an_id,
        "track": an_id,
        "theme": an_id,
        "tags": st.one_of(st.lists(tag, max_size=3), anything),
        "url": url,
    }
    for name in draw(st.lists(st.sampled_from(sorted(wrong)), unique=True, max_size=3)):
        record[name] = draw(wrong[name])
    for name in draw(st.lists(st.sampled_from(sorted(record)), unique=True, max_size=2)):
        del record[name]
    if draw(st.booleans()):
        record[draw(st.sampled_from(["sumary", "link", "extra"]))] = draw(line)
    return record


OPTION_VALUES = {
    "collection": st.one_of(st.just("main"), an_id),
    "kind": st.lists(an_id, min_size=1, max_size=3).map(", ".join),
    "theme": st.lists(an_id, min_size=1, max_size=3).map(" ".join),
    "track": an_id,
    "ids": st.lists(an_id, min_size=1, max_size=3).map(", ".join),
    "sort": st.one_of(st.sampled_from(["data", "title"]), option_text),
    "limit": st.one_of(st.integers(-3, 9).map(str), option_text),
    "columns": st.one_of(st.sampled_from(["1", "1 1 2 2", "2 3", "0", "13"]), option_text),
    "class": option_text,
}


@st.composite
def directive(draw: st.DrawFn) -> str:
    """An award directive in MyST, with random options in a random order."""
    name = draw(st.sampled_from(["award-grid", "award-card", "theme-legend", "award-stats"]))
    argument = f" {draw(an_id)}" if name == "award-card" else ""
    allowed = {
        "award-grid": [*OPTION_VALUES, "noindex"],
        "award-card": ["class", "noindex"],
        "theme-legend": ["collection"],
        "award-stats": ["collection"],
    }[name]
    options = draw(st.lists(st.sampled_from(allowed), unique=True, max_size=4))
    lines = [
        f":{option}:" if option == "noindex" else f":{option}: {draw(OPTION_VALUES[option])}"
        for option in options
    ]
    return "\n".join([f"```{{{name}}}{argument}", *lines, "```"])


def build_with_located_warnings(srcdir: Path, data: dict[str, Any], page: str) -> str:
    """Build a page on this data; no traceback, every warning a located awards one; the HTML."""
    (srcdir / "awards.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    (srcdir / "index.md").write_text(page, "utf-8")
    shutil.rmtree(srcdir / "_build", ignore_errors=True)

    app = SphinxTestApp("html", srcdir=srcdir, builddir=srcdir / "_build", freshenv=True)
    try:
        app.build()
    finally:
        app.cleanup()

    warnings = strip_escape_sequences(app.warning.getvalue())
    assert "Traceback" not in warnings + app.status.getvalue()
    unlocated = [w for w in warnings.splitlines() if not LOCATED_AWARDS_WARNING.match(w)]
    assert unlocated == []
    return (app.outdir / "index.html").read_text("utf-8")


@pytest.fixture(scope="module")
def srcdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One project folder, rewritten by every example."""
    path = tmp_path_factory.mktemp("fuzz")
    (path / "conf.py").write_text(
        'extensions = ["myst_parser", "sphinx_awards"]\nawards_data = ["awards.yaml"]\n'
    )
    return path


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    awards=st.lists(award(), min_size=1, max_size=4),
    directives=st.lists(directive(), min_size=1, max_size=3),
    roles=st.lists(an_id, max_size=2),
)
def test_any_data_and_options_build_with_located_awards_warnings(
    srcdir: Path, awards: list[dict[str, Any]], directives: list[str], roles: list[str]
) -> None:
    references = " ".join(f"{{award}}`{award_id}`" for award_id in roles)
    page = "# Fuzz\n\n" + "\n\n".join(directives) + f"\n\n{references}\n"
    build_with_located_warnings(srcdir, {**COLLECTION, "awards": awards}, page)


#: The collection's fields a card does not depend on: a problem in any costs no card.
COLLECTION_FIELDS = {
    "summary": anything,
    "announced": st.one_of(anything, st.sampled_from(["2025-11-26", "14/03/2026", "2025-02-30"])),
    "domains": anything,
    "explore": st.one_of(anything, st.fixed_dictionaries({"label": anything, "url": url})),
    "legend_caption": anything,
    "main_track": st.one_of(an_id, anything),
    "themes": st.one_of(anything, st.lists(st.fixed_dictionaries({"id": an_id}), max_size=2)),
    "tracks": st.one_of(anything, st.lists(st.fixed_dictionaries({"id": an_id}), max_size=2)),
    "tiles": st.one_of(
        anything, st.lists(st.fixed_dictionaries({"label": line, "value": anything}))
    ),
    "computed_tiles": st.one_of(anything, st.fixed_dictionaries({"awards": anything})),
}
#: What a kind may have wrong without costing its awards: all but its id and label.
KIND_FIELDS = {"short": anything, "heading": anything, "blurb": anything}
PAGE = """\
# Fuzz

```{award-event}
:summary:
```

```{award-stats}
```

```{theme-legend}
```

```{award-grid}
```
"""


@st.composite
def collection(draw: st.DrawFn) -> dict[str, Any]:
    """The base collection with some of its other fields wrong, missing or extra."""
    data = yaml.safe_load(BASE.read_text("utf-8"))
    for name in draw(st.lists(st.sampled_from(sorted(COLLECTION_FIELDS)), unique=True, max_size=4)):
        if draw(st.booleans()):
            data[name] = draw(COLLECTION_FIELDS[name])
        else:
            data.pop(name, None)
    for name in draw(st.lists(st.sampled_from(sorted(KIND_FIELDS)), unique=True, max_size=2)):
        data["kinds"][0][name] = draw(KIND_FIELDS[name])
    if draw(st.booleans()):
        data[draw(st.sampled_from(["summry", "venue"]))] = draw(line)
    return data


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=collection())
def test_a_problem_outside_the_awards_costs_no_card(srcdir: Path, data: dict[str, Any]) -> None:
    html = build_with_located_warnings(srcdir, data, PAGE)
    titles = re.findall(r'class="[^"]*awards-card-title[^"]*"><a [^>]*>([^<]*)</a>', html)
    assert titles == ["Alpha", "Beta"]
