"""The award data for other tools: a JSON document per collection, and its BibTeX.

The document follows ``export.schema.json``, shipped in the package. HTML builds write each
collection as ``awards/<collection-id>.json`` and ``awards/<collection-id>.bib``, with the
schema beside them, and the data files' own schema for editors; the command line's ``export``
and ``schema`` print the same documents.
"""

from __future__ import annotations

import functools
import json
import os
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from sphinx_awards.bibtex import bibliography
from sphinx_awards.components import writes_web_pages
from sphinx_awards.files import digest, remove_leftovers, write_file
from sphinx_awards.sitedata import site_data

if TYPE_CHECKING:
    from collections.abc import Iterable

    from sphinx.application import Sphinx

    from sphinx_awards.model import Award, Collection

#: The version of the export's format; it changes when a field changes meaning or goes.
FORMAT_VERSION = 1
#: The folder of the HTML output the exports are written in.
EXPORT_FOLDER = "awards"


#: The name of the export's JSON Schema, in the package and in the output.
SCHEMA_NAME = "export.schema.json"
#: The name of the data files' JSON Schema, in the package and in the output, where editors
#: find it at a stable address (``awards/awards.schema.json``).
DATA_SCHEMA_NAME = "awards.schema.json"


def export_schema_text() -> str:
    """The JSON Schema of the export document, as shipped inside the package."""
    return resources.files("sphinx_awards").joinpath(SCHEMA_NAME).read_text("utf-8")


def data_schema_text() -> str:
    """The JSON Schema of award data files, as shipped inside the package."""
    return resources.files("sphinx_awards").joinpath(DATA_SCHEMA_NAME).read_text("utf-8")


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
    return {name: value for name, value in fields.items() if value not in (None, (), [])}


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
    authors: str | list[dict[str, Any]] | None = None
    if isinstance(award.authors, str):
        authors = award.authors
    elif award.authors is not None:
        authors = [
            _present({"name": a.name, "url": a.url, "affiliation": a.affiliation})
            for a in award.authors
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


#: The record of the exports each web build wrote, in the doctree folder: by output folder,
#: each file's digest and the data files' size and time they were written from.
RECORD = "sphinx-awards-exports.json"


def write_exports(app: Sphinx, exception: Exception | None) -> None:
    """Make the exports of a web build's output equal to the data.

    Each collection's JSON and BibTeX and the schema are written when missing or different,
    and the exports of a collection that is gone are removed. A build that loaded no data
    checks the files against the record of the last build that wrote them, and loads the data
    only to put right what is missing, damaged or out of date.
    """
    builder = app.builder
    # E-books and help files pack only what their pages use; a download has no place there.
    if exception is not None or not writes_web_pages(builder):
        return
    site = site_data(app.env)
    folder = Path(builder.outdir) / EXPORT_FOLDER
    records = _read_records(Path(builder.doctreedir) / RECORD)
    record = records.get(str(builder.outdir))
    if not isinstance(record, dict) or not isinstance(record.get("files"), dict):
        record = {"files": {}, "data": {}}
    for written_here in (folder, Path(builder.doctreedir)):
        if written_here.is_dir():
            remove_leftovers(written_here)
    data = {path: _stamp(path) for path in site.files}
    if not site.loaded and record["data"] == data and _intact(folder, record["files"]):
        return
    written = {}
    if site.files:
        folder.mkdir(exist_ok=True)
        schema, data_schema = export_schema_text(), data_schema_text()
        written[SCHEMA_NAME] = write_file(folder / SCHEMA_NAME, lambda s: s.write(schema))
        written[DATA_SCHEMA_NAME] = write_file(
            folder / DATA_SCHEMA_NAME, lambda s: s.write(data_schema)
        )
        for collection in site.catalog.collections:
            for suffix, write in ((".json", write_json), (".bib", write_bibtex)):
                name = collection.id + suffix
                written[name] = write_file(folder / name, functools.partial(write, [collection]))
    for name in record["files"].keys() - written.keys():
        (folder / name).unlink(missing_ok=True)
    records[str(builder.outdir)] = {"files": written, "data": data}
    write_file(Path(builder.doctreedir) / RECORD, lambda stream: json.dump(records, stream))


def _stamp(path: str) -> list[int] | None:
    """What changes when a data file is written: its size and time (None if it is gone)."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return [status.st_size, status.st_mtime_ns]


def _intact(folder: Path, files: dict[str, str]) -> bool:
    """Whether each recorded file is in ``folder`` as it was written."""
    return all(digest(folder / name) == expected for name, expected in files.items())


def _read_records(path: Path) -> dict[str, Any]:
    """The records of the exports, by output folder; none when unreadable (all are written)."""
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return records if isinstance(records, dict) else {}


def setup_export(app: Sphinx) -> None:
    """Write the exports at the end of HTML builds."""
    app.connect("build-finished", write_exports)
