"""A collection's page from its data: the title role, award-event's summary, award-section."""

from __future__ import annotations

from pathlib import Path

from .conftest import BuildRoot, awards_warnings, data, page, warnings


def test_the_page_is_titled_summarised_and_sectioned_from_the_data(built_root: BuildRoot) -> None:
    app = built_root("sections")
    collection = data(app, "awards.yaml")
    html = page(app, "index")
    body = html.select_one("div.body")
    assert body.select_one("h1").get_text().rstrip("¶") == collection["title"]
    assert html.title.get_text().startswith(collection["title"])
    summary = body.select_one("h1 ~ p")
    assert summary.get_text() == collection["summary"]
    assert "awards-event" in summary.find_next_sibling()["class"]

    sections = body.select("section > section")
    assert [s.select_one("h2").get_text().rstrip("¶") for s in sections] == [
        kind["heading"] for kind in collection["kinds"]
    ]
    for section, kind in zip(sections, collection["kinds"], strict=True):
        assert section.select_one("h2 + p").get_text() == kind["blurb"]
        titles = [a.get_text() for a in section.select(".awards-card-title a")]
        assert titles == [a["title"] for a in collection["awards"] if a["kind"] == kind["id"]]
    # Sections are targets and in the page's table of contents; :noindex: cards are not.
    assert [s["id"] for s in sections] == ["top-papers", "mentions"]
    assert sections[0].select(".awards-card[id]")
    assert not sections[1].select(".awards-card[id]")
    local_toc = [a.get_text() for a in html.select(".sphinxsidebar a[href^='#']")]
    assert [kind["heading"] for kind in collection["kinds"]] == [
        text for text in local_toc if text in {k["heading"] for k in collection["kinds"]}
    ]


def test_unknown_names_warn_at_the_role_and_the_directive(built_root: BuildRoot) -> None:
    app = built_root("sections")
    expected = [
        (1, "award-collection role: unknown collection 'nowhere' (known: demo-2024)", "reference"),
        (4, "award-section: unknown kind 'nope' (known: top, honour)", "reference"),
        (6, "award-section: unknown collection 'nowhere' (known: demo-2024)", "reference"),
    ]
    assert warnings(app) == awards_warnings("bad.rst", expected)
    # The page still builds; the heading shows the id it was given.
    assert page(app, "bad").select_one("h1").get_text().rstrip("¶") == "nowhere"


def test_the_text_builder_shows_the_headings_and_blurbs(built_root: BuildRoot) -> None:
    app = built_root("sections", "text")
    collection = data(app, "awards.yaml")
    text = (Path(app.outdir) / "index.txt").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0] == collection["title"]
    assert lines[1] == "*" * len(collection["title"])
    for kind in collection["kinds"]:
        at = lines.index(kind["heading"])
        assert lines[at + 1] == "=" * len(kind["heading"])
        assert kind["blurb"] in lines[at + 2 : at + 4]
