"""The real data file: it validates, and it carries every fact of the awards snapshot."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from sphinx_awards.loader import load_catalog, schema
from sphinx_awards.model import Award, Collection, Link

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "data" / "neurips-2025.yaml"
SCHEMA_FILE = REPO / "ext" / "sphinx_awards" / "awards.schema.json"
SNAPSHOT = (REPO / "tests" / "seeds" / "awards-snapshot.txt").read_text(encoding="utf-8")
LINES = [line for line in SNAPSHOT.splitlines() if line.strip()]
BADGE = re.compile(r"^(Best Paper|Runner-up)(?: · (.+))?$")


def after(label: str, offset: int = 1) -> str:
    """The snapshot's non-blank line ``offset`` lines after the line ``label``."""
    return LINES[LINES.index(label) + offset]


#: The snapshot's lines with the no-break spaces of its header layout made plain.
PLAIN = [line.replace("\N{NO-BREAK SPACE}", " ") for line in LINES]


def fact(prefix: str) -> str:
    """The rest of the (plain) header line that starts with ``prefix``."""
    return next(line.removeprefix(prefix) for line in PLAIN if line.startswith(prefix))


def snapshot_cards() -> Iterator[dict[str, str]]:
    """Each award card of the snapshot: the line before its badge is its title."""
    for index, line in enumerate(LINES):
        if badge := BADGE.match(line):
            yield {
                "title": LINES[index - 1],
                "kind": badge.group(1),
                "track": badge.group(2) or "",
                "summary": LINES[index + 1],
                "tags": LINES[index + 2],
                "description": LINES[index + 3],
                "authors": LINES[index + 4],
            }


CARDS = list(snapshot_cards())


@pytest.fixture(scope="module")
def collection() -> Collection:
    catalog, problems = load_catalog([DATA])
    assert [str(problem) for problem in problems] == []
    assert len(catalog.collections) == 1
    return catalog.collections[0]


def test_the_snapshot_copy_has_seven_cards() -> None:
    assert len(CARDS) == 7


def test_the_collection_carries_the_header_facts(collection: Collection) -> None:
    assert collection.title == LINES[0]
    assert collection.summary == LINES[1]
    announced = dt.datetime.strptime(fact("Announced · "), "%B %d, %Y").date()
    assert collection.announced == announced
    assert collection.domains == fact("Domains • ")
    assert collection.explore is not None
    icon, _, label = next(line for line in PLAIN if "Explore" in line).partition(" Explore • ")
    assert collection.explore == Link(label=label, url=None, icon=icon)


def test_the_tracks_line_is_the_declared_tracks(collection: Collection) -> None:
    assert " + ".join(track.label for track in collection.tracks) == fact("Tracks • ")
    assert collection.track(collection.main_track).label == "Main"
    assert len(collection.tracks) == 2


def test_the_kinds_carry_their_sections(collection: Collection) -> None:
    counts = fact("7 papers • ")
    assert counts == " · ".join(
        f"{sum(a.kind == kind.id for a in collection.awards)} {kind.short}"
        for kind in collection.kinds
    )
    for kind in collection.kinds:
        assert after(kind.heading) == kind.blurb
    assert [kind.heading for kind in collection.kinds] == ["Best Papers", "Runner-Up Papers"]


def test_the_themes_are_the_legend_in_order(collection: Collection) -> None:
    assert after("Theme Legend") == collection.legend_caption
    legend = LINES[LINES.index(collection.legend_caption) + 1 : LINES.index("Best Papers")]
    assert [theme.label for theme in collection.themes] == legend
    assert len(collection.themes) == 5
    shorts = fact("Key Themes 5 ")
    assert ", ".join(theme.short for theme in collection.themes) == shorts
    assert {award.theme for award in collection.awards} == {t.id for t in collection.themes}


