"""Cards stack in one column on a phone and sit side by side on a desktop."""

from __future__ import annotations

import pytest

from .conftest import AWARDS_PAGE, THEME_OF, OpenPage

pytestmark = pytest.mark.browser

CARD_BOXES = """(ids) => ids.map((id) => {
    const box = document.getElementById(`award-${id}`).getBoundingClientRect();
    return { left: Math.round(box.left), right: Math.round(box.right) };
})"""


def test_on_a_phone_cards_stack_in_one_column_without_horizontal_scroll(
    open_page: OpenPage,
) -> None:
    page = open_page(AWARDS_PAGE, width=375).page
    boxes = page.evaluate(CARD_BOXES, list(THEME_OF))
    assert {box["left"] for box in boxes} == {boxes[0]["left"]}
    assert all(box["right"] <= 375 for box in boxes)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_on_a_desktop_cards_sit_in_two_or_more_columns(open_page: OpenPage) -> None:
    page = open_page(AWARDS_PAGE, width=1280).page
    boxes = page.evaluate(CARD_BOXES, list(THEME_OF))
    assert len({box["left"] for box in boxes}) >= 2
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
