"""A page's COinS as Zotero reads them: its COinS translator's rules, ported for the tests.

Zotero's connector runs the COinS translator (``COinS.js`` in zotero/translators) on a page:
it takes every ``span`` whose class holds ``Z3988`` and that has a ``title``, and reads each
title with ``parseContextObject`` (``openurl.js`` in zotero/utilities), each ``rft.au`` name
with ``cleanAuthor`` (``utilities.js``). What those read of the keys a ContextObject can carry
for a journal article, a book and its parts, a conference paper or a document is ported here,
quirks included: pairs are split on ``&`` and ``=`` only, ``+`` and ``%2B`` both read as a
space, the genre is matched as written, and a bad escape fails the whole span, as
``decodeURIComponent`` throws.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote_to_bytes

from bs4 import BeautifulSoup

JOURNAL = "info:ofi/fmt:kev:mtx:journal"
BOOK = "info:ofi/fmt:kev:mtx:book"
#: parseContextObject's item type of a book-format object, by the genre part it finds first.
BOOK_GENRES = [
    ("rft.genre=bookitem", "bookSection"),
    ("rft.genre=conference", "conferencePaper"),
    ("rft.genre=proceeding", "conferencePaper"),
    ("rft.genre=report", "report"),
    ("rft.genre=document", "document"),
]
#: The types whose ``rft.atitle`` is the item's title and ``rft.title`` its container's.
PART_TYPES = ("journalArticle", "bookSection", "conferencePaper")
ALL_CAPS = re.compile(r"^[A-Z\u0400-\u042f]+$")
INITIAL = re.compile(r"^-?[A-Z\u0400-\u042f]$")
DASHES = "\u002d\u00ad\u2010-\u2015\u2212\u2e3a\u2e3b"


@dataclass
class Item:
    """What Zotero saves of one span."""

    item_type: str
    title: str | None = None
    publication_title: str | None = None
    date: str | None = None
    url: str | None = None
    doi: str | None = None
    creators: list[tuple[str, str]] = field(default_factory=list)

    @property
    def names(self) -> list[str]:
        """Each creator as "first last", as Zotero shows them."""
        return [f"{first} {last}".strip() for first, last in self.creators]


def coins_titles(html: str) -> list[str]:
    """The titles of the spans the translator takes, in page order.

    Its XPath: ``//span[contains(@class, " Z3988") or contains(@class, "Z3988 ") or
    @class="Z3988"][@title]``, on the class attribute as written.
    """
    page = BeautifulSoup(html, "html.parser", multi_valued_attributes=None)
    return [
        span["title"]
        for span in page.find_all("span", title=True)
        if " Z3988" in span.get("class", "")
        or "Z3988 " in span.get("class", "")
        or span.get("class") == "Z3988"
    ]


def decode_uri_component(text: str) -> str:
    """JavaScript's ``decodeURIComponent``: a ``%`` that starts no escape, or bytes that are
    not UTF-8, raise (the translator then reads nothing of the span)."""
    if re.search(r"%(?![0-9A-Fa-f]{2})", text):
        raise ValueError(f"malformed URI sequence in {text!r}")
    return unquote_to_bytes(text).decode("utf-8")


def item_type(parts: list[str]) -> str | None:
    """The item type the format (``rft_val_fmt``) and genre give, if Zotero knows it."""
    for part in parts:
        if part[:12] != "rft_val_fmt=":
            continue
        value = decode_uri_component(part[12:])
        if value == JOURNAL:
            return "journalArticle"
        if value == BOOK:
            return next((kind for genre, kind in BOOK_GENRES if genre in parts), "book")
    return None


def clean_author(author: str, use_comma: bool) -> tuple[str, str]:
    """``cleanAuthor``: a name's first and last names, with its punctuation cleaned."""
    author = re.sub(r"^[\s\u00a0.,/\[\]:]+", "", author)
    author = re.sub(r"[\s\u00a0.,/\[\]:]+$", "", author)
    author = re.sub(r"[\s\u00a0]+", " ", author, count=1)
    first = ""
    if use_comma:
        author = re.sub(r"\.([^ ])", r". \1", author, count=1)
        names = re.split(r"[,\u060c] ?", author)
        last, first = (names[0], names[1]) if len(names) > 1 else (author, "")
    else:
        space = len(author)
        while True:
            space = author.rfind(" ", 0, max(space, 0))
            last, first = author[space + 1 :], author[:space] if space >= 0 else ""
            if last[:1].isalpha() or space <= 0:
                break
    capitals = first and ALL_CAPS.match(first) and len(first) < 4
    if capitals and (len(first) == 1 or last.upper() != last):
        # Initials: "JD" is "J. D.".
        first = " ".join(f"{initial}." for initial in first)
    if first:
        first = re.sub(r"^[\s.]+", "", first)
        first = re.sub(r"[\s,]+$", "", first)
        first = re.sub(rf"\s*([{DASHES}])\s*", "-", first, count=1)
        names = re.split(r"(?:[\s.]+|(?=-))", first)
        first = "".join(name + ("." if INITIAL.match(name) else "") + " " for name in names)
        first = first.replace(" -", "-").strip()
    return first, last


def parse_context_object(title: str) -> Item | None:
    """``parseContextObject``: the item a span's title gives, or None if no type is known."""
    parts = title.split("&")
    kind = item_type(parts)
    if kind is None:
        return None
    item = Item(kind)
    for part in parts:
        pieces = part.split("=")
        if len(pieces) < 2:
            # keyVal[1] is undefined: the translator fails on the span.
            raise ValueError(f"no '=' in {part!r}")
        key, value = pieces[0], decode_uri_component(re.sub(r"\+|%2[bB]", " ", pieces[1]))
        if not value:
            continue
        if key == "rft_id":
            if value[:8].lower() == "info:doi":
                item.doi = value[9:]
            elif re.match(r"^https?://", value):
                item.url = value
        elif key == "rft.btitle":
            if kind in ("book", "report"):
                item.title = value
            elif kind in ("bookSection", "conferencePaper"):
                item.publication_title = value
        elif key == "rft.atitle" and kind in PART_TYPES:
            item.title = value
        elif key == "rft.jtitle" and kind == "journalArticle":
            item.publication_title = value
        elif key == "rft.title":
            if kind in PART_TYPES:
                item.publication_title = value
            else:
                item.title = value
        elif key == "rft.date":
            item.date = value
        elif key in ("rft.au", "rft.creator"):
            item.creators.append(clean_author(value, "," in value))
    return item


def zotero_items(html: str) -> list[Item]:
    """What the COinS translator offers to save from a page, in page order."""
    items = (parse_context_object(title) for title in coins_titles(html))
    return [item for item in items if item is not None]
