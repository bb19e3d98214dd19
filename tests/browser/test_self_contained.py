"""Every page of the site loads from the site alone, with no console error."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import OpenPage

pytestmark = pytest.mark.browser


def test_every_page_loads_from_the_site_alone_without_console_errors(
    open_page: OpenPage, site_dir: Path
) -> None:
    pages = sorted(p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*.html"))
    assert "index.html" in pages
    problems = {}
    for path in pages:
        opened = open_page(path)
        opened.page.wait_for_load_state("networkidle")
        if opened.log.offsite or opened.log.errors:
            problems[path] = {"offsite": opened.log.offsite, "errors": opened.log.errors}
    assert problems == {}


def test_every_page_has_an_icon_the_site_serves(open_page: OpenPage, site_dir: Path) -> None:
    # Without one the browser asks for /favicon.ico, which the site does not have.
    pages = sorted(p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*.html"))
    missing = {}
    for path in pages:
        page = open_page(path).page
        icon = page.evaluate("document.querySelector('link[rel~=icon]')?.href ?? null")
        if icon is None or not page.request.get(icon).ok:
            missing[path] = icon
    assert missing == {}
