"""Every kind of problem in a data file gives one clear message at the offending line."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sphinx_awards.loader import Limits, load_catalog, load_collection
from sphinx_awards.model import Collection

ROOT = Path(__file__).resolve().parent.parent
ROOTS = ROOT / "tests" / "roots"

#: A valid collection without awards: 11 lines, so the first award starts at line 12.
HEAD = """\
id: test
title: Test Awards
summary: A small collection.
announced: 2025-11-26
domains: Testing
legend_caption: By theme
main_track: main
kinds: [{id: best, label: Best Paper, short: Best, heading: Best Papers, blurb: The best.}]
themes: [{id: llm, label: LLMs, short: LLMs, color: {light: "#1d4ed8", dark: "#93b4fd"}}]
tracks: [{id: main, label: Main, short: Main}]
awards:
"""

#: A valid award of 10 lines.
AWARD = """\
  - id: {id}
    title: A Paper
    kind: best
    track: main
    theme: llm
    summary: It is short.
    description: It is longer.
    tags: [{{icon: 🧪, label: Testing}}]
    authors: A. Author et al.
    url: https://example.org/{id}
"""
ONE = AWARD.format(id="one")

#: Every message must read the same whichever parser reads the file.
pytestmark = pytest.mark.usefixtures("yaml_parser")


@pytest.fixture(autouse=True)
def in_tmp_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run in a fresh folder, so messages name files as ``awards.yaml``."""
    monkeypatch.chdir(tmp_path)


def load(text: str | bytes, name: str = "awards.yaml", **limits: int) -> list[str]:
    """The problems of a data file with this content, as the user reads them."""
    path = Path(name)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    _, problems = load_catalog([name], limits=Limits(**limits))
    return [str(problem) for problem in problems]


def test_a_valid_file_has_no_problems() -> None:
    assert load(HEAD + AWARD.format(id="one")) == []


