"""COinS: an award as an OpenURL ContextObject (ANSI/NISO Z39.88-2004) in an empty span.

Reference managers read them from a web page: Zotero's connector offers every
``<span class="Z3988">`` of a page as an item to save. The span's ``title`` holds the
ContextObject in its key/encoded-value form, written to the rules of Zotero's reader
(``parseContextObject``): pairs split on ``&`` and ``=`` only, so those, ``+``, ``%`` and ``#``
are percent-encoded in a value, with every byte outside ASCII; a space is ``+``, as in a
form; and the genre is written as is, which Zotero matches verbatim. What a URL's query may
hold as it is (``:``, ``/``, ``?``, ``@``, ...) is left so: a page with thousands of cards
carries a COinS for each.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING
from urllib.parse import quote_plus

from docutils import nodes

from sphinx_awards.authors import author_list

if TYPE_CHECKING:
    from sphinx_awards.model import Award

#: The version of the ContextObject format.
CONTEXT_VERSION = "Z39.88-2004"
#: The KEV metadata format of books and their parts: conference papers and documents.
BOOK_FORMAT = "info:ofi/fmt:kev:mtx:book"
#: The characters of a URL's query that a value keeps as they are (RFC 3986's, but for the
#: ``&``, ``=`` and ``+`` that key/encoded-value pairs give a meaning).
KEPT = ":/?@!$'()*,;"


def context_object(award: Award) -> str:
    """The award as a ContextObject: a conference paper when it has a venue, else a document.

    Its title, each author name the record gives, the year, the venue, and its addresses as
    ``rft_id``: the paper's, then ``info:doi/`` and ``info:arxiv/`` when the record has them.
    """
    pairs = [("ctx_ver", CONTEXT_VERSION), ("rft_val_fmt", BOOK_FORMAT)]
    if award.venue:
        # A paper ("proceeding") in the proceedings of its venue (the "book").
        pairs += [("rft.genre", "proceeding"), ("rft.atitle", award.title)]
        pairs += [("rft.btitle", award.venue)]
    else:
        # The format's title of a whole document, and the older key Zotero reads it from.
        pairs += [("rft.genre", "document"), ("rft.btitle", award.title)]
        pairs += [("rft.title", award.title)]
    pairs += [("rft.au", name) for name in author_list(award.authors).names]
    if award.year:
        pairs.append(("rft.date", str(award.year)))
    if award.url:
        pairs.append(("rft_id", award.url))
    if award.doi:
        pairs.append(("rft_id", f"info:doi/{award.doi}"))
    if award.arxiv:
        pairs.append(("rft_id", f"info:arxiv/{award.arxiv}"))
    return "&".join(f"{key}={quote_plus(value, safe=KEPT)}" for key, value in pairs)


def coins_span(award: Award) -> nodes.raw:
    """The award's COinS: an empty span, which takes no room and holds no text."""
    title = escape(context_object(award), quote=True)
    return nodes.raw("", f'<span class="Z3988" title="{title}"></span>\n', format="html")
