"""Link previews: a link to an awarded paper, or the ``award`` role, previews the award's card.

As a web page is written, an :class:`award_preview` node is put after each such link. It
is written as an inert ``<template>`` that the script turns into the preview, so without
JavaScript the link is a plain link, and formats that run no script never get the node.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from docutils import nodes

from sphinx_awards.cardnodes import badge_classes, badge_text
from sphinx_awards.components import theme_classes, writes_web_pages
from sphinx_awards.config import awards_config
from sphinx_awards.domain import awards_domain
from sphinx_awards.messages import warn
from sphinx_awards.sitedata import site_data
from sphinx_awards.translations import _

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.writers.html5 import HTML5Translator

    from sphinx_awards.model import Award

#: The setting, in conf.py (see config.py) and in a page's metadata, that turns previews off.
SETTING = "awards_link_previews"
#: The class, on a link or anything around it, that leaves the link without a preview.
OPT_OUT = "no-award-preview"
#: How a page's metadata may write the setting: MyST front matter gives ``true``/``false``.
SWITCH_WORDS = {"true": True, "yes": True, "on": True, "false": False, "no": False, "off": False}


class award_preview(nodes.Inline, nodes.Element):
    """The preview of an award's card for the link just before it (web pages only)."""


def opted_out(node: nodes.Element) -> bool:
    """Whether the link or anything around it has the opt-out class."""
    while isinstance(node, nodes.Element):
        if OPT_OUT in node.get("classes", ()):
            return True
        node = node.parent
    return False


def page_setting(value: Any, docname: str) -> bool:
    """A page's ``awards_link_previews`` as a bool; anything else warns and keeps them."""
    if isinstance(value, bool):
        return value
    word = SWITCH_WORDS.get(str(value).strip().lower())
    if word is None:
        warn(
            "config",
            f"{SETTING} must be true or false, not {value!r}; link previews stay on",
            (docname, 1),
        )
        return True
    return word


def note_previewed_data(app: Sphinx, doctree: nodes.document) -> None:
    """Have a page that links an award's paper read again when that award's data changes."""
    data = site_data(app.env)
    if not data.files or not awards_config(app.config).link_previews:
        return
    # The role notes its own dependency; here it is still a pending cross-reference.
    for reference in doctree.findall(nodes.reference):
        award = data.award_linked(reference)
        if award is not None:
            data.depend_on_award(app.env, award)


def add_link_previews(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Give each link to an award's paper or card a preview of the card (web pages only)."""
    # E-books run no script: the preview could never open there.
    if not writes_web_pages(app.builder):
        return
    data = site_data(app.env)
    if not data.files or not awards_config(app.config).link_previews:
        return
    metadata = app.env.metadata.get(docname, {})
    if SETTING in metadata and not page_setting(metadata[SETTING], docname):
        return
    for reference in list(doctree.findall(nodes.reference)):
        award = data.award_linked(reference)
        if award is None or opted_out(reference):
            continue
        card = awards_domain(app.env).card_uri(app.builder, docname, award.id)
        if card is not None:
            collection = data.catalog.collection_of(award)
            preview = award_preview(
                award=award,
                badge=badge_text(award, collection),
                badge_classes=badge_classes(award, collection),
                card=card,
            )
            reference.parent.insert(reference.parent.index(reference) + 1, preview)


def visit_award_preview_html(translator: HTML5Translator, node: award_preview) -> None:
    """Write the preview as an inert template: nothing shows, or is read, until it is used."""
    award: Award = node["award"]
    classes = " ".join(["awards-preview", *theme_classes(award.collection, award.theme)])
    summary = (
        f'<p class="awards-preview-summary">{escape(award.summary)}</p>' if award.summary else ""
    )
    more = escape(_("See the full card"))
    badge_classes = " ".join(["awards-preview-badge", *node["badge_classes"]])
    # The card link is for the pointer: tabindex -1 keeps the page's focus order as it was.
    translator.body.append(
        '<template class="awards-preview-template">'
        f'<div class="{escape(classes)}" hidden>'
        '<div class="awards-preview-text" role="tooltip">'
        f'<p class="awards-preview-badges"><span class="{escape(badge_classes)}">'
        f"{escape(node['badge'])}</span></p>"
        f'<p class="awards-preview-title">{escape(award.title)}</p>{summary}</div>'
        f'<p class="awards-preview-more"><a class="awards-preview-card-link" '
        f'href="{escape(node["card"])}" tabindex="-1">{more}</a></p>'
        "</div></template>"
    )
    raise nodes.SkipNode


def setup_previews(app: Sphinx) -> None:
    """Register the preview node and what adds it to the pages."""
    app.add_node(award_preview, html=(visit_award_preview_html, None))
    app.connect("doctree-read", note_previewed_data)
    # Once references are resolved, so the role's links are links to the card.
    app.connect("doctree-resolved", add_link_previews)