@pytest.mark.parametrize("inside", [True, False])
def test_a_picture_must_really_be_in_the_data_files_folder(tmp_path: Path, inside: bool) -> None:
    # Sphinx publishes every picture it is given: a link in the data folder to a file outside
    # it would publish that file.
    elsewhere = tmp_path / ("data" if inside else "private")
    elsewhere.mkdir(exist_ok=True)
    (elsewhere / "figure.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    Path("data").mkdir(exist_ok=True)
    Path("data", "alpha.png").symlink_to(elsewhere / "figure.png")
    image = "    image: {path: alpha.png, alt: A figure}\n"
    problems = load(HEAD + ONE + image, name="data/awards.yaml")
    assert problems == (
        []
        if inside
        else [
            "data/awards.yaml:22: awards[0].image.path: 'alpha.png' is a link to a file outside "
            "the data file's folder; copy the picture into it"
        ]
    )


@pytest.mark.parametrize(
    "path", [ROOT / "data" / "neurips-2025.yaml", ROOTS / "test-richawards" / "data" / "rich.yaml"]
)
def test_records_come_back_equal_from_a_pickle(path: Path) -> None:
    # Card nodes keep their award pickled, and the loader copies records the same way.
    catalog, problems = load_catalog([path])
    assert problems == []
    awards = [award for collection in catalog.collections for award in collection.awards]
    assert any(award.links for award in awards)
    assert pickle.loads(pickle.dumps(catalog)) == catalog
    assert [pickle.loads(pickle.dumps(award)) for award in awards] == awards


def test_an_unclosed_bracket_is_located_where_it_opens() -> None:
    text = """\
id: test
title: [Test Awards
summary: A small collection.
"""
    assert load(text) == [
        "awards.yaml:2: YAML syntax error at line 2: the '[' on this line is not closed: end it "
        "with ']', and put any item that holds a comma or a colon in quotes (the parser says: "
        "while parsing a flow sequence started at line 2, expected ',' or ']', but got ':', "
        "at line 3, column 8)"
    ]


def test_an_unquoted_colon_says_to_quote_the_text() -> None:
    text = "id: test\ntitle: Test Awards\nsummary: Two parts: one, two.\n"
    assert load(text) == [
        "awards.yaml:3: YAML syntax error at line 3: the text of 'summary' contains ': ', which "
        "YAML reads as the start of a new key; put the text in quotes: "
        'summary: "Two parts: one, two." (the parser says: mapping values are not allowed '
        "here, at line 3, column 19)"
    ]


def test_an_unclosed_quote_is_located_where_it_opens() -> None:
    text = 'id: test\ntitle: "Test Awards\nsummary: A small collection.\n'
    assert load(text) == [
        "awards.yaml:2: YAML syntax error at line 2: a quote opened on this line is never "
        "closed; end the text with the same quote (the parser says: while scanning a quoted "
        "scalar started at line 2, found unexpected end of stream, at line 4, column 1)"
    ]


@pytest.mark.parametrize(
    ("indent", "expected"),
    [
        (
            "      ",
            "awards.yaml:14: YAML syntax error at line 14: this line is indented more than the "
            "line above, so YAML reads it as part of that line's value; indent it as far as the "
            "keys it belongs with (the parser says: mapping values are not allowed here, at "
            "line 14, column 11)",
        ),
        (
            "   ",
            "awards.yaml:14: YAML syntax error at line 14: wrong indentation: this line is "
            "indented 3 spaces, the line above 4; the keys of one mapping, and the items of one "
            "list, line up (the parser says: while parsing a block collection started at line "
            "12, expected <block end>, but found '<block mapping start>', at line 14, column 4)",
        ),
    ],
)
def test_a_wrong_indent_is_located_at_its_line(indent: str, expected: str) -> None:
    assert load(HEAD + ONE.replace("    kind: best", f"{indent}kind: best")) == [expected]


def test_text_starting_with_a_reserved_character_says_to_quote_it() -> None:
    assert load("id: test\ntitle: @home\n") == [
        "awards.yaml:2: YAML syntax error at line 2: a value cannot start with '@'; put the "
        "text in quotes (the parser says: while scanning for the next token, found character "
        "'@' that cannot start any token, at line 2, column 8)"
    ]


def test_tab_indentation() -> None:
    text = "id: test\nexplore:\n\tlabel: Explore\n"
    assert load(text) == [
        "awards.yaml:3: YAML syntax error at line 3, column 1: "
        "a tab cannot indent YAML; indent with spaces"
    ]


def test_wrong_type() -> None:
    text = (
        HEAD
        + """\
  - id: one
    title: 2025
    kind: best
    track: main
    theme: llm
    summary: It is short.
    description: It is longer.
    tags: [{icon: 🧪, label: Testing}]
    authors: A. Author et al.
    url: https://example.org/one
"""
    )
    assert load(text) == [
        "awards.yaml:13: awards[0].title: expected text, got the number 2025 (put it in quotes)"
    ]


def test_missing_required_field_is_located_at_its_mapping() -> None:
    text = (
        HEAD
        + """\
  - id: one
    title: A Paper
    track: main
    theme: llm
    summary: It is short.
    description: It is longer.
    tags: [{icon: 🧪, label: Testing}]
    authors: A. Author et al.
    url: https://example.org/one
"""
    )
    assert load(text) == ["awards.yaml:12: awards[0]: missing required property 'kind'"]


def test_unknown_property_is_located_at_its_key_with_a_suggestion() -> None:
    text = HEAD.replace("domains: Testing\n", "domains: Testing\nsumary: Typo.\n") + ONE
    assert load(text) == ["awards.yaml:6: unknown property 'sumary' (did you mean 'summary'?)"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("    kind: bset\n", "awards[0].kind: unknown kind 'bset' (known: best)"),
        ("    track: mian\n", "awards[0].track: unknown track 'mian' (known: main)"),
        ("    theme: rll\n", "awards[0].theme: unknown theme 'rll' (known: llm)"),
    ],
)
def test_undeclared_kind_theme_or_track(line: str, expected: str) -> None:
    # The award's kind is at line 14, its track at 15 and its theme at 16.
    award = AWARD.format(id="one")
    field = line.split(":")[0]
    text = HEAD + "".join(
        line if old.startswith(f"{field}:") else old for old in award.splitlines(keepends=True)
    )
    number = {"    kind": 14, "    track": 15, "    theme": 16}[field]
    assert load(text) == [f"awards.yaml:{number}: {expected}"]


def test_undeclared_main_track() -> None:
    text = HEAD.replace("main_track: main", "main_track: primary") + ONE
    assert load(text) == ["awards.yaml:7: main_track: unknown track 'primary' (known: main)"]


