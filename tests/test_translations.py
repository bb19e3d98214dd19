"""The interface in other languages: catalogs complete and in step, builds that show them."""

from __future__ import annotations

import ast
import datetime as dt
import json
import re
import shutil
import tomllib
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest
from babel.dates import get_month_names
from babel.messages.catalog import Catalog
from babel.messages.mofile import read_mo
from sphinx.testing.util import SphinxTestApp
from sphinx.util.i18n import format_date

from sphinx_awards.translations import SCRIPT_STRINGS_ID

from .catalogs import (
    KEYWORDS,
    PACKAGE,
    TEMPLATE,
    extract,
    languages,
    po_translations,
    read,
    translations,
)
from .conftest import REPO, data, page, warnings

#: What the session that writes the catalogs is called, for the failure messages.
REGENERATE = "nox -s translations"
#: ``{name}`` placeholders and the ``%`` codes of the date's format.
PLACEHOLDER = re.compile(r"\{\w+\}|%-?\w")
#: The languages a build is checked in; every shipped one is checked for completeness.
BUILT_LANGUAGES = ["fr", "de"]


def messages(catalog: Catalog) -> list[tuple[object, ...]]:
    """A catalog's messages as their ids, the files that use them and translators' notes."""
    return [
        (message.id, tuple(message.locations), tuple(message.auto_comments))
        for message in catalog
        if message.id
    ]


def translated(catalog: Catalog) -> dict[tuple[str, ...], tuple[str, ...]]:
    """A catalog's messages that have a translation a build would use, and it."""
    # A compiled catalog gives a plural message's id and forms as lists, a .po as tuples.
    return {
        forms(message.id): forms(message.string)
        for message in catalog
        if message.id and message.string and not message.fuzzy
    }


def forms(string: str | Sequence[str] | None) -> tuple[str, ...]:
    """A message's or translation's forms (one, or one per plural form)."""
    if isinstance(string, tuple | list):
        return tuple(string)
    return (string,) if string else ()


def test_french_and_german_ship() -> None:
    assert set(BUILT_LANGUAGES) <= set(languages())


def test_the_guide_lists_the_languages_that_ship() -> None:
    guide = (REPO / "docs" / "guide" / "translations.md").read_text("utf-8")
    listed = re.findall(r'^\| \w+ +\| `language = "([\w-]+)"` +\|$', guide, re.MULTILINE)
    assert sorted(listed) == sorted(["en", *languages()])


def test_the_template_holds_the_messages_of_the_sources() -> None:
    assert messages(read(TEMPLATE)) == messages(extract()), (
        f"{TEMPLATE.name} is not what the sources mark for translation: run `{REGENERATE}`"
    )


def test_no_message_is_marked_inside_an_f_string() -> None:
    # Babel reads an f-string as one string on Python 3.11: a message marked inside one would
    # never reach the template, and so never be translated.
    hidden = [
        f"{path.relative_to(REPO)}:{call.lineno}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for string in ast.walk(ast.parse(path.read_text("utf-8")))
        if isinstance(string, ast.JoinedStr)
        for call in ast.walk(string)
        if isinstance(call, ast.Call) and getattr(call.func, "id", None) in KEYWORDS
    ]
    assert not hidden, f"mark these messages outside the f-string: {hidden}"


@pytest.mark.parametrize("language", languages())
def test_every_message_has_a_translation(language: str) -> None:
    catalog = read(translations(language), language)
    untranslated = []
    for message in read(TEMPLATE):
        translated = catalog.get(message.id)
        strings = forms(translated.string) if translated else ()
        if not message.id:
            continue
        if translated is None or translated.fuzzy or not strings or not all(strings):
            untranslated.append(message.id)
    assert not untranslated, (
        f"no {language} translation (or a fuzzy one) of {untranslated}: "
        f"run `{REGENERATE}`, translate them in {translations(language).relative_to(REPO)}, "
        f"and run it again"
    )


@pytest.mark.parametrize("language", languages())
def test_translations_keep_the_placeholders(language: str) -> None:
    for message in read(translations(language), language):
        original = message.id[0] if isinstance(message.id, tuple) else message.id
        if not original:
            continue
        expected = Counter(PLACEHOLDER.findall(original))
        for form in forms(message.string):
            assert Counter(PLACEHOLDER.findall(form)) == expected, (
                f"{language}: {form!r} must have the placeholders of {original!r}"
            )


@pytest.mark.parametrize("language", languages())
def test_the_compiled_catalog_is_the_translations(language: str) -> None:
    path = translations(language)
    with path.with_suffix(".mo").open("rb") as file:
        mo = read_mo(file)
    po = read(path, language)
    # The translations, not the bytes: the header says which Babel wrote the file.
    assert (mo.plural_forms, translated(mo)) == (po.plural_forms, translated(po)), (
        f"{path.with_suffix('.mo').name} of {language} is not its .po compiled: run `{REGENERATE}`"
    )


