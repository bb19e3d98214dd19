"""The ``award`` role across pages, unknown ids, duplicate targets, and parallel builds."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp

from benchmarks.builds import sphinx_build

from .conftest import BuildRoot, data, page, warnings

DUPLICATE = "add :no-index: to one of them [awards.duplicate]"


def role_warnings(known: str) -> list[str]:
    """The warnings of the ``role`` test project, in the order a serial build gives them.

    The role's own come last: they are given once references are resolved, when no other
    site's inventory (intersphinx) has the award either.
    """
    return [
        "<src>/more.rst:4: WARNING: award 'apple-theory' is already a target at "
        f"<src>/cards.rst:4; {DUPLICATE}",
        "<src>/cards.rst:7: WARNING: award 'zebra-vision' is already a target at "
        f"<src>/cards.rst:4; {DUPLICATE}",
        f"<src>/essay.md:5: WARNING: award role: unknown award 'ghost' (known: {known}) "
        "[awards.reference]",
        "<src>/essay.md:5: WARNING: award role: award 'mango-vision' has no card to link to; "
        "render it with award-card or award-grid without :no-index: [awards.reference]",
    ]


def titles(app: SphinxTestApp) -> dict[str, str]:
    """Award id -> title, from the project's data."""
    return {a["id"]: a["title"] for a in data(app, "awards.yaml")["awards"]}


def test_warning_list(built_root: BuildRoot) -> None:
    app = built_root("role")
    known = ", ".join(titles(app))
    assert warnings(app).splitlines() == role_warnings(known)


def test_role_links_to_the_card_on_another_page_with_its_title(built_root: BuildRoot) -> None:
    app = built_root("role")
    links = page(app, "essay").select("a.reference.internal")
    assert [(a["href"], a.get_text()) for a in links] == [
        ("cards.html#award-zebra-vision", titles(app)["zebra-vision"]),
        # The first indexed card is the target: the grid of cards.rst, not more.rst's card.
        ("cards.html#award-apple-theory", "the apples"),
    ]


def test_role_on_the_card_page_links_within_it(built_root: BuildRoot) -> None:
    app = built_root("role")
    paragraph = next(p for p in page(app, "cards").select("p") if p.text.startswith("On this"))
    (link,) = paragraph.select("a.reference.internal")
    assert (link["href"], link.get_text()) == ("#award-zebra-vision", titles(app)["zebra-vision"])


def test_unresolved_roles_keep_their_text_without_a_link(built_root: BuildRoot) -> None:
    app = built_root("role")
    paragraph = next(p for p in page(app, "essay").select("p") if p.text.startswith("A typo"))
    assert paragraph.get_text() == "A typo: ghost. Not rendered as a target: mango-vision."
    assert paragraph.select("a") == []


def test_ids_stay_unique_and_only_targets_have_them(built_root: BuildRoot) -> None:
    app = built_root("role")
    cards = page(app, "cards").select(".awards-card")
    # grid (zebra, apple), then the second zebra card: a duplicate, so no second id.
    assert [card.get("id") for card in cards] == ["award-zebra-vision", "award-apple-theory", None]
    more = page(app, "more").select(".awards-card")
    # more.rst's apple card is an indexed duplicate on another page: it keeps its id there.
    assert [card.get("id") for card in more] == ["award-apple-theory", None]


def build(source: Path, out: Path, parallel: int) -> tuple[dict[str, bytes], list[str]]:
    """Build a copy of a test project with ``parallel`` processes: its HTML pages and warnings.

    In a process of its own, as from the command line: Sphinx forks its workers, and a test
    process may run threads (pytest-xdist's) that a fork must not copy.
    """
    srcdir = Path(shutil.copytree(source, out / "src"))
    outdir = out / "html"
    built = sphinx_build(srcdir, outdir, "--quiet", "-j", str(parallel))
    pages = {str(p.relative_to(outdir)): p.read_bytes() for p in sorted(outdir.rglob("*.html"))}
    return pages, [warning.replace(f"{srcdir}/", "<src>/") for warning in built.warnings]


# Four builds in processes of their own: once, in `nox -s slow` (the benchmark's project is
# built with -j in the normal run).
@pytest.mark.slow
@pytest.mark.parametrize("project", ["awards", "role"])
def test_parallel_build_equals_serial_build(project: str, rootdir: Path, tmp_path: Path) -> None:
    serial_pages, serial_warnings = build(rootdir / f"test-{project}", tmp_path / "j1", 1)
    parallel_pages, parallel_warnings = build(rootdir / f"test-{project}", tmp_path / "j2", 2)
    assert parallel_pages
    assert parallel_pages == serial_pages
    # Readers in several processes may report in another order, never other warnings.
    assert sorted(parallel_warnings) == sorted(serial_warnings)
    duplicates = [w for w in parallel_warnings if w.endswith("[awards.duplicate]")]
    if project == "awards":
        assert parallel_warnings == []
    else:
        # Duplicates are reported after reading, in one order whatever the process count.
        assert duplicates == [w for w in role_warnings("") if w.endswith("[awards.duplicate]")]


def test_any_role_finds_awards(built_root: BuildRoot) -> None:
    app = built_root("role")
    paragraph = next(p for p in page(app, "cards").select("p") if p.text.startswith("Through"))
    link = paragraph.select_one("a.reference.internal")
    assert (link["href"], link.get_text()) == ("#award-apple-theory", titles(app)["apple-theory"])