def test_duplicate_theme_id_in_one_collection() -> None:
    themes = """\
themes:
  - {id: llm, label: LLMs, short: LLMs, color: {light: "#1d4ed8", dark: "#93b4fd"}}
  - {id: llm, label: Also LLMs, short: LLMs, color: {light: "#1d4ed8", dark: "#93b4fd"}}
"""
    text = HEAD.replace(HEAD.splitlines(keepends=True)[8], themes) + ONE
    assert load(text) == [
        "awards.yaml:11: themes[1].id: duplicate theme id 'llm' (first at line 10)"
    ]


def test_duplicate_award_id_across_two_files_names_both_places() -> None:
    Path("first.yaml").write_text(HEAD + AWARD.format(id="shared"), encoding="utf-8")
    second = (
        HEAD.replace("id: test", "id: other") + AWARD.format(id="own") + AWARD.format(id="shared")
    )
    Path("second.yaml").write_text(second, encoding="utf-8")
    catalog, problems = load_catalog(["first.yaml", "second.yaml"])
    assert [str(p) for p in problems] == [
        "second.yaml:22: duplicate award id 'shared' (first at first.yaml:12)"
    ]
    assert [award.id for c in catalog.collections for award in c.awards] == ["shared", "own"]


def test_duplicate_collection_id_across_two_files() -> None:
    Path("first.yaml").write_text(HEAD + ONE, encoding="utf-8")
    Path("second.yaml").write_text(HEAD + ONE, encoding="utf-8")
    catalog, problems = load_catalog(["first.yaml", "second.yaml"])
    assert [str(p) for p in problems] == [
        "second.yaml:1: duplicate collection id 'test' (first at first.yaml:1)"
    ]
    assert len(catalog.collections) == 1


@pytest.mark.parametrize("colour", ["red", "#12345", "#1d4ed8; background: url(x)", "#GGGGGG"])
def test_bad_colour(colour: str) -> None:
    text = HEAD.replace('light: "#1d4ed8"', f"light: {colour!r}") + ONE
    expected = f"{colour!r} is not a colour (#rrggbb, e.g. '#1d4ed8')"
    assert load(text) == [f"awards.yaml:9: themes[0].color.light: {expected}"]


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "data:text/html,<script>x</script>", "papers/one.html", "ftp://x"],
)
def test_url_that_is_not_http(url: str) -> None:
    text = HEAD + AWARD.format(id="one").replace("https://example.org/one", repr(url))
    assert load(text) == [f"awards.yaml:21: awards[0].url: {url!r} is not an http(s) URL"]


def test_invalid_date() -> None:
    text = HEAD.replace("2025-11-26", "2025-02-30") + ONE
    assert load(text) == ["awards.yaml:4: announced: '2025-02-30' is not a date (YYYY-MM-DD)"]


def test_empty_file() -> None:
    assert load("# only a comment\n") == [
        "awards.yaml:1: data file is empty; "
        "expected a mapping of the collection's fields (id, title, ...)"
    ]


def test_document_that_is_not_a_mapping() -> None:
    assert load("- id: test\n- id: other\n") == [
        "awards.yaml:1: expected a mapping of the collection's fields (id, title, ...), got a list"
    ]


def test_non_utf8_bytes_name_the_offset_and_line() -> None:
    assert load(b"id: test\ntitle: caf\xe9\n") == [
        "awards.yaml:2: not UTF-8 text: byte 0xe9 at offset 19 (line 2) cannot be decoded; "
        "save the file as UTF-8"
    ]


def test_missing_file() -> None:
    _, problems = load_catalog(["missing.yaml"])
    assert [str(p) for p in problems] == ["missing.yaml: data file not found"]
    assert [p.subtype for p in problems] == ["file"]


def test_directory() -> None:
    os.mkdir("folder.yaml")
    _, problems = load_catalog(["folder.yaml"])
    assert [str(p) for p in problems] == ["folder.yaml: is a folder, expected a YAML data file"]


def test_oversized_file_is_refused_before_parsing() -> None:
    # Not YAML at all: it must be refused for its size without being parsed.
    _, problems = load_catalog([_write("big.yaml", "[" * 101)], limits=Limits(max_file_size=100))
    assert [(str(p), p.subtype) for p in problems] == [
        ("big.yaml: data file is over the size limit of 100 bytes", "limit")
    ]


