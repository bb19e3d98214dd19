"""Bad option values, unknown ids and missing data: located warnings, and the page still builds."""

from __future__ import annotations

from pathlib import Path

from .conftest import BuildRoot, awards_warnings, page, warnings

COLUMNS = "must be one or four column counts from 1 to 12 (xs sm md lg), such as '1 1 2 2'"


def test_bad_values_warn_where_they_are(built_root: BuildRoot) -> None:
    app = built_root("bad")
    awards = "zebra-vision, apple-theory"
    expected = [
        (4, f"award-card: unknown award 'no-such-award' (known: {awards})", "reference"),
        (6, "award-grid: unknown theme 'rll' in :theme: (known: vision, theory)", "reference"),
        (11, "award-grid: unknown kind 'nope' in :kind: (known: top)", "reference"),
        (17, "award-grid: unknown collection 'nowhere' (known: small)", "reference"),
        (20, "award-grid: :sort: must be data or title, not 'newest'", "option"),
        (20, "award-grid: :limit: must be a positive integer, not '0'", "option"),
        (20, f"award-grid: :columns: {COLUMNS}, not '1 2 3'", "option"),
        (27, "award-grid: :limit: must be a positive integer, not 'many'", "option"),
        (27, f"award-grid: :columns: {COLUMNS}, not '0'", "option"),
        (33, f"award-grid: unknown award 'ghost' in :ids: (known: {awards})", "reference"),
        (38, "theme-legend: unknown collection 'nowhere' (known: small)", "reference"),
        (41, "award-stats: unknown collection 'nowhere' (known: small)", "reference"),
        (44, "award-event: unknown collection 'nowhere' (known: small)", "reference"),
    ]
    assert warnings(app) == awards_warnings("index.rst", expected)


def test_valid_parts_still_render(built_root: BuildRoot) -> None:
    app = built_root("bad")
    html = page(app, "index")
    # An unknown theme selects nothing; a filter's valid values still apply.
    assert html.select(".t-theme .awards-card") == []
    assert [c["class"][5] for c in html.select(".t-kind .awards-card")] == ["awards-theme-theory"]
    # Invalid values fall back to the defaults: data order, no limit, default columns.
    for case in ("values", "more-values"):
        titles = [a.get_text() for a in html.select(f".t-{case} .awards-card-title a")]
        assert titles == ["Zebra Stripes for Robust Vision", "Apple Bounds for Learning"]
        assert "sd-row-cols-md-2" in html.select_one(f".t-{case} .sd-row")["class"]
    assert [a.get_text() for a in html.select(".t-ids .awards-card-title a")] == [
        "Zebra Stripes for Robust Vision"
    ]
    assert html.find("p", string="The rest of the page is here.") is not None


def test_directives_without_data_warn_about_the_configuration(built_root: BuildRoot) -> None:
    app = built_root("nodata")
    message = "awards_data names no data file; set it in conf.py [awards.config]"
    assert warnings(app).splitlines() == [
        f"<src>/index.rst:4: WARNING: award-card: {message}",
        f"<src>/index.rst:6: WARNING: award-grid: {message}",
        f"<src>/index.rst:8: WARNING: theme-legend: {message}",
        f"<src>/index.rst:10: WARNING: award-stats: {message}",
        f"<src>/index.rst:12: WARNING: award-event: {message}",
        f"<src>/index.rst:14: WARNING: award role: {message}",
    ]
    html = page(app, "index")
    assert html.find("p", string="The rest of the page is here.") is not None
    assert html.select(".awards-card") == []


def test_data_problems_are_warnings_located_in_the_data_file_once(built_root: BuildRoot) -> None:
    app = built_root("baddata")
    source = (Path(app.srcdir) / "data" / "awards.yaml").read_text(encoding="utf-8")
    line = source.splitlines().index("    theme: rll") + 1
    bad_theme, missing = warnings(app).splitlines()
    # Two pages use the data; it is loaded, and its problems reported, once.
    assert bad_theme.startswith(f"<src>/data/awards.yaml:{line}: WARNING: ")
    assert "'rll'" in bad_theme
    assert bad_theme.endswith(" [awards.data]")
    assert missing.startswith("WARNING: <src>/data/missing.yaml: ")
    assert missing.endswith(" [awards.file]")
    # What is valid still renders: the undeclared theme costs its award only its colour.
    cards = page(app, "index").select(".awards-card")
    titles = [card.select_one(".awards-card-title a").get_text() for card in cards]
    assert titles == [
        "Zebra Stripes for Robust Vision",
        "Apple Bounds for Learning",
        "Zebra Stripes for Robust Vision",
    ]
    assert [c for c in cards[1]["class"] if c.startswith("awards-theme-")] == []