def test_the_tiles_carry_the_snapshot_icons(collection: Collection) -> None:
    computed = collection.computed_tiles
    assert computed is not None
    for heading in (computed.awards, computed.themes, computed.tracks):
        assert after(next(line for line in LINES if line.startswith(heading.label))) == heading.icon
    (tile,) = collection.tiles
    line = f"{tile.label} {tile.value} {tile.detail}"
    assert line in LINES
    assert after(line) == tile.icon


def test_the_awards_are_the_snapshot_cards_in_order(collection: Collection) -> None:
    assert len(collection.awards) == 7
    for award, card in zip(collection.awards, CARDS, strict=True):
        assert shown(award, collection) == card


def shown(award: Award, collection: Collection) -> dict[str, str]:
    """An award as its snapshot card shows it."""
    track = "" if award.track == collection.main_track else collection.track(award.track).short
    return {
        "title": award.title,
        "kind": collection.kind(award.kind).label,
        "track": track,
        "summary": award.summary,
        "tags": " ".join(f"{tag.icon} {tag.label}" for tag in award.tags),
        "description": award.description,
        "authors": award.authors,
    }


def test_four_best_papers_and_three_runners_up(collection: Collection) -> None:
    kinds = [collection.kind(award.kind).label for award in collection.awards]
    assert kinds == ["Best Paper"] * 4 + ["Runner-up"] * 3


def test_each_award_links_to_its_paper(collection: Collection) -> None:
    rows = (REPO / "tests" / "seeds" / "paper-links.txt").read_text(encoding="utf-8")
    links = dict(row.split(" | ") for row in rows.splitlines())
    apostrophe = "\N{RIGHT SINGLE QUOTATION MARK}"
    assert {award.title.replace(apostrophe, "'"): award.url for award in collection.awards} == links


ESSAY = (REPO / "docs" / "essay.md").read_text(encoding="utf-8")


def test_every_other_paper_link_is_one_the_essay_gives(collection: Collection) -> None:
    # Only addresses that can be checked: those the essay itself links for the paper.
    links = [link.url for award in collection.awards for link in award.links]
    assert links  # the 1000-layer paper's preprint
    for url in links:
        assert f"]({url})" in ESSAY, url


def test_arxiv_ids_are_those_of_the_records_own_arxiv_address(collection: Collection) -> None:
    for award in collection.awards:
        match = re.fullmatch(r"https://arxiv\.org/abs/(\S+)", award.url or "")
        assert award.arxiv == (match[1] if match else None), award.id


def test_no_award_gains_authors_pictures_or_a_doi_nobody_checked(
    collection: Collection,
) -> None:
    for award in collection.awards:
        # The snapshot's own "First Author et al." text, no list made up from it.
        assert isinstance(award.authors, str), award.id
        assert (award.image, award.doi) == (None, None), award.id
        assert (award.year, award.venue) == (collection.year, collection.venue)


def test_the_file_names_its_schema_for_editors() -> None:
    first = DATA.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../ext/sphinx_awards/awards.schema.json"
    assert (DATA.parent / first.split("$schema=")[1]).resolve() == SCHEMA_FILE.resolve()


def test_the_schema_is_valid_draft_2020_12() -> None:
    Draft202012Validator.check_schema(schema())
    assert schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def properties(node: Any, where: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every property schema in the schema, with where it is."""
    if isinstance(node, dict):
        for name, value in node.get("properties", {}).items():
            yield f"{where}.{name}", value
        for key, value in node.items():
            yield from properties(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from properties(value, f"{where}[{index}]")


def test_every_property_has_a_description() -> None:
    undescribed = [where for where, prop in properties(schema()) if not prop.get("description")]
    assert undescribed == []


def test_every_object_refuses_unknown_properties() -> None:
    def objects(node: Any) -> Iterator[dict[str, Any]]:
        if isinstance(node, dict):
            if node.get("type") == "object":
                yield node
            for value in node.values():
                yield from objects(value)

    assert all(obj.get("additionalProperties") is False for obj in objects(schema()))


def test_an_independent_validator_accepts_the_file() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--schemafile", str(SCHEMA_FILE), DATA],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
