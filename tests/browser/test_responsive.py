"""Cards stack in one column on a phone and sit side by side on a desktop."""

from __future__ import annotations

import pytest

from .conftest import AWARDS_PAGE, THEME_OF, OpenPage

pytestmark = pytest.mark.browser

CARD_BOXES = """(ids) => ids.map((id) => {
    const box = document.getElementById(`award-${id}`).getBoundingClientRect();
    return {
        left: Math.round(box.left),
        right: Math.round(box.right),
        top: Math.round(box.top),
        bottom: Math.round(box.bottom),
    };
})"""


def cards_apart(boxes: list[dict[str, int]], *, gap: int = 8) -> bool:
    """Whether no two cards overlap or touch: each pair is ``gap`` px apart across or down."""
    return all(
        a["right"] + gap <= b["left"]
        or b["right"] + gap <= a["left"]
        or a["bottom"] + gap <= b["top"]
        or b["bottom"] + gap <= a["top"]
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
    )


def test_on_a_phone_cards_stack_in_one_column_without_horizontal_scroll(
    open_page: OpenPage,
) -> None:
    page = open_page(AWARDS_PAGE, width=375).page
    boxes = page.evaluate(CARD_BOXES, list(THEME_OF))
    assert {box["left"] for box in boxes} == {boxes[0]["left"]}
    assert all(box["right"] <= 375 for box in boxes)
    assert cards_apart(boxes)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_on_a_desktop_cards_sit_in_two_or_more_columns(open_page: OpenPage) -> None:
    page = open_page(AWARDS_PAGE, width=1280).page
    boxes = page.evaluate(CARD_BOXES, list(THEME_OF))
    assert len({box["left"] for box in boxes}) >= 2
    assert cards_apart(boxes)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
