"""The running page speaks the site's language: the filter's and copy control's words.

The theme project (the site's data on one page) is built in French and in German and served;
what the page should say is read from the catalogs' ``.po`` files.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ..catalogs import po_translations
from ..conftest import REPO
from .conftest import COLLECTION, THEMES, OpenPage, awards_of, served_variants

pytestmark = pytest.mark.browser

PROJECT = REPO / "tests" / "roots" / "test-themes"
LANGUAGES = ["fr", "de"]


@pytest.fixture(scope="session")
def language_sites(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """The theme project built once per language, each served: language -> its address."""
    settings = {language: f"language={language}" for language in LANGUAGES}
    with served_variants(tmp_path_factory.mktemp("languages"), PROJECT, settings) as urls:
        yield urls


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_filter_speaks_the_language(
    open_page: OpenPage, language_sites: dict[str, str], language: str
) -> None:
    from playwright.sync_api import expect

    _ = po_translations(language).gettext
    page = open_page(f"{language_sites[language]}index.html").page
    total = len(COLLECTION["awards"])
    expect(page.locator("button.awards-filter-reset")).to_have_text(_("Show all"))
    status = page.locator(".awards-filter-status")
    expect(status).to_have_text(_("Showing all {total} awards").format(total=total))
    filter_label = _("Show the awards of these themes")
    expect(page.get_by_role("list", name=filter_label)).to_have_count(1)

    page.locator(f".awards-legend .awards-theme-{THEMES[0]} .awards-chip").click()
    shown = len(awards_of(THEMES[0]))
    expect(status).to_have_text(
        _("Showing {shown} of {total} awards").format(shown=shown, total=total)
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_copy_link_speaks_the_language(
    open_page: OpenPage, language_sites: dict[str, str], language: str
) -> None:
    from playwright.sync_api import expect

    _ = po_translations(language).gettext
    opened = open_page(
        f"{language_sites[language]}index.html", permissions=("clipboard-read", "clipboard-write")
    )
    award = COLLECTION["awards"][0]
    card = opened.page.locator(f"#award-{award['id']}")
    control = card.get_by_role(
        "button", name=_("Copy link to “{title}”").format(title=award["title"])
    )
    expect(control).to_have_text(_("Copy link"))
    control.click()
    expect(card.locator(".awards-copy-status")).to_have_text(_("Link copied"))
    assert opened.log.errors == []
