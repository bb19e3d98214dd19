"""The extension's message catalogs: the template, each language's translations, compiled.

The template (``locale/sphinx_awards.pot``) is extracted from the package's ``_()`` and
``ngettext()`` calls; each ``locale/<language>/LC_MESSAGES/sphinx_awards.po`` is updated from
it (translations kept, new messages left untranslated, removed ones dropped) and compiled to
the ``.mo`` beside it, which Sphinx reads. ``tests/test_translations.py`` fails when a
committed file is not what this writes, or when a message has no translation.

Run ``nox -s translations`` after adding or changing an interface string, then translate the
new messages in each ``.po`` and run it again; ``nox -s translations -- it`` starts Italian.
"""

from __future__ import annotations

import gettext
import io
import re
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from sphinx_awards import __version__
from sphinx_awards.translations import MESSAGE_CATALOG_NAME

PACKAGE = Path(__file__).parent.parent / "ext" / "sphinx_awards"
LOCALE = PACKAGE / "locale"
TEMPLATE = LOCALE / f"{MESSAGE_CATALOG_NAME}.pot"
COPYRIGHT_HOLDER = "The sphinx-awards authors"
#: How the package's sources mark messages: ``_(text)`` and ``ngettext(singular, plural, n)``.
KEYWORDS = {"_": None, "ngettext": (1, 2)}
#: A comment starting so, just above a message, is shown to its translators.
TRANSLATOR_COMMENT = "Translators:"
#: Header lines that say when and by which Babel a file was written: a file that differs
#: only there is left as it is, so running the session twice changes nothing.
WRITTEN_LINE = re.compile(
    rb'^"(POT-Creation-Date|PO-Revision-Date|Generated-By): .*\n', re.MULTILINE
)


def translations(language: str) -> Path:
    """The ``.po`` file of ``language``."""
    return LOCALE / language / "LC_MESSAGES" / f"{MESSAGE_CATALOG_NAME}.po"


def languages() -> list[str]:
    """The languages that have a ``.po`` file, in alphabetical order."""
    return sorted(path.parent.parent.name for path in LOCALE.glob("*/LC_MESSAGES/*.po"))


def extract() -> Catalog:
    """The template: every message of the package's sources, with where it is used."""
    template = Catalog(
        project="sphinx-awards",
        version=__version__,
        domain=MESSAGE_CATALOG_NAME,
        copyright_holder=COPYRIGHT_HOLDER,
    )
    found = extract_from_dir(
        PACKAGE,
        keywords=KEYWORDS,
        comment_tags=(TRANSLATOR_COMMENT,),
        strip_comment_tags=True,
    )
    for filename, _line, message, comments, context in sorted(found):
        # Files, not lines: moving code does not change the template.
        location = (f"{PACKAGE.name}/{filename}", None)
        template.add(message, None, [location], auto_comments=comments, context=context)
    return template


def read(path: Path, language: str | None = None) -> Catalog:
    """A ``.pot`` or ``.po`` file as a catalog."""
    with path.open("rb") as file:
        return read_po(file, locale=language, domain=MESSAGE_CATALOG_NAME)


def updated(language: str, template: Catalog) -> Catalog:
    """The translations of ``language`` with the template's messages, or new ones."""
    path = translations(language)
    if path.exists():
        catalog = read(path, language)
    else:
        catalog = Catalog(
            locale=language,
            domain=MESSAGE_CATALOG_NAME,
            copyright_holder=COPYRIGHT_HOLDER,
            fuzzy=False,
        )
    catalog.project, catalog.version = template.project, template.version
    # A guessed translation would ship until someone noticed: new messages stay empty.
    catalog.update(template, no_fuzzy_matching=True)
    return catalog


def po_translations(language: str) -> gettext.NullTranslations:
    """A language's translations read from its ``.po`` (English for a language without one).

    What the tests expect a build to show, taken from the translators' file.
    """
    if language not in languages():
        return gettext.NullTranslations()
    catalog = read(translations(language), language)
    plural_form = gettext.c2py(catalog.plural_expr)

    class Translations(gettext.NullTranslations):
        """The catalog's translations, as a build would look them up."""

        def gettext(self, message: str) -> str:
            return catalog[message].string

        def ngettext(self, singular: str, plural: str, n: int) -> str:
            return catalog[singular].string[plural_form(n)]

    return Translations()


def po_text(catalog: Catalog) -> bytes:
    """A catalog as the text of a ``.po`` (or ``.pot``) file."""
    out = io.BytesIO()
    write_po(out, catalog, width=100, ignore_obsolete=True, include_lineno=False)
    return out.getvalue()


def compiled(catalog: Catalog) -> bytes:
    """A catalog compiled to ``.mo``, without fuzzy translations."""
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def write(path: Path, content: bytes) -> None:
    """Write a catalog file unless it differs only in when and by what it was written."""
    if path.exists() and WRITTEN_LINE.sub(b"", path.read_bytes()) == WRITTEN_LINE.sub(b"", content):
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    print(f"wrote {path.relative_to(PACKAGE.parent.parent)}")


def main(new_languages: list[str]) -> None:
    """Extract the template, update every language's ``.po`` (and start new ones), compile."""
    template = extract()
    write(TEMPLATE, po_text(template))
    for language in sorted({*languages(), *new_languages}):
        path = translations(language)
        write(path, po_text(updated(language, template)))
        # From the file as written: its dates are those of the last change of a translation.
        write(path.with_suffix(".mo"), compiled(read(path, language)))


if __name__ == "__main__":
    main(sys.argv[1:])