def _write(name: str, text: str) -> str:
    Path(name).write_text(text, encoding="utf-8")
    return name


def test_alias_bomb_is_refused() -> None:
    text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{name}: &{name} [{', '.join([f'*{previous}'] * 10)}]\n"
        for previous, name in zip("abcdefgh", "bcdefghi", strict=True)
    )
    _, problems = load_catalog([_write("bomb.yaml", text)])
    assert [(str(p), p.subtype) for p in problems] == [
        (
            "bomb.yaml:1: data expands to more than 500000 values (aliases nested too deep?); "
            "refused",
            "limit",
        )
    ]


def test_deep_nesting_is_refused_before_composing() -> None:
    _, problems = load_catalog([_write("deep.yaml", "a:\n  " + "[" * 100_000)])
    assert [str(p) for p in problems] == ["deep.yaml:2: values are nested more than 64 deep"]


def test_recursive_alias() -> None:
    assert load("id: test\nloop: &loop [*loop]\n") == [
        "awards.yaml:2: an alias refers to a value that contains it; it would never end"
    ]


def test_duplicate_key() -> None:
    text = HEAD.replace("domains: Testing\n", "domains: Testing\ntitle: Again\n") + ONE
    assert load(text) == [
        "awards.yaml:6: duplicate key 'title' (first at line 2); "
        "the first value is used: remove one of them"
    ]


def test_python_tag_is_refused_not_run() -> None:
    text = HEAD.replace("domains: Testing", "domains: !!python/name:os.system x") + ONE
    assert load(text) == [
        "awards.yaml:5: domains: unsupported YAML tag '!!python/name:os.system'; "
        "the format takes untagged values"
    ]


def test_a_bad_award_leaves_the_others_loaded() -> None:
    awards = AWARD.format(id="one") + AWARD.format(id="Bad Id") + AWARD.format(id="three")
    path = _write("awards.yaml", HEAD + awards)
    collection, problems = load_collection(path)
    assert [str(p) for p in problems] == [
        "awards.yaml:22: awards[1].id: 'Bad Id' is not a valid id "
        "(lowercase letters and digits joined by '-', e.g. 'best-paper')",
        "awards.yaml:31: awards[1].url: 'https://example.org/Bad Id' is not an http(s) URL",
    ]
    assert collection is not None
    assert [award.id for award in collection.awards] == ["one", "three"]
    assert [award.location.line for award in collection.awards] == [12, 32]


def test_problems_are_ordered_by_file_then_line() -> None:
    _write("a.yaml", HEAD.replace("domains: Testing", "domains: 5") + ONE + "extra: 1\n")
    _write("b.yaml", "id: [\n")
    _, problems = load_catalog(["b.yaml", "a.yaml", "missing.yaml"])
    assert [str(p.location) for p in problems] == [
        "b.yaml:2",
        "a.yaml:5",
        "a.yaml:22",
        "missing.yaml",
    ]


# -- Never an exception, whatever the input --------------------------------------------------

scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
real_data = yaml.safe_load(
    (Path(__file__).parent.parent / "data" / "neurips-2025.yaml").read_text("utf-8")
)


def assert_loaded_or_located(path: Path) -> None:
    collection, problems = load_collection(path)
    assert collection is not None or problems
    assert isinstance(collection, Collection | None)
    for problem in problems:
        assert problem.location.path == str(path)
        assert problem.location.line is None or problem.location.line >= 1
        assert problem.message


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(document=values)
def test_any_yaml_document_loads_or_gives_located_problems(
    tmp_path: Path, document: object
) -> None:
    path = tmp_path / "any.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    assert_loaded_or_located(path)


# A hundred loads of the real file with each parser: once, in `nox -s slow`.
@pytest.mark.slow
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(data=st.data(), value=values)
def test_the_real_file_with_any_value_replaced_loads_or_gives_located_problems(
    tmp_path: Path, data: st.DataObject, value: object
) -> None:
    document = yaml.safe_load(yaml.safe_dump(real_data, allow_unicode=True))
    node = document
    while isinstance(node, dict | list) and node:
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        key = data.draw(st.sampled_from(keys))
        if not isinstance(node[key], dict | list) or data.draw(st.booleans()):
            node[key] = value
            break
        node = node[key]
    path = tmp_path / "near.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    assert_loaded_or_located(path)


