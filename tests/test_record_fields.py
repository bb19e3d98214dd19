"""An award's links, author list, picture and citation, in every builder and in the export.

The project is ``tests/roots/test-richawards``: one award with every field, one with an
author text and its own year and venue, and one with neither. Expected values come from its
data file, read with pyyaml.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from bs4 import BeautifulSoup, Tag

from sphinx_awards.__main__ import main
from sphinx_awards.export import export_schema_text

from .conftest import build, page, warnings

#: The JSON Schema the exports follow, as the package ships it.
EXPORT_SCHEMA = json.loads(export_schema_text())

PROJECT = "test-richawards"
#: Every builder that writes a file per page or one document, as in test_builders.
BUILDERS = ["html", "dirhtml", "singlehtml", "epub", "latex", "text", "man", "texinfo"]
#: The link texts the card gives each kind the data uses without a label, in English.
KIND_LABELS = {"arxiv": "arXiv", "code": "Code"}


@pytest.fixture
def srcdir(rootdir: Path, tmp_path: Path) -> Path:
    """A fresh copy of the project."""
    shutil.copytree(rootdir / PROJECT, tmp_path / "src")
    return tmp_path / "src"


def records(srcdir: Path) -> dict[str, Any]:
    """The project's data, as the test reads it."""
    return yaml.safe_load((srcdir / "data" / "rich.yaml").read_text(encoding="utf-8"))


def awards(srcdir: Path) -> dict[str, dict[str, Any]]:
    return {award["id"]: award for award in records(srcdir)["awards"]}


def reserved_size(image: Tag) -> tuple[str, str]:
    """The pixel size a page gives a picture before it loads: as attributes, or as a style
    (which docutils before 0.22 writes instead)."""
    if image.has_attr("width"):
        return image["width"], image["height"]
    style = re.fullmatch(r"width: (\d+)px; height: (\d+)px;", image.get("style", ""))
    assert style, image
    return style[1], style[2]


def words(text: str) -> str:
    return " ".join(text.split())


def test_html_card_shows_picture_links_and_first_authors(srcdir: Path) -> None:
    app = build(srcdir)
    assert warnings(app) == ""
    full = awards(srcdir)["deep-nets"]
    card = page(app, "index").select_one("#award-deep-nets")

    image = card.select_one("img.awards-card-image")
    assert image["alt"] == full["image"]["alt"]
    assert image["loading"] == "lazy"
    # The test image's own size, in pixels.
    assert reserved_size(image) == ("8", "6")
    assert (Path(app.outdir) / image["src"]).read_bytes() == (
        srcdir / "data" / full["image"]["path"]
    ).read_bytes()

    links = [(a.get_text(), a["href"]) for a in card.select(".awards-links a")]
    expected = [
        (link.get("label", KIND_LABELS.get(link["kind"])), link["url"]) for link in full["links"]
    ]
    assert links == expected

    # conf.py shows two authors: the first linked to their page, then "et al.".
    first, second = full["authors"][:2]
    authors = card.select_one(".awards-card-authors")
    assert words(authors.get_text()) == f"{first['name']}, {second['name']} et al."
    assert authors.select_one("a")["href"] == first["url"]


def test_author_setting_shows_every_name_when_it_is_large_enough(srcdir: Path) -> None:
    app = build(srcdir, awards_card_authors=10)
    names = [author["name"] for author in awards(srcdir)["deep-nets"]["authors"]]
    card = page(app, "index").select_one("#award-deep-nets")
    assert words(card.select_one(".awards-card-authors").get_text()) == ", ".join(names)


def test_author_setting_below_one_is_a_config_warning(srcdir: Path) -> None:
    app = build(srcdir, awards_card_authors=0)
    assert warnings(app) == (
        "WARNING: awards_card_authors must be a whole number of 1 or more, not 0; "
        "cards name 3 authors [awards.config]\n"
    )
    card = page(app, "index").select_one("#award-deep-nets")
    assert words(card.select_one(".awards-card-authors").get_text()).endswith("Mary Somerville")


def test_author_setting_that_is_not_a_number_is_a_config_warning(srcdir: Path) -> None:
    # In conf.py itself: an override from the command line is converted or refused first.
    conf = srcdir / "conf.py"
    conf.write_text(conf.read_text(encoding="utf-8") + 'awards_card_authors = "two"\n', "utf-8")
    app = build(srcdir)
    # Sphinx's own type warning comes first; ours says what the cards do instead.
    assert warnings(app).endswith(
        "WARNING: awards_card_authors must be a whole number of 1 or more, not 'two'; "
        "cards name 3 authors [awards.config]\n"
    )
    card = page(app, "index").select_one("#award-deep-nets")
    assert words(card.select_one(".awards-card-authors").get_text()).endswith("Mary Somerville")


