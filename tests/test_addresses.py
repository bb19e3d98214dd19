"""Paper addresses: which URLs are one paper's page, written from the rules, not from output."""

from __future__ import annotations

from dataclasses import replace

import pytest

from sphinx_awards.addresses import address_key, award_addresses
from sphinx_awards.model import Award, Location

EQUIVALENT = [
    # scheme, www., host case, trailing slash, fragment
    ("https://example.org/paper", "http://example.org/paper"),
    ("https://example.org/paper", "https://www.example.org/paper"),
    ("https://example.org/paper", "HTTPS://Example.ORG/paper"),
    ("https://example.org/paper", "https://example.org/paper/"),
    ("https://example.org/paper", "https://example.org/paper#results"),
    ("https://example.org/paper", "https://example.org:443/paper"),
    # arXiv: abstract, PDF, versions, .pdf
    ("https://arxiv.org/abs/2505.17638", "https://arxiv.org/pdf/2505.17638"),
    ("https://arxiv.org/abs/2505.17638", "https://arxiv.org/abs/2505.17638v2"),
    ("https://arxiv.org/abs/2505.17638", "https://arxiv.org/pdf/2505.17638v3.pdf"),
    ("https://arxiv.org/abs/2505.17638", "http://www.arxiv.org/pdf/2505.17638.pdf"),
    ("https://arxiv.org/abs/hep-th/9901001", "https://arxiv.org/pdf/hep-th/9901001v1"),
    # OpenReview: forum and PDF of one submission
    ("https://openreview.net/forum?id=1b7whO4SfY", "https://openreview.net/pdf?id=1b7whO4SfY"),
    (
        "https://openreview.net/forum?id=1b7whO4SfY",
        "http://www.openreview.net/forum/?id=1b7whO4SfY",
    ),
]

DIFFERENT = [
    ("https://example.org/paper", "https://example.org/paper2"),
    ("https://example.org/paper", "https://example.com/paper"),
    ("https://example.org/paper", "https://example.org:8443/paper"),
    # the path's case is the server's business
    ("https://example.org/paper", "https://example.org/Paper"),
    ("https://example.org/paper?x=1", "https://example.org/paper?x=2"),
    # another paper, and an arXiv id that only begins the same
    ("https://arxiv.org/abs/2505.17638", "https://arxiv.org/abs/2505.17639"),
    ("https://arxiv.org/abs/2505.1763", "https://arxiv.org/abs/2505.17638"),
    # other arXiv pages than the paper's
    ("https://arxiv.org/abs/2505.17638", "https://arxiv.org/html/2505.17638"),
    ("https://openreview.net/forum?id=1b7whO4SfY", "https://openreview.net/forum?id=s0JVsx3bx1"),
    ("https://openreview.net/forum?id=1b7whO4SfY", "https://openreview.net/group?id=1b7whO4SfY"),
    # arXiv's rules are arXiv's: elsewhere v2 and .pdf are part of the address
    ("https://example.org/abs/1234", "https://example.org/abs/1234v2"),
]


@pytest.mark.parametrize(("first", "second"), EQUIVALENT)
def test_addresses_of_one_page_are_equal(first: str, second: str) -> None:
    assert address_key(first) is not None
    assert address_key(first) == address_key(second)


@pytest.mark.parametrize(("first", "second"), DIFFERENT)
def test_addresses_of_other_pages_differ(first: str, second: str) -> None:
    assert address_key(first) != address_key(second)


@pytest.mark.parametrize(
    "url", ["awards.html#award-x", "#award-x", "mailto:a@example.org", "ftp://example.org/x", ""]
)
def test_what_is_not_a_web_address_has_no_key(url: str) -> None:
    assert address_key(url) is None


def test_an_award_without_a_url_has_no_address() -> None:
    award = Award(id="x", collection="c", title="T", kind="best", location=Location("d.yaml", 1))
    assert award_addresses(award) == []
    assert award_addresses(replace(award, url="https://example.org/x")) == ["https://example.org/x"]