#: Pieces of YAML syntax, so that random text often gets past the parser to the constructors.
YAML_PIECES = [
    *["id", "awards", "a", ":", " ", "\n", "- ", "[", "]", "{", "}", ",", "'", '"', "? ", "|"],
    *[">", "#", "\t", "---\n", "...\n", "%YAML 1.1\n", "<<: ", "=", "~", "\\", "\ufeff"],
    *["&x ", "*x", "&y ", "*y", "!foo ", "!!binary ", "!!set ", "!!omap ", "!!timestamp "],
    *["!!int ", "!!float ", "!!bool ", "!!null ", "!!str ", "2025-11-26", "2025-13-45", "0b12"],
    *["1e3", "0x1f", ".nan", "-.inf", "yes", "\u00e9", "\U0001f3c6"],
]
yaml_like = st.lists(st.sampled_from(YAML_PIECES), max_size=40).map("".join)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(content=st.binary(max_size=300) | (st.text(max_size=300) | yaml_like).map(str.encode))
@example(content=b"!!int ")  # PyYAML's int constructor raised IndexError on empty text
def test_any_bytes_load_or_give_located_problems(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bytes.yaml"
    path.write_bytes(content)
    assert_loaded_or_located(path)


# -- A problem costs only the value it is in -------------------------------------------------


def loaded(text: str) -> tuple[Collection, list[str]]:
    """The collection a data file with this content gives, and its problems as read."""
    problems = load(text)
    collection, _ = load_collection("awards.yaml")
    assert collection is not None
    return collection, problems


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("announced: 2025-11-26", "announced: 14/03/2026", "awards.yaml:4: announced: "),
        ("domains: Testing", "domains: [LLMs, RL]", "awards.yaml:5: domains: expected text"),
        ("legend_caption: By theme", "legend_caption: 7", "awards.yaml:6: legend_caption: "),
    ],
)
def test_a_bad_collection_value_is_left_out_alone(old: str, new: str, expected: str) -> None:
    collection, problems = loaded(HEAD.replace(old, new) + ONE + AWARD.format(id="two"))
    assert len(problems) == 1
    assert problems[0].startswith(expected)
    field = old.split(":")[0]
    assert getattr(collection, field) is None
    assert [award.id for award in collection.awards] == ["one", "two"]


def test_a_bad_tile_is_left_out_and_the_others_kept() -> None:
    tiles = """\
tiles:
  - {icon: "🏛", label: Venue, value: San Diego, detail: Dec 2025}
  - {icon: "🎯", label: Oral papers, value: 0, detail: none yet}
"""
    collection, problems = loaded(HEAD.replace("awards:\n", tiles + "awards:\n") + ONE)
    assert problems == [
        "awards.yaml:13: tiles[1].value: expected text, got the number 0 (put it in quotes)"
    ]
    assert [tile.label for tile in collection.tiles] == ["Venue"]
    assert [award.id for award in collection.awards] == ["one"]


def test_an_award_without_its_optional_fields_loads() -> None:
    text = HEAD + "  - {id: one, title: A Paper, kind: best}\n"
    collection, problems = loaded(text)
    assert problems == []
    (award,) = collection.awards
    assert (award.url, award.description, award.tags, award.theme) == (None, None, (), None)


def test_a_collection_with_only_an_id_and_a_title_loads() -> None:
    collection, problems = loaded("id: test\ntitle: Test Awards\n")
    assert problems == []
    assert (collection.kinds, collection.awards, collection.announced) == ((), (), None)


def test_a_bad_url_costs_the_award_only_its_link() -> None:
    text = HEAD + ONE.replace("https://example.org/one", "www.example.org/one")
    collection, problems = loaded(text)
    assert len(problems) == 1
    assert collection.awards[0].url is None


def test_an_award_of_a_kind_left_out_is_lost_at_the_kind_without_a_second_message() -> None:
    load(HEAD.replace("label: Best Paper, ", "") + ONE)
    catalog, problems = load_catalog(["awards.yaml"])
    assert [str(problem) for problem in problems] == [
        "awards.yaml:8: kinds[0]: missing required property 'label'"
    ]
    assert catalog.collections[0].awards == ()
    assert str(catalog.lost_awards["one"]) == "awards.yaml:8"
