"""Each card's "Cite" copies the award's BibTeX entry, by mouse or keyboard, and says so."""

from __future__ import annotations

import pytest

from .conftest import AWARDS_PAGE, COLLECTION, OpenPage

pytestmark = pytest.mark.browser

AWARD = COLLECTION["awards"][0]
OTHER = COLLECTION["awards"][1]


def cite_button_name(award: dict) -> str:
    return f"Cite “{award['title']}” (copy its BibTeX entry)"


def test_every_card_offers_cite_named_after_its_title(open_page: OpenPage) -> None:
    page = open_page(AWARDS_PAGE).page
    for award in COLLECTION["awards"]:
        control = page.get_by_role("button", name=cite_button_name(award))
        assert control.count() == 1, award["id"]
        # The visible text begins the accessible name.
        assert control.inner_text() == "Cite"
        assert page.locator(f"#award-{award['id']}").locator(control).is_visible()


def test_cite_by_keyboard_copies_the_entry_and_announces_it(open_page: OpenPage) -> None:
    from playwright.sync_api import expect

    page = open_page(AWARDS_PAGE, permissions=("clipboard-read", "clipboard-write")).page
    card = page.locator(f"#award-{AWARD['id']}")
    card.get_by_role("button", name=cite_button_name(AWARD)).focus()
    page.keyboard.press("Enter")
    confirmation = card.locator(".awards-copy-status")
    expect(confirmation).to_have_text("BibTeX entry copied")
    assert confirmation.get_attribute("role") == "status"
    entry = page.evaluate("navigator.clipboard.readText()")
    # From the record: its id as key, the collection's venue and year, its own address.
    assert entry.startswith(f"@inproceedings{{{AWARD['id']},\n")
    assert f"  booktitle = {{{COLLECTION['venue']}}},\n" in entry
    assert f"  year = {{{COLLECTION['year']}}},\n" in entry
    assert f"  url = {{{AWARD['url']}}},\n" in entry
    # The page's copy of the entry: the .bib file the build publishes holds the same.
    bib = page.evaluate("async () => (await fetch('awards/neurips-2025.bib')).text()")
    assert entry.strip() in bib


def test_a_refused_clipboard_shows_the_entry_selected_to_copy(open_page: OpenPage) -> None:
    from playwright.sync_api import expect

    page = open_page(AWARDS_PAGE).page
    page.evaluate(
        """() => {
            navigator.clipboard.writeText = () => Promise.reject(new Error("refused"));
            document.execCommand = () => false;
        }"""
    )
    card = page.locator(f"#award-{OTHER['id']}")
    card.get_by_role("button", name=cite_button_name(OTHER)).click()
    expect(card.locator(".awards-copy-status")).to_have_text(
        "Copy the BibTeX entry from the field below"
    )
    field = card.get_by_role("textbox", name=f"BibTeX entry of “{OTHER['title']}”")
    expect(field).to_be_focused()
    assert field.input_value().startswith(f"@inproceedings{{{OTHER['id']},")
    selected = page.evaluate(
        "() => { const f = document.activeElement; return f.selectionEnd - f.selectionStart; }"
    )
    assert selected == len(field.input_value())
