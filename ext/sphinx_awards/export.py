"""The award data for other tools: a JSON document per collection, and its BibTeX.

The document follows ``export.schema.json``, shipped in the package. HTML builds write each
collection as ``awards/<collection-id>.json`` and ``awards/<collection-id>.bib``, with the
schema beside them; the command line's ``export`` prints the same documents.
"""

from __future__ import annotations

import filecmp
import functools
import json
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from sphinx_awards.bibtex import bibliography
from sphinx_awards.components import writes_web_pages
from sphinx_awards.domain import DOMAIN

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from sphinx.application import Sphinx

    from sphinx_awards.model import Award, Collection

#: The version of the export's format; it changes when a field changes meaning or goes.
FORMAT_VERSION = 1
#: The folder of the HTML output the exports are written in.
EXPORT_FOLDER = "awards"


#: The name of the export's JSON Schema, in the package and in the output.
SCHEMA_NAME = "export.schema.json"


def export_schema_text() -> str:
    """The JSON Schema of the export document, as shipped inside the package."""
    return resources.files("sphinx_awards").joinpath(SCHEMA_NAME).read_text("utf-8")


def export_document(collections: Iterable[Collection]) -> dict[str, Any]:
    """The export document of ``collections``."""
    return {
        "format": "sphinx-awards",
        "version": FORMAT_VERSION,
        "collections": [_collection(collection) for collection in collections],
    }


def write_json(collections: Iterable[Collection], stream: TextIO) -> None:
    """Write the export document of ``collections`` to ``stream`` as JSON (indented)."""
    # Piece by piece: json.dumps with an indent makes a list of every piece before joining
    # them, 140 MiB for 5000 awards.
    json.dump(export_document(collections), stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def write_bibtex(collections: Iterable[Collection], stream: TextIO) -> None:
    """Write the BibTeX entries of every award of ``collections`` to ``stream``."""
    for index, collection in enumerate(collections):
        stream.write("\n" if index else "")
        stream.write(bibliography(collection.awards))


def _present(fields: dict[str, Any]) -> dict[str, Any]:
    """The fields the data gives: what it leaves out is left out here too."""
    return {name: value for name, value in fields.items() if value not in (None, ())}


def _collection(collection: Collection) -> dict[str, Any]:
    return _present(
        {
            "id": collection.id,
            "title": collection.title,
            "summary": collection.summary,
            "announced": collection.announced.isoformat() if collection.announced else None,
            "year": collection.year,
            "venue": collection.venue,
            "kinds": [_present({"id": k.id, "label": k.label}) for k in collection.kinds],
            "themes": [_present({"id": t.id, "label": t.label}) for t in collection.themes],
            "tracks": [_present({"id": t.id, "label": t.label}) for t in collection.tracks],
            "awards": [_award(award) for award in collection.awards],
        }
    )


def _award(award: Award) -> dict[str, Any]:
    authors = award.authors
    if authors is not None and not isinstance(authors, str):
        authors = [
            _present({"name": a.name, "url": a.url, "affiliation": a.affiliation}) for a in authors
        ]
    image = award.image
    return _present(
        {
            "id": award.id,
            "title": award.title,
            "kind": award.kind,
            "track": award.track,
            "theme": award.theme,
            "summary": award.summary,
            "description": award.description,
            "tags": [{"icon": tag.icon, "label": tag.label} for tag in award.tags],
            "authors": authors,
            "url": award.url,
            "links": [
                _present({"kind": link.kind, "url": link.url, "label": link.label})
                for link in award.links
            ],
            "image": {"path": image.path, "alt": image.alt} if image else None,
            "year": award.year,
            "venue": award.venue,
            "doi": award.doi,
            "arxiv": award.arxiv,
        }
    )


def write_exports(app: Sphinx, exception: Exception | None) -> None:
    """Write each collection's JSON and BibTeX into the output of a web build."""
    builder = app.builder
    # E-books and help files pack only what their pages use; a download has no place there.
    if exception is not None or not writes_web_pages(builder):
        return
    domain = app.env.domains[DOMAIN]
    if not domain.files:
        return
    folder = Path(builder.outdir) / EXPORT_FOLDER
    # The ids of the collections last loaded, kept with the environment.
    exports = [folder / f"{collection_id}.json" for collection_id in domain.data["palettes"]]
    # Data no page had to read again is what the files were written from: loading it only to
    # write them again would cost a no-change rebuild the whole parse.
    if not domain.loaded and exports and all(path.is_file() for path in exports):
        return
    folder.mkdir(exist_ok=True)
    schema = export_schema_text()
    _write(folder / SCHEMA_NAME, lambda stream: stream.write(schema))
    for collection in domain.catalog.collections:
        _write(folder / f"{collection.id}.json", functools.partial(write_json, [collection]))
        _write(folder / f"{collection.id}.bib", functools.partial(write_bibtex, [collection]))


def _write(path: Path, write: Callable[[TextIO], object]) -> None:
    """Write ``path`` with ``write``; an unchanged file keeps its time stamp.

    So live reload and servers see no change. The text goes to a file beside it first, never
    whole into memory.
    """
    written = path.with_name(f"{path.name}.new")
    with written.open("w", encoding="utf-8") as stream:
        write(stream)
    if path.is_file() and filecmp.cmp(written, path, shallow=False):
        written.unlink()
    else:
        written.replace(path)


def setup_export(app: Sphinx) -> None:
    """Write the exports at the end of HTML builds."""
    app.connect("build-finished", write_exports)
