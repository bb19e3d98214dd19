"""A translated site: the same page in French, with the interface's words from the extension's
catalog and the card's text from a French data file, as the Translations page says."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from sphinx.testing.util import SphinxTestApp

from .catalogs import po_translations
from .conftest import page, warnings


def build(srcdir: Path, **confoverrides: Any) -> SphinxTestApp:
    """Build the project afresh with these settings, as ``sphinx-build -D`` gives them."""
    app = SphinxTestApp("html", srcdir=srcdir, freshenv=True, confoverrides=confoverrides)
    try:
        app.build()
    finally:
        app.cleanup()
    return app


def shown(app: SphinxTestApp) -> dict[str, str]:
    """What a reader sees of the card and the facts line."""
    html = page(app, "index")
    card = html.select_one("#award-sunflower-search")
    return {
        "badge": card.select_one(".awards-badge").get_text(),
        "title": card.select_one(".awards-card-title").get_text(),
        "summary": card.select_one(".awards-card-summary").get_text(),
        "tag": card.select_one(".awards-tag").get_text(),
        "link": card.select_one(".awards-paper-link").get_text(),
        "date": html.select_one(".awards-event-date").get_text(),
    }


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_same_page_in_another_language_with_its_own_data(
    language: str, rootdir: Path, tmp_path: Path
) -> None:
    shutil.copytree(rootdir / "test-translated", tmp_path / "src")
    data_file = f"data/awards.{language}.yaml"
    app = build(tmp_path / "src", language=language, awards_data=data_file)
    assert warnings(app) == ""
    data = yaml.safe_load((tmp_path / "src" / data_file).read_text(encoding="utf-8"))
    award = data["awards"][0]
    seen = shown(app)
    # The interface's words, from the translators' catalog of the language.
    _ = po_translations(language).gettext
    announced = _("Announced")
    assert seen.pop("date").startswith(announced)
    assert seen == {
        "badge": data["kinds"][0]["label"],
        "title": award["title"],
        "summary": award["summary"],
        "tag": f"{award['tags'][0]['icon']} {award['tags'][0]['label']}",
        "link": _("View paper ↗"),
    }


def test_gettext_extracts_the_pages_text_and_nothing_made_from_the_data(
    rootdir: Path, tmp_path: Path
) -> None:
    shutil.copytree(rootdir / "test-translated", tmp_path / "src")
    app = SphinxTestApp("gettext", srcdir=tmp_path / "src", freshenv=True)
    try:
        app.build()
    finally:
        app.cleanup()
    catalog = (Path(app.outdir) / "index.pot").read_text(encoding="utf-8")
    messages = re.findall(r'^msgid "(.+)"$', catalog, flags=re.MULTILINE)
    # The page's heading is the page's to translate; the facts line and card are the data's.
    assert messages == ["Awards"]
