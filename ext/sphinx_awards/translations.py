"""The extension's interface strings in the reader's language, and those its script shows."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sphinx.locale import get_translation, get_translator

from sphinx_awards.components import script_json

if TYPE_CHECKING:
    from sphinx.application import Sphinx

MESSAGE_CATALOG_NAME = "sphinx_awards"
#: The compiled catalogs: ``locale/<language>/LC_MESSAGES/sphinx_awards.mo``.
LOCALE_DIR = Path(__file__).parent / "locale"
#: The id of the JSON block that hands the script its strings, already translated.
SCRIPT_STRINGS_ID = "sphinx-awards-strings"

_ = get_translation(MESSAGE_CATALOG_NAME)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of a message for ``count`` in the build's language (English's when untranslated)."""
    # Sphinx's ``get_translation`` has no plural forms; its translator, a gettext catalog, has.
    return get_translator(MESSAGE_CATALOG_NAME).ngettext(singular, plural, count)


def interface_language() -> str:
    """The language the interface is written in: the build's, or English where none ships."""
    # Dates follow it, so a language without a catalog reads "Announced March 5, 2024",
    # not English words around another language's month.
    return get_translator(MESSAGE_CATALOG_NAME).info().get("language", "en")


def script_strings() -> dict[str, str]:
    """The strings the interactive script shows, by the name the script knows them by.

    ``{name}`` placeholders are filled in by the script.
    """
    return {
        "filterLabel": _("Show the awards of these themes"),
        "showAll": _("Show all"),
        "noneChosen": _("No award here has the chosen themes."),
        # Translators: The script has no plural forms: word it so that any count reads well.
        "showingAll": _("Showing all {total} awards"),
        # Translators: The script has no plural forms: word it so that any count reads well.
        "showingSome": _("Showing {shown} of {total} awards"),
        # Translators: Under a section's heading while a filter is on: how many of its awards
        # show. The script has no plural forms: word it so that any count reads well.
        "shownHere": _("Filtered: {shown} of {total} shown"),
        "copyLink": _("Copy link"),
        "copyLinkLabel": _("Copy link to “{title}”"),
        "linkCopied": _("Link copied"),
        "copyThisLink": _("Copy this link: {url}"),
        "cite": _("Cite"),
        "citeLabel": _("Cite “{title}” (show its BibTeX entry)"),
        # Translators: The heading of the dialog that shows an award's BibTeX entry.
        "citeHeading": _("Cite “{title}”"),
        "copyCitation": _("Copy BibTeX entry"),
        "citationCopied": _("BibTeX entry copied"),
        "copyThisCitation": _("The entry is selected: copy it with your keyboard"),
        "citationFieldLabel": _("BibTeX entry of “{title}”"),
        "close": _("Close"),
    }


def script_strings_json() -> str:
    """:func:`script_strings` as JSON that is safe inside a ``<script>`` element."""
    return script_json(script_strings())


def setup_translations(app: Sphinx) -> None:
    """Register the extension's message catalogs."""
    app.add_message_catalog(MESSAGE_CATALOG_NAME, str(LOCALE_DIR))
