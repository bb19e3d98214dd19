"""Paper addresses: the one form equivalent URLs of a paper share, and the award a link is to."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlsplit

if TYPE_CHECKING:
    from sphinx_awards.model import Award, Catalog

#: An arXiv paper's path: its abstract or its PDF, any version (``v2``), ``.pdf`` or not.
ARXIV_PAPER = re.compile(r"/(?:abs|pdf)/(?P<paper>.+?)(?:v\d+)?(?:\.pdf)?")
#: OpenReview's pages of one submission, which its ``id`` names.
OPENREVIEW_PAGES = ("/forum", "/pdf")
DEFAULT_PORTS = (None, 80, 443)


def address_key(url: str) -> str | None:
    """What every address of the same paper page has in common; None if not a web address.

    Scheme, ``www.``, letter case of the host, a trailing slash and the fragment do not
    matter; arXiv's abstract and PDF of any version are one paper, and so are OpenReview's
    forum and PDF of one submission.
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower().removeprefix("www.")
    if port not in DEFAULT_PORTS:
        host = f"{host}:{port}"
    path, query = parts.path.rstrip("/"), parts.query
    if host == "arxiv.org" and (paper := ARXIV_PAPER.fullmatch(path)):
        path, query = f"/abs/{paper['paper']}", ""
    elif host == "openreview.net" and path in OPENREVIEW_PAGES:
        submission = parse_qs(query).get("id")
        if submission:
            path, query = "/forum", f"id={submission[0]}"
    return f"{host}{path}?{query}" if query else f"{host}{path}"


def award_addresses(award: Award) -> list[str]:
    """Every address the data gives for an award's paper."""
    urls = [award.url, *(link.url for link in award.links)]
    return [url for url in urls if url]


def awards_by_address(catalog: Catalog) -> dict[str, Award]:
    """The catalog's awards by the :func:`address_key` of each of their addresses."""
    book: dict[str, Award] = {}
    for collection in catalog.collections:
        for award in collection.awards:
            for url in award_addresses(award):
                key = address_key(url)
                # Two awards of one paper (two collections): the first in data order wins.
                if key is not None:
                    book.setdefault(key, award)
    return book
