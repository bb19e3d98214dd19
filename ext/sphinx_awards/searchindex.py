"""Search hits for awards that open the award's card, titled as the award.

Sphinx's search index keeps an object's anchor as ``-`` when it is ``<type>-<name>``, and its
script rebuilds it from the *display* name (sphinx-doc/sphinx#10380): an award, whose display
name is its title, would open ``#award-<title>``, an address no card has. Once Sphinx has
written the index, each award's hit is given its card's anchor in full, and its title whole
(the index splits display names at dots). The inventory is not touched: intersphinx reads the
award's id, its anchor and its title from there as Sphinx wrote them.
"""

from __future__ import annotations

import html
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sphinx
from sphinx.search import js_index

from sphinx_awards.domain import DOMAIN, awards_domain

if TYPE_CHECKING:
    from sphinx.application import Sphinx

    from sphinx_awards.domain import AwardsDomain

#: Sphinx 9's search script escapes a hit's name itself; before it, the index held it escaped.
SCRIPT_ESCAPES_NAMES = sphinx.version_info >= (9,)


def displayed(title: str) -> str:
    """A title as the index must hold it for the search script to show it as written."""
    return title if SCRIPT_ESCAPES_NAMES else html.escape(title)


def link_hits_to_cards(index: dict[str, Any], domain: AwardsDomain) -> bool:
    """Give every award's hit in ``index`` its card's anchor and its whole title.

    Whether anything changed (an index already put right, or without awards, stays as it is).
    """
    award_type = next(
        (int(key) for key, name in index["objtypes"].items() if name == f"{DOMAIN}:award"), None
    )
    if award_type is None:
        return False
    documents = {docname: number for number, docname in enumerate(index["docnames"])}
    objects: dict[str, list[list[Any]]] = index["objects"]
    changed = False
    # In the order Sphinx indexed them, so awards of one page with one title pair up right.
    for _id, title, _type, docname, anchor, priority in sorted(domain.get_objects()):
        if docname not in documents or priority < 0:
            continue
        # Where Sphinx put the hit: the title, escaped, split at its last dot.
        prefix, _, name = html.escape(title).rpartition(".")
        hit = [documents[docname], award_type, priority, "-", name]
        hits = objects.get(prefix, [])
        if hit not in hits:
            continue
        hits.remove(hit)
        if not hits:
            del objects[prefix]
        objects.setdefault("", []).append([*hit[:3], anchor, displayed(title)])
        changed = True
    return changed


def fix_search_index(app: Sphinx, exception: Exception | None) -> None:
    """Put the awards' hits right in the search index an HTML build has just written."""
    builder = app.builder
    if exception is not None or getattr(builder, "indexer", None) is None:
        return
    # The JavaScript index of the HTML builders (not the JSON or pickle of serializing ones).
    if getattr(builder, "indexer_format", None) is not js_index:
        return
    # The HTML builders' own file name (searchindex.js): the base Builder has none.
    path = Path(builder.outdir) / getattr(builder, "searchindex_filename", "searchindex.js")
    if not path.is_file():
        return
    index = js_index.loads(path.read_text(encoding="utf-8"))
    if not link_hits_to_cards(index, awards_domain(app.env)):
        return
    # Replaced whole, as Sphinx writes it: a page loading meanwhile never reads half of it.
    written = path.with_name(f"{path.name}.new")
    written.write_text(js_index.dumps(index), encoding="utf-8")
    os.replace(written, path)


def setup_search_index(app: Sphinx) -> None:
    """Put the awards' search hits right at the end of HTML builds."""
    app.connect("build-finished", fix_search_index)