def test_each_card_carries_its_bibtex_entry_for_the_cite_control(srcdir: Path) -> None:
    app = build(srcdir)
    html = page(app, "index")
    bib = (Path(app.outdir) / "awards" / "rich.bib").read_text(encoding="utf-8")
    for award_id in awards(srcdir):
        template = html.select_one(f"#award-{award_id} template.awards-bibtex")
        entry = template.get_text()
        assert entry.startswith(f"@inproceedings{{{award_id},")
        assert entry in bib


def test_bibtex_entries_come_from_the_record_alone(srcdir: Path) -> None:
    app = build(srcdir)
    bib = (Path(app.outdir) / "awards" / "rich.bib").read_text(encoding="utf-8")
    data = records(srcdir)
    full, text_authors, plain = data["awards"]
    assert bib == (
        "@inproceedings{deep-nets,\n"
        # The record's title, with TeX's special characters written as text.
        r"  title = {{Deep Nets {\&} {\textbraceleft}Braces{\textbraceright}: 100{\%} of "
        r"{\#}1{\_}{\$}x}},"
        "\n"
        f"  author = {{{' and '.join(a['name'] for a in full['authors'])}}},\n"
        f"  booktitle = {{{data['venue']}}},\n"
        f"  year = {{{data['year']}}},\n"
        r"  doi = {10.1000/deep_nets},"
        "\n"
        f"  eprint = {{{full['arxiv']}}},\n"
        "  archivePrefix = {arXiv},\n"
        f"  url = {{{full['url']}}},\n"
        "}\n"
        "\n"
        "@inproceedings{short-list,\n"
        f"  title = {{{{{text_authors['title']}}}}},\n"
        # "Liwei Jiang et al." in the data.
        "  author = {Liwei Jiang and others},\n"
        f"  booktitle = {{{text_authors['venue']}}},\n"
        f"  year = {{{text_authors['year']}}},\n"
        "}\n"
        "\n"
        "@inproceedings{plain,\n"
        f"  title = {{{{{plain['title']}}}}},\n"
        f"  booktitle = {{{data['venue']}}},\n"
        f"  year = {{{data['year']}}},\n"
        "}\n"
    )


def test_an_award_without_venue_is_cited_as_misc(srcdir: Path, tmp_path: Path) -> None:
    text = (srcdir / "data" / "rich.yaml").read_text(encoding="utf-8")
    (srcdir / "data" / "rich.yaml").write_text(
        text.replace("venue: Advances in Neural Information Processing Systems 38\n", ""),
        encoding="utf-8",
    )
    app = build(srcdir)
    bib = (Path(app.outdir) / "awards" / "rich.bib").read_text(encoding="utf-8")
    assert re.findall(r"^@(\w+)\{([\w-]+),", bib, re.MULTILINE) == [
        ("misc", "deep-nets"),
        ("inproceedings", "short-list"),
        ("misc", "plain"),
    ]


@pytest.mark.parametrize("builder", ["html", "dirhtml", "singlehtml"])
def test_web_builds_publish_the_json_export_valid_against_its_schema(
    srcdir: Path, builder: str
) -> None:
    app = build(srcdir, builder)
    document = json.loads((Path(app.outdir) / "awards" / "rich.json").read_text("utf-8"))
    jsonschema.Draft202012Validator(EXPORT_SCHEMA).validate(document)
    (collection,) = document["collections"]
    data = records(srcdir)
    assert [award["id"] for award in collection["awards"]] == [a["id"] for a in data["awards"]]
    full = collection["awards"][0]
    # Every author, affiliation included, though the card names two.
    assert full["authors"] == data["awards"][0]["authors"]
    assert full["links"] == data["awards"][0]["links"]
    assert full["image"] == data["awards"][0]["image"]


def test_the_export_schema_is_published_beside_the_exports(srcdir: Path) -> None:
    app = build(srcdir)
    published = json.loads((Path(app.outdir) / "awards" / "export.schema.json").read_text())
    assert published == EXPORT_SCHEMA
    jsonschema.Draft202012Validator.check_schema(published)


def test_e_books_carry_no_export(srcdir: Path) -> None:
    app = build(srcdir, "epub")
    assert not (Path(app.outdir) / "awards").exists()


@pytest.mark.parametrize("builder", BUILDERS)
def test_every_builder_renders_the_new_fields(srcdir: Path, builder: str) -> None:
    app = build(srcdir, builder)
    assert warnings(app) == ""
    outdir = Path(app.outdir)
    data = awards(srcdir)["deep-nets"]
    written = "\n".join(
        path.read_text(encoding="utf-8", errors="replace")
        for path in outdir.rglob("*")
        if path.suffix in {".html", ".xhtml", ".tex", ".txt", ".1", ".texi"}
    )
    # roff escapes a hyphen and marks where a line may break.
    written = written.replace("\\-", "-").replace("\\:", "")
    # Every other link can be followed, or its address read where it cannot.
    for link in data["links"]:
        assert link["url"] in written, link
    assert data["authors"][0]["name"] in written
    # Text and man pages show no pictures; every other format has its copy.
    if builder not in {"text", "man"}:
        assert list(outdir.rglob("depth*.png")), "the picture was not copied"
    # And every web or e-book page's picture is found where the page says.
    pictures = [
        (path, image["src"])
        for path in [*outdir.rglob("*.html"), *outdir.rglob("*.xhtml")]
        for image in BeautifulSoup(path.read_text("utf-8"), "html.parser").select("img")
    ]
    assert bool(pictures) == (builder in {"html", "dirhtml", "singlehtml", "epub"})
    for path, source in pictures:
        assert (path.parent / source).is_file(), (path, source)


