"""The model's records (:mod:`sphinx_awards.model`) made from what is left of a checked document.

Every value here has passed the schema and the checks it cannot make, and what they refused is
left out, so the values are read as the format says they are.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

from sphinx_awards.leftout import entries
from sphinx_awards.model import (
    Author,
    Award,
    AwardKind,
    Collection,
    ComputedTiles,
    Image,
    Link,
    Location,
    PaperLink,
    Tag,
    Theme,
    Tile,
    TileHeading,
    Track,
)
from sphinx_awards.yamlnodes import Document


def build_collection(
    path: str, document: Document, lost_declarations: dict[tuple[str, str], Location]
) -> Collection:
    """The collection of the data file ``path``, knowing which errors left out its declarations."""
    data = document.value
    announced = data.get("announced")
    explore = data.get("explore")
    computed = data.get("computed_tiles")
    tracks = tuple(Track(**{"short": t["label"], **t}) for _, t in entries(data, "tracks"))
    awards = entries(data, "awards")
    return Collection(
        id=data["id"],
        title=data["title"],
        location=Location(path, document.line(())),
        summary=data.get("summary"),
        announced=dt.date.fromisoformat(announced) if announced else None,
        domains=data.get("domains"),
        year=data.get("year"),
        venue=data.get("venue"),
        explore=Link(**explore) if explore else None,
        legend_caption=data.get("legend_caption"),
        main_track=data.get("main_track", tracks[0].id if tracks else None),
        kinds=tuple(
            AwardKind(**{"short": k["label"], "heading": k["label"], **k})
            for _, k in entries(data, "kinds")
        ),
        themes=tuple(
            Theme(t["id"], t["label"], t["short"], t["color"]["light"], t["color"]["dark"])
            for _, t in entries(data, "themes")
        ),
        tracks=tracks,
        tiles=tuple(Tile(**tile) for _, tile in entries(data, "tiles")),
        awards=tuple(_award(path, document, index, award) for index, award in awards),
        computed_tiles=(
            ComputedTiles(**{name: TileHeading(**tile) for name, tile in computed.items()})
            if computed
            else None
        ),
        lost_declarations=lost_declarations,
    )


#: The fields of an award made into model objects of their own.
_STRUCTURED = ("tags", "links", "authors", "image", "year", "venue")


def _award(path: str, document: Document, index: int, award: dict[str, Any]) -> Award:
    collection = document.value
    image = award.get("image")
    return Award(
        **{key: value for key, value in award.items() if key not in _STRUCTURED},
        collection=collection["id"],
        tags=tuple(Tag(**tag) for _, tag in entries(award, "tags")),
        links=tuple(PaperLink(**link) for _, link in entries(award, "links")),
        authors=_authors(award),
        image=(
            Image(image["path"], os.path.join(os.path.dirname(path), image["path"]), image["alt"])
            if image
            else None
        ),
        year=award.get("year", collection.get("year")),
        venue=award.get("venue", collection.get("venue")),
        location=Location(path, document.line(("awards", index))),
    )


def _authors(award: dict[str, Any]) -> str | tuple[Author, ...] | None:
    """The authors as one text, or each author; None when errors left out every one."""
    authors = award.get("authors")
    if not isinstance(authors, list):
        return authors
    return tuple(Author(**author) for _, author in entries(award, "authors")) or None