def test_the_packages_include_the_catalogs() -> None:
    # The wheel takes every file of the package folder, the sdist every file of ext/, but
    # neither takes a file .gitignore names.
    hatch = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["tool"]["hatch"]
    assert hatch["build"]["targets"]["wheel"]["packages"] == ["ext/sphinx_awards"]
    assert "ext/" in hatch["build"]["targets"]["sdist"]["include"]
    ignored = (REPO / ".gitignore").read_text("utf-8")
    assert not re.search(r"\.(mo|po|pot)\b|locale", ignored)


# -----------------------------------------------------------------------------
# Builds in other languages
# -----------------------------------------------------------------------------
def build_in(language: str, srcdir: Path, builddir: Path | None = None) -> SphinxTestApp:
    """Build the ``awards`` test project with ``language``, then let go of Sphinx's globals."""
    app = SphinxTestApp(
        "html", srcdir=srcdir, builddir=builddir, confoverrides={"language": language}
    )
    try:
        app.build()
    finally:
        # Also forgets the translators, process-wide: the next build loads its own language.
        app.cleanup()
    return app


@pytest.fixture(scope="module")
def project(rootdir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the ``awards`` test project."""
    srcdir = tmp_path_factory.mktemp("translations") / "awards"
    shutil.copytree(rootdir / "test-awards", srcdir)
    return srcdir


@pytest.fixture(scope="module")
def english(project: Path, tmp_path_factory: pytest.TempPathFactory) -> SphinxTestApp:
    """The project built in English."""
    return build_in("en", project, tmp_path_factory.mktemp("en"))


def script_strings(app: SphinxTestApp, docname: str) -> dict[str, str]:
    """The strings the page hands its script."""
    return json.loads(page(app, docname).find(id=SCRIPT_STRINGS_ID).string)


def search_type_names(app: SphinxTestApp) -> set[str]:
    """The names search results give the types of objects."""
    text = (Path(app.outdir) / "searchindex.js").read_text("utf-8")
    index = json.loads(text[text.index("(") + 1 : text.rindex(")")])
    return {name for _domain, _type, name in index["objnames"].values()}


# Built in this order in one process: each language's build must not see the one before.
@pytest.mark.parametrize("language", [*BUILT_LANGUAGES, "en"])
def test_a_build_shows_the_interface_in_its_language(
    language: str, project: Path, english: SphinxTestApp, tmp_path: Path
) -> None:
    app = build_in(language, project, tmp_path)
    expected = po_translations(language)
    _ = expected.gettext
    assert warnings(app) == ""

    links = page(app, "card").select(".awards-paper-link")
    assert links
    assert {link.get_text() for link in links} == {_("View paper ↗")}

    stats = page(app, "stats")
    labels = [label.get_text() for label in stats.select(".awards-tile-label")]
    assert labels[:3] == [_("Total Awards"), _("Key Themes"), _("Awarded Tracks")]
    # Data text stays as written.
    assert labels[labels.index(data(app, "other.yaml")["computed_tiles"]["awards"]["label"])]

    for line, name in zip(
        stats.select(".awards-event"), ["awards.yaml", "other.yaml"], strict=True
    ):
        collection = data(app, name)
        day: dt.date = collection["announced"]
        written = format_date(_("%B %-d, %Y"), date=day, language=language)
        assert get_month_names(locale=language)[day.month] in written
        count = len(collection["awards"])
        assert line.select_one(".awards-event-date").get_text() == f"{_('Announced')} · {written}"
        count_label = line.select_one(".awards-event-count .awards-fact-label")
        assert count_label.get_text() == expected.ngettext(
            "{count} paper", "{count} papers", count
        ).format(count=count)

    # Search results name the type alone, in the build's language: "(award, in <page>)".
    (type_name,) = search_type_names(app)
    assert type_name == _("award")

    # The English build's strings are the messages themselves.
    strings = script_strings(app, "legend")
    assert strings == {name: _(text) for name, text in script_strings(english, "legend").items()}


def test_a_language_without_catalog_shows_english_without_warnings(
    project: Path, english: SphinxTestApp, tmp_path: Path
) -> None:
    app = build_in("ja", project, tmp_path)
    assert warnings(app) == ""
    for docname in ("card", "stats", "legend"):
        assert page(app, docname).select_one(".body, [role=main]").get_text() == (
            page(english, docname).select_one(".body, [role=main]").get_text()
        )


def test_changing_the_language_rebuilds_every_page(project: Path, tmp_path: Path) -> None:
    build_in("fr", project, tmp_path)
    app = build_in("de", project, tmp_path)
    assert page(app, "card").select_one(".awards-paper-link").get_text() == (
        po_translations("de").gettext("View paper ↗")
    )
    assert script_strings(app, "card")["showAll"] == po_translations("de").gettext("Show all")