def test_export_command_prints_what_the_build_writes(
    srcdir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    app = build(srcdir)
    monkeypatch.chdir(srcdir)
    assert main(["export", "data/rich.yaml", "--format", "json"]) == 0
    printed = capsys.readouterr().out
    jsonschema.Draft202012Validator(EXPORT_SCHEMA).validate(json.loads(printed))
    assert printed == (Path(app.outdir) / "awards" / "rich.json").read_text("utf-8")
    assert main(["export", "data/rich.yaml", "--format", "bibtex"]) == 0
    assert capsys.readouterr().out == (Path(app.outdir) / "awards" / "rich.bib").read_text("utf-8")


def test_export_command_refuses_data_with_a_problem(
    srcdir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = srcdir / "data" / "rich.yaml"
    path.write_text(path.read_text("utf-8").replace("kind: code", "kind: blog"), "utf-8")
    line = path.read_text("utf-8").splitlines().index("      - kind: blog") + 1
    monkeypatch.chdir(srcdir)
    assert main(["export", "data/rich.yaml"]) == 1
    output = capsys.readouterr()
    assert output.out == ""
    assert output.err == (
        f"data/rich.yaml:{line}: awards[0].links[1].kind: unknown kind 'blog' "
        "(known: paper, arxiv, openreview, doi, code, project, video, slides, poster)\n"
    )


def test_exports_follow_a_data_edit_and_come_back_when_deleted(srcdir: Path) -> None:
    app = build(srcdir)
    exported = Path(app.outdir) / "awards" / "rich.json"
    stamps = {path.name: path.stat().st_mtime_ns for path in exported.parent.iterdir()}
    path = srcdir / "data" / "rich.yaml"
    path.write_text(path.read_text("utf-8").replace("title: Plain", "title: Plainer"), "utf-8")
    build(srcdir)
    titles = [
        a["title"] for a in json.loads(exported.read_text("utf-8"))["collections"][0]["awards"]
    ]
    assert titles[-1] == "Plainer"
    # Only the files whose text changed are written again (a server or live reload sees no
    # change in the others), and nothing else is left in the folder.
    restamped = {path.name: path.stat().st_mtime_ns for path in exported.parent.iterdir()}
    assert (
        restamped.keys()
        == stamps.keys()
        == {
            "export.schema.json",
            "awards.schema.json",
            "rich.json",
            "rich.bib",
        }
    )
    assert restamped["export.schema.json"] == stamps["export.schema.json"]
    assert restamped["rich.json"] != stamps["rich.json"]

    # A rebuild with nothing to read still publishes what is missing.
    shutil.rmtree(exported.parent)
    build(srcdir)
    assert json.loads(exported.read_text("utf-8"))["collections"][0]["awards"][-1]["title"] == (
        "Plainer"
    )


def test_latex_shows_the_other_links_as_one_line_of_followable_links(srcdir: Path) -> None:
    app = build(srcdir, "latex")
    tex = next(Path(app.outdir).glob("*.tex")).read_text(encoding="utf-8")
    links = awards(srcdir)["deep-nets"]["links"]
    row = " · ".join(
        rf"\sphinxhref{{{link['url']}}}{{{link.get('label', KIND_LABELS.get(link['kind']))}}}"
        for link in links
    )
    assert row in tex


def test_a_team_in_an_author_list_stays_one_bibtex_author(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "team.yaml").write_text(
        "id: team\ntitle: Team\nkinds: [{id: best, label: Best}]\nawards:\n"
        "  - id: teamwork\n    title: Teamwork\n    kind: best\n    authors:\n"
        "      - name: Ada Lovelace\n      - name: Research and Development, Inc.\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    assert main(["export", "team.yaml", "--format", "bibtex"]) == 0
    assert "  author = {Ada Lovelace and {Research and Development, Inc.}},\n" in (
        capsys.readouterr().out
    )


def test_an_award_without_tags_or_links_exports_no_empty_lists(
    rootdir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = yaml.safe_load((rootdir / "test-bad-inputs" / "data" / "extra.yaml").read_text("utf-8"))
    (award,) = data["awards"]
    del award["tags"]
    assert "links" not in award
    path = tmp_path / "bare.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert main(["export", str(path)]) == 0
    (exported,) = json.loads(capsys.readouterr().out)["collections"][0]["awards"]
    assert exported["id"] == award["id"]
    assert [name for name, value in exported.items() if value in ([], {}, None)] == []
    assert "tags" not in exported
    assert "links" not in exported
