"""In Chromium, a page built from a collection full of payloads runs none of them.

The collection is ``tests/roots/test-hostile``: every text field holds a script, an event
handler, attribute-breaking quotes or markup, each trying to set ``window.__pwned``.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from ..test_hostile_data import DATA, PAYLOADS, ROOT, words
from .conftest import serve

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Dialog

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def payload_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The payload project built as HTML and served on 127.0.0.1."""
    out = tmp_path_factory.mktemp("payloads") / "html"
    command = [sys.executable, "-m", "sphinx", "-b", "html", "-W", "-q", str(ROOT), str(out)]
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    with serve(out) as url:
        yield url


def test_payloads_run_nothing_and_show_as_text(browser: Browser, payload_site: str) -> None:
    context = browser.new_context(base_url=payload_site)
    page = context.new_page()
    dialogs: list[str] = []

    def refuse(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", refuse)
    page.goto("index.html")
    page.wait_for_load_state("load")
    # Event handlers, were any smuggled into an attribute, run on hover.
    shown = page.locator("[role=main] a, [role=main] .awards-card, [role=main] p")
    for element in shown.locator("visible=true").all():
        element.hover()
        # A link's preview (its payloads shown too) would cover what is hovered next.
        page.keyboard.press("Escape")

    # The page's own scripts ran (so would an injected one have)...
    assert page.evaluate("() => typeof DOCUMENTATION_OPTIONS") == "object"
    # ...and none of the payloads did.
    assert page.evaluate("() => typeof window.__pwned") == "undefined"
    assert dialogs == []
    assert page.locator("[role=main] .awards-card").count() == 2
    assert page.locator("[role=main] .awards-card").first.is_visible()
    text = words(page.evaluate("() => document.querySelector('[role=main]').textContent"))
    assert [payload for payload in PAYLOADS if words(payload) not in text] == []
    # The JSON-LD, read as a search engine reads it, holds the titles exactly as the data.
    linked_data = page.evaluate(
        """() => [...document.querySelectorAll('script[type="application/ld+json"]')]
            .map((script) => JSON.parse(script.textContent))"""
    )
    assert [[a["name"] for a in doc["@graph"]] for doc in linked_data] == [
        [award["title"] for award in DATA["awards"]]
    ]
    context.close()
