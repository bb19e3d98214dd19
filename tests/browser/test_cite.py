"""Each card's "Cite" shows the award's BibTeX entry in a dialog, to read, select and copy, by
mouse or keyboard, and says when it is copied."""

from __future__ import annotations

import pytest

from .conftest import AWARDS_PAGE, COLLECTION, OpenPage

pytestmark = pytest.mark.browser

AWARD = COLLECTION["awards"][0]
OTHER = COLLECTION["awards"][1]
DIALOG = "dialog.awards-cite-dialog"


def cite_button_name(award: dict) -> str:
    return f"Cite “{award['title']}” (show its BibTeX entry)"


def test_every_card_offers_cite_named_after_its_title(open_page: OpenPage) -> None:
    page = open_page(AWARDS_PAGE).page
    for award in COLLECTION["awards"]:
        control = page.get_by_role("button", name=cite_button_name(award))
        assert control.count() == 1, award["id"]
        # The visible text begins the accessible name; the control opens a dialog.
        assert control.inner_text() == "Cite"
        assert control.get_attribute("aria-haspopup") == "dialog"
        assert page.locator(f"#award-{award['id']}").locator(control).is_visible()


def test_cite_by_keyboard_shows_the_entry_copies_it_and_announces_it(
    open_page: OpenPage,
) -> None:
    from playwright.sync_api import expect

    page = open_page(AWARDS_PAGE, permissions=("clipboard-read", "clipboard-write")).page
    card = page.locator(f"#award-{AWARD['id']}")
    cite = card.get_by_role("button", name=cite_button_name(AWARD))
    cite.focus()
    page.keyboard.press("Enter")

    dialog = page.get_by_role("dialog", name=f"Cite “{AWARD['title']}”")
    expect(dialog).to_be_visible()
    # The entry is text on the screen, focused and selected, ready to copy.
    field = dialog.get_by_role("textbox", name=f"BibTeX entry of “{AWARD['title']}”")
    expect(field).to_be_focused()
    entry = field.input_value()
    assert entry.startswith(f"@inproceedings{{{AWARD['id']},\n")
    assert f"  booktitle = {{{COLLECTION['venue']}}},\n" in entry
    assert f"  year = {{{COLLECTION['year']}}},\n" in entry
    assert f"  url = {{{AWARD['url']}}},\n" in entry
    selected = page.evaluate(
        "() => { const f = document.activeElement; return f.selectionEnd - f.selectionStart; }"
    )
    assert selected == len(entry)
    # The page's copy of the entry: the .bib file the build publishes holds the same.
    bib = page.evaluate("async () => (await fetch('awards/neurips-2025.bib')).text()")
    assert entry.strip() in bib

    page.keyboard.press("Tab")
    expect(dialog.get_by_role("button", name="Copy BibTeX entry")).to_be_focused()
    page.keyboard.press("Enter")
    confirmation = dialog.get_by_role("status")
    expect(confirmation).to_have_text("BibTeX entry copied")
    assert page.evaluate("navigator.clipboard.readText()") == entry

    # Escape closes it and gives the focus back to the card's "Cite".
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(cite).to_be_focused()


def test_the_dialog_closes_by_its_button_and_shows_the_next_cards_entry(
    open_page: OpenPage,
) -> None:
    from playwright.sync_api import expect

    page = open_page(AWARDS_PAGE).page
    for award in (AWARD, OTHER):
        page.get_by_role("button", name=cite_button_name(award)).click()
        dialog = page.locator(DIALOG)
        expect(dialog).to_be_visible()
        assert (
            dialog.get_by_role("textbox")
            .input_value()
            .startswith(f"@inproceedings{{{award['id']},")
        )
        expect(dialog.get_by_role("status")).to_have_text("")
        dialog.get_by_role("button", name="Close").click()
        expect(dialog).to_be_hidden()
    assert page.locator(DIALOG).count() == 1


def test_a_refused_clipboard_leaves_the_entry_selected_to_copy(open_page: OpenPage) -> None:
    from playwright.sync_api import expect

    page = open_page(AWARDS_PAGE).page
    page.evaluate(
        """() => {
            navigator.clipboard.writeText = () => Promise.reject(new Error("refused"));
            document.execCommand = () => false;
        }"""
    )
    page.get_by_role("button", name=cite_button_name(OTHER)).click()
    dialog = page.locator(DIALOG)
    dialog.get_by_role("button", name="Copy BibTeX entry").click()
    expect(dialog.get_by_role("status")).to_have_text(
        "The entry is selected: copy it with your keyboard"
    )
    field = dialog.get_by_role("textbox", name=f"BibTeX entry of “{OTHER['title']}”")
    expect(field).to_be_focused()
    assert field.input_value().startswith(f"@inproceedings{{{OTHER['id']},")
    selected = page.evaluate(
        "() => { const f = document.activeElement; return f.selectionEnd - f.selectionStart; }"
    )
    assert selected == len(field.input_value())
